'use client';

import { useTranslations } from 'next-intl';
import { useFieldArray, useFormContext, type FieldValues } from 'react-hook-form';
import { INDICATOR_KINDS } from '@/lib/validation/forms/grant';
import { AddRowButton, fieldId, LocalizedField, NumberField, RowCard, SelectField, TableError, TextField } from './fields';

function Table({ name, title, hint, addLabel, disabled, empty, children }: {
  name: string;
  title: string;
  hint?: string;
  addLabel: string;
  disabled: boolean;
  empty: Record<string, unknown>;
  children: (i: number) => React.ReactNode;
}) {
  const tf = useTranslations('applicationForm');
  const { control } = useFormContext<FieldValues>();
  const rows = useFieldArray({ control, name });
  const headingId = `h-${name}`;
  return (
    <section id={fieldId(name)} aria-labelledby={headingId} className="flex flex-col gap-3">
      <h3 id={headingId} className="text-lg font-semibold">{title}</h3>
      {hint && <p className="text-sm text-slate-600">{hint}</p>}
      <TableError name={name} />
      <ol className="flex flex-col gap-3">
        {rows.fields.map((f, i) => (
          <RowCard key={f.id} title={tf('rowTitle', { n: i + 1 })} onRemove={() => rows.remove(i)} removeLabel={tf('removeRow')} disabled={disabled}>
            {children(i)}
          </RowCard>
        ))}
      </ol>
      <AddRowButton onClick={() => rows.append(empty)} label={addLabel} disabled={disabled} />
    </section>
  );
}

/** Annex 4 — content of the social project (criteria 3 and 4 of §4.6). */
export function Annex4Fields({ disabled }: { disabled: boolean }) {
  const t = useTranslations('annex4');
  return (
    <div className="flex flex-col gap-6">
      <LocalizedField name="problem" label={t('problem')} hint={t('problemHint')} multiline maxLength={8000} />
      <Table name="sources" title={t('sources')} addLabel={t('addSource')} disabled={disabled} empty={{}}>
        {(i) => (
          <div className="grid gap-4 md:grid-cols-2">
            <TextField name={`sources.${i}.title`} label={t('sources_title')} maxLength={500} />
            <TextField name={`sources.${i}.url`} type="url" label={t('sources_url')} maxLength={500} />
          </div>
        )}
      </Table>

      <Table name="targetGroups" title={t('targetGroups')} hint={t('targetGroupsHint')} addLabel={t('addTargetGroup')} disabled={disabled} empty={{}}>
        {(i) => (
          <>
            <LocalizedField name={`targetGroups.${i}.category`} label={t('targetGroups_category')} maxLength={300} />
            <NumberField name={`targetGroups.${i}.count`} label={t('targetGroups_count')} />
          </>
        )}
      </Table>
      <div className="grid gap-4 md:grid-cols-2">
        <NumberField name="directBeneficiaries" label={t('directBeneficiaries')} />
        <NumberField name="indirectBeneficiaries" label={t('indirectBeneficiaries')} />
      </div>

      <LocalizedField name="goal" label={t('goal')} multiline maxLength={2000} />
      <Table name="tasks" title={t('tasks')} addLabel={t('addTask')} disabled={disabled} empty={{}}>
        {(i) => <LocalizedField name={`tasks.${i}.text`} label={t('tasks_text')} maxLength={1000} />}
      </Table>

      <Table name="activities" title={t('activities')} hint={t('activitiesHint')} addLabel={t('addActivity')} disabled={disabled} empty={{}}>
        {(i) => (
          <>
            <LocalizedField name={`activities.${i}.title`} label={t('activities_title')} maxLength={500} />
            <div className="grid gap-4 md:grid-cols-3">
              <TextField name={`activities.${i}.startDate`} type="date" label={t('activities_startDate')} />
              <TextField name={`activities.${i}.endDate`} type="date" label={t('activities_endDate')} />
              <TextField name={`activities.${i}.responsible`} label={t('activities_responsible')} maxLength={200} />
            </div>
            <LocalizedField name={`activities.${i}.place`} label={t('activities_place')} maxLength={300} />
            <LocalizedField name={`activities.${i}.expectedResult`} label={t('activities_expectedResult')} multiline maxLength={1000} />
          </>
        )}
      </Table>

      <Table name="indicators" title={t('indicators')} hint={t('indicatorsHint')} addLabel={t('addIndicator')} disabled={disabled} empty={{}}>
        {(i) => (
          <>
            <div className="grid gap-4 md:grid-cols-4">
              <SelectField
                name={`indicators.${i}.kind`}
                label={t('indicators_kind')}
                placeholder={t('chooseKind')}
                options={INDICATOR_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
              />
              <TextField name={`indicators.${i}.unit`} label={t('indicators_unit')} maxLength={50} />
              <NumberField name={`indicators.${i}.baseline`} label={t('indicators_baseline')} step="any" />
              <NumberField name={`indicators.${i}.target`} label={t('indicators_target')} step="any" />
            </div>
            <LocalizedField name={`indicators.${i}.name`} label={t('indicators_name')} maxLength={500} />
            <LocalizedField name={`indicators.${i}.method`} label={t('indicators_method')} multiline maxLength={1000} />
          </>
        )}
      </Table>

      <LocalizedField name="innovation" label={t('innovation')} multiline maxLength={4000} />
      <LocalizedField name="sustainability" label={t('sustainability')} hint={t('sustainabilityHint')} multiline maxLength={4000} />

      <Table name="partners" title={t('partners')} addLabel={t('addPartner')} disabled={disabled} empty={{}}>
        {(i) => (
          <>
            <div className="grid gap-4 md:grid-cols-2">
              <TextField name={`partners.${i}.name`} label={t('partners_name')} maxLength={300} />
              <TextField name={`partners.${i}.bin`} label={t('partners_bin')} maxLength={12} />
            </div>
            <LocalizedField name={`partners.${i}.role`} label={t('partners_role')} multiline maxLength={1000} />
          </>
        )}
      </Table>

      <Table name="risks" title={t('risks')} addLabel={t('addRisk')} disabled={disabled} empty={{}}>
        {(i) => (
          <>
            <LocalizedField name={`risks.${i}.risk`} label={t('risks_risk')} maxLength={500} />
            <LocalizedField name={`risks.${i}.mitigation`} label={t('risks_mitigation')} multiline maxLength={1000} />
          </>
        )}
      </Table>
    </div>
  );
}
