import fc from 'fast-check';
import { z } from 'zod';
import { hostileFor, hostileKey, hostileValue } from './hostile.ts';
import { lengthLimits, numberLimits } from './zod-limits.ts';

/**
 * Strings that satisfy refinements a generator cannot see (time zones, origins, colours …),
 * plus the ids of things that exist on the server under test, so valid-shaped input also
 * reaches the services and not only the "not found" branch.
 */
export interface Hints {
  strings: readonly string[];
}

/** valid: shaped as the schema wants (refinements may still refuse it); hostile: any node may break it. */
export type Mode = 'valid' | 'hostile';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Mostly recent days; any four-digit year now and then, as the ISO date format allows. */
const day = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  },
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
    )
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`),
);

const email = fc
  .tuple(fc.stringMatching(/^[a-z0-9]{1,12}$/), fc.constantFrom('shop.example', 'kefu.local'))
  .map(([user, host]) => `${user}@${host}`);

function matching(pattern: RegExp): fc.Arbitrary<string> | null {
  try {
    return fc.stringMatching(pattern);
  } catch {
    // fast-check cannot read every pattern (e.g. \p{L}); the hints and plain text stand in.
    return null;
  }
}

function validString(schema: z.ZodType, hints: Hints): fc.Arbitrary<string> {
  const { min, max, pattern } = lengthLimits(schema);
  const fits = (s: string) => s.length >= min && s.length <= max;
  if (schema instanceof z.ZodEmail) return email.filter(fits);
  if (schema instanceof z.ZodURL) return fc.webUrl().filter(fits);
  if (schema instanceof z.ZodISODate) return day;
  // Hints that fit (ids of real rows for an id field) are picked often: they reach the services.
  const known = hints.strings.filter((s) => fits(s) && (!pattern || pattern.test(s)));
  const formatted = pattern && matching(pattern);
  const made = formatted
    ? formatted.filter(fits)
    : fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.min(max, 80) }).filter(fits);
  if (known.length === 0) return made;
  return fc.oneof(
    { weight: formatted ? 2 : 3, arbitrary: made },
    { weight: formatted ? 2 : 1, arbitrary: fc.constantFrom(...known) },
  );
}

function validNumber(schema: z.ZodType): fc.Arbitrary<number> {
  const { min, max, int } = numberLimits(schema);
  if (int) return fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31) });
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** The key is left out: the object arbitrary drops keys whose value is this. */
const ABSENT = Symbol('absent');

function objectArbitrary(
  schema: z.ZodObject,
  mode: Mode,
  hints: Hints,
): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.entries(schema.shape).map(([key, field]) => {
    const value = arbitraryFor(field as z.ZodType, mode, hints);
    const optional = (field as z.ZodType).safeParse(undefined).success;
    // A required key goes missing only in hostile mode; an optional one is left out often.
    const absent = optional ? 2 : mode === 'hostile' ? 1 : 0;
    const slot =
      absent > 0
        ? fc.oneof(
            { weight: 8, arbitrary: value },
            { weight: absent, arbitrary: fc.constant(ABSENT) },
          )
        : value;
    return slot.map((v) => [key, v] as const);
  });
  const extra: fc.Arbitrary<[string, unknown][]> =
    mode === 'hostile'
      ? fc.oneof(
          { weight: 6, arbitrary: fc.constant<[string, unknown][]>([]) },
          { weight: 1, arbitrary: fc.array(fc.tuple(hostileKey, hostileValue), { maxLength: 3 }) },
        )
      : fc.constant<[string, unknown][]>([]);
  return fc.tuple(fc.tuple(...fields), extra).map(([pairs, extras]) => {
    const out: Record<string, unknown> = {};
    // defineProperty, so `__proto__` becomes an own key as JSON.parse would make it.
    for (const [key, value] of [...pairs, ...extras]) {
      if (value !== ABSENT)
        Object.defineProperty(out, key, {
          value,
          enumerable: true,
          configurable: true,
          writable: true,
        });
    }
    return out;
  });
}

function validArbitrary(schema: z.ZodType, mode: Mode, hints: Hints): fc.Arbitrary<unknown> {
  const inner = (s: unknown) => arbitraryFor(s as z.ZodType, mode, hints);
  if (schema instanceof z.ZodPipe) return inner(schema.in);
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) {
    return fc.oneof({ weight: 4, arbitrary: inner(schema.unwrap()) }, fc.constant(undefined));
  }
  if (schema instanceof z.ZodNullable) {
    return fc.oneof({ weight: 4, arbitrary: inner(schema.unwrap()) }, fc.constant(null));
  }
  if (schema instanceof z.ZodObject) return objectArbitrary(schema, mode, hints);
  if (schema instanceof z.ZodArray) {
    const { min, max } = lengthLimits(schema);
    const maxLength = Math.max(min, Math.min(max, 4));
    return fc.array(inner(schema.element), { minLength: min, maxLength });
  }
  if (schema instanceof z.ZodUnion) return fc.oneof(...schema.options.map(inner));
  if (schema instanceof z.ZodEnum) return fc.constantFrom(...schema.options);
  if (schema instanceof z.ZodLiteral) return fc.constantFrom(...schema.values);
  if (schema instanceof z.ZodString) return validString(schema, hints);
  if (schema instanceof z.ZodNumber) return validNumber(schema);
  if (schema instanceof z.ZodBoolean) return fc.boolean();
  return fc.anything();
}

/**
 * An arbitrary for what `schema` takes. In hostile mode every node may instead be a value
 * made to break it (over its limits, the wrong type, broken Unicode …), required keys may be
 * missing and extra keys (`__proto__` among them) may appear, at any depth.
 */
export function arbitraryFor(schema: z.ZodType, mode: Mode, hints: Hints): fc.Arbitrary<unknown> {
  const valid = validArbitrary(schema, mode, hints);
  if (mode === 'valid' || schema instanceof z.ZodPipe) return valid;
  return fc.oneof({ weight: 5, arbitrary: valid }, { weight: 1, arbitrary: hostileFor(schema) });
}
