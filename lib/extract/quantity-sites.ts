import { REWRITE_HINT } from "./canonical-rewrites";
import { numberWindows } from "./number-windows";
import { MULTIPLIER_SUFFIX, PERCENT_SUFFIX } from "./number-fragments";
import { CHANGE_NOUNS, METRIC_BY_NUMBER, POINT_DESCRIPTION, POINT_UNIT_OR_WORD, WITHIN_NUMBER_HINT } from "./rules/points";
import { NUMBER_WORD_HINT } from "./rules/word-number";
import { SPEEDUP_NAMED_BEFORE } from "./rules/multiplier";

/*
 * Which text can hold a quantity at all, decided before any rule runs. Every numeric rule needs
 * a digit with a unit beside it (%, ×, times, fold, points, a metric name, a change noun) or a
 * multiplier sign before it; every other rule needs a number word. The unit hint is tested only
 * in the windows around digit runs (number-windows.ts) instead of at every position of the text:
 * a wide alternation costs most where it is tried, and here it is tried on a few dozen characters.
 */

/** A unit or frame beside a digit, in canonical text (canonical-text.ts has rewritten the rest). */
export const CANONICAL_UNIT_HINT = new RegExp(
  `\\bfrom \\d|${WITHIN_NUMBER_HINT}|${METRIC_BY_NUMBER}\\D{0,8}\\d|${SPEEDUP_NAMED_BEFORE}\\D{0,16}\\d|\\d(?:${MULTIPLIER_SUFFIX}|${PERCENT_SUFFIX}|[\\s-]?${POINT_DESCRIPTION}${POINT_UNIT_OR_WORD}|\\s(?:points?\\s)?(?:${CHANGE_NOUNS})\\s|\\s(?:higher|lower|better|worse|more|less)\\s)|\\(\\s?\\+|×\\s?\\d`,
  "u",
);
/** The same, for the abstract as written: the canonical forms or anything canonical-text.ts rewrites into them. */
// Without the u flag: case-insensitive Unicode matching costs twice as much, and every form here is ASCII or a single code unit.
const WRITTEN_UNIT_HINT = new RegExp(`${CANONICAL_UNIT_HINT.source}|${REWRITE_HINT.source}`, "i");
/** Words the word-number rule reads ("half", "twice", "four times"), "a factor of two" and "a quarter of", in any case. */
const NUMBER_WORD = new RegExp(`${NUMBER_WORD_HINT.source}|factor of (?:two|three|four|five|ten)|(?:quarter|third|fifth|tenth) of`, "i");
/** Word numbers of a sentence, including the bare "times"/"fold" the rules pair with them. */
const SENTENCE_NUMBER_WORD = /half|halv|twice|thrice|doubl|tripl|quadrupl|times|fold/i;

/** A window around a number of `text` (number-windows.ts) in which `hint` matches. */
export function digitsNearHint(text: string, hint: RegExp, windows = numberWindows(text)): boolean {
  return windows.some(([start, end]) => hint.test(text.slice(start, end)));
}

/** On the abstract as written, with its number windows: whether extraction can find anything (about half of a listing has nothing). */
export function abstractMayHoldQuantity(abstract: string, windows = numberWindows(abstract)): boolean {
  return digitsNearHint(abstract, WRITTEN_UNIT_HINT, windows) || NUMBER_WORD.test(abstract);
}

/** Whether a text has any word the word-number rule could read; tested once per abstract. */
export function hasNumberWords(text: string): boolean {
  return SENTENCE_NUMBER_WORD.test(text);
}

/** On a canonical sentence: which rules can match, all of them, the word-number rule only, or none. */
export function sentenceQuantityKinds(sentence: string, abstractHasNumberWords = true): "all" | "words" | "none" {
  if (digitsNearHint(sentence, CANONICAL_UNIT_HINT)) return "all";
  return abstractHasNumberWords && SENTENCE_NUMBER_WORD.test(sentence) ? "words" : "none";
}
