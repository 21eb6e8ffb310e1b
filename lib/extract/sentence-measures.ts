/*
 * Measures a number takes from the shape of its sentence rather than from the words beside it
 * (find-metric.ts): a list of measures after (or, with "respectively", before) a list of as many
 * numbers, paired by position, and the measure a sentence opens with, for a number that names
 * none nearer.
 */

import type { QuantityForm } from "./types";
import { usable, type FoundMetric, type ScannedContext } from "./find-metric";

/** "The end-to-end performance of ByteTransformer … surpasses … by 87%": a sentence that opens with its measure. */
const OPENING_MEASURE = /^\W{0,3}(?:the\s+)?/i;
const MEASURE_THEN_OF = /^\s+of\b/i;

/** The measure a sentence opens with, as the subject of its verb; for numbers that name none nearer. */
export function openingMeasure(sentence: string, form: QuantityForm, scanned: ScannedContext | undefined): FoundMetric | undefined {
  const at = OPENING_MEASURE.exec(sentence)![0].length;
  const hit = scanned?.hits[0];
  if (!hit || hit.start !== at || !MEASURE_THEN_OF.test(sentence.slice(hit.end, hit.end + 4))) return undefined;
  const term = hit.terms.find((t) => usable(t, form) && !t.generic);
  return term ? { ...term, text: hit.text, distance: Infinity, side: "before" } : undefined;
}

/** Words between a list of numbers and the list of measures they pair with ("2.9x, 19x and 3x better throughput, energy efficiency and …"). */
const MEASURE_LIST_LEAD = /^\s?(?:(?:[\w-]+\s){0,2}?(?:gains?|improvements?|increases?|reductions?|savings?|higher|better|lower|less|more|faster)\s(?:in\s(?:terms\sof\s)?)?)?$/i;
const MEASURE_LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/i;
const MEASURE_LIST_CHARS = 120;

/**
 * "up to 18.8x and 33.5x gains in performance and energy efficiency, respectively": a list of
 * numbers followed by a list of as many measures pairs up by position. Undefined when the
 * words after the numbers are no such list.
 */
export function measureList(after: string, form: QuantityForm, size: number, scanned: ScannedContext | undefined): FoundMetric[] | undefined {
  if (!scanned || size < 2) return undefined;
  const start = scanned.afterStart;
  const listed: FoundMetric[] = [];
  let previousEnd = start;
  for (const hit of scanned.hits) {
    if (hit.start < previousEnd) continue;
    if (hit.start >= start + MEASURE_LIST_CHARS || listed.length === size) break;
    // "better", "higher" lead into the list; they measure nothing themselves.
    if (listed.length === 0 && hit.terms.every((t) => t.generic)) continue;
    const gap = after.slice(previousEnd - start, hit.start - start);
    if (!(listed.length === 0 ? MEASURE_LIST_LEAD : MEASURE_LIST_GAP).test(gap)) break;
    const term = hit.terms.find((t) => usable(t, form));
    if (!term) break;
    listed.push({ ...term, text: hit.text, distance: hit.start - start, side: "after" });
    previousEnd = hit.end;
  }
  return listed.length === size ? listed : undefined;
}

/** "improves the performance and energy efficiency of that accelerator by 2.4x and 1.7x": the words from the last measure to the numbers. */
const MEASURE_LIST_TAIL = /^\s+(?:of\s+[^,;()]{1,60}?\s+)?by\s+(?:up to\s+|about\s+|around\s+|nearly\s+|over\s+)?$/i;

/** A list of as many measures right before "by" and a list of numbers ("… respectively"), paired by position. */
export function measureListBefore(before: string, form: QuantityForm, size: number, scanned: ScannedContext | undefined): FoundMetric[] | undefined {
  if (!scanned || size < 2) return undefined;
  const from = scanned.beforeStart, at = from + before.length;
  const hits = scanned.hits.filter((h) => h.start >= from && h.end <= at);
  const last = hits.at(-1);
  if (!last || !MEASURE_LIST_TAIL.test(before.slice(last.end - from))) return undefined;
  const listed: FoundMetric[] = [];
  for (let i = hits.length - 1; i >= 0 && listed.length < size; i--) {
    const hit = hits[i]!;
    if (listed.length > 0 && !MEASURE_LIST_GAP.test(before.slice(hit.end - from, hits[i + 1]!.start - from))) return undefined;
    const term = hit.terms.find((t) => usable(t, form) && !t.generic);
    if (!term) return undefined;
    listed.unshift({ ...term, text: hit.text, distance: at - hit.end, side: "before" });
  }
  return listed.length === size ? listed : undefined;
}
