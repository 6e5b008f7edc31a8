'use client';

import { useTranslations } from 'next-intl';
import { createContext, useContext, type ReactNode } from 'react';
import { get, useFormContext, type FieldValues } from 'react-hook-form';
import { describedBy, inputClass } from '@/components/ui/form-field';
import type { FormLanguage } from '@/lib/validation/forms/grant';

/** Languages the competition accepts (Competition.languages) — the kk/ru inputs shown. */
export const FormLanguagesContext = createContext<FormLanguage[]>(['kk', 'ru']);

export const fieldId = (name: string) => `f-${name.replace(/\./g, '-')}`;

/** Empty input → undefined (not 0), anything else → Number (NaN is reported as 'notNumber'). */
export const asNumber = (v: unknown) => (v === '' || v === null || v === undefined ? undefined : Number(v));

function useFieldError(name: string): string | undefined {
  const te = useTranslations('applicationForm.errors');
  const {
    formState: { errors },
  } = useFormContext<FieldValues>();
  // A table-level error (e.g. the budget's 10% rule) may sit on the array itself or its root.
  const err = get(errors, name) as { message?: string; root?: { message?: string } } | undefined;
  const code = err?.message ?? err?.root?.message;
  if (!code) return undefined;
  return te.has(code) ? te(code as never) : te('invalid');
}

function Wrapper({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export function TextField({
  name,
  label,
  hint,
  type = 'text',
  autoComplete,
  maxLength,
}: {
  name: string;
  label: string;
  hint?: string;
  type?: 'text' | 'email' | 'tel' | 'date' | 'url';
  autoComplete?: string;
  maxLength?: number;
}) {
  const { register } = useFormContext<FieldValues>();
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <Wrapper id={id} label={label} hint={hint} error={error}>
      <input
        type={type}
        autoComplete={autoComplete ?? 'off'}
        maxLength={maxLength}
        className={inputClass}
        {...describedBy(id, { hint: !!hint, error: !!error })}
        {...register(name, type === 'date' ? { setValueAs: (v: unknown) => (v === '' ? undefined : v) } : undefined)}
      />
    </Wrapper>
  );
}

/** Plain (not translated) long text. */
export function TextAreaField({ name, label, hint, maxLength }: { name: string; label: string; hint?: string; maxLength?: number }) {
  const { register } = useFormContext<FieldValues>();
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <Wrapper id={id} label={label} hint={hint} error={error}>
      <textarea rows={4} maxLength={maxLength} className={`${inputClass} w-full`} {...describedBy(id, { hint: !!hint, error: !!error })} {...register(name)} />
    </Wrapper>
  );
}

export function NumberField({ name, label, hint, step = 1 }: { name: string; label: string; hint?: string; step?: number | 'any' }) {
  const { register } = useFormContext<FieldValues>();
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <Wrapper id={id} label={label} hint={hint} error={error}>
      <input
        type="number"
        inputMode={step === 1 ? 'numeric' : 'decimal'}
        min={0}
        step={step}
        className={`${inputClass} tabular-nums`}
        {...describedBy(id, { hint: !!hint, error: !!error })}
        {...register(name, { setValueAs: asNumber })}
      />
    </Wrapper>
  );
}

export function SelectField({ name, label, options, placeholder }: { name: string; label: string; options: { value: string; label: string }[]; placeholder: string }) {
  const { register } = useFormContext<FieldValues>();
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <Wrapper id={id} label={label} error={error}>
      <select className={inputClass} {...describedBy(id, { error: !!error })} {...register(name, { setValueAs: (v: unknown) => (v === '' ? undefined : v) })}>
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrapper>
  );
}

export function CheckboxField({ name, label }: { name: string; label: string }) {
  const { register } = useFormContext<FieldValues>();
  const id = fieldId(name);
  return (
    <div className="flex items-center gap-2">
      <input id={id} type="checkbox" className="h-4 w-4" {...register(name)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** A `{ kk?, ru? }` text: one input per competition language, side by side, with lang attributes. */
export function LocalizedField({ name, label, hint, multiline = false, maxLength }: { name: string; label: string; hint?: string; multiline?: boolean; maxLength?: number }) {
  const t = useTranslations('applicationForm');
  const languages = useContext(FormLanguagesContext);
  const { register } = useFormContext<FieldValues>();
  const groupError = useFieldError(name);
  return (
    <fieldset id={fieldId(name)} className="flex flex-col gap-1">
      <legend className="mb-1 font-medium">{label}</legend>
      {hint && <p className="text-sm text-slate-600">{hint}</p>}
      <div className={`grid gap-3 ${languages.length > 1 ? 'md:grid-cols-2' : ''}`}>
        {languages.map((lang) => (
          <LocalizedInput key={lang} name={`${name}.${lang}`} lang={lang} label={t(`languageLabel.${lang}`)} multiline={multiline} maxLength={maxLength} register={register} />
        ))}
      </div>
      {groupError && <p className="text-sm font-medium text-red-700">{groupError}</p>}
    </fieldset>
  );
}

function LocalizedInput({
  name,
  lang,
  label,
  multiline,
  maxLength,
  register,
}: {
  name: string;
  lang: FormLanguage;
  label: string;
  multiline: boolean;
  maxLength?: number;
  register: ReturnType<typeof useFormContext<FieldValues>>['register'];
}) {
  const error = useFieldError(name);
  const id = fieldId(name);
  const props = { lang, maxLength, className: `${inputClass} w-full`, ...describedBy(id, { error: !!error }), ...register(name) };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm text-slate-600">
        {label}
      </label>
      {multiline ? <textarea rows={4} {...props} /> : <input type="text" {...props} />}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

/** A row of a repeated table, as a card with its number and a remove button. */
export function RowCard({ title, onRemove, removeLabel, disabled, children }: { title: string; onRemove: () => void; removeLabel: string; disabled: boolean; children: ReactNode }) {
  return (
    <li className="flex flex-col gap-3 rounded border border-slate-200 bg-slate-50 p-4">
      <div className="flex items-center justify-between gap-2">
        <h4 className="font-semibold">{title}</h4>
        {!disabled && (
          <button type="button" onClick={onRemove} className="rounded px-2 py-1 text-sm text-red-700 underline hover:bg-red-50">
            {removeLabel}
          </button>
        )}
      </div>
      {children}
    </li>
  );
}

export function AddRowButton({ onClick, label, disabled }: { onClick: () => void; label: string; disabled: boolean }) {
  if (disabled) return null;
  return (
    <button type="button" onClick={onClick} className="self-start rounded border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50">
      + {label}
    </button>
  );
}

export function TableError({ name }: { name: string }) {
  const error = useFieldError(name);
  return error ? (
    <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm font-medium text-red-800">
      {error}
    </p>
  ) : null;
}
