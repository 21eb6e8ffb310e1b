import type { Claim } from "../schema";
import type { ClaimDraft, Quantity } from "./types";
import type { SentenceNumber } from "./baseline";
import type { CanonicalText } from "./canonical-text";
import { canonicalBaseline } from "./baseline-names";
import { classOfBaseline } from "./hardware";

/*
 * From a sentence's drafts to claims: list positions for baseline assignment, the evidence span
 * in the paper's own words, baseline readings, and the claim record itself.
 */

export function evidenceSpan(draft: ClaimDraft, abstract: string, sentenceEnd: number): { start: number; end: number } {
  const { start, end } = draft.quantity;
  // Extend over a metric that directly follows ("2.8x speedup") so the highlight reads as a phrase.
  const follow = /^\s?(?:[\p{L}\d-]+\s?){0,3}/u.exec(abstract.slice(end, Math.min(sentenceEnd, end + 40)));
  const metric = draft.metric;
  if (metric && follow && follow[0].includes(metric)) {
    const metricEnd = follow[0].indexOf(metric) + metric.length;
    return { start, end: end + metricEnd };
  }
  return { start, end };
}

/** What a baseline phrase resolves to: its canonical name and the hardware class it names. */
export interface BaselineReading {
  canonical?: string;
  hardware?: Claim["baselineHardware"];
}

/** Baseline phrases repeat within an abstract ("over vLLM" for every number): each is read once. */
export function baselineReader(): (baseline: string) => BaselineReading {
  const read = new Map<string, BaselineReading>();
  return (baseline) => {
    let reading = read.get(baseline);
    if (!reading) {
      const canonical = canonicalBaseline(baseline);
      const hardware = classOfBaseline(baseline);
      reading = { ...(canonical ? { canonical } : {}), ...(hardware ? { hardware } : {}) };
      read.set(baseline, reading);
    }
    return reading;
  };
}

export function toClaim(
  paperId: string,
  id: string,
  d: ClaimDraft,
  evidence: Claim["evidence"],
  hardware: Claim["hardware"],
  sentenceBaselineHardware: Claim["baselineHardware"],
  phase: Claim["phase"],
  baseline: string | undefined,
  reading: BaselineReading,
): Claim {
  // A claim's own baseline names its hardware first ("over A10G GPU, ZCU102 FPGA … respectively"); else the sentence's.
  const baselineHardware = reading.hardware ?? sentenceBaselineHardware;
  // Fields set one by one in the record's key order rather than spread from temporary objects: this runs per claim.
  const claim: Partial<Claim> = { id, paperId, kind: d.kind, value: d.value };
  if (d.min !== undefined) claim.min = d.min;
  if (d.unit) claim.unit = d.unit;
  claim.qualifier = d.qualifier;
  claim.hardware = hardware;
  if (baselineHardware) claim.baselineHardware = baselineHardware;
  if (baseline) claim.baseline = baseline;
  if (reading.canonical) claim.baselineCanonical = reading.canonical;
  if (d.metric) claim.metric = d.metric;
  claim.phase = phase;
  claim.evidence = evidence;
  claim.rule = d.rule;
  return claim as Claim;
}

/** "5.5 mAP (from 40.4 to 45.9)": a change that restates a claim of its sentence is the same claim. */
export function restatesClaim(d: ClaimDraft, claims: Claim[], sentenceStart: number): boolean {
  if (!d.rule.startsWith("from-to") || d.value === null) return false;
  const value = d.value;
  return claims.some(
    (c) => c.evidence.start >= sentenceStart && c.kind === d.kind && c.value !== null && Math.abs(c.value - value) <= 0.01 * Math.abs(value) + 1e-9,
  );
}

export interface SentenceDraft {
  draft: ClaimDraft;
  group: number;
  hardware: Claim["hardware"];
  baselineHardware: Claim["baselineHardware"];
  phase: Claim["phase"];
}

/** The claimed numbers of a sentence with their list positions, counted over the numbers kept as claims. */
export function sentenceNumbers(drafts: SentenceDraft[], sentenceStart: number): Map<Quantity, SentenceNumber> {
  const numbers = new Map<Quantity, SentenceNumber>();
  const groupSizes = new Map<number, number>();
  for (const { draft, group } of drafts) {
    if (numbers.has(draft.quantity)) continue;
    const item = groupSizes.get(group) ?? 0;
    groupSizes.set(group, item + 1);
    const reference = draft.rule === "percent/retained-share" || draft.rule === "percent/rate-share" || draft.rule === "percent/share-of" || (draft.kind === "accuracy" && draft.qualifier === "at_most");
    numbers.set(draft.quantity, {
      start: draft.quantity.start - sentenceStart, end: draft.quantity.end - sentenceStart, group, item, groupSize: 0, ...(reference ? { reference } : {}),
    });
  }
  for (const n of numbers.values()) n.groupSize = groupSizes.get(n.group)!;
  return numbers;
}

/** Evidence in the paper's own words: canonical offsets mapped back to the abstract as written. */
export function originalEvidence(canonical: CanonicalText, original: string, span: { start: number; end: number }, sentence: { start: number; end: number }): Claim["evidence"] {
  const start = canonical.originalStart(span.start);
  const end = canonical.originalEnd(span.end);
  const sentenceText = original.slice(canonical.originalStart(sentence.start), canonical.originalEnd(sentence.end));
  return { start, end, text: original.slice(start, end), sentence: sentenceText };
}

