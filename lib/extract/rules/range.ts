import type { QuantityRule } from "../types";
import { MULTIPLIER_SUFFIX, NUMBER, PERCENT_SUFFIX, RANGE_CONNECTOR, parseNumber, startsCleanly } from "../number-fragments";
import { execAll } from "../exec-all";

/*
 * Ranges: "1.48x-12.1x", "2 - 6x", "7x-9x", "3.72sim4.11times", "15%-50%", "30-40%",
 * "from 2.91x to 3.51x", "between 1.50times and 1.71times". The unit after the second number
 * decides the form; a unit after the first must be the same one. "and"/"to" only join a range
 * when introduced by "between"/"from", so lists ("1.34x and 3.35x") stay lists.
 */
const RANGE_WORDS = ["from", "between", "ranging from", "range of"];
function rangeRegex(suffix: string, worded: boolean): RegExp {
  const bare = `(${NUMBER})(?:${suffix})?(?:${RANGE_CONNECTOR.replace("| to | and ", "")})(${NUMBER})${suffix}`;
  // "a 7% to 34% improvement", "2 to 25 times fewer": a bare "to" joins two numbers before a unit.
  const bothUnits = `(${NUMBER})(?:${suffix})? to (${NUMBER})${suffix}`;
  // Without its words the worded form keeps its two groups in a branch that matches nothing ("[]"), so groups keep their numbers.
  const wordedForm = worded ? `\\b(?:${RANGE_WORDS.join("|")})\\s(${NUMBER})(?:${suffix})?\\s(?:up\\s)?(?:to|and)\\s(${NUMBER})${suffix}` : "[]()()";
  return new RegExp(`(?:${bare}|${wordedForm}|${bothUnits})`, "gu");
}

/*
 * Most sentences have none of the words that open a worded range; there the pattern starts with
 * a digit only, which the engine scans for several times faster than a word boundary.
 */
const RANGE_WORD = new RegExp(RANGE_WORDS.map((w) => `${w}\\s`).join("|"));
const FORMS = [
  { form: "multiplier" as const, re: rangeRegex(MULTIPLIER_SUFFIX, true), digitsOnly: rangeRegex(MULTIPLIER_SUFFIX, false) },
  { form: "percent" as const, re: rangeRegex(PERCENT_SUFFIX, true), digitsOnly: rangeRegex(PERCENT_SUFFIX, false) },
];

export const rangeRule: QuantityRule = {
  id: "range",
  find(text, offset) {
    const worded = RANGE_WORD.test(text);
    return FORMS.flatMap(({ form, re, digitsOnly }) =>
      execAll(worded ? re : digitsOnly, text).flatMap((m) => {
        if (m[3] === undefined && !startsCleanly(text, m.index)) return [];
        const low = parseNumber(m[1] ?? m[3] ?? m[5]!);
        const high = parseNumber(m[2] ?? m[4] ?? m[6]!);
        if (!(low > 0) || !(high > low)) return [];
        // Keep the worded prefix ("from", "between") out of the evidence span.
        const lead = m[3] === undefined ? 0 : m[0].indexOf(m[3]);
        return [{
          start: offset + m.index + lead,
          end: offset + m.index + m[0].length,
          value: high,
          min: low,
          form,
          rule: `range/${form}`,
        }];
      }),
    );
  },
};
