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

function pushOne(sentences: Sentence[], text: string, from: number, end: number): void {
  let s = from;
  while (s < end && /\s/.test(text[s]!)) s++;
  if (end > s) sentences.push({ start: s, end, text: text.slice(s, end) });
}

/** The sentence [start, end), cut where it runs over the length limit. */
function push(sentences: Sentence[], text: string, start: number, end: number): void {
  let from = start;
  while (end - from > MAX_SENTENCE_CHARS) {
    const cut = cutPoint(text, from);
    pushOne(sentences, text, from, cut);
    from = cut;
  }
  pushOne(sentences, text, from, end);
}

// The helpers live outside: a closure created per call is a cost of its own on a pass run per abstract.
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of execAll(SENTENCE_END, text)) {
    const end = match.index + 1;
    const before = text.slice(Math.max(start, match.index - LOOKBEHIND_CHARS), match.index);
    if (ABBREVIATION_BEFORE.test(before)) continue;
    push(sentences, text, start, end);
    start = end;
  }
  push(sentences, text, start, text.length);
  return sentences;
}
