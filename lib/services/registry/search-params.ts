/**
 * The public registry's filters, read from the URL query (a GET form, so they work without
 * JavaScript and every filtered view has a stable, shareable URL). Each field is parsed on
 * its own: a bad value is ignored (treated as "no filter"), never an error or a 500.
 */
import { z } from 'zod';

export const REGISTRY_KINDS = ['GRANT', 'SOCIAL_ORDER', 'AWARD', 'CREATIVE_ORDER', 'STRATEGIC_PARTNERSHIP'] as const;
export type RegistryKind = (typeof REGISTRY_KINDS)[number];

export const REGISTRY_PAGE_SIZE = 20;

const optionalText = z
  .string()
  .transform((s) => s.trim().replace(/\s+/g, ' ').slice(0, 100))
  .transform((s) => (s.length > 0 ? s : undefined))
  .optional()
  .catch(undefined);

export const registrySearchSchema = z.object({
  /** Free text: competition title / code, NGO name, BIN. */
  q: optionalText,
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  kind: z.enum(REGISTRY_KINDS).optional().catch(undefined),
  /** Region code (Region.code, e.g. KATO prefix "75"). */
  region: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,20}$/)
    .optional()
    .catch(undefined),
  /** Direction number 1..17 (Direction.number). */
  direction: z.coerce.number().int().min(1).max(99).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

export type RegistrySearch = z.infer<typeof registrySearchSchema>;

type RawSearchParams = Record<string, string | string[] | undefined>;

/** Parses Next's `searchParams` (first value of a repeated key; empty strings = no filter). */
export function parseRegistrySearch(raw: RawSearchParams | URLSearchParams | null | undefined): RegistrySearch {
  const input: Record<string, string> = {};
  if (raw instanceof URLSearchParams) {
    for (const [k, v] of raw) if (!(k in input) && v !== '') input[k] = v;
  } else if (raw) {
    for (const [k, v] of Object.entries(raw)) {
      const first = Array.isArray(v) ? v[0] : v;
      if (typeof first === 'string' && first !== '') input[k] = first;
    }
  }
  const parsed = registrySearchSchema.safeParse(input);
  // Every field catches its own error, so this only fails on a non-object (never from a URL).
  return parsed.success ? parsed.data : {};
}

/** The query string of a filtered view (for pagination links), without empty fields. */
export function registryQuery(search: RegistrySearch, overrides: Partial<RegistrySearch> = {}): string {
  const merged = { ...search, ...overrides };
  const params = new URLSearchParams();
  for (const key of ['q', 'year', 'kind', 'region', 'direction', 'page'] as const) {
    const v = merged[key];
    if (v === undefined || (key === 'page' && v === 1)) continue;
    params.set(key, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}
