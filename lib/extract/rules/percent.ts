import type { QuantityRule } from "../types";
import { NUMBER, PERCENT_SUFFIX, parseNumber, signedMatches, startsCleanly } from "../number-fragments";

/** "37%", "+7.01%", "34.7\%", "50 percent". A leading "+" marks an explicit gain (read by signedMatches), a leading "-" an explicit loss. */
const PERCENT = new RegExp(`(${NUMBER})${PERCENT_SUFFIX}`, "gu");

/** "(-0.07% VBench score)": a minus sign opening the number, not a range's dash ("2-3%", "2 - 3%"). */
function minusBefore(text: string, at: number): boolean {
  if (text[at - 1] !== "-") return false;
  const before = text[at - 2];
  return before === undefined || before === "(" || (before === " " && !/[\d%×]/.test(text[at - 3] ?? ""));
}

export const percentRule: QuantityRule = {
  id: "percent",
  find(text, offset) {
    return signedMatches(PERCENT, text).filter((m) => startsCleanly(text, m.index + (m[1]?.length ?? 0))).map((m) => ({
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      value: parseNumber(m[2]!),
      form: "percent" as const,
      rule: "percent",
      ...(m[1] ? { positive: true } : minusBefore(text, m.index) ? { negative: true } : {}),
    }));
  },
};
