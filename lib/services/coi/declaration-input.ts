import { z } from 'zod';
import '@/lib/validation/zod-errors';

export const COI_NOTE_MAX = 2000;

/**
 * One COI declaration (GC-10..GC-12): conflict / no conflict on one admitted application,
 * with a note — required when declaring a conflict (the operator replaces the member, GC-13).
 */
export const declarationInputSchema = z
  .object({
    applicationId: z.string().min(1),
    hasConflict: z.boolean({ error: 'choiceRequired' }),
    note: z.string().trim().max(COI_NOTE_MAX, 'noteTooLong'),
  })
  .superRefine((v, ctx) => {
    if (v.hasConflict && v.note.length === 0) ctx.addIssue({ code: 'custom', path: ['note'], message: 'conflictNoteRequired' });
  });
export type DeclarationFormValues = z.input<typeof declarationInputSchema>;
export type DeclarationInput = z.output<typeof declarationInputSchema>;
