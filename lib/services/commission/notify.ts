import type { Prisma } from '@/lib/generated/prisma/client';
import { enqueueNotifications } from '../notifications/enqueue-notifications';
import type { CommissionCompetition } from './commission-data';

/** In-cabinet + e-mail notification to commission experts about their competition. */
export async function notifyExperts(
  tx: Prisma.TransactionClient,
  x: {
    templateKey: 'commission.coi_opened' | 'commission.scoring_opened';
    competition: CommissionCompetition;
    commissionId: string;
    recipients: { id: string; locale: 'kk' | 'ru' | 'en' }[];
    dueOn: string | null;
    dedupeKey: string;
    now: Date;
  },
): Promise<void> {
  await enqueueNotifications(tx, {
    templateKey: x.templateKey,
    payload: {
      competitionId: x.competition.id,
      commissionId: x.commissionId,
      competitionTitleKk: x.competition.titleKk,
      competitionTitleRu: x.competition.titleRu,
      competitionTitleEn: x.competition.titleEn,
      dueOn: x.dueOn,
      path: '/expert',
    },
    object: { type: 'Commission', id: x.commissionId },
    dedupeKey: x.dedupeKey,
    now: x.now,
    inApp: x.recipients,
    email: x.recipients,
  });
}
