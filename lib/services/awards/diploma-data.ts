/**
 * The data of one laureate's diploma (AW-9, AW-10: the diploma is handed over with the
 * award). Read-only. Who may open it: operator staff, and the members of the laureate
 * organisation (policy: read the organisation) once the laureates are published. Anyone else — and a laureate that does not
 * exist — gets null, so the route answers 404 to both alike (no IDOR oracle).
 */
import { can, type Actor } from '@/lib/auth/policy';
import type { Db } from '@/lib/services/applications/submit-application';

export interface AwardDiplomaData {
  laureateId: string;
  year: number;
  rank: number;
  diplomaNumber: string | null;
  amountKzt: bigint;
  organization: { bin: string; nameKk: string; nameRu: string };
  direction: { number: number; nameKk: string; nameRu: string };
  competition: { titleKk: string; titleRu: string; resultsPublishedAt: Date | null };
}

export async function loadAwardDiploma(db: Db, actor: Actor | null, laureateId: string): Promise<AwardDiplomaData | null> {
  if (!actor) return null;
  const l = await db.laureate.findUnique({
    where: { id: laureateId },
    select: {
      id: true,
      year: true,
      rank: true,
      diplomaNumber: true,
      amountKzt: true,
      organizationId: true,
      organization: { select: { bin: true, nameKk: true, nameRu: true } },
      direction: { select: { number: true, nameKk: true, nameRu: true } },
      competition: { select: { kind: true, status: true, titleKk: true, titleRu: true, resultsPublishedAt: true } },
    },
  });
  if (!l || l.competition.kind !== 'AWARD') return null;
  // Staff or a live member of THIS laureate's organisation; nobody else.
  if (!can(actor, 'read', { type: 'organization', id: l.organizationId })) return null;
  // AW-9: before the laureates are published only staff see the diploma.
  const staff = can(actor, 'manage', { type: 'competition', status: l.competition.status });
  if (!staff && l.competition.resultsPublishedAt === null) return null;
  return {
    laureateId: l.id,
    year: l.year,
    rank: l.rank,
    diplomaNumber: l.diplomaNumber,
    amountKzt: l.amountKzt,
    organization: l.organization,
    direction: l.direction,
    competition: { titleKk: l.competition.titleKk, titleRu: l.competition.titleRu, resultsPublishedAt: l.competition.resultsPublishedAt },
  };
}

export interface DiplomaFormat {
  locale: 'kk' | 'ru';
  /** Translator of the `awards` namespace. */
  t: (key: string, values?: Record<string, string | number>) => string;
  money: (v: bigint) => string;
  day: (d: Date) => string;
}

/** The texts of the diploma PDF (lib/pdf/award-diploma-document.tsx) in one language. */
export function diplomaPdfData(d: AwardDiplomaData, f: DiplomaFormat) {
  const kk = f.locale === 'kk';
  return {
    locale: f.locale,
    heading: f.t('diploma.heading'),
    subtitle: f.t('diploma.subtitle', { year: d.year }),
    awardedTo: f.t('diploma.awardedTo'),
    organization: kk ? d.organization.nameKk : d.organization.nameRu,
    bin: f.t('diploma.bin', { bin: d.organization.bin }),
    direction: f.t('diploma.direction', { number: d.direction.number, name: kk ? d.direction.nameKk : d.direction.nameRu }),
    amount: f.t('diploma.amount', { amount: f.money(d.amountKzt) }),
    number: f.t('diploma.number', { number: d.diplomaNumber ?? '—' }),
    date: d.competition.resultsPublishedAt ? f.day(d.competition.resultsPublishedAt) : '',
    signatureRole: f.t('diploma.signatureRole'),
  };
}
