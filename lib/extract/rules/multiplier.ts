import type { Quantity, QuantityRule } from "../types";
import { MULTIPLIER_SUFFIX, NUMBER, parseNumber, startsCleanly } from "../number-fragments";

/** "2.8x", "6.0times", "5.18\times$", "10-fold", "10 000 times". */
const SUFFIXED = new RegExp(`(${NUMBER})${MULTIPLIER_SUFFIX}`, "gu");
/** "x7 faster", "×2": the multiplier sign written first. */
const PREFIXED = new RegExp(String.raw`\b[x×]\s?(${NUMBER})(?![\d.]|[x×\p{L}])`, "gu");

function collect(re: RegExp, rule: string, text: string, offset: number): Quantity[] {
  const found: Quantity[] = [];
  for (const m of text.matchAll(re)) {
    if (!startsCleanly(text, m.index)) continue;
    const value = parseNumber(m[1]!);
    if (!(value > 0)) continue;
    found.push({ start: offset + m.index, end: offset + m.index + m[0].length, value, form: "multiplier", rule });
  }
  return found;
}

export const multiplierRule: QuantityRule = {
  id: "multiplier",
  find: (text, offset) => [
    ...collect(SUFFIXED, "multiplier/suffix", text, offset),
    ...collect(PREFIXED, "multiplier/prefix", text, offset),
  ],
};
