/** What the evaluation pages read (operator, expert, public) and the annual report (EV-7). */
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { almatyDateOf, type WorkCalendar } from '@/lib/rules';
import {
  annualEvaluationReportDue,
  discussionPhase,
  finalReportDue,
  isLate,
  preliminaryReportDue,
  responsesDue,
  type EvaluationSummary,
} from '@/lib/rules/evaluation';
import { isoDay } from './common';

type Db = PrismaClient | Prisma.TransactionClient;

const header = {
  id: true,
  number: true,
  status: true,
  version: true,
  periodStart: true,
  periodEnd: true,
  organizationId: true,
  organization: { select: { nameKk: true, nameRu: true, bin: true } },
  application: { select: { projectTitleKk: true, projectTitleRu: true } },
  competition: { select: { kind: true, code: true, titleKk: true, titleRu: true } },
} satisfies Prisma.AgreementSelect;

/** `/operator/evaluations`: social-order agreements waiting for a council, and every evaluation. */
export async function evaluationsOverview(db: Db) {
  const [waiting, evaluations] = await Promise.all([
    db.agreement.findMany({ where: { status: 'COMPLETED', competition: { kind: 'SOCIAL_ORDER' }, evaluation: null }, orderBy: { number: 'asc' }, select: header }),
    db.projectEvaluation.findMany({ orderBy: { createdAt: 'desc' }, select: { id: true, status: true, createdAt: true, discussionClosesOn: true, agreement: { select: header } } }),
  ]);
  return { waiting, evaluations };
}

export async function agreementForCouncil(db: Db, agreementId: string) {
  return db.agreement.findUnique({ where: { id: agreementId }, select: { ...header, evaluation: { select: { id: true } } } });
}

/** Approved register experts (for the council form). */
export async function registerExperts(db: Db) {
  return db.expert.findMany({
    where: { status: 'APPROVED', user: { active: true } },
    orderBy: { user: { name: 'asc' } },
    select: { id: true, qualificationKk: true, qualificationRu: true, user: { select: { name: true } } },
  });
}

export interface EvaluationTimeline {
  preliminaryDue: string | null;
  preliminaryLate: boolean;
  discussionClosesOn: string | null;
  phase: 'NOT_PUBLISHED' | 'OPEN' | 'CLOSED';
  responsesDue: string | null;
  responsesLate: boolean;
  finalDue: string | null;
  finalLate: boolean;
}

/** Everything about one evaluation, with the EV-3..EV-6 due dates computed on `now`. */
export async function evaluationDetail(db: Db, evaluationId: string, cal: WorkCalendar, now: Date) {
  const e = await db.projectEvaluation.findUnique({
    where: { id: evaluationId },
    include: {
      agreement: { select: header },
      commission: { select: { id: true, members: { where: { removedAt: null }, select: { id: true, role: true, expertId: true, expert: { select: { user: { select: { name: true } } } } } } } },
      declarations: true,
      scoreSheets: true,
      comments: { orderBy: { createdAt: 'asc' } },
    },
  });
  if (!e) return null;
  const closes = e.discussionClosesOn ? isoDay(e.discussionClosesOn) : null;
  const prelimDue = e.scoredAt ? preliminaryReportDue(almatyDateOf(e.scoredAt), cal) : null;
  const respDue = closes ? responsesDue(closes, cal) : null;
  const responses = e.comments.flatMap((c) => (c.respondedAt ? [almatyDateOf(c.respondedAt)] : [])).sort();
  const allAnswered = e.comments.every((c) => c.respondedAt !== null);
  const finDue = closes ? finalReportDue(closes, allAnswered ? (responses.at(-1) ?? null) : null, cal) : null;
  const lastResponse = responses.at(-1);
  const timeline: EvaluationTimeline = {
    preliminaryDue: prelimDue,
    preliminaryLate: prelimDue ? isLate(prelimDue, e.preliminaryPublishedAt, now) : false,
    discussionClosesOn: closes,
    phase: e.status === 'DISCUSSION' || e.status === 'FINAL_PUBLISHED' ? discussionPhase(now, e.preliminaryPublishedAt, closes) : 'NOT_PUBLISHED',
    responsesDue: respDue,
    responsesLate: respDue ? (allAnswered ? (lastResponse ? lastResponse > respDue : false) : isLate(respDue, null, now)) : false,
    finalDue: finDue,
    finalLate: finDue ? isLate(finDue, e.finalPublishedAt, now) : false,
  };
  const members = (e.commission?.members ?? []).map((m) => {
    const declaration = e.declarations.find((d) => d.expertId === m.expertId) ?? null;
    const sheet = e.scoreSheets.find((s) => s.expertId === m.expertId) ?? null;
    return { ...m, name: m.expert?.user.name ?? '', declaration, sheet };
  });
  return { ...e, summary: (e.status === 'PENDING' ? null : (e.scores as unknown as EvaluationSummary)) ?? null, members, timeline };
}
export type EvaluationDetail = NonNullable<Awaited<ReturnType<typeof evaluationDetail>>>;

/** Public list: evaluations whose preliminary report is published. */
export async function publicEvaluations(db: Db) {
  return db.projectEvaluation.findMany({
    where: { preliminaryPublishedAt: { not: null } },
    orderBy: { preliminaryPublishedAt: 'desc' },
    select: { id: true, status: true, preliminaryPublishedAt: true, discussionClosesOn: true, finalPublishedAt: true, agreement: { select: header } },
  });
}

/** Evaluations an expert sits on (for the expert workspace). */
export async function evaluationsOfExpert(db: Db, expertId: string) {
  return db.projectEvaluation.findMany({
    where: { commission: { members: { some: { expertId, removedAt: null } } } },
    orderBy: { createdAt: 'desc' },
    select: { id: true, status: true, agreement: { select: header }, declarations: { where: { expertId } }, scoreSheets: { where: { expertId }, select: { id: true } } },
  });
}

/**
 * EV-7 (L3423–3424): the annual report on evaluation results — every evaluation whose final
 * report was published in `year` (Almaty), with the council's means — due 5 February of the next year.
 */
export async function annualEvaluationReport(db: Db, year: number, cal: WorkCalendar) {
  const from = new Date(Date.UTC(year, 0, 1) - 5 * 3600_000);
  const to = new Date(Date.UTC(year + 1, 0, 1) - 5 * 3600_000);
  const rows = await db.projectEvaluation.findMany({
    where: { status: 'FINAL_PUBLISHED', finalPublishedAt: { gte: from, lt: to } },
    orderBy: { finalPublishedAt: 'asc' },
    select: { id: true, scores: true, finalPublishedAt: true, preliminaryPublishedAt: true, agreement: { select: { ...header, amountKzt: true } }, _count: { select: { comments: true } } },
  });
  return { year, due: annualEvaluationReportDue(year, cal), rows: rows.map((r) => ({ ...r, summary: r.scores as unknown as EvaluationSummary })) };
}
