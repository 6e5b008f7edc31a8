import fc from 'fast-check';
import type { z } from 'zod';

/** Kazakh letters, RTL / zero-width marks, combining marks, lone surrogates, control chars. */
export const EDGE_FRAGMENTS = [
  'ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і', 'Ә', 'Ғ', 'Қ', 'Ң', 'Ө', 'Ұ', 'Ү', 'Һ', 'І',
  '\u200F', '\u200E', '\u202E', '\u200B', '\uFEFF', '\u00A0', '\u2028', '\u0301', 'е\u0301', 'a\u0300\u0301\u0302\u0303',
  '\uD800', '\uDFFF', '\uDBFF\uDFFF', '😀', '👩‍👩‍👧', '\u0000', '\t', '\n', '\r\n', ' ', '<script>', "'; DROP TABLE", '${x}', '{count}', '%s',
];

const HUGE = 100_000;
/** Prebuilt 100k-character strings (building them per run would dominate the runtime). */
export const HUGE_STRINGS = [
  'қ'.repeat(HUGE),
  '\u200B'.repeat(HUGE),
  'a'.repeat(HUGE),
  '1'.repeat(HUGE),
  `${'x'.repeat(HUGE - 12)}@example.kz`,
  Array.from({ length: HUGE }, (_, i) => EDGE_FRAGMENTS[i % EDGE_FRAGMENTS.length]).join('').slice(0, HUGE),
  '\uD800'.repeat(HUGE),
];

/** Instants around Asia/Almaty midnight (UTC+5, no DST): 18:59:59–19:00:01 UTC. */
export const ALMATY_MIDNIGHT_STRINGS = [
  '2026-03-14T18:59:59Z', '2026-03-14T18:59:59.999Z', '2026-03-14T19:00:00Z', '2026-03-14T19:00:00.000Z', '2026-03-14T19:00:01Z',
  '2026-03-14T23:59:59+05:00', '2026-03-15T00:00:00+05:00', '2026-03-15T00:00:01+05:00', '2026-03-15', '2026-03-14',
  '2026-03-15T00:00', '2026-12-31T19:00:00Z', '2025-12-31T18:59:59Z', '2026-02-29', '2026-13-01', '0000-00-00', '9999-12-31T23:59:59Z',
  '+275760-09-13T00:00:00Z', '-000001-01-01', '2026-03-15T24:00:00', 'Invalid Date',
];

export const almatyMidnightDates = fc
  .integer({ min: -1000, max: 1000 })
  .chain((ms) => fc.constantFrom(Date.UTC(2026, 2, 14, 19), Date.UTC(2026, 11, 31, 19), Date.UTC(2024, 1, 28, 19)).map((base) => new Date(base + ms)));

export const edgeString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...EDGE_FRAGMENTS), { maxLength: 30 }).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE_STRINGS) },
  { weight: 1, arbitrary: fc.constantFrom(...ALMATY_MIDNIGHT_STRINGS) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '   ', '\u200B', '\uFEFF', '0', '-1', '1e309', 'NaN', 'Infinity', 'null', 'true', '[]', '{}', '__proto__', 'constructor') },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

export const edgeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, -1, 1, 0.5, -0.5, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, -Number.MAX_SAFE_INTEGER, Number.MAX_VALUE, Number.MIN_VALUE, 1e21, -1e21, 2 ** 31, 2 ** 53, 1e308),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double(),
);

const scalarJunk: fc.Arbitrary<unknown> = fc.oneof(
  edgeString,
  edgeNumber,
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
  almatyMidnightDates,
  fc.constant(new Date(NaN)),
  fc.constantFrom(Symbol('x'), () => 1),
);

/** Wrong types and nested junk objects / arrays (including prototype-ish keys). */
export const junk: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalarJunk, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'id', 'version')), tie('value'), { maxKeys: 4 }),
})).value;

type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType; options?: z.ZodType[]; entries?: Record<string, string>; values?: unknown[] };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * An arbitrary that follows the schema's shape (objects with its keys, arrays of its
 * elements, its enum values) but fills every leaf with edge cases or the wrong type, so
 * the fuzzer gets past the first "not an object" refusal into the refinements.
 */
export function shaped(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 6) return junk;
  let inner: fc.Arbitrary<unknown>;
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {};
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, child] of Object.entries(shape)) record[key] = shaped(child, depth + 1);
      inner = fc.record(record, { requiredKeys: [] as string[] }).chain((o) => fc.oneof(fc.constant(o), junk.map((extra) => ({ ...o, extra }))));
      // Most runs keep every key so that the refinements on the whole object run too.
      inner = fc.oneof({ weight: 3, arbitrary: fc.record(record) }, { weight: 1, arbitrary: inner });
      break;
    }
    case 'array':
      inner = fc.array(shaped(def.element as z.ZodType, depth + 1), { maxLength: 6 });
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return shaped(def.innerType as z.ZodType, depth);
    case 'pipe':
      return shaped(def.in as z.ZodType, depth);
    case 'union':
      inner = fc.oneof(...(def.options ?? []).map((o) => shaped(o, depth + 1)));
      break;
    case 'enum':
      inner = fc.constantFrom(...Object.values(def.entries ?? { x: 'x' }));
      break;
    case 'literal':
      inner = fc.constantFrom(...((def.values ?? [null]) as unknown[]));
      break;
    case 'string':
      inner = edgeString;
      break;
    case 'number':
    case 'int':
      inner = edgeNumber;
      break;
    case 'boolean':
      inner = fc.boolean();
      break;
    case 'date':
      inner = almatyMidnightDates;
      break;
    case 'bigint':
      inner = fc.bigInt();
      break;
    default:
      return junk;
  }
  return fc.oneof({ weight: 6, arbitrary: inner }, { weight: 1, arbitrary: junk });
}
