import { z } from 'zod';
import '@/lib/validation/zod-errors';

/**
 * The commission forms, as the browser sends them and the server actions and services parse
 * them (one schema each). Error messages are keys under `commission.errors.*`.
 */
const id = z.string().trim().min(1, 'required').max(64);
const version = z.number().int().min(0).nullable();

/** The initial composition (GC-10): experts from the register and an optional secretary. */
export const saveCompositionSchema = z.object({
  competitionId: id,
  /** null when no commission exists yet. */
  expectedVersion: version,
  expertIds: z.array(id).max(100, 'tooMany').refine((ids) => new Set(ids).size === ids.length, 'duplicateExpert'),
  secretaryUserId: id.nullable(),
});
export type SaveCompositionInput = z.output<typeof saveCompositionSchema>;

/** Send the COI forms to the initial composition (GC-10, DL-4). */
export const sendCoiFormsSchema = z.object({ competitionId: id, expectedVersion: z.number().int().min(0) });
export type SendCoiFormsInput = z.output<typeof sendCoiFormsSchema>;

/** GC-13: a member replaced from the register, with the reason. */
export const replaceMemberSchema = z.object({
  competitionId: id,
  expectedVersion: z.number().int().min(0),
  memberId: id,
  replacementExpertId: id,
  reason: z.string().trim().min(3, 'reasonRequired').max(1000, 'tooLong'),
});
export type ReplaceMemberInput = z.output<typeof replaceMemberSchema>;
export type ReplaceMemberFormValues = z.input<typeof replaceMemberSchema>;

/** GC-4: chair, deputy and secretary appointed at the commission's meeting (date + order number). */
export const appointOfficersSchema = z
  .object({
    competitionId: id,
    expectedVersion: z.number().int().min(0),
    chairMemberId: id,
    deputyMemberId: id,
    secretaryUserId: id,
    meetingDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dateRequired'),
    orderNumber: z.string().trim().min(1, 'required').max(100, 'tooLong'),
  })
  .refine((v) => v.chairMemberId !== v.deputyMemberId, { path: ['deputyMemberId'], message: 'chairIsDeputy' });
export type AppointOfficersInput = z.output<typeof appointOfficersSchema>;
export type AppointOfficersFormValues = z.input<typeof appointOfficersSchema>;

/** GC-13: approve the final composition. */
export const approveCommissionSchema = z.object({ competitionId: id, expectedVersion: z.number().int().min(0) });
export type ApproveCommissionInput = z.output<typeof approveCommissionSchema>;
