import { can, type Actor } from '@/lib/auth/policy';
import type { ServiceError } from '../result';

export type EvalResult<T> = ({ ok: true } & T) | { ok: false; error: ServiceError; fieldErrors: Record<string, string> };

export const refused = (code: string, fieldErrors: Record<string, string> = {}, params?: Record<string, string | number>) => ({
  ok: false as const,
  error: { code, ...(params ? { params } : {}) } as ServiceError,
  fieldErrors,
});

export const isStaff = (actor: Actor | null): boolean => can(actor, 'enter', { type: 'area', area: 'operator' });
export const isExpert = (actor: Actor | null): actor is Actor & { expertId: string } => can(actor, 'enter', { type: 'area', area: 'expert' });

export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
export const dbDay = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);
export const TX = { maxWait: 10_000, timeout: 30_000 } as const;
