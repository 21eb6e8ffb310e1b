import type { Quantity } from "../types";

/** Only punctuation and conjunctions between two numbers of one form: "6.2x, 2.9x and 1.9x". */
const LIST_GAP = /^\s?(?:,|;|\/|and|or|,\s?and|,\s?or|&)?\s?$/i;
/** "up to 4.00× (1.03×)": a multiplier in parentheses is a second item; a percentage there is a score ("2.5% (83.3% vs. 80.8%)"). */
const PAREN_GAP = /^\s?\(\s?$/;
/** "halves", "doubles", "triples": word numbers that are verbs. */
const NUMBER_VERB = /^(?:halv|doubl|tripl|quadrupl)(?:es|ed|ing)$/i;

/**
 * Groups list items so they share the words around the whole list: in "1.9%, 1.3% and 3.6%
 * higher accuracy" the measure follows the last item, and in "up to 2.0x and 7.1x" the
 * qualifier precedes the first (CLAIMS.md: a qualifier in front of a list applies to all).
 */
export function groupLists(quantities: Quantity[], text: string, offset: number): Quantity[][] {
  const groups: Quantity[][] = [];
  for (const q of quantities) {
    const group = groups.at(-1);
    const last = group?.at(-1);
    const gap = last ? text.slice(last.end - offset, q.start - offset) : "";
    const listed = LIST_GAP.test(gap) || (q.form === "multiplier" && PAREN_GAP.test(gap));
    // "… by 2.8x, halves the KV cache": a number that is a verb opens a clause of its own, with its own object.
    const verb = NUMBER_VERB.test(text.slice(q.start - offset, q.end - offset));
    if (group && last && last.form === q.form && listed && !verb) {
      group.push(q);
    } else {
      groups.push([q]);
    }
  }
  return groups;
}
