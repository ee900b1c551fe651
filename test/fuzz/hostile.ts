import fc from 'fast-check';
import { z } from 'zod';
import { lengthLimits, numberLimits } from './zod-limits.ts';

/**
 * Hostile values: what a buggy or malicious client sends instead of what the schema wants.
 * Sizes stay below Socket.IO's frame limit (64 kB) so a case tests the handler, not the
 * transport; oversized frames are a case kind of their own (see cases.ts).
 */

const HUGE = 20_000;

export const hostileKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    '__defineGetter__',
    '',
    '\u0000',
    'a.b',
    '$where',
  ),
  fc.string({ maxLength: 12 }),
);

/** Text that breaks Unicode or carries what a text field must never hold. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '\ud800',
    'lone \udc00 low',
    'high at end \ud83d',
    '\u0000',
    'nul\u0000inside',
    'bell\u0007',
    'esc\u001b[31m',
    'del\u007f',
    'next-line\u0085',
    '\ufeffbom',
    '\u202eright-to-left',
    'zero\u200bwidth',
    '   ',
    '',
    '<script>alert(1)</script>',
    "' OR 1=1 --",
    '"; DROP TABLE messages; --',
    '../../etc/passwd',
    '%00',
    '𠜎𠜱𠝹'.repeat(50),
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .tuple(fc.constantFrom('x', '字', '😀', '\u0000'), fc.integer({ min: 2_001, max: HUGE }))
    .map(([unit, n]) => unit.repeat(Math.floor(n / unit.length))),
);

function nested(depth: number, leaf: unknown, asArray: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
}

const hostileNumber = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  -1,
  0.5,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 31,
);

/** A payload of the wrong kind altogether: scalars, deep nesting, `__proto__` objects, binary. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, '', [], {}),
  hostileNumber,
  hostileString,
  fc
    .tuple(fc.integer({ min: 20, max: 1_500 }), fc.boolean())
    .map(([depth, asArray]) => nested(depth, 'deep', asArray)),
  fc.constant(JSON.parse('{"__proto__":{"admin":true,"role":"admin"}}') as unknown),
  fc.constant(JSON.parse('{"constructor":{"prototype":{"polluted":true}}}') as unknown),
  fc.integer({ min: 1_000, max: 5_000 }).map((n) => Array.from({ length: n }, (_, i) => i)),
  fc
    .integer({ min: 100, max: 2_000 })
    .map((n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]))),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => bytes.buffer),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 4 }),
  fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true }),
);

function overLimitString(schema: z.ZodType): fc.Arbitrary<unknown> {
  const { min, max } = lengthLimits(schema);
  const options: fc.Arbitrary<unknown>[] = [hostileString];
  if (Number.isFinite(max)) {
    const over = fc.integer({ min: max + 1, max: Math.min(max * 3 + 1, HUGE) });
    options.push(over.map((n) => 'x'.repeat(n)));
  }
  if (min > 0) options.push(fc.constant('x'.repeat(min - 1)));
  return fc.oneof(...options);
}

function outOfRangeNumber(schema: z.ZodType): fc.Arbitrary<unknown> {
  const { min, max, int } = numberLimits(schema);
  const near = [min - 1, max + 1, ...(int ? [min + 0.5] : [])];
  return fc.oneof(fc.constantFrom(...near), hostileNumber, fc.constant(String(min)));
}

function overLongArray(schema: z.ZodArray): fc.Arbitrary<unknown> {
  const { max } = lengthLimits(schema);
  if (!Number.isFinite(max)) return fc.constant(Array.from({ length: 5_000 }, () => 'x'));
  return fc
    .integer({ min: max + 1, max: max + 3 })
    .map((n) => Array.from({ length: n }, () => 'x'));
}

/** A value made to break this particular node of a schema, or just the wrong kind of value. */
export function hostileFor(schema: z.ZodType): fc.Arbitrary<unknown> {
  const specific: fc.Arbitrary<unknown>[] = [];
  if (schema instanceof z.ZodString) specific.push(overLimitString(schema));
  if (schema instanceof z.ZodNumber) specific.push(outOfRangeNumber(schema));
  if (schema instanceof z.ZodArray) specific.push(overLongArray(schema));
  if (schema instanceof z.ZodBoolean) specific.push(fc.constantFrom('true', 1, 0, 'false'));
  if (schema instanceof z.ZodEnum) {
    const near = schema.options.flatMap((o) => [String(o).toUpperCase(), ` ${String(o)}`]);
    specific.push(fc.constantFrom(...near));
  }
  if (specific.length === 0) return hostileValue;
  return fc.oneof({ weight: 3, arbitrary: fc.oneof(...specific) }, hostileValue);
}
