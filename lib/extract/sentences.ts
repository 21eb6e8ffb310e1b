import { execAll } from "./exec-all";

/** A sentence of an abstract with its offsets, so claims can point back into the text. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/*
 * A sentence ends at . ! or ? followed by space and an upper-case letter, digit or quote.
 * Abbreviations common in abstracts ("e.g.", "i.e.", "vs.", "et al.", "Fig.") do not end one.
 */
const SENTENCE_END = /[.!?](?=\s+["'(\[]?[\p{Lu}\d])/gu;
const ABBREVIATION_BEFORE = /(?:\be\.g|\bi\.e|\bvs|\bet al|\bFig|\bEq|\bapprox|\bresp|\bcf|\bNo|\bSec|\bal)$/i;
const LOOKBEHIND_CHARS = 8;
/**
 * Real sentences are far shorter; a longer run (a table dump, hostile input) is cut at a
 * space so that per-sentence work stays bounded and extraction stays linear in the input.
 */
export const MAX_SENTENCE_CHARS = 2000;

/**
 * Where to cut an over-long run starting at `from`: the last space in its second half, else
 * at the limit. The search looks back at most half a sentence (lastIndexOf alone would scan
 * back to the start of a text without spaces: quadratic on a one-word abstract).
 */
function cutPoint(text: string, from: number): number {
  const limit = from + MAX_SENTENCE_CHARS;
  for (let i = limit; i > from + MAX_SENTENCE_CHARS / 2; i--) if (text.charCodeAt(i) === 32) return i;
  return limit;
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const pushOne = (from: number, end: number) => {
    let s = from;
    while (s < end && /\s/.test(text[s]!)) s++;
    if (end > s) sentences.push({ start: s, end, text: text.slice(s, end) });
  };
  const push = (end: number) => {
    let from = start;
    while (end - from > MAX_SENTENCE_CHARS) {
      const cut = cutPoint(text, from);
      pushOne(from, cut);
      from = cut;
    }
    pushOne(from, end);
  };
  for (const match of execAll(SENTENCE_END, text)) {
    const end = match.index + 1;
    const before = text.slice(Math.max(start, match.index - LOOKBEHIND_CHARS), match.index);
    if (ABBREVIATION_BEFORE.test(before)) continue;
    push(end);
    start = end;
  }
  push(text.length);
  return sentences;
}
