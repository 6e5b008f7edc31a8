import { z } from 'zod';
import '@/lib/validation/zod-errors';

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().max(254, 'tooLong').pipe(z.email('email')),
  password: z.string().min(1, 'required').max(200, 'tooLong'),
});
export type SignInInput = z.input<typeof signInSchema>;
