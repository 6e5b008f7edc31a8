/**
 * The award payment register (AW-10): one row per laureate of a cycle with the amount
 * (AW-S share incl. the recorded remainder), the diploma number, the bank details the
 * award is paid to (F-A2 as submitted; the organisation profile when the card lacks them)
 * and whether it is paid. Staff only (checked by the caller's page/action and here).
 */
import { can, type Actor } from '@/lib/auth/policy';
import type { Db } from '@/lib/services/applications/submit-application';

export interface AwardPaymentRow {
  laureateId: string;
  applicationId: string;
  rank: number;
  direction: { number: number; nameKk: string; nameRu: string };
  organization: { id: string; bin: string; nameKk: string; nameRu: string };
  amountKzt: bigint;
  remainderKzt: bigint;
  diplomaNumber: string | null;
  bank: { name: string | null; bic: string | null; iban: string | null; kbe: string | null };
  /** The bank details are complete (name, BIC, IBAN): payable. */
  bankComplete: boolean;
  paidAt: Date | null;
}

function bankFromCard(data: unknown): { name?: string; bic?: string; iban?: string } {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
  const bank = (data as Record<string, unknown>).bank;
  if (!bank || typeof bank !== 'object' || Array.isArray(bank)) return {};
  const b = bank as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  return { name: str(b.name), bic: str(b.bic), iban: str(b.iban) };
}

export async function awardPaymentRegister(db: Db, actor: Actor, competitionId: string): Promise<AwardPaymentRow[] | null> {
  const competition = await db.competition.findUnique({ where: { id: competitionId }, select: { kind: true, status: true } });
  if (!competition || competition.kind !== 'AWARD') return null;
  if (!can(actor, 'manage', { type: 'competition', status: competition.status })) return null;
  const rows = await db.laureate.findMany({
    where: { competitionId },
    orderBy: [{ direction: { number: 'asc' } }, { rank: 'asc' }],
    select: {
      id: true,
      applicationId: true,
      rank: true,
      amountKzt: true,
      remainderKzt: true,
      diplomaNumber: true,
      paidAt: true,
      direction: { select: { number: true, nameKk: true, nameRu: true } },
      organization: { select: { id: true, bin: true, nameKk: true, nameRu: true, bankName: true, bic: true, iban: true, kbe: true } },
      application: { select: { sections: { where: { key: 'award2' }, select: { data: true } } } },
    },
  });
  return rows.map((r) => {
    const card = bankFromCard(r.application.sections[0]?.data);
    const bank = {
      name: card.name ?? r.organization.bankName,
      bic: card.bic ?? r.organization.bic,
      iban: card.iban ?? r.organization.iban,
      kbe: r.organization.kbe,
    };
    return {
      laureateId: r.id,
      applicationId: r.applicationId,
      rank: r.rank,
      direction: r.direction,
      organization: { id: r.organization.id, bin: r.organization.bin, nameKk: r.organization.nameKk, nameRu: r.organization.nameRu },
      amountKzt: r.amountKzt,
      remainderKzt: r.remainderKzt,
      diplomaNumber: r.diplomaNumber,
      bank,
      bankComplete: Boolean(bank.name && bank.bic && bank.iban),
      paidAt: r.paidAt,
    };
  });
}
