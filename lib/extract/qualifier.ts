import type { Qualifier } from "../schema";
import { matchedRow, rowGroups } from "./word-scan";

/*
 * How a number was stated (CLAIMS.md, "Qualifiers"). One table of cues: words right before the
 * number ("by up to 3×", "over a 20×"), words right after it ("4× peak", "2× on average",
 * "8.7× geo-mean speedup"), and words that open the sentence and govern all its numbers
 * ("On average, it is 4×, 19× and 18× faster"). The regexes are generated from the rows and
 * anchored at the number, so they cost nothing on long text.
 */
interface QualifierCue {
  qualifier: Exclude<Qualifier, "exact">;
  before: string;
  after?: string;
  opensSentence?: string;
}

const CUES: QualifierCue[] = [
  // "requiring as little as half of the compute", "down to only 3% of the parameters": the extreme of a saving.
  { qualifier: "up_to", before: "up to|as much as|as high as|as many as|as little as|as few as|as low as|down to|peak(?!\\s+(?:GPU |DRAM |HBM |activation |runtime )?(?:memory|power|bandwidth|usage|footprint|energy|traffic|temperature|RAM|SRAM|DRAM|HBM))(?: of)?|(?:maximum|max\\.?)(?!\\s+(?:[\\w-]+\\s+)?(?:throughput|speed|frequency|batch|memory|bandwidth|power|context|sequence|clock|accuracy|request rate|load)\\b)(?: of)?", after: "\\(?peak\\b|at (?:the )?peak\\b|at most\\b(?! \\d)|(?:\\S+\\s){0,2}?at best\\b" },
  {
    qualifier: "average",
    before: "on average|an average(?: of)?|average(?:s|d)?(?: of)?|on an average(?: of)?|mean(?: of)?|geo(?:metric)?[- ]?mean(?: of)?|median(?: of)?",
    // "on average latency" names a measure, not a qualifier.
    after: "(?:\\S+\\s){0,3}?(?:on average|in average|on avg\\.?)\\b(?!\\s(?:[\\w-]+\\s)?(?:latency|throughput|accuracy|speed|time|memory|energy|TTFT|TPOT|score|performance))|geo(?:metric)?[- ]?mean\\b|(?:on )?average\\b(?!\\s(?:[\\w-]+\\s)?(?:latency|throughput|accuracy|speed|time|memory|energy|TTFT|TPOT|score|performance))",
    opensSentence: "on average|on (?:the )?geo(?:metric)?[- ]?mean|averaged over|in (?:the )?average",
  },
  { qualifier: "at_least", before: "over|more than|at least|above|exceeding|in excess of|upwards of|no less than|greater than|>|≥", after: "or (?:more|higher|greater|better|above)\\b|and (?:more|above)\\b" },
  { qualifier: "at_most", before: "less than|within|below|under|no more than|at most|fewer than|lower than|only up to|<|≤" },
  { qualifier: "approx", before: "about|around|nearly|approximately|approx\\.?|roughly|almost|close to|on the order of|in the order of|circa|some|~|≈" },
];

/** Between a cue and its number: articles, the measure the cue is about ("an average speedup of 1.9x"), an approximation ("up to ~3x"). */
const ARTICLE = String.raw`(?:\s+(?:a|an|the|of|by|is|are|was|speed-?ups?|improvements?|reductions?|gains?|savings?|accelerations?|throughput|latency|energy|memory|accuracy|perplexity|loss(?:es)?|degradation|drops?|increases?|decreases?|to|reach(?:es|ed|ing)?|compression|rates?|ratios?|about|around|roughly|approximately|nearly|only|just|~|≈))*\s*~?$`;
/*
 * One regex for every cue before the number, each row a group: the cue that starts first wins
 * ("no more than" is at most, not the "more than" inside it), rows in table order on a tie.
 */
const BEFORE = new RegExp(`(?<![\\p{L}])(?:${CUES.map((c) => `(${c.before})`).join("|")})${ARTICLE}`, "iu");
const BEFORE_ROWS = rowGroups(CUES.map((c) => c.before));
/*
 * BEFORE ends at the end of the text, so past trailing spaces the text ends with the last character
 * of a cue or an article word: a letter, or a symbol written in those patterns (collected from their
 * sources, so a new cue brings its own). Where a number follows punctuation, a symbol or another
 * number, that one test replaces the regex, which is tried at every position, a lookbehind at each.
 */
const CUE_END_SYMBOLS = new Set([...(CUES.map((c) => c.before).join("") + ARTICLE)].filter((ch) => !/[\p{L}\s]/u.test(ch)));
const LETTER = /\p{L}/u;
function mayEndWithCue(text: string): boolean {
  const last = text.trimEnd().slice(-1);
  return last !== "" && (CUE_END_SYMBOLS.has(last) || LETTER.test(last));
}
const AFTER = CUES.filter((c) => c.after).map((c) => [c.qualifier, new RegExp(`^\\s?(?:${c.after})`, "iu")] as const);
const OPENS = CUES.filter((c) => c.opensSentence).map((c) => [c.qualifier, new RegExp(`^\\W{0,3}(?:${c.opensSentence})\\b`, "iu")] as const);

/** The cue right after a number, if any ("2x on average", "4x peak"). */
export function qualifierAfter(after: string): Qualifier | undefined {
  const head = after.slice(0, 40);
  for (const [qualifier, re] of AFTER) if (re.test(head)) return qualifier;
  return undefined;
}

/** Looks at ≤40 characters before and ≤40 after the number, then at how the sentence opens. */
export function detectQualifier(before: string, after: string, sentence = ""): Qualifier {
  const near = before.slice(-40);
  const cue = mayEndWithCue(near) ? BEFORE.exec(near) : null;
  if (cue) return CUES[matchedRow(cue, BEFORE_ROWS).row]!.qualifier;
  const head = after.slice(0, 40);
  for (const [qualifier, re] of AFTER) if (re.test(head)) return qualifier;
  for (const [qualifier, re] of OPENS) if (re.test(sentence)) return qualifier;
  return "exact";
}
