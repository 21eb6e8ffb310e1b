import type { Quantity, QuantityRule } from "../types";
import { execAll } from "../exec-all";

/** CLAIMS.md: "half", "twice", "double", "triple" are numbers. */
const WORD_VALUES: Record<string, number> = {
  half: 2, halves: 2, halved: 2, halving: 2,
  twice: 2, double: 2, doubles: 2, doubled: 2, doubling: 2,
  triple: 3, triples: 3, tripled: 3, tripling: 3, thrice: 3,
  quadruple: 4, quadruples: 4, quadrupled: 4,
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  twenty: 20, hundred: 100,
};
/** "half" as a precision ("half-precision", "half the layers"?) is configuration; only cost-like uses are kept later. */
const MULTIPLIER_WORD = /\b(half|halve[sd]?|halving|twice|thrice|double[sd]?|doubling|triple[sd]?|tripling|quadruple[sd]?)\b(?![- ]precision)/gi;
const COUNTED_TIMES = /\b(two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)(?:[- ]fold\b|[- ]times\b)/gi;

/** "doubles", "halved", "tripling": a verb that is itself the number. */
const NUMBER_VERB = /^(?:doubl|tripl|quadrupl|halv)(?:es|ed|s|ing)$|^halv(?:es|ed|ing)$/i;

/** Cheap test for any number word of this rule. */
export const NUMBER_WORD_HINT = /half|halv|twice|thrice|doubl|tripl|quadrupl|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)[- ]?(?:fold|times)/;

function collect(re: RegExp, text: string, offset: number): Quantity[] {
  return execAll(re, text).map((m) => ({
    start: offset + m.index,
    end: offset + m.index + m[0].length,
    value: WORD_VALUES[m[1]!.toLowerCase()] ?? 2,
    form: "multiplier" as const,
    rule: NUMBER_VERB.test(m[1]!) ? "word-number/verb" : "word-number",
  }));
}

export const wordNumberRule: QuantityRule = {
  id: "word-number",
  find: (text, offset) => [...collect(MULTIPLIER_WORD, text, offset), ...collect(COUNTED_TIMES, text, offset)],
};
