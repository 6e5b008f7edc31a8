/**
 * Loads what the open-data files may contain — and nothing else. Only published data:
 * a competition's winners and laureates once it is RESULTS_PUBLISHED (with the results
 * date set), amounts from the PUBLISHED decision's ranking row (SC-5) or the signed
 * agreement, contracts only once signed, transactions only for RELEASED tranches. Never
 * drafts, scores, experts or personal data. Reads only.
 */
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { ContractSource, GrantSource, OrgSource, TenderSource } from './sources';

type Db = Pick<PrismaClient, 'application' | 'laureate' | 'competition'>;

const orgSelect = { bin: true, nameKk: true, nameRu: true } as const;
const competitionSelect = { id: true, code: true, titleKk: true, descriptionKk: true, resultsPublishedAt: true, organizer: { select: orgSelect } } as const;
const published = { status: 'RESULTS_PUBLISHED', resultsPublishedAt: { not: null } } as const;
const NOT_SIGNED = ['DRAFT', 'SENT_TO_NGO', 'SIGNED_BY_NGO', 'DECLINED'];

/** An agreement is public once both sides signed it (and it was not declined). */
function isSigned<T extends { signedAt: Date | null; status: string }>(a: T | null): a is T & { signedAt: Date } {
  return a !== null && a.signedAt !== null && !NOT_SIGNED.includes(a.status);
}

function org(o: OrgSource): OrgSource {
  return { bin: o.bin, nameKk: o.nameKk, nameRu: o.nameRu };
}

/** GRANT winners and AWARD laureates of published competitions, oldest results first. */
export async function loadGrantSources(db: Db): Promise<GrantSource[]> {
  const winners = await db.application.findMany({
    where: { status: 'WINNER', competition: { kind: 'GRANT', ...published } },
    select: {
      id: true,
      projectTitleKk: true,
      projectTitleRu: true,
      organization: { select: orgSelect },
      competition: { select: competitionSelect },
      lot: {
        select: {
          number: true,
          titleKk: true,
          descriptionKk: true,
          periodStart: true,
          periodEnd: true,
          region: { select: { code: true, nameKk: true } },
          direction: { select: { number: true, nameKk: true } },
        },
      },
      // SC-5: the amount granted by the published decision.
      rankingRows: { where: { winner: true, awardedKzt: { not: null }, decision: { status: 'PUBLISHED' } }, select: { awardedKzt: true }, take: 1 },
      agreement: { select: { amountKzt: true, periodStart: true, periodEnd: true, signedAt: true, status: true } },
    },
  });
  const laureates = await db.laureate.findMany({
    where: { competition: { kind: 'AWARD', ...published } },
    select: {
      applicationId: true,
      rank: true,
      amountKzt: true,
      organization: { select: orgSelect },
      direction: { select: { number: true, nameKk: true } },
      competition: { select: competitionSelect },
      application: { select: { projectTitleKk: true, projectTitleRu: true, lot: { select: { number: true, titleKk: true, descriptionKk: true, region: { select: { code: true, nameKk: true } } } } } },
    },
  });

  const out: GrantSource[] = [];
  for (const a of winners) {
    const awardedAt = a.competition.resultsPublishedAt;
    const signed = isSigned(a.agreement) ? a.agreement : null;
    const amount = a.rankingRows[0]?.awardedKzt ?? signed?.amountKzt ?? null;
    if (!awardedAt || amount === null || amount <= 0n) continue;
    const period = signed
      ? { start: signed.periodStart, end: signed.periodEnd }
      : a.lot?.periodStart && a.lot.periodEnd
        ? { start: a.lot.periodStart, end: a.lot.periodEnd }
        : null;
    out.push({
      kind: 'GRANT',
      applicationId: a.id,
      competition: { id: a.competition.id, code: a.competition.code, titleKk: a.competition.titleKk, descriptionKk: a.competition.descriptionKk, organizer: org(a.competition.organizer) },
      lot: a.lot ? { number: a.lot.number, titleKk: a.lot.titleKk, descriptionKk: a.lot.descriptionKk } : null,
      projectTitleKk: a.projectTitleKk,
      projectTitleRu: a.projectTitleRu,
      recipient: org(a.organization),
      amountKzt: amount,
      awardedAt,
      period,
      region: a.lot?.region ?? null,
      direction: a.lot?.direction ?? null,
      rank: null,
    });
  }
  for (const l of laureates) {
    const awardedAt = l.competition.resultsPublishedAt;
    if (!awardedAt || l.amountKzt <= 0n) continue;
    const lot = l.application.lot;
    out.push({
      kind: 'AWARD',
      applicationId: l.applicationId,
      competition: { id: l.competition.id, code: l.competition.code, titleKk: l.competition.titleKk, descriptionKk: l.competition.descriptionKk, organizer: org(l.competition.organizer) },
      lot: lot ? { number: lot.number, titleKk: lot.titleKk, descriptionKk: lot.descriptionKk } : null,
      projectTitleKk: l.application.projectTitleKk,
      projectTitleRu: l.application.projectTitleRu,
      recipient: org(l.organization),
      amountKzt: l.amountKzt,
      awardedAt,
      period: null,
      region: lot?.region ?? null,
      direction: l.direction,
      rank: l.rank,
    });
  }
  return out.sort((a, b) => a.awardedAt.getTime() - b.awardedAt.getTime() || a.applicationId.localeCompare(b.applicationId));
}

/** Every announced (non-draft) social-order competition; awards only once results are published. */
export async function loadTenderSources(db: Db): Promise<TenderSource[]> {
  const comps = await db.competition.findMany({
    where: { kind: 'SOCIAL_ORDER', status: { not: 'DRAFT' }, announcedAt: { not: null } },
    orderBy: [{ announcedAt: 'asc' }, { id: 'asc' }],
    select: {
      ...competitionSelect,
      status: true,
      budgetKzt: true,
      allocatedKzt: true,
      announcedAt: true,
      opensAt: true,
      deadlineAt: true,
      cancelledAt: true,
      updatedAt: true,
      lots: { select: { number: true, titleKk: true, status: true, budgetKzt: true } },
      applications: {
        where: { status: 'WINNER', competition: published },
        orderBy: { id: 'asc' },
        select: {
          id: true,
          bidPriceKzt: true,
          projectTitleKk: true,
          organization: { select: orgSelect },
          lot: { select: { number: true } },
          rankingRows: { where: { winner: true, awardedKzt: { not: null }, decision: { status: 'PUBLISHED' } }, select: { awardedKzt: true }, take: 1 },
          agreement: {
            select: {
              id: true,
              number: true,
              status: true,
              amountKzt: true,
              periodStart: true,
              periodEnd: true,
              signedAt: true,
              updatedAt: true,
              tranches: { where: { status: 'RELEASED', releasedAt: { not: null } }, select: { seq: true, amountKzt: true, releasedAt: true } },
            },
          },
        },
      },
    },
  });
  return comps.map((c) => ({
    id: c.id,
    code: c.code,
    titleKk: c.titleKk,
    descriptionKk: c.descriptionKk,
    organizer: org(c.organizer),
    status: c.status,
    budgetKzt: c.budgetKzt,
    allocatedKzt: c.allocatedKzt,
    announcedAt: c.announcedAt,
    opensAt: c.opensAt,
    deadlineAt: c.deadlineAt,
    resultsPublishedAt: c.resultsPublishedAt,
    cancelledAt: c.cancelledAt,
    updatedAt: c.updatedAt,
    lots: c.lots,
    awards:
      c.status === 'RESULTS_PUBLISHED' && c.resultsPublishedAt
        ? c.applications.flatMap((a) => {
            const ag = a.agreement;
            const contract: ContractSource | null =
              isSigned(ag)
                ? {
                    id: ag.id,
                    number: ag.number,
                    status: ag.status,
                    amountKzt: ag.amountKzt,
                    periodStart: ag.periodStart,
                    periodEnd: ag.periodEnd,
                    signedAt: ag.signedAt,
                    updatedAt: ag.updatedAt,
                    tranches: ag.tranches.flatMap((t) => (t.releasedAt ? [{ seq: t.seq, amountKzt: t.amountKzt, releasedAt: t.releasedAt }] : [])),
                  }
                : null;
            // SO-1: the winner's price is the award value, unless the decision recorded an amount.
            const amount = a.rankingRows[0]?.awardedKzt ?? a.bidPriceKzt ?? contract?.amountKzt ?? null;
            if (amount === null) return [];
            return [{ applicationId: a.id, lotNumber: a.lot?.number ?? null, supplier: org(a.organization), projectTitleKk: a.projectTitleKk, amountKzt: amount, contract }];
          })
        : [],
  }));
}
