import type { Qualifier } from "../schema";

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
  { qualifier: "up_to", before: "up to|as much as|as high as|as many as|peak(?: of)?|maximum(?: of)?|max\\.?", after: "\\(?peak\\b|at (?:the )?peak\\b|at most\\b(?! \\d)" },
  {
    qualifier: "average",
    before: "on average|an average(?: of)?|average(?:s|d)?(?: of)?|on an average(?: of)?|mean(?: of)?|geo(?:metric)?[- ]?mean(?: of)?",
    after: "(?:\\S+\\s){0,3}?(?:on average|in average|on avg\\.?)\\b|geo(?:metric)?[- ]?mean\\b|(?:on )?average\\b",
    opensSentence: "on average|on (?:the )?geo(?:metric)?[- ]?mean|averaged over|in (?:the )?average",
  },
  { qualifier: "at_least", before: "over|more than|at least|above|exceeding|in excess of|upwards of|no less than|greater than|>|≥" },
  { qualifier: "at_most", before: "less than|within|below|under|no more than|at most|fewer than|lower than|only up to|<|≤" },
  { qualifier: "approx", before: "about|around|nearly|approximately|approx\\.?|roughly|almost|close to|on the order of|in the order of|circa|some|~|≈" },
];

const ARTICLE = String.raw`(?:\s+(?:a|an|the|of|by))*\s*$`;
const word = (alternatives: string) => `(?:(?<![\\p{L}])(?:${alternatives}))`;
const BEFORE = CUES.map((c) => [c.qualifier, new RegExp(`${word(c.before)}${ARTICLE}`, "iu")] as const);
const AFTER = CUES.filter((c) => c.after).map((c) => [c.qualifier, new RegExp(`^\\s?(?:${c.after})`, "iu")] as const);
const OPENS = CUES.filter((c) => c.opensSentence).map((c) => [c.qualifier, new RegExp(`^\\W{0,3}(?:${c.opensSentence})\\b`, "iu")] as const);

/** Looks at ≤40 characters before and ≤40 after the number, then at how the sentence opens. */
export function detectQualifier(before: string, after: string, sentence = ""): Qualifier {
  const tail = before.slice(-40);
  for (const [qualifier, re] of BEFORE) if (re.test(tail)) return qualifier;
  const head = after.slice(0, 40);
  for (const [qualifier, re] of AFTER) if (re.test(head)) return qualifier;
  for (const [qualifier, re] of OPENS) if (re.test(sentence)) return qualifier;
  return "exact";
}
