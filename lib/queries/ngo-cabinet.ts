import 'server-only';
import { db } from '@/lib/db';

/** Everything the NGO cabinet shows for one organisation (the caller has authorised it). */
export function ngoCabinet(organizationId: string, reportYear: number) {
  return db.organization.findUniqueOrThrow({
    where: { id: organizationId },
    include: {
      region: true,
      memberships: { where: { endedAt: null }, include: { user: { select: { name: true, email: true } } }, orderBy: { createdAt: 'asc' } },
      ngoDatabaseReports: { where: { year: reportYear } },
      applications: {
        orderBy: { createdAt: 'desc' },
        include: {
          competition: { select: { id: true, titleKk: true, titleRu: true, titleEn: true, kind: true } },
          lot: { select: { number: true, titleKk: true, titleRu: true, titleEn: true } },
        },
      },
    },
  });
}
