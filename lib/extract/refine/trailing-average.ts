import type { SentenceDraft } from "../claim-build";

/*
 * "trains 5.5x faster and uses 8.9x less energy on average than X", "2.8x speedup and 2.5x
 * energy efficiency improvement over prior accelerators on average": an "on average" closing a
 * run of coordinated claims covers every claim of the run, as a cue in front of a list covers
 * every item (CLAIMS.md). Runs once per sentence, after every number was interpreted, because
 * the cue comes after numbers that were already read.
 */

/** Only a few words and a coordination between two claims ("faster and uses", "speedup, and"), and no cue of their own: the cue ends a run. */
const COORDINATED_GAP = /^(?![^;()\d]*\baverage\b)[^;()\d]{0,30}?(?:,|\sand|\sas well as)\s+(?:(?!by\b)[\w-]+\s+){0,2}$/i;
/** The cue later in the last claim's clause, before another number or clause: "less energy over prior accelerators on average". */
const AVERAGE_CLOSING = /^[^,;()\d]{0,80}?\bon average\b/i;

export function shareTrailingAverage(drafted: SentenceDraft[], text: string, offset: number): void {
  let runStart = 0;
  for (let i = 0; i < drafted.length; i++) {
    const draft = drafted[i]!.draft;
    const next = drafted[i + 1]?.draft;
    const gap = next ? text.slice(draft.quantity.end - offset, next.quantity.start - offset) : "";
    if (next && next.quantity.start > draft.quantity.end && COORDINATED_GAP.test(gap)) continue;
    // drafted[runStart..i] is one run of coordinated claims; the last one's clause may close with the cue.
    if (i > runStart && AVERAGE_CLOSING.test(text.slice(draft.quantity.end - offset, draft.quantity.end - offset + 100))) {
      // A range states its own bounds; "by 1.24x to 1.55x, and by 1.37x on average" sets the average against it.
      for (const { draft: d } of drafted.slice(runStart, i + 1)) if (d.qualifier === "exact" && d.min === undefined) d.qualifier = "average";
    }
    runStart = i + 1;
  }
}
