import type { z } from 'zod';

/** What zod keeps of a check: only the fields the generators read. */
interface CheckDef {
  check?: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number | bigint;
  inclusive?: boolean;
}

function checksOf(schema: z.ZodType): CheckDef[] {
  const checks = (schema._zod.def as { checks?: { _zod: { def: CheckDef } }[] }).checks ?? [];
  return checks.map((c) => c._zod.def);
}

export interface LengthLimits {
  min: number;
  max: number;
  /** A string's `regex()` pattern, if it has one. */
  pattern: RegExp | undefined;
}

/** The length limits of a string or array schema (and a string's pattern). */
export function lengthLimits(schema: z.ZodType): LengthLimits {
  const limits: LengthLimits = { min: 0, max: Infinity, pattern: undefined };
  for (const c of checksOf(schema)) {
    if (c.check === 'max_length' && c.maximum !== undefined) limits.max = c.maximum;
    if (c.check === 'min_length' && c.minimum !== undefined) limits.min = c.minimum;
    if (c.check === 'length_equals' && c.value !== undefined)
      limits.min = limits.max = Number(c.value);
    if (c.check === 'string_format' && c.format === 'regex') limits.pattern = c.pattern;
  }
  return limits;
}

export interface NumberLimits {
  min: number;
  max: number;
  int: boolean;
}

/** A number schema's bounds, and whether it wants an integer. */
export function numberLimits(schema: z.ZodType): NumberLimits {
  const limits: NumberLimits = { min: -1e9, max: 1e9, int: false };
  for (const c of checksOf(schema)) {
    if (c.check === 'number_format' && c.format?.includes('int')) limits.int = true;
    if (c.check === 'greater_than' && c.value !== undefined)
      limits.min = Number(c.value) + (c.inclusive ? 0 : 1);
    if (c.check === 'less_than' && c.value !== undefined)
      limits.max = Number(c.value) - (c.inclusive ? 0 : 1);
  }
  return limits;
}
