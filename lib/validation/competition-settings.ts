import { z } from 'zod';
import '@/lib/validation/zod-errors';

// The JSON settings a competition stores (SC-1 criteria and the document checklist),
// parsed at the edge so pages and services work with typed values.
export const criterionSchema = z.object({
  id: z.string().min(1),
  min: z.number().int(),
  max: z.number().int(),
  allowed: z.array(z.number().int()).optional(),
});
export const criteriaSchema = z.array(criterionSchema);

/** One item of the attachment checklist, titled by the operator in both languages. */
export const requiredDocumentSchema = z.object({
  kind: z.string().min(1),
  titleKk: z.string().min(1),
  titleRu: z.string().min(1),
  titleEn: z.string().optional(),
  required: z.boolean().default(true),
});
export const requiredDocumentsSchema = z.array(requiredDocumentSchema);
export type RequiredDocument = z.infer<typeof requiredDocumentSchema>;

export function parseCriteria(value: unknown) {
  const parsed = criteriaSchema.safeParse(value);
  return parsed.success ? parsed.data : [];
}

export function parseRequiredDocuments(value: unknown): RequiredDocument[] {
  const parsed = requiredDocumentsSchema.safeParse(value);
  return parsed.success ? parsed.data : [];
}
