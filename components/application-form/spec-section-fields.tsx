'use client';

import { useTranslations } from 'next-intl';
import { useFieldArray, useFormContext, useWatch, type FieldValues } from 'react-hook-form';
import type { FieldSpec, ScalarFieldSpec, SectionSpec } from '@/lib/validation/forms/spec/form-spec';
import { AddRowButton, fieldId, NumberField, RowCard, SelectField, TableError, TextAreaField, TextField } from './fields';

const INPUT_TYPE = { email: 'email', phone: 'tel' } as const;

/**
 * The inputs of a section of a form described as data (social order F-TS, award F-A1..F-A3,
 * strategic partnership). Labels are `<section>.<path with _>` — the same keys the list of
 * missing fields names — and the hints `<…>_hint` where the rulebook explains a field.
 */
export function SpecSectionFields({ section, disabled }: { section: SectionSpec; disabled: boolean }) {
  return (
    <div className="flex flex-col gap-5">
      {section.fields.map((f) => (
        <SpecField key={f.name} sectionKey={section.key} field={f} disabled={disabled} />
      ))}
    </div>
  );
}

function SpecField({ sectionKey, field, disabled }: { sectionKey: string; field: FieldSpec; disabled: boolean }) {
  const t = useTranslations(sectionKey);
  switch (field.type) {
    case 'group':
      return (
        <fieldset id={fieldId(field.name)} className="flex flex-col gap-3 rounded border border-slate-200 p-4">
          <legend className="px-1 font-semibold">{t(field.name as never)}</legend>
          <div className="grid gap-4 md:grid-cols-2">
            {field.fields.map((c) => (
              <ScalarInput key={c.name} sectionKey={sectionKey} field={c} name={`${field.name}.${c.name}`} labelKey={`${field.name}_${c.name}`} />
            ))}
          </div>
        </fieldset>
      );
    case 'list':
      return <ListField sectionKey={sectionKey} field={field} disabled={disabled} />;
    case 'table':
      return <TableField sectionKey={sectionKey} field={field} disabled={disabled} />;
    default:
      return <ScalarInput sectionKey={sectionKey} field={field} name={field.name} labelKey={field.name} />;
  }
}

function ScalarInput({ sectionKey, field, name, labelKey }: { sectionKey: string; field: ScalarFieldSpec; name: string; labelKey: string }) {
  const t = useTranslations(sectionKey);
  const tf = useTranslations('applicationForm');
  const hintKey = `${labelKey}_hint`;
  const hint = t.has(hintKey) ? t(hintKey as never) : undefined;
  const label = `${t(labelKey as never)}${field.optional ? ` (${tf('optional')})` : ''}`;
  switch (field.type) {
    case 'text':
      return field.multiline ? (
        <TextAreaField name={name} label={label} {...(hint ? { hint } : {})} maxLength={field.max} />
      ) : (
        <TextField
          name={name}
          label={label}
          {...(hint ? { hint } : {})}
          maxLength={field.max}
          type={field.format === 'email' || field.format === 'phone' ? INPUT_TYPE[field.format] : 'text'}
        />
      );
    case 'integer':
      return <NumberField name={name} label={field.money ? `${label}, ₸` : label} {...(hint ? { hint } : {})} />;
    case 'date':
      return <TextField name={name} type="date" label={label} {...(hint ? { hint } : {})} />;
    case 'select':
      return (
        <SelectField
          name={name}
          label={label}
          placeholder={tf('choose')}
          options={field.options.map((o) => ({ value: o, label: t(`${labelKey}_${o}` as never) }))}
        />
      );
  }
}

function ListField({ sectionKey, field, disabled }: { sectionKey: string; field: Extract<FieldSpec, { type: 'list' }>; disabled: boolean }) {
  const t = useTranslations(sectionKey);
  const tf = useTranslations('applicationForm');
  const { setValue, register } = useFormContext<FieldValues>();
  const items = (useWatch({ name: field.name }) as string[] | undefined) ?? [];
  const set = (next: string[]) => setValue(field.name, next, { shouldDirty: true, shouldValidate: true });
  const hintKey = `${field.name}_hint`;
  return (
    <section id={fieldId(field.name)} aria-labelledby={`${field.name}-title`} className="flex flex-col gap-2">
      <h3 id={`${field.name}-title`} className="text-lg font-semibold">
        {t(field.name as never)}
      </h3>
      {t.has(hintKey) && <p className="text-sm text-slate-600">{t(hintKey as never)}</p>}
      <TableError name={field.name} />
      <ol className="flex flex-col gap-2">
        {items.map((_, i) => (
          <li key={i} className="flex items-end gap-2">
            <div className="flex-1">
              <label htmlFor={fieldId(`${field.name}.${i}`)} className="text-sm text-slate-600">
                {tf('itemTitle', { n: i + 1 })}
              </label>
              <input id={fieldId(`${field.name}.${i}`)} type="text" maxLength={field.itemMax} className="w-full rounded border border-slate-300 px-3 py-2" {...register(`${field.name}.${i}`)} />
            </div>
            {!disabled && (
              <button type="button" onClick={() => set(items.filter((__, j) => j !== i))} className="rounded px-2 py-2 text-sm text-red-700 underline hover:bg-red-50">
                {tf('removeItem', { n: i + 1 })}
              </button>
            )}
          </li>
        ))}
      </ol>
      <AddRowButton onClick={() => set([...items, ''])} label={tf('addItem')} disabled={disabled} />
    </section>
  );
}

function TableField({ sectionKey, field, disabled }: { sectionKey: string; field: Extract<FieldSpec, { type: 'table' }>; disabled: boolean }) {
  const t = useTranslations(sectionKey);
  const tf = useTranslations('applicationForm');
  const { control } = useFormContext<FieldValues>();
  const rows = useFieldArray({ control, name: field.name });
  const hintKey = `${field.name}_hint`;
  return (
    <section id={fieldId(field.name)} aria-labelledby={`${field.name}-title`} className="flex flex-col gap-3">
      <h3 id={`${field.name}-title`} className="text-lg font-semibold">
        {t(field.name as never)}
      </h3>
      {t.has(hintKey) && <p className="text-sm text-slate-600">{t(hintKey as never)}</p>}
      <TableError name={field.name} />
      <ol className="flex flex-col gap-3">
        {rows.fields.map((row, i) => (
          <RowCard key={row.id} title={tf('rowTitle', { n: i + 1 })} onRemove={() => rows.remove(i)} removeLabel={tf('removeRow')} disabled={disabled}>
            <div className="grid gap-4 md:grid-cols-2">
              {field.columns.map((c) => (
                <ScalarInput key={c.name} sectionKey={sectionKey} field={c} name={`${field.name}.${i}.${c.name}`} labelKey={`${field.name}_${c.name}`} />
              ))}
            </div>
          </RowCard>
        ))}
      </ol>
      <AddRowButton onClick={() => rows.append({})} label={tf('addRow')} disabled={disabled} />
    </section>
  );
}
