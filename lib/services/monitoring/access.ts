/**
 * Who may see and write monitoring records, asked of the one policy (`can`): staff write
 * (operator area), the NGO that holds the agreement reads its own records (organisation read),
 * nobody else — an NGO never reaches another NGO's records (IDOR).
 */
import { can, type Actor } from '@/lib/auth/policy';

export const mayManageMonitoring = (actor: Actor | null): boolean => can(actor, 'enter', { type: 'area', area: 'operator' });

export const mayReadAgreementMonitoring = (actor: Actor | null, agreement: { organizationId: string }): boolean =>
  can(actor, 'read', { type: 'organization', id: agreement.organizationId });

/** `@db.Date` ↔ 'YYYY-MM-DD'. */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
export const dbDay = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);
