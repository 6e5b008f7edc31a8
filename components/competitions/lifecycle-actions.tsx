'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { cancelAction, declareNotHeldAction, publishAction, reannounceAction, startAdmissionAction, type HubActionState } from '@/app/operator/competitions/[id]/hub-actions';
import { useSetupError } from '@/components/plans/use-setup-error';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';

const primary = 'rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60';
const secondary = 'rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60';

function useAction() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [state, setState] = useState<HubActionState | null>(null);
  const go = (call: () => Promise<HubActionState>, after?: (s: HubActionState & { ok: true }) => void) =>
    start(async () => {
      const s = await call();
      setState(s);
      if (s.ok) {
        if (after) after(s);
        else router.refresh();
      }
    });
  return { pending, state, go, router };
}

function Failure({ state }: { state: HubActionState | null }) {
  const errorText = useSetupError();
  if (!state || state.ok) return null;
  const issues = state.issues && state.issues.length > 1 ? state.issues : null;
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800" data-testid="action-error">
      {issues ? (
        <ul className="list-disc pl-5">
          {issues.map((i) => (
            <li key={i.code}>{errorText(i.code, i.params)}</li>
          ))}
        </ul>
      ) : (
        errorText(state.code, state.params)
      )}
    </div>
  );
}

/** The lifecycle buttons of the hub this stage allows; each refusal comes back with its reason. */
export function LifecycleActions({
  competitionId,
  version,
  canPublish,
  canStartAdmission,
  canDeclareNotHeld,
  canCancel,
}: {
  competitionId: string;
  version: number;
  canPublish: boolean;
  canStartAdmission: boolean;
  canDeclareNotHeld: boolean;
  canCancel: boolean;
}) {
  const t = useTranslations('competitionSetup.hub');
  const { pending, state, go } = useAction();
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');
  const [cancelOpen, setCancelOpen] = useState(false);
  const ids = { competitionId, expectedVersion: version };
  const none = !canPublish && !canStartAdmission && !canDeclareNotHeld && !canCancel;
  return (
    <div className="flex flex-col gap-4">
      <Failure state={state} />
      {none && <p className="text-slate-600">{t('noActions')}</p>}
      {canPublish && (
        <div className="flex flex-col gap-2">
          <p className="text-sm text-slate-600">{t('publishHint')}</p>
          <div>
            <button type="button" className={primary} disabled={pending} onClick={() => go(() => publishAction(ids))}>
              {pending ? t('working') : t('publish')}
            </button>
          </div>
        </div>
      )}
      {canStartAdmission && (
        <div>
          <button type="button" className={primary} disabled={pending} onClick={() => go(() => startAdmissionAction(ids))}>
            {t('startAdmission')}
          </button>
        </div>
      )}
      {canDeclareNotHeld && (
        <div className="flex flex-col gap-2 rounded border border-amber-300 bg-amber-50 p-3">
          <p className="text-sm text-amber-900">{t('declareNotHeldHint')}</p>
          <FormField id="not-held-comment" label={t('notHeldComment')}>
            <textarea rows={2} className={inputClass} {...describedBy('not-held-comment', {})} value={comment} onChange={(e) => setComment(e.target.value)} />
          </FormField>
          <div>
            <button type="button" className={secondary} disabled={pending} onClick={() => go(() => declareNotHeldAction({ ...ids, comment }))}>
              {t('declareNotHeld')}
            </button>
          </div>
        </div>
      )}
      {canCancel && (
        <div className="flex flex-col gap-2">
          {!cancelOpen ? (
            <div>
              <button type="button" className="rounded border border-red-700 px-4 py-2 font-semibold text-red-800 hover:bg-red-50" onClick={() => setCancelOpen(true)}>
                {t('cancel')}
              </button>
            </div>
          ) : (
            <form
              className="flex flex-col gap-2 rounded border border-red-200 p-3"
              onSubmit={(e) => {
                e.preventDefault();
                go(() => cancelAction({ ...ids, reason }));
              }}
            >
              <FormField id="cancel-reason" label={t('cancelReason')}>
                <textarea rows={3} required className={inputClass} {...describedBy('cancel-reason', {})} value={reason} onChange={(e) => setReason(e.target.value)} />
              </FormField>
              <div>
                <button type="submit" disabled={pending} className="rounded bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60">
                  {t('cancelConfirm')}
                </button>
              </div>
            </form>
          )}
        </div>
      )}
    </div>
  );
}

/** Re-announce a lot declared not held: a DRAFT additional competition, then its settings. */
export function ReannounceButton({ competitionId, lotId, version, label }: { competitionId: string; lotId: string; version: number; label: string }) {
  const t = useTranslations('competitionSetup.hub');
  const { pending, state, go, router } = useAction();
  return (
    <div className="flex flex-col gap-1">
      <button
        type="button"
        className={secondary}
        disabled={pending}
        aria-label={label}
        onClick={() => go(() => reannounceAction({ competitionId, expectedVersion: version, lotId }), (s) => router.push(`/operator/competitions/${s.competitionId}/settings`))}
      >
        {pending ? t('working') : t('reannounce')}
      </button>
      <Failure state={state} />
    </div>
  );
}
