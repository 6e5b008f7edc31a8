'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { declareConflictAction } from '@/app/expert/competitions/[id]/coi/actions';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';
import { declarationInputSchema, type DeclarationFormValues, type DeclarationInput } from '@/lib/services/coi/declaration-input';

/**
 * Conflict / no conflict on one applicant, with a note (required for a conflict). When the
 * portal found a conflict (CI-1) "no conflict" is not offered — the engine's finding binds.
 * A refused submit keeps everything typed.
 */
export function DeclarationForm({ applicationId, automaticConflict, label }: { applicationId: string; automaticConflict: boolean; label: string }) {
  const t = useTranslations('coi');
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setValue,
    control,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<DeclarationFormValues, unknown, DeclarationInput>({
    resolver: zodResolver(declarationInputSchema),
    defaultValues: { applicationId, hasConflict: automaticConflict ? true : (undefined as unknown as boolean), note: '' },
  });
  const hasConflict = useWatch({ control, name: 'hasConflict' });
  const errorText = (code?: string) => (code ? (t.has(`errors.${code}` as never) ? t(`errors.${code}` as never) : t('errors.generic')) : undefined);
  const idBase = `decl-${applicationId}`;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await declareConflictAction(values);
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors)) setError(field as 'note' | 'hasConflict', { type: 'server', message: code });
      setFormError(result.formError);
      return;
    }
    router.refresh();
  });

  const choiceError = errorText(errors.hasConflict?.message);
  const noteError = errorText(errors.note?.message);
  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-3" aria-label={label} data-testid="coi-form">
      {formError && formError !== 'fixErrors' && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {errorText(formError)}
        </p>
      )}
      <fieldset className="flex flex-col gap-1" aria-invalid={choiceError ? true : undefined} aria-describedby={choiceError ? `${idBase}-choice-error` : undefined}>
        <legend className="mb-1 font-medium">{t('form.legend')}</legend>
        <label className={`flex items-center gap-2 ${automaticConflict ? 'text-slate-500' : ''}`}>
          <input type="radio" name={`${idBase}-choice`} value="no" checked={hasConflict === false} disabled={automaticConflict} onChange={() => setValue('hasConflict', false)} />
          {t('form.noConflict')}
          {automaticConflict && <span className="text-sm">({t('form.noConflictBlocked')})</span>}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name={`${idBase}-choice`} value="yes" checked={hasConflict === true} onChange={() => setValue('hasConflict', true)} />
          {t('form.conflict')}
        </label>
        {choiceError && (
          <p id={`${idBase}-choice-error`} role="alert" className="text-sm font-medium text-red-700">
            {choiceError}
          </p>
        )}
      </fieldset>
      <FormField id={`${idBase}-note`} label={t('form.note')} hint={t('form.noteHint')} error={noteError}>
        <textarea rows={2} className={inputClass} {...describedBy(`${idBase}-note`, { hint: true, error: !!noteError })} {...register('note')} />
      </FormField>
      <p className="text-sm text-slate-600">{t('form.final')}</p>
      <div>
        <button type="submit" disabled={isSubmitting} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {isSubmitting ? t('form.saving') : t('form.submit')}
        </button>
      </div>
    </form>
  );
}
