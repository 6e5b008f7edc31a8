import type { Prisma } from '@/lib/generated/prisma/client';

export interface AwardRecommendationRow {
  authorName: string;
  authorPosition?: string | undefined;
  authorOrganization: string;
  authorKind: 'NGO' | 'STATE_BODY' | 'OTHER';
  phone?: string | undefined;
  email?: string | undefined;
  issuedOn?: string | undefined;
}

const KINDS = new Set(['NGO', 'STATE_BODY', 'OTHER']);
const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/**
 * The recommendations of an award draft (section 'awardRecommendations'): the rows that
 * name an author; AW-14 counts them. Anything malformed is left out, not guessed.
 */
export function recommendationsOf(sections: { key: string; data: unknown }[]): AwardRecommendationRow[] {
  const data = sections.find((s) => s.key === 'awardRecommendations')?.data;
  const list = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>).recommendations : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((row): AwardRecommendationRow[] => {
    if (!row || typeof row !== 'object') return [];
    const r = row as Record<string, unknown>;
    const authorName = str(r.authorName);
    const authorOrganization = str(r.authorOrganization);
    if (!authorName || !authorOrganization || typeof r.authorKind !== 'string' || !KINDS.has(r.authorKind)) return [];
    return [
      {
        authorName,
        authorOrganization,
        authorKind: r.authorKind as AwardRecommendationRow['authorKind'],
        authorPosition: str(r.authorPosition),
        phone: str(r.phone),
        email: str(r.email),
        issuedOn: str(r.issuedOn),
      },
    ];
  });
}

/** The nomination and its recommendations as rows (AW-14), written with the submission. */
export async function recordAwardNomination(tx: Prisma.TransactionClient, applicationId: string, directionId: string, recommendations: AwardRecommendationRow[]): Promise<void> {
  await tx.awardNomination.create({
    data: {
      applicationId,
      directionId,
      recommendationsCount: recommendations.length,
      recommendations: {
        create: recommendations.map((r) => ({
          authorName: r.authorName,
          authorPosition: r.authorPosition || null,
          authorOrganization: r.authorOrganization,
          authorKind: r.authorKind,
          phone: r.phone || null,
          email: r.email || null,
          issuedOn: r.issuedOn ? new Date(`${r.issuedOn}T00:00:00Z`) : null,
        })),
      },
    },
  });
}
