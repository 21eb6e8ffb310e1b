import type { Quantity, QuantityRule } from "../types";
import { MULTIPLIER_SUFFIX, NUMBER, parseNumber, startsCleanly } from "../number-fragments";
import { execAll } from "../exec-all";

/** "2.8×", "6.0 times", "10-fold" in canonical text (canonical-text.ts writes "x7", "5.18\times$" and "6.0times" so). */
const SUFFIXED = new RegExp(`(${NUMBER})${MULTIPLIER_SUFFIX}`, "gu");

/** "a speedup of 2.3 over X", "speedups of 1.5-2.0", "the speedup ratio reaches 3.1": a speedup's number needs no sign. */
export const SPEEDUP_NAMED_BEFORE = String.raw`(?:[Ss]peed[- ]?ups?|[Aa]ccelerations?)(?:\sratios?)?\s(?:of|by|reaches|reaching|is|was|to|up to)\s`;
const NUMBER_ENDS = String.raw`(?!\.?\d|[%×\p{L}]|\s?(?:%|×|times|fold|percent|points?)\b)`;
const NAMED_SPEEDUP = new RegExp(
  `${SPEEDUP_NAMED_BEFORE}(?:(?:up to|about|around|nearly|over|approximately|roughly|an average of)\\s)?(${NUMBER})(?:\\s?(?:-|~|to)\\s?(${NUMBER}))?${NUMBER_ENDS}`,
  "gu",
);

function collect(re: RegExp, rule: string, text: string, offset: number): Quantity[] {
  const found: Quantity[] = [];
  for (const m of execAll(re, text)) {
    if (!startsCleanly(text, m.index)) continue;
    const value = parseNumber(m[1]!);
    if (!(value > 0)) continue;
    found.push({ start: offset + m.index, end: offset + m.index + m[0].length, value, form: "multiplier", rule });
  }
  return found;
}

function collectNamed(text: string, offset: number): Quantity[] {
  const found: Quantity[] = [];
  for (const m of execAll(NAMED_SPEEDUP, text)) {
    const at = m.index + m[0].lastIndexOf(m[1]!, m[0].length - (m[2]?.length ?? 0) - 1);
    const low = parseNumber(m[1]!);
    const high = m[2] === undefined ? undefined : parseNumber(m[2]);
    // Below 1 or an implausible range is a count, not a speedup ("a speedup of 0" is no claim).
    if (!(low >= 1) || (high !== undefined && !(high > low))) continue;
    found.push({
      start: offset + at,
      end: offset + m.index + m[0].length,
      value: high ?? low,
      ...(high !== undefined ? { min: low } : {}),
      form: "multiplier",
      rule: "multiplier/named",
    });
  }
  return found;
}

export const multiplierRule: QuantityRule = {
  id: "multiplier",
  find: (text, offset) => [...collect(SUFFIXED, "multiplier/suffix", text, offset), ...collectNamed(text, offset)],
};
