import type { QuantityForm } from "./types";
import { METRIC_TERM, termOfMatch, type MetricTerm } from "./lexicon";
import { wordMatches } from "./word-scan";

export interface FoundMetric extends MetricTerm {
  text: string;
  /** Distance in characters from the quantity. */
  distance: number;
  side: "before" | "after";
}

/** Words after the number that end its own phrase ("2x speedup over vLLM"). */
/** "on-chip", "at-scale": a hyphenated word is no stop. */
const RIGHT_STOP = /[,;:()[\]]|\b(?:over|than|compared|relative(?=\s+to\b)|versus|vs\.?|against|while|whereas|but|which|when|if|and|across|during|at|under|on|for|with|without)\b(?!-)/i;
const RIGHT_WINDOW_WORDS = 6;
const LEFT_WINDOW_CHARS = 160;

/** Whether a term may name the measure of a number written in this form (MetricTerm.onlyForms). */
export function usable(term: MetricTerm, form: QuantityForm): boolean {
  return !term.onlyForms || term.onlyForms.includes(form);
}

/** A metric term found in a sentence, with every reading its words allow. */
export interface TermHit {
  start: number;
  end: number;
  text: string;
  terms: MetricTerm[];
}

/** Scans a sentence once; each number's windows then pick their terms from this list. */
/** "ONNX Runtime", "Tensor Cores": a title-case word right after a capitalised one is part of a name, not a measure. */
const TITLE_CASE_WORD = /^[A-Z][a-z]+$/;
const NAME_BEFORE = /[A-Z][\w-]*\s$/;
function partOfName(sentence: string, m: RegExpExecArray): boolean {
  return TITLE_CASE_WORD.test(m[0]) && NAME_BEFORE.test(sentence.slice(Math.max(0, m.index - 20), m.index));
}

export function scanTerms(sentence: string): TermHit[] {
  return wordMatches(sentence, METRIC_TERM).filter((m) => !partOfName(sentence, m)).map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    terms: termOfMatch(m),
  }));
}

/** Where `before` and `after` start in the scanned sentence. */
export interface ScannedContext {
  hits: TermHit[];
  beforeStart: number;
  afterStart: number;
}

type WindowTerm = { term: MetricTerm; text: string; index: number };
const specific = (t: WindowTerm) => !t.term.generic;
/** A term as the measure found for a number: written out, not spread, so every FoundMetric has one shape (spreading terms of several shapes is slow). */
export function foundMetric(term: MetricTerm, text: string, distance: number, side: FoundMetric["side"]): FoundMetric {
  return { kind: term.kind, flavor: term.flavor, onlyForms: term.onlyForms, generic: term.generic, outside: term.outside, text, distance, side };
}
const fromRight = (t: WindowTerm): FoundMetric => foundMetric(t.term, t.text, t.index, "after");

function termsIn(window: string, form: QuantityForm, scanned?: ScannedContext, windowStart?: number): WindowTerm[] {
  const found: WindowTerm[] = [];
  if (scanned && windowStart !== undefined) {
    const windowEnd = windowStart + window.length;
    const { hits } = scanned;
    // Hits are in text order: start at the first one inside the window.
    let lo = 0, hi = hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (hits[mid]!.start < windowStart) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < hits.length && hits[i]!.start < windowEnd; i++) {
      const hit = hits[i]!;
      if (hit.end > windowEnd) continue;
      const term = hit.terms.find((t) => usable(t, form));
      if (term) found.push({ term, text: hit.text, index: hit.start - windowStart });
    }
    return found;
  }
  for (const m of wordMatches(window, METRIC_TERM)) {
    const term = termOfMatch(m).find((t) => usable(t, form));
    if (term) found.push({ term, text: m[0], index: m.index });
  }
  return found;
}

const LATER_CLAUSE = /\s(?:while|whereas|but|without)\s/i;
const VERB_AFTER_NUMBER = /\s(?:improves|reduces|achieves|delivers|yields|boosts|increases|cuts|lowers|accelerates|enables|provides|brings|leads|results)\b/i;
const MODIFIER_NAMES_KIND = /^(?:footprint|usage|consumption|costs?|overheads?|size|requirements?)$/i;
/** "9.8x memory latency speedup", "45.8% of memory energy": in a compound of terms the last word is the head, and the head is the measure. */
function headOfCompound(terms: WindowTerm[], chosen: WindowTerm | undefined): WindowTerm | undefined {
  if (!chosen) return undefined;
  let head = chosen;
  for (let i = terms.indexOf(chosen) + 1; i < terms.length; i++) {
    const next = terms[i]!;
    // "energy footprint", "memory usage": a head that takes its kind from the word before it.
    if (next.index !== head.index + head.text.length + 1 || !specific(next) || MODIFIER_NAMES_KIND.test(next.text)) break;
    head = next;
  }
  return head;
}

/** The right window: up to six words after the number, cut at the end of its phrase. */
const FIRST_WORDS = new RegExp(`^(?:\\s*\\S+){0,${RIGHT_WINDOW_WORDS}}`);
/** A number's words after it are read by several steps (measure, conversion, sign): the last answer is kept. */
let lastAfter: string | undefined;
let lastPhrase = "";
export function rightPhrase(after: string): string {
  if (after !== lastAfter) {
    lastPhrase = readRightPhrase(after);
    lastAfter = after;
  }
  return lastPhrase;
}
function readRightPhrase(after: string): string {
  const window = after.slice(0, 80);
  const stop = RIGHT_STOP.exec(window);
  return FIRST_WORDS.exec(stop ? window.slice(0, stop.index) : window)![0];
}

/** The rest of the clause; a decimal point ("by 9.83x") does not end it. */
const OWN_NUMBER_AFTER = /^\s+by\s+(?:up to |about |around |nearly |over |only |a further )?[\d~$]/i;
const AFTER_WINDOW = /^(?:[^,;:.()]|\.(?=\d)){0,60}/;
/** "… by 9.83x in energy efficiency": the words before a later term introduce it as this number's measure. */
const MEASURE_INTRO = /\b(?:in|of)\s+(?:the\s+|terms of\s+)?$/i;
const OTHER_CLAUSE = /\b(?:with|while|whereas|but|at|when)\b/i;
function namesTheMeasure(gap: string): boolean {
  return MEASURE_INTRO.test(gap) && !OTHER_CLAUSE.test(gap);
}

/**
 * What the number measures, strongest evidence first: a term right after it ("2.8x
 * speedup", "50% fewer FLOPs", a specific one before a weak "better"); the nearest term
 * before it ("reduces latency by 50%"); else a specific one later in its clause
 * ("1.7% higher than DeiT-S in top-1 accuracy").
 */
export function findMetric(before: string, afterNumber: string, form: QuantityForm, scanned?: ScannedContext): FoundMetric | undefined {
  // "significant (2-3x) gains in throughput": a number in parentheses ahead of the noun it measures.
  const closing = /^\s?\)/.exec(afterNumber)?.[0].length ?? 0;
  const after = afterNumber.slice(closing);
  const afterAt = scanned && scanned.afterStart + closing;
  const phrase = rightPhrase(after);
  // "with 20% heavy hitters improves throughput": a term after a verb is the verb's object, not this number's measure.
  const verb = VERB_AFTER_NUMBER.exec(phrase);
  const rightTerms = termsIn(verb ? phrase.slice(0, verb.index) : phrase, form, scanned, afterAt);
  // A parenthetical aside that closes a clause ("(… at inference time), with …") names no measure for what follows.
  const aside = before.lastIndexOf("), ");
  const windowFrom = Math.max(aside + 1, before.length - LEFT_WINDOW_CHARS);
  const window = before.slice(windowFrom);
  const leftTerms = termsIn(window, form, scanned, scanned && scanned.beforeStart + windowFrom);

  const right = headOfCompound(rightTerms, rightTerms.find(specific) ?? rightTerms[0]);
  const left = leftTerms.at(-1);
  // "its search cost is 420x smaller": a bare "smaller" after the copula of a named measure only says which way it went.
  if (right && left && specific(left) && BARE_SIZE_WORD.test(right.text) && COPULA_TO_NUMBER.test(window.slice(left.index + left.text.length))) return fromLeft(left, window);
  if (right) return fromRight(right);
  if (left && specific(left)) return fromLeft(left, window);
  // A weak comparative before the number ("beats X by 1.9x and Y by 9.8x in energy efficiency") yields to a specific measure later in the clause.
  const clauseWindow = AFTER_WINDOW.exec(after)![0];
  // "by up to 60% while still producing high-quality images": a later clause's measure is not this number's.
  const laterClause = LATER_CLAUSE.exec(clauseWindow);
  const wholeWindow = laterClause ? clauseWindow.slice(0, laterClause.index) : clauseWindow;
  const laterVerb = VERB_AFTER_NUMBER.exec(wholeWindow);
  const afterWindow = laterVerb ? wholeWindow.slice(0, laterVerb.index) : wholeWindow;
  // "… by 3.4x and latency by 2.1x": a term followed by its own "by <number>" is the next number's measure.
  const later = termsIn(afterWindow, form, scanned, afterAt).find((t) => specific(t) && !OWN_NUMBER_AFTER.test(after.slice(t.index + t.text.length)));
  if (later && (!left || namesTheMeasure(afterWindow.slice(0, later.index)))) return fromRight(later);
  return left ? fromLeft(left, window) : undefined;
}

const BARE_SIZE_WORD = /^smaller$/i;
const COPULA_TO_NUMBER = /^\s+(?:is|are|was|were|becomes?|became|gets?)\s+(?:about |around |nearly |up to |over |only |roughly )?$/i;

function fromLeft(t: WindowTerm, window: string): FoundMetric {
  return foundMetric(t.term, t.text, window.length - t.index - t.text.length, "before");
}
