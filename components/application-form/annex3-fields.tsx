'use client';

import { useTranslations } from 'next-intl';
import { useFieldArray, useFormContext, type FieldValues } from 'react-hook-form';
import { AddRowButton, CheckboxField, fieldId, LocalizedField, NumberField, RowCard, TableError, TextField } from './fields';

/** Annex 3 — applicant capacity: experience, past projects, team, material base. */
export function Annex3Fields({ disabled }: { disabled: boolean }) {
  const t = useTranslations('annex3');
  const tf = useTranslations('applicationForm');
  const { control } = useFormContext<FieldValues>();
  const projects = useFieldArray({ control, name: 'pastProjects' });
  const team = useFieldArray({ control, name: 'team' });
  return (
    <div className="flex flex-col gap-5">
      <NumberField name="experienceYears" label={t('experienceYears')} />
      <LocalizedField name="experience" label={t('experience')} hint={t('experienceHint')} multiline maxLength={4000} />

      <section id={fieldId('pastProjects')} aria-labelledby="past-projects" className="flex flex-col gap-3">
        <h3 id="past-projects" className="text-lg font-semibold">{t('pastProjects')}</h3>
        <p className="text-sm text-slate-600">{t('pastProjectsHint')}</p>
        <TableError name="pastProjects" />
        <ol className="flex flex-col gap-3">
          {projects.fields.map((f, i) => (
            <RowCard key={f.id} title={tf('rowTitle', { n: i + 1 })} onRemove={() => projects.remove(i)} removeLabel={tf('removeRow')} disabled={disabled}>
              <LocalizedField name={`pastProjects.${i}.name`} label={t('pastProjects_name')} maxLength={500} />
              <div className="grid gap-4 md:grid-cols-4">
                <TextField name={`pastProjects.${i}.periodStart`} type="date" label={t('pastProjects_periodStart')} />
                <TextField name={`pastProjects.${i}.periodEnd`} type="date" label={t('pastProjects_periodEnd')} />
                <TextField name={`pastProjects.${i}.donor`} label={t('pastProjects_donor')} maxLength={300} />
                <NumberField name={`pastProjects.${i}.amountKzt`} label={t('pastProjects_amountKzt')} />
              </div>
              <LocalizedField name={`pastProjects.${i}.results`} label={t('pastProjects_results')} multiline maxLength={2000} />
            </RowCard>
          ))}
        </ol>
        <AddRowButton onClick={() => projects.append({})} label={t('addPastProject')} disabled={disabled} />
      </section>

      <section id={fieldId('team')} aria-labelledby="team" className="flex flex-col gap-3">
        <h3 id="team" className="text-lg font-semibold">{t('team')}</h3>
        <TableError name="team" />
        <ol className="flex flex-col gap-3">
          {team.fields.map((f, i) => (
            <RowCard key={f.id} title={tf('rowTitle', { n: i + 1 })} onRemove={() => team.remove(i)} removeLabel={tf('removeRow')} disabled={disabled}>
              <div className="grid gap-4 md:grid-cols-2">
                <TextField name={`team.${i}.fullName`} label={t('team_fullName')} maxLength={200} />
                <NumberField name={`team.${i}.experienceYears`} label={t('team_experienceYears')} />
              </div>
              <LocalizedField name={`team.${i}.role`} label={t('team_role')} maxLength={300} />
              <LocalizedField name={`team.${i}.qualification`} label={t('team_qualification')} multiline maxLength={1000} />
              <CheckboxField name={`team.${i}.isStaff`} label={t('team_isStaff')} />
            </RowCard>
          ))}
        </ol>
        <AddRowButton onClick={() => team.append({ isStaff: true })} label={t('addTeamMember')} disabled={disabled} />
      </section>

      <LocalizedField name="materialBase" label={t('materialBase')} multiline maxLength={4000} />
    </div>
  );
}
