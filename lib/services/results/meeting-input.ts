import { z } from 'zod';
import '@/lib/validation/zod-errors';

/** One form, one schema: the meeting form (client) and the server action/service parse the same input. */
export const VOTE_CHOICES = ['FOR', 'AGAINST', 'ABSTAIN'] as const;

const localDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export const meetingInputSchema = z.object({
  competitionId: z.string().min(1),
  /** Version of the stored record the form was loaded with (-1: none yet) — optimistic lock. */
  expectedVersion: z.number().int().min(-1),
  /** Wall-clock time in Asia/Almaty, 'YYYY-MM-DDTHH:MM' (an <input type="datetime-local">). */
  heldAt: z.string().regex(localDateTime, 'heldAtInvalid'),
  place: z.string().trim().min(1, 'placeRequired').max(300, 'tooLong'),
  protocolNumber: z.string().trim().min(1, 'protocolNumberRequired').max(50, 'tooLong'),
  protocolDate: z.string().regex(isoDate, 'protocolDateInvalid'),
  notes: z.string().trim().max(4000, 'tooLong'),
  attendance: z.array(z.object({ memberId: z.string().min(1), present: z.boolean() })),
  decisions: z.array(
    z.object({
      decisionId: z.string().min(1),
      comment: z.string().trim().max(4000, 'tooLong'),
      votes: z.array(z.object({ memberId: z.string().min(1), vote: z.enum([...VOTE_CHOICES, '']) })),
    }),
  ),
});

export type MeetingFormValues = z.input<typeof meetingInputSchema>;
export type MeetingInput = z.output<typeof meetingInputSchema>;
