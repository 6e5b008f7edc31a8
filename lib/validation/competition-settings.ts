import { z } from 'zod';

// The JSON settings a competition stores (SC-1 criteria and the document checklist),
// parsed at the edge so pages and services work with typed values.
export const criterionSchema = z.object({
  id: z.string().min(1),
  min: z.number().int(),
  max: z.number().int(),
  allowed: z.array(z.number().int()).optional(),
});
export const criteriaSchema = z.array(criterionSchema);

export const requiredDocumentSchema = z.union([
  z.string().min(1).transform((key) => ({ key, mandatory: true })),
  z.object({ key: z.string().min(1), mandatory: z.boolean().default(true) }),
]);
export const requiredDocumentsSchema = z.array(requiredDocumentSchema);

export function parseCriteria(value: unknown) {
  const parsed = criteriaSchema.safeParse(value);
  return parsed.success ? parsed.data : [];
}

export function parseRequiredDocuments(value: unknown) {
  const parsed = requiredDocumentsSchema.safeParse(value);
  return parsed.success ? parsed.data : [];
}
