'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { changeUserAccessAction } from '@/app/admin/users/[id]/actions';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';
import { ASSIGNABLE_ROLES, changeUserAccessSchema, type ChangeUserAccessFormValues, type ChangeUserAccessInput } from '@/lib/validation/user-access';

type Field = 'role' | 'active' | 'reason';

/**
 * Role (OPERATOR ⇄ ADMIN, only for staff accounts) and active flag of an account, with the
 * mandatory reason. The form carries the sessionVersion it was rendered with (optimistic lock);
 * a refused submit keeps everything typed.
 */
export function UserAccessForm({ userId, sessionVersion, role, active, roleEditable }: { userId: string; sessionVersion: number; role: ChangeUserAccessInput['role']; active: boolean; roleEditable: boolean }) {
  const t = useTranslations('admin');
  const tr = useTranslations('nav.roles');
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<ChangeUserAccessFormValues, unknown, ChangeUserAccessInput>({
    resolver: zodResolver(changeUserAccessSchema),
    defaultValues: { userId, expectedSessionVersion: sessionVersion, role, active, reason: '' },
  });
  // The page re-renders after any change (also "end all sessions"): the lock token follows it.
  useEffect(() => setValue('expectedSessionVersion', sessionVersion), [sessionVersion, setValue]);

  const errorText = (code?: string) => (code ? (t.has(`errors.${code}` as never) ? t(`errors.${code}` as never) : t('errors.generic')) : undefined);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSuccess(null);
    const result = await changeUserAccessAction(values);
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors)) setError(field as Field, { type: 'server', message: code });
      if (result.fieldErrors.reason) setFocus('reason');
      setFormError(result.formError);
      return;
    }
    setValue('expectedSessionVersion', result.sessionVersion);
    setValue('reason', '');
    setSuccess(result.action.replaceAll('.', '_'));
    router.refresh();
  });

  const roleError = errorText(errors.role?.message);
  const reasonError = errorText(errors.reason?.message);
  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-4" aria-labelledby="access-title">
      {formError && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {errorText(formError)}
        </p>
      )}
      {success && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t(`access.success.${success}` as never)}
        </p>
      )}
      {roleEditable ? (
        <FormField id="role" label={t('access.role')} hint={t('access.roleHint')} error={roleError}>
          <select className={inputClass} {...describedBy('role', { hint: true, error: !!roleError })} {...register('role')}>
            {ASSIGNABLE_ROLES.map((r) => (
              <option key={r} value={r}>
                {tr(r)}
              </option>
            ))}
          </select>
        </FormField>
      ) : (
        <p className="text-slate-700">{t('access.roleFixed', { role: tr(role) })}</p>
      )}
      <label className="flex items-center gap-2">
        <input type="checkbox" className="h-4 w-4" {...register('active')} />
        {t('access.active')}
      </label>
      <FormField id="reason" label={t('access.reason')} hint={t('access.reasonHint')} error={reasonError}>
        <textarea rows={3} maxLength={600} className={inputClass} {...describedBy('reason', { hint: true, error: !!reasonError })} {...register('reason')} />
      </FormField>
      <div>
        <button type="submit" disabled={isSubmitting} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {isSubmitting ? t('access.saving') : t('access.submit')}
        </button>
      </div>
    </form>
  );
}
