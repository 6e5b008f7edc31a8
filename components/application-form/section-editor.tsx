'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, useWatch, type FieldValues, type Path, type Resolver } from 'react-hook-form';
import { saveSectionAction } from '@/app/ngo/applications/[id]/sections/[key]/actions';
import type { CompletenessContext, FormLanguage } from '@/lib/validation/forms/common';
import { applicationFormFor } from '@/lib/validation/forms/registry';
import { Annex1Fields } from './annex1-fields';
import { Annex2Fields } from './annex2-fields';
import { Annex3Fields } from './annex3-fields';
import { Annex4Fields } from './annex4-fields';
import { BudgetTable } from './budget-table';
import { FormLanguagesContext } from './fields';
import { MissingList } from './missing-list';
import { SpecSectionFields } from './spec-section-fields';

/** Autosave waits this long after the last change. */
export const AUTOSAVE_DELAY_MS = 1500;

type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date; version: number }
  | { kind: 'invalid' }
  | { kind: 'stale'; currentVersion: number }
  | { kind: 'error'; code: string; params?: Record<string, string | number> };

export interface SectionEditorProps {
  /** The competition kind: which application form (lib/validation/forms/registry.ts). */
  kind: string;
  applicationId: string;
  sectionKey: string;
  initialData: Record<string, unknown>;
  initialVersion: number;
  savedAt: string | null;
  editable: boolean;
  /** Why the form is read-only (refusal code), when it is. */
  readOnlyReason: string | null;
  deadline: string | null;
  lotAmountKzt: number | undefined;
  languages: FormLanguage[];
  allLanguagesRequired: boolean;
  completeKeys: string[];
}

export function SectionEditor(props: SectionEditorProps) {
  const { applicationId, sectionKey, editable } = props;
  const form = applicationFormFor(props.kind);
  if (!form) throw new Error(`no application form for ${props.kind}`);
  const sectionKeys = form.sectionKeys;
  const specSection = form.spec?.sections.find((s) => s.key === sectionKey);
  const t = useTranslations('applicationForm');
  const format = useFormatter();
  const router = useRouter();
  const ctx: CompletenessContext = useMemo(
    () => ({ lotAmountKzt: props.lotAmountKzt, languages: props.languages, allLanguagesRequired: props.allLanguagesRequired }),
    [props.lotAmountKzt, props.languages, props.allLanguagesRequired],
  );
  const schema = useMemo(() => form.draftSchemaFor(sectionKey, ctx), [form, sectionKey, ctx]);
  const methods = useForm<FieldValues>({
    // The same draft schema the server action and the service parse with.
    resolver: zodResolver(schema as never) as unknown as Resolver<FieldValues>,
    defaultValues: props.initialData,
    mode: 'onChange',
  });
  const { control, getValues, trigger, setError } = methods;

  const versionRef = useRef(props.initialVersion);
  const lastSavedRef = useRef(JSON.stringify(props.initialData));
  const queueRef = useRef<Promise<boolean>>(Promise.resolve(true));
  const lastSavedInfoRef = useRef<{ at: Date; version: number } | null>(
    props.savedAt && props.initialVersion > 0 ? { at: new Date(props.savedAt), version: props.initialVersion } : null,
  );
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null);
  const staleRef = useRef(false);
  const [status, setStatus] = useState<SaveStatus>(
    props.savedAt && props.initialVersion > 0 ? { kind: 'saved', at: new Date(props.savedAt), version: props.initialVersion } : { kind: 'idle' },
  );
  const [completeKeys, setCompleteKeys] = useState<string[]>(props.completeKeys);

  const values = useWatch({ control });
  const completeness = useMemo(() => form.sectionCompleteness(sectionKey, values, ctx), [form, sectionKey, values, ctx]);

  /** One save: sends the form if anything changed since the last successful save; true when saved (or nothing to save). */
  const saveOnce = useCallback(async (): Promise<boolean> => {
    if (!editable || staleRef.current) return !staleRef.current;
    const data = getValues();
    const json = JSON.stringify(data);
    if (json === lastSavedRef.current) {
      // Back to what is saved (e.g. a wrong value typed, then undone): say so again.
      const saved = lastSavedInfoRef.current;
      if (saved && (await trigger())) setStatus((s) => (s.kind === 'invalid' || s.kind === 'error' ? { kind: 'saved', ...saved } : s));
      return true;
    }
    // Client-side check first (same schema): an invalid draft is not sent, nothing is cleared.
    if (!(await trigger())) {
      setStatus({ kind: 'invalid' });
      return false;
    }
    setStatus({ kind: 'saving' });
    try {
      const result = await saveSectionAction({ applicationId, key: sectionKey, baseVersion: versionRef.current, data });
      if (result.ok) {
        versionRef.current = result.version;
        lastSavedRef.current = json;
        lastSavedInfoRef.current = { at: new Date(result.savedAt), version: result.version };
        setStatus({ kind: 'saved', at: new Date(result.savedAt), version: result.version });
        setCompleteKeys((keys) => {
          const others = keys.filter((k) => k !== sectionKey);
          return sectionKeys.filter((k) => others.includes(k) || (k === sectionKey && result.complete));
        });
        return true;
      }
      if (result.code === 'staleSection') {
        staleRef.current = true;
        setStatus({ kind: 'stale', currentVersion: Number(result.params?.currentVersion ?? 0) });
        return false;
      }
      if (result.code === 'invalidSection' && result.fieldErrors) {
        for (const [path, code] of Object.entries(result.fieldErrors)) setError(path as Path<FieldValues>, { type: 'server', message: code });
        setStatus({ kind: 'invalid' });
        return false;
      }
      setStatus({ kind: 'error', code: result.code, params: result.params });
      return false;
    } catch {
      // Network or server failure: the form keeps everything; the next change retries.
      setStatus({ kind: 'error', code: 'network' });
      return false;
    }
  }, [applicationId, sectionKey, sectionKeys, editable, getValues, trigger, setError]);

  /**
   * Saves are strictly one after another (a queue): two saves of this tab never race for
   * the same version, so 'staleSection' only ever means another tab or a colleague.
   */
  const save = useCallback((): Promise<boolean> => {
    if (timerRef.current) {
      clearTimeout(timerRef.current);
      timerRef.current = null;
    }
    const next = queueRef.current.then(saveOnce, saveOnce);
    queueRef.current = next;
    return next;
  }, [saveOnce]);

  // Registered but empty inputs add '' values on mount: that is not a change to save.
  useEffect(() => {
    if (versionRef.current === props.initialVersion) lastSavedRef.current = JSON.stringify(getValues());
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Debounced autosave after every change.
  const serialized = JSON.stringify(values);
  useEffect(() => {
    if (!editable || serialized === lastSavedRef.current) return;
    if (timerRef.current) clearTimeout(timerRef.current);
    timerRef.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => {
      if (timerRef.current) clearTimeout(timerRef.current);
    };
  }, [serialized, editable, save]);

  // Leaving the page (tab hidden, closing) saves too; the browser warns while unsaved.
  useEffect(() => {
    if (!editable) return;
    const onHide = () => {
      if (document.visibilityState === 'hidden') void save();
    };
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (JSON.stringify(getValues()) !== lastSavedRef.current && !staleRef.current) {
        void save();
        e.preventDefault();
      }
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [editable, save, getValues]);

  /** Section switcher and links: save first, then go. */
  const go = (href: string) => async (e: React.MouseEvent<HTMLAnchorElement>) => {
    if (!editable || e.metaKey || e.ctrlKey || e.shiftKey) return;
    e.preventDefault();
    await save();
    router.push(href);
  };

  const statusText = (() => {
    switch (status.kind) {
      case 'idle':
        return editable ? t('status.notSavedYet') : '';
      case 'saving':
        return t('status.saving');
      case 'saved':
        return t('status.saved', { time: format.dateTime(status.at, { hour: '2-digit', minute: '2-digit' }), version: status.version });
      case 'invalid':
        return t('status.invalid');
      case 'stale':
        return t('status.stale');
      case 'error': {
        const p = { ...status.params };
        if (typeof p.deadline === 'string' && p.deadline) p.deadline = format.dateTime(new Date(p.deadline), { dateStyle: 'long', timeStyle: 'short' });
        return t.has(`refusals.${status.code}`) ? t(`refusals.${status.code}` as never, p as never) : t('refusals.generic');
      }
    }
  })();
  const statusTone =
    status.kind === 'saved' ? 'text-green-800' : status.kind === 'saving' || status.kind === 'idle' ? 'text-slate-700' : 'text-red-800 font-medium';

  const index = sectionKeys.indexOf(sectionKey);
  const next = sectionKeys[index + 1];
  const prev = sectionKeys[index - 1];
  const base = `/ngo/applications/${applicationId}`;

  return (
    <FormLanguagesContext.Provider value={props.languages}>
      <nav aria-label={t('sectionsNav')} className="mb-4">
        <ol className="flex flex-wrap gap-2">
          {sectionKeys.map((k, i) => {
            const current = k === sectionKey;
            const done = completeKeys.includes(k);
            return (
              <li key={k}>
                <Link
                  href={`${base}/sections/${k}`}
                  onClick={go(`${base}/sections/${k}`)}
                  aria-current={current ? 'page' : undefined}
                  className={`inline-flex items-center gap-1 rounded border px-3 py-1.5 text-sm ${current ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-300 bg-white hover:bg-slate-100'}`}
                  data-testid={`section-tab-${k}`}
                >
                  <span>{form.spec ? t(`sections.${k}` as never) : t('annexShort', { n: i + 1 })}</span>
                  {done ? (
                    <span aria-label={t('sectionComplete')} title={t('sectionComplete')}>
                      ✓
                    </span>
                  ) : (
                    <span className="sr-only">{t('sectionIncomplete')}</span>
                  )}
                </Link>
              </li>
            );
          })}
        </ol>
      </nav>

      <FormProvider {...methods}>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          onBlur={() => {
            if (editable && JSON.stringify(getValues()) !== lastSavedRef.current) void save();
          }}
          className="flex flex-col gap-6"
        >
          {!editable && props.readOnlyReason && (
            <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
              {t(`refusals.${props.readOnlyReason}` as never, {
                deadline: props.deadline ? format.dateTime(new Date(props.deadline), { dateStyle: 'long', timeStyle: 'short' }) : '',
                status: '',
              } as never)}
            </p>
          )}
          <div
            className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white/95 p-3 shadow-sm"
          >
            <p role="status" aria-live="polite" className={statusTone} data-testid="save-status">
              {statusText}
              {status.kind === 'stale' && (
                <>
                  {' '}
                  <button type="button" onClick={() => window.location.reload()} className="font-medium underline">
                    {t('reload')}
                  </button>
                </>
              )}
            </p>
            {editable && (
              <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60" disabled={status.kind === 'saving'}>
                {t('save')}
              </button>
            )}
          </div>

          <fieldset disabled={!editable} className="flex flex-col gap-6 rounded-lg border border-slate-200 bg-white p-5">
            <legend className="sr-only">{t(`sections.${sectionKey}` as never)}</legend>
            {sectionKey === 'annex1' && <Annex1Fields />}
            {sectionKey === 'annex2' && <Annex2Fields />}
            {sectionKey === 'annex3' && <Annex3Fields disabled={!editable} />}
            {sectionKey === 'annex4' && <Annex4Fields disabled={!editable} />}
            {sectionKey === 'annex5' && <BudgetTable lotAmountKzt={props.lotAmountKzt} disabled={!editable} />}
            {specSection && <SpecSectionFields section={specSection} disabled={!editable} />}
          </fieldset>
        </form>
      </FormProvider>

      <MissingList sectionKey={sectionKey} completeness={completeness} />

      <nav aria-label={t('pager')} className="mt-6 flex flex-wrap justify-between gap-3">
        {prev ? (
          <Link href={`${base}/sections/${prev}`} onClick={go(`${base}/sections/${prev}`)} className="font-medium text-brand-700 underline">
            ← {t(`sections.${prev}` as never)}
          </Link>
        ) : (
          <span />
        )}
        <Link href={base} onClick={go(base)} className="font-medium text-brand-700 underline">
          {t('overview')}
        </Link>
        {next ? (
          <Link href={`${base}/sections/${next}`} onClick={go(`${base}/sections/${next}`)} className="font-medium text-brand-700 underline">
            {t(`sections.${next}` as never)} →
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </FormLanguagesContext.Provider>
  );
}
