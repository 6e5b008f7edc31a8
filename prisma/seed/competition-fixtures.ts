/**
 * The steps the demo's grant competitions share: the competition's rule settings, the
 * applicant of the grant forms, the complete annexes of a submitted application, its status
 * path through admission, and a selection commission with the operator as its secretary.
 */
import type { CommissionRole, CommissionSide, IsoDate } from '../../lib/rules';
import type { Prisma } from '../../lib/generated/prisma/client';
import { GRANT_FORM_VERSION, GRANT_SECTION_KEYS, sectionCompleteness, type CompletenessContext, type GrantSectionData } from '../../lib/validation/forms/grant';
import { NGO_CONTENT } from './application-content';
import { createApplication, type ApplicationSeed, type AttachmentSeed } from './applications';
import { HEAD_EMAIL, direction, expert, org, user, type SeedContext } from './context';
import { GRANT_CRITERIA, GRANT_REQUIRED_DOCUMENTS, grantSections, type GrantApplicant, type GrantTerms, type ProjectText } from './forms';
import { ORGANIZATIONS } from './organizations';
import { PEOPLE, type NgoKey } from './people';

type SectionRows = Record<string, { data: Prisma.InputJsonValue; complete: boolean }>;

const GRANT_SETTINGS = {
  institutionalSupportMaxPercent: 10,
  maxCommissionSize: 15,
  ngoSharePercentMin: 70,
  operatorSharePercentMax: 30,
  minExpertYears: 2,
};

/** The rule settings every demo grant competition shares, with its code, titles and year. */
export function grantCompetitionData(ctx: SeedContext, x: { code: string; titleKk: string; titleRu: string; titleEn: string; descriptionKk: string; descriptionRu: string; year: number }) {
  return {
    kind: 'GRANT' as const,
    code: x.code,
    planId: ctx.grantPlanId,
    organizerId: org(ctx, 'operator').id,
    titleKk: x.titleKk,
    titleRu: x.titleRu,
    titleEn: x.titleEn,
    descriptionKk: x.descriptionKk,
    descriptionRu: x.descriptionRu,
    year: x.year,
    windowMinDays: 20,
    windowMaxDays: 30,
    coiWorkingDays: 3,
    scoringWorkingDays: 15,
    thresholdPercent: 50,
    aggregation: 'MEAN' as const,
    tieBreak: 'EARLIER_SUBMISSION',
    localBudget: false,
    criteria: GRANT_CRITERIA,
    requiredDocuments: GRANT_REQUIRED_DOCUMENTS,
    languages: ['kk' as const, 'ru' as const],
    allLanguagesRequired: false,
    prepaymentMaxPercent: 40,
    settings: GRANT_SETTINGS,
    createdById: user(ctx, 'operator@demeu.kz'),
  };
}

/** The lots of a competition, one per topic of the grant plan, numbered in order. */
export async function createLots(ctx: SeedContext, competitionId: string, topicNumbers: number[], status: string, periodStart: IsoDate, periodEnd: IsoDate) {
  const out: { id: string; number: number; titleKk: string; titleRu: string; budgetKzt: bigint; periodStart: IsoDate; periodEnd: IsoDate }[] = [];
  for (const [i, n] of topicNumbers.entries()) {
    const t = ctx.grantTopics.get(n);
    if (!t) throw new Error(`seed: no grant topic ${n}`);
    const row = await ctx.tx.lot.create({
      data: {
        competitionId,
        number: i + 1,
        planTopicId: t.id,
        directionId: direction(ctx, t.directionNumber),
        titleKk: t.titleKk,
        titleRu: t.titleRu,
        budgetKzt: t.budgetKzt,
        periodStart: ctx.clock.date(periodStart),
        periodEnd: ctx.clock.date(periodEnd),
        status,
      },
      select: { id: true },
    });
    out.push({ id: row.id, number: i + 1, titleKk: t.titleKk, titleRu: t.titleRu, budgetKzt: t.budgetKzt, periodStart, periodEnd });
  }
  return out;
}

/** The required documents as plain `<kind>.pdf` files in Kazakh. */
export const PLAIN_GRANT_ATTACHMENTS: AttachmentSeed[] = GRANT_REQUIRED_DOCUMENTS.map((d) => ({ kind: d.kind, fileName: `${d.kind}.pdf`, language: 'kk' as const }));

/** An indicator "participants' satisfaction" of an activity, on a 5-point scale, aiming at `target`. */
export const satisfactionIndicator = (target: number) => (kk: string, ru: string) => ({
  kind: 'QUALITATIVE' as const,
  name: { kk: `${kk}: қатысушылардың қанағаттану деңгейі`, ru: `${ru}: удовлетворённость участников` },
  unit: 'балл (1–5)',
  baseline: 0,
  target,
  method: { kk: 'Іс-шарадан кейінгі анонимді сауалнама, 5 балдық шкала', ru: 'Анонимная анкета после мероприятий, 5-балльная шкала' },
});

/** The NGO as annexes 1–3 describe it: its record, its head, its content, its years of work. */
export function grantApplicant(ctx: SeedContext, key: NgoKey): GrantApplicant {
  const o = ORGANIZATIONS.find((x) => x.key === key);
  const head = PEOPLE.find((x) => x.email === HEAD_EMAIL[key]);
  if (!o || !head) throw new Error(`seed: no organisation or head for ${key}`);
  return {
    org: o,
    bin: org(ctx, key).bin,
    head: { name: head.name, phone: head.phone, email: head.email },
    content: NGO_CONTENT[key],
    experienceYears: ctx.clock.year - Number(o.registeredOn.slice(0, 4)),
    partner: (k) => ({ name: org(ctx, k).nameKk, bin: org(ctx, k).bin }),
  };
}

/** Section rows with the `complete` flag the autosave would have written. */
export function gradedSections(data: GrantSectionData, ctx: CompletenessContext): SectionRows {
  return Object.fromEntries(GRANT_SECTION_KEYS.map((k) => [k, { data: data[k] as Prisma.InputJsonValue, complete: sectionCompleteness(k, data[k], ctx).complete }]));
}

/** The five complete annexes of a submitted application (the seed refuses to write an incomplete one). */
export function completeGrantSections(ctx: SeedContext, ngo: NgoKey, project: ProjectText, terms: GrantTerms, completeness: CompletenessContext): SectionRows {
  const rows = gradedSections(grantSections(grantApplicant(ctx, ngo), project, terms), completeness);
  const incomplete = Object.entries(rows).filter(([, r]) => !r.complete).map(([k]) => k);
  if (incomplete.length > 0) throw new Error(`seed: «${project.titleKk}» has incomplete sections ${incomplete.join(', ')}`);
  return rows;
}

/**
 * The status path of a submitted application through admission: admitted (and, with
 * `scoringOpenedAt`, under review from the day scoring opened), or not admitted for a late
 * or missing NGO database report (R3) with `refusal` as the operator's comment.
 */
export function admissionPath(p: {
  submittedAt: Date;
  admissionAt: Date;
  admitted: boolean;
  scoringOpenedAt?: Date;
  refusal?: string;
}): Pick<ApplicationSeed, 'steps' | 'admission' | 'statusReason'> {
  if (p.admitted) {
    return {
      steps: [
        { to: 'SUBMITTED', at: p.submittedAt },
        { to: 'ADMITTED', at: p.admissionAt },
        ...(p.scoringOpenedAt ? [{ to: 'UNDER_REVIEW' as const, at: p.scoringOpenedAt, actor: null, reason: 'CI-2: COI declarations complete, scoring opened (DL-5)' }] : []),
      ],
      admission: { admitted: true, reasons: [], at: p.admissionAt },
    };
  }
  if (p.refusal === undefined) throw new Error('seed: a not admitted application needs the refusal comment');
  return {
    steps: [
      { to: 'SUBMITTED', at: p.submittedAt },
      { to: 'NOT_ADMITTED', at: p.admissionAt, reason: 'R3' },
    ],
    admission: { admitted: false, reasons: ['R3'], comment: p.refusal, at: p.admissionAt },
    statusReason: 'R3',
  };
}

/** A submitted grant application in Kazakh and Russian whose annexes are built from the project's content. */
export async function createSubmittedGrantApplication(
  ctx: SeedContext,
  a: {
    competitionId: string;
    lotId: string;
    ngo: NgoKey;
    project: ProjectText;
    terms: GrantTerms;
    completeness: CompletenessContext;
    createdAt: Date;
    submittedAt: Date;
    path: Pick<ApplicationSeed, 'steps' | 'admission' | 'statusReason'>;
  },
): Promise<string> {
  const sections = completeGrantSections(ctx, a.ngo, a.project, a.terms, a.completeness);
  return createApplication(ctx, {
    competitionId: a.competitionId,
    lotId: a.lotId,
    ngo: a.ngo,
    formVersion: GRANT_FORM_VERSION,
    languages: ['kk', 'ru'],
    projectTitleKk: a.project.titleKk,
    projectTitleRu: a.project.titleRu,
    requestedKzt: BigInt(a.terms.requested),
    ownContributionKzt: BigInt(a.terms.own),
    createdAt: a.createdAt,
    sections,
    submittedAt: a.submittedAt,
    attachments: PLAIN_GRANT_ATTACHMENTS,
    ...a.path,
  });
}

/**
 * A selection commission of the competition: its experts (in order) and the operator as the
 * secretary without a vote, all appointed at `appointedAt`. Returns the commission's id.
 */
export async function createSelectionCommission(
  ctx: SeedContext,
  commission: Omit<Prisma.CommissionUncheckedCreateInput, 'purpose'>,
  members: { email: string; role: CommissionRole; side: CommissionSide }[],
  appointedAt: Date,
): Promise<string> {
  const { id } = await ctx.tx.commission.create({ data: { ...commission, purpose: 'SELECTION' }, select: { id: true } });
  await ctx.tx.commissionMember.createMany({
    data: [
      ...members.map((m) => ({ commissionId: id, expertId: expert(ctx, m.email), role: m.role, side: m.side, appointedAt })),
      { commissionId: id, userId: user(ctx, 'operator@demeu.kz'), role: 'SECRETARY' as const, side: 'OPERATOR' as const, votingRight: false, appointedAt },
    ],
  });
  return id;
}
