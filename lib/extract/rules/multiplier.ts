import type { Quantity, QuantityRule } from "../types";
import { MULTIPLIER_SUFFIX, NUMBER, parseNumber, startsCleanly } from "../number-fragments";

/** "2.8×", "6.0 times", "10-fold" in canonical text (canonical-text.ts writes "x7", "5.18\times$" and "6.0times" so). */
const SUFFIXED = new RegExp(`(${NUMBER})${MULTIPLIER_SUFFIX}`, "gu");

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
  ],
};
