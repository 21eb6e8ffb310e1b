import type { QuantityRule } from "../types";
import { MULTIPLIER_SUFFIX, NUMBER, PERCENT_SUFFIX, RANGE_CONNECTOR, parseNumber, startsCleanly } from "../number-fragments";
import { execAll } from "../exec-all";

/*
 * Ranges: "1.48x-12.1x", "2 - 6x", "7x-9x", "3.72sim4.11times", "15%-50%", "30-40%",
 * "from 2.91x to 3.51x", "between 1.50times and 1.71times". The unit after the second number
 * decides the form; a unit after the first must be the same one. "and"/"to" only join a range
 * when introduced by "between"/"from", so lists ("1.34x and 3.35x") stay lists.
 */
function rangeRegex(suffix: string): RegExp {
  const bare = `(${NUMBER})(?:${suffix})?(?:${RANGE_CONNECTOR.replace("| to | and ", "")})(${NUMBER})${suffix}`;
  // "a 7% to 34% improvement", "2 to 25 times fewer": a bare "to" joins two numbers before a unit.
  const bothUnits = `(${NUMBER})(?:${suffix})? to (${NUMBER})${suffix}`;
  const worded = `\\b(?:from|between|ranging from|range of)\\s(${NUMBER})(?:${suffix})?\\s(?:up\\s)?(?:to|and)\\s(${NUMBER})${suffix}`;
  return new RegExp(`(?:${bare}|${worded}|${bothUnits})`, "gu");
}

const FORMS = [
  { form: "multiplier" as const, re: rangeRegex(MULTIPLIER_SUFFIX) },
  { form: "percent" as const, re: rangeRegex(PERCENT_SUFFIX) },
];

export const rangeRule: QuantityRule = {
  id: "range",
  find(text, offset) {
    return FORMS.flatMap(({ form, re }) =>
      execAll(re, text).flatMap((m) => {
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
