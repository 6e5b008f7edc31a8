import { z } from 'zod';
import '@/lib/validation/zod-errors';
import { checkPeriod, integer, isoDate, localizedText, plainText, rows, tenge, type RequirementsFn } from '../common';

/**
 * Annex 3 — «Өтінім берушінің әлеуеті жөнінде мәлімет» / applicant capacity (§4.5,
 * L1210–1211). Scored by criterion 1 (experience, past results, readiness) and criterion
 * 2 (experience and qualification of the specialists) of §4.6.
 */
const pastProject = z
  .object({
    name: localizedText(500).optional(),
    periodStart: isoDate().optional(),
    periodEnd: isoDate().optional(),
    /** Customer / donor. */
    donor: plainText(300).optional(),
    amountKzt: tenge().optional(),
    results: localizedText(2000).optional(),
  })
  .superRefine((v, ctx) => checkPeriod(v, 'periodStart', 'periodEnd', ctx));

const specialist = z.object({
  fullName: plainText(200).optional(),
  /** Role in the project (its tasks must match experience and qualification — criterion 2c). */
  role: localizedText(300).optional(),
  qualification: localizedText(1000).optional(),
  experienceYears: integer(80).optional(),
  /** true: staff member; false: engaged specialist (consent letter attached, L1183–1184). */
  isStaff: z.boolean({ error: 'invalid' }).optional(),
});

export const annex3DraftSchema = () =>
  z.object({
    experienceYears: integer(200).optional(),
    experience: localizedText(4000).optional(),
    pastProjects: rows(pastProject, 50).optional(),
    team: rows(specialist, 100).optional(),
    /** Material and technical base (premises, equipment). */
    materialBase: localizedText(4000).optional(),
  });

export type Annex3Draft = z.input<ReturnType<typeof annex3DraftSchema>>;

export const annex3Requirements: RequirementsFn = (d, req) => {
  req.value(d, 'experienceYears');
  req.text(d, 'experience');
  req.list(d, 'pastProjects', 0, (r, p) => {
    req.text(r, 'name', `${p}.name`);
    req.value(r, 'periodStart', `${p}.periodStart`);
    req.value(r, 'periodEnd', `${p}.periodEnd`);
    req.value(r, 'donor', `${p}.donor`);
    req.text(r, 'results', `${p}.results`);
  });
  req.list(d, 'team', 1, (r, p) => {
    req.value(r, 'fullName', `${p}.fullName`);
    req.text(r, 'role', `${p}.role`);
    req.text(r, 'qualification', `${p}.qualification`);
    req.value(r, 'experienceYears', `${p}.experienceYears`);
  });
  req.text(d, 'materialBase');
};
