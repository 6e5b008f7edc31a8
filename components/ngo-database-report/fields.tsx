'use client';

import { useTranslations } from 'next-intl';
import { get, useFormContext, type FieldValues } from 'react-hook-form';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';

/** Translates an error code from the schema, the server or the DB-6 check. */
export function useErrorText() {
  const te = useTranslations('ngoReport.errors');
  return (code: string | undefined) => (code ? (te.has(code) ? te(code) : te('invalid')) : undefined);
}

function useFieldError(name: string) {
  const {
    formState: { errors },
  } = useFormContext<FieldValues>();
  const errorText = useErrorText();
  return errorText((get(errors, name) as { message?: string } | undefined)?.message);
}

/**
 * DB-6: one text, entered in Kazakh AND Russian. Two labelled controls side by side, each
 * with its own error (the server's missing-language list lands on the right one).
 */
export function BilingualField({ name, label, multiline = false, required = true }: { name: string; label: string; multiline?: boolean; required?: boolean }) {
  const t = useTranslations('ngoReport.form');
  const { register } = useFormContext<FieldValues>();
  const kkError = useFieldError(`${name}.kk`);
  const ruError = useFieldError(`${name}.ru`);
  const control = (lang: 'kk' | 'ru', error: string | undefined) => {
    const id = `${name}.${lang}`;
    const props = { lang, className: `${inputClass} w-full`, ...describedBy(id, { error: !!error }), ...register(id) };
    return (
      <FormField id={id} label={t('inLanguage', { field: label, lang })} error={error}>
        {multiline ? <textarea rows={3} {...props} /> : <input {...props} />}
      </FormField>
    );
  };
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="sr-only">
        {label}
        {required ? '' : ` (${t('optional')})`}
      </legend>
      <div className="grid gap-3 md:grid-cols-2">
        {control('kk', kkError)}
        {control('ru', ruError)}
      </div>
    </fieldset>
  );
}

/** A language-neutral whole number (a count, an amount in tenge, a percentage); empty = null. */
export function NumberField({ name, label, hint, max, step = 1 }: { name: string; label: string; hint?: string; max?: number; step?: number }) {
  const { register } = useFormContext<FieldValues>();
  const error = useFieldError(name);
  return (
    <FormField id={name} label={label} hint={hint} error={error}>
      <input
        type="number"
        min={0}
        max={max}
        step={step}
        inputMode="numeric"
        className={`${inputClass} w-full`}
        {...describedBy(name, { hint: !!hint, error: !!error })}
        {...register(name, { setValueAs: (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v)) })}
      />
    </FormField>
  );
}

/** A language-neutral short text (IIN/BIN, a date). */
export function PlainField({ name, label, hint, type = 'text', maxLength }: { name: string; label: string; hint?: string; type?: 'text' | 'date'; maxLength?: number }) {
  const { register } = useFormContext<FieldValues>();
  const error = useFieldError(name);
  return (
    <FormField id={name} label={label} hint={hint} error={error}>
      <input
        type={type}
        maxLength={maxLength}
        className={`${inputClass} w-full`}
        {...(type === 'text' ? { inputMode: 'numeric' as const, autoComplete: 'off' } : {})}
        {...describedBy(name, { hint: !!hint, error: !!error })}
        {...register(name)}
      />
    </FormField>
  );
}

export function SelectField({ name, label, options, placeholder }: { name: string; label: string; options: { value: string; label: string }[]; placeholder: string }) {
  const { register } = useFormContext<FieldValues>();
  const error = useFieldError(name);
  return (
    <FormField id={name} label={label} error={error}>
      <select className={`${inputClass} w-full`} {...describedBy(name, { error: !!error })} {...register(name)}>
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FormField>
  );
}

/** A field-array level error (e.g. "at least one founder"), announced to screen readers. */
export function GroupError({ name }: { name: string }) {
  const rootError = useFieldError(`${name}.root`);
  const ownError = useFieldError(name);
  const error = rootError ?? ownError;
  if (!error) return null;
  return (
    <p id={`${name}-error`} role="alert" className="text-sm font-medium text-red-700">
      {error}
    </p>
  );
}
