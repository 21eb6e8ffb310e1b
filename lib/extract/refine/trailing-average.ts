import type { SentenceDraft } from "../claim-build";

/*
 * "trains 5.5x faster and uses 8.9x less energy on average than X": an "on average" after the
 * last of two coordinated claims covers the claims before it too, as a cue in front of a list
 * covers every item (CLAIMS.md). Runs once per sentence, after every number was interpreted,
 * because the cue comes after numbers that were already read.
 */

/** Only a few words and a coordination between two claims: "faster and uses", "speedup, and". */
const COORDINATED_GAP = /^[^;()\d]{0,30}?(?:,|\sand|\sas well as)\s+(?:(?!by\b)[\w-]+\s+){0,2}$/i;
/** The cue within the last claim's own words: "less energy on average". */
const AVERAGE_AFTER = /^\s?(?:[\w-]+\s){0,3}?on average\b/i;

export function shareTrailingAverage(drafted: SentenceDraft[], text: string, offset: number): void {
  for (let i = drafted.length - 2; i >= 0; i--) {
    const draft = drafted[i]!.draft;
    const next = drafted[i + 1]!.draft;
    // A range states its own bounds; "by 1.24x to 1.55x, and by 1.37x on average" sets the average against it.
    if (draft.qualifier !== "exact" || draft.min !== undefined || next.qualifier !== "average" || next.quantity.start <= draft.quantity.end) continue;
    const gap = text.slice(draft.quantity.end - offset, next.quantity.start - offset);
    if (COORDINATED_GAP.test(gap) && AVERAGE_AFTER.test(text.slice(next.quantity.end - offset, next.quantity.end - offset + 40))) draft.qualifier = "average";
  }
}
