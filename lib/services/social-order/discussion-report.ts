/**
 * F-5.1 "Report on completion of public discussion of the social-order topics"
 * (L2486–2511): per planned topic the comments/proposals, the state body's conclusion
 * (accepted / rejected with justification) and the totals; late comments are listed apart
 * as not considered (L2514–2516). Read-only; shared by the report page, the public page
 * and the PDF.
 */
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { discussionPhase, type DiscussionPhase } from './discussion';

type Reader = PrismaClient | Prisma.TransactionClient;

export interface ReportComment {
  id: string;
  text: string;
  author: string;
  organization: { nameKk: string; nameRu: string; nameEn: string | null } | null;
  submittedAt: Date;
  late: boolean;
  status: string;
  conclusion: string | null;
  reviewedAt: Date | null;
}

export interface ReportTopic {
  id: string;
  number: number;
  titleKk: string;
  titleRu: string;
  titleEn: string | null;
  budgetKzt: bigint;
  comments: ReportComment[];
  accepted: number;
  rejected: number;
  pending: number;
  late: number;
}

export interface DiscussionReport {
  plan: { id: string; year: number; titleKk: string; titleRu: string; titleEn: string | null; owner: { nameKk: string; nameRu: string; nameEn: string | null }; discussionOpensAt: Date | null; discussionClosesAt: Date | null };
  phase: DiscussionPhase;
  topics: ReportTopic[];
  totals: { accepted: number; rejected: number; pending: number; late: number };
}

export async function loadDiscussionReport(db: Reader, planId: string, now: Date): Promise<DiscussionReport | null> {
  const plan = await db.plan.findUnique({
    where: { id: planId },
    select: {
      id: true, kind: true, year: true, titleKk: true, titleRu: true, titleEn: true, discussionOpensAt: true, discussionClosesAt: true,
      ownerOrganization: { select: { nameKk: true, nameRu: true, nameEn: true } },
      topics: {
        orderBy: { number: 'asc' },
        select: {
          id: true, number: true, titleKk: true, titleRu: true, titleEn: true, budgetKzt: true,
          comments: {
            orderBy: { submittedAt: 'asc' },
            select: {
              id: true, text: true, authorName: true, submittedAt: true, late: true, status: true, conclusion: true, reviewedAt: true,
              author: { select: { name: true } },
              organization: { select: { nameKk: true, nameRu: true, nameEn: true } },
            },
          },
        },
      },
    },
  });
  if (!plan || plan.kind !== 'SOCIAL_ORDER') return null;
  const topics: ReportTopic[] = plan.topics.map((t) => {
    const comments = t.comments.map((c) => ({
      id: c.id,
      text: c.text,
      author: c.author?.name ?? c.authorName ?? '—',
      organization: c.organization,
      submittedAt: c.submittedAt,
      late: c.late,
      status: c.status,
      conclusion: c.conclusion,
      reviewedAt: c.reviewedAt,
    }));
    const onTime = comments.filter((c) => !c.late);
    return {
      id: t.id, number: t.number, titleKk: t.titleKk, titleRu: t.titleRu, titleEn: t.titleEn, budgetKzt: t.budgetKzt,
      comments,
      accepted: onTime.filter((c) => c.status === 'ACCEPTED').length,
      rejected: onTime.filter((c) => c.status === 'REJECTED').length,
      pending: onTime.filter((c) => c.status === 'PENDING').length,
      late: comments.length - onTime.length,
    };
  });
  const sum = (k: 'accepted' | 'rejected' | 'pending' | 'late') => topics.reduce((a, t) => a + t[k], 0);
  return {
    plan: { id: plan.id, year: plan.year, titleKk: plan.titleKk, titleRu: plan.titleRu, titleEn: plan.titleEn, owner: plan.ownerOrganization, discussionOpensAt: plan.discussionOpensAt, discussionClosesAt: plan.discussionClosesAt },
    phase: discussionPhase(plan, now),
    topics,
    totals: { accepted: sum('accepted'), rejected: sum('rejected'), pending: sum('pending'), late: sum('late') },
  };
}
