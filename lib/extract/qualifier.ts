import type { Qualifier } from "../schema";

/*
 * A qualifier is the phrase right before the number ("by up to 3X", "over a 20x"), or
 * "on average" right after it. Patterns are anchored at the end (before) or start (after)
 * of short windows, so they cost nothing on long text.
 */
const ARTICLE = String.raw`(?:\s+(?:a|an|the|of|by))*\s*$`;
const BEFORE: [Qualifier, RegExp][] = [
  ["up_to", new RegExp(String.raw`\b(?:up to|as much as|as high as|as many as|peak(?: of)?|maximum(?: of)?|max\.?)${ARTICLE}`, "i")],
  ["average", new RegExp(String.raw`\b(?:on average|an average(?: of)?|average(?:s|d)?(?: of)?|on an average(?: of)?|mean(?: of)?)${ARTICLE}`, "i")],
  ["at_least", new RegExp(String.raw`(?:\b(?:over|more than|at least|above|exceeding|in excess of|upwards of|no less than|greater than)|>|≥)${ARTICLE}`, "i")],
  ["at_most", new RegExp(String.raw`(?:\b(?:less than|within|below|under|no more than|at most|fewer than|lower than|only up to)|<|≤)${ARTICLE}`, "i")],
  ["approx", new RegExp(String.raw`(?:\b(?:about|around|nearly|approximately|approx\.?|roughly|almost|close to|on the order of|in the order of|circa|some)|~|≈|∼)${ARTICLE}`, "i")],
];
const AVERAGE_AFTER = /^\s?(?:\S+\s){0,3}?(?:on average|in average|on avg\.?)\b/i;

/** Looks at ≤40 characters before and ≤40 after the number. */
export function detectQualifier(before: string, after: string): Qualifier {
  const tail = before.slice(-40);
  for (const [qualifier, re] of BEFORE) if (re.test(tail)) return qualifier;
  if (AVERAGE_AFTER.test(after.slice(0, 40))) return "average";
  return "exact";
}
