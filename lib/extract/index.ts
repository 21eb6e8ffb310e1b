import type { Claim } from "../schema";
import type { ClaimDraft, Quantity, QuantityRule } from "./types";
import { splitSentences } from "./sentences";
import { rangeRule } from "./rules/range";
import { fromToRule } from "./rules/from-to";
import { multiplierRule } from "./rules/multiplier";
import { percentRule } from "./rules/percent";
import { pointsRule } from "./rules/points";
import { wordNumberRule } from "./rules/word-number";
import { dropOverlaps } from "./refine/drop-overlaps";
import { groupLists } from "./refine/group-lists";
import { interpretQuantity } from "./interpret";
import { scanTerms } from "./find-metric";
import { analyzeHardware, classOfBaseline, resolveHardware, respectiveDevices } from "./hardware";
import { canonicalBaseline } from "./baseline-names";
import { assignBaselines, carriedBaseline, type SentenceNumber } from "./baseline";
import { detectAbstractPhase, detectPhase } from "./phase";
import { claimIdAllocator } from "./claim-id";
import { note, type TraceStep } from "./trace";
import { canonicalize, REWRITE_HINT, type CanonicalText } from "./canonical-text";
import { MULTIPLIER_SUFFIX, PERCENT_SUFFIX } from "./number-fragments";
import { CHANGE_NOUNS, POINT_UNIT_OR_WORD } from "./rules/points";
import { NUMBER_WORD_HINT } from "./rules/word-number";

/*
 * Pipeline order. Changes ("from X to Y") and ranges come first so that, on equal length,
 * they beat the numbers they are made of; points before percent so "2.4 points" is read as points.
 */
const QUANTITY_RULES: QuantityRule[] = [fromToRule, rangeRule, multiplierRule, pointsRule, percentRule, wordNumberRule];

/** How far around a number the interpreters look; bounds the work per number on hostile text. */
const CONTEXT_CHARS = 200;

export interface PaperText {
  id: string;
  title: string;
  abstract: string;
}

/**
 * Every numeric rule needs a number with a unit beside it (%, ×, times, fold, points, a metric
 * name, a change noun) or a multiplier sign before it; one scan for that decides whether the
 * rules run at all. Most sentences with digits ("LLaMA-7B", "2024") have none.
 */
const QUANTITY_HINT = new RegExp(
  `\\bfrom \\d|\\d(?:${MULTIPLIER_SUFFIX}|${PERCENT_SUFFIX}|\\s?${POINT_UNIT_OR_WORD}|\\s(?:points?\\s)?(?:${CHANGE_NOUNS})\\s|\\s(?:higher|lower|better|worse|more|less)\\s)|\\(\\s?\\+|×\\s?\\d`,
  "u",
);
/** Word numbers are "half", "twice"… or a counted "four times" / "ten-fold". */
const HAS_NUMBER_WORD = /half|halv|twice|thrice|doubl|tripl|quadrupl|times|fold/i;
/**
 * On the abstract as written, before any work: a number beside a unit in any of its written
 * forms (the canonical ones, or what canonical-text.ts rewrites into them), or a number word.
 * Abstracts without one (about half of a listing) are skipped whole.
 */
const ABSTRACT_HINT = new RegExp(`${QUANTITY_HINT.source}|${REWRITE_HINT.source}|${NUMBER_WORD_HINT.source}`, "iu");

/** Most sentences state no number at all; two cheap tests skip them before the rules run. */
export function findQuantities(text: string, offset: number): Quantity[] {
  const rules = QUANTITY_HINT.test(text) ? QUANTITY_RULES : HAS_NUMBER_WORD.test(text) ? [wordNumberRule] : [];
  return rules.length === 0 ? [] : dropOverlaps(rules.flatMap((rule) => rule.find(text, offset)));
}

function evidenceSpan(draft: ClaimDraft, abstract: string, sentenceEnd: number): { start: number; end: number } {
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
interface BaselineReading {
  canonical?: string;
  hardware?: Claim["baselineHardware"];
}

/** Baseline phrases repeat within an abstract ("over vLLM" for every number): each is read once. */
function baselineReader(): (baseline: string) => BaselineReading {
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

function toClaim(
  paperId: string,
  id: string,
  d: ClaimDraft,
  evidence: Claim["evidence"],
  hardware: Claim["hardware"],
  sentenceBaselineHardware: Claim["baselineHardware"],
  phase: Claim["phase"],
  reading: BaselineReading,
): Claim {
  // A claim's own baseline names its hardware first ("over A10G GPU, ZCU102 FPGA … respectively"); else the sentence's.
  const baselineHardware = reading.hardware ?? sentenceBaselineHardware;
  return {
    id,
    paperId,
    kind: d.kind,
    value: d.value,
    ...(d.min !== undefined ? { min: d.min } : {}),
    ...(d.unit ? { unit: d.unit } : {}),
    qualifier: d.qualifier,
    hardware,
    ...(baselineHardware ? { baselineHardware } : {}),
    ...(d.baseline ? { baseline: d.baseline } : {}),
    ...(reading.canonical ? { baselineCanonical: reading.canonical } : {}),
    ...(d.metric ? { metric: d.metric } : {}),
    phase,
    evidence,
    rule: d.rule,
  };
}

/** "5.5 mAP (from 40.4 to 45.9)": a change that restates a claim of its sentence is the same claim. */
function restatesClaim(d: ClaimDraft, claims: Claim[], sentenceStart: number): boolean {
  if (!d.rule.startsWith("from-to") || d.value === null) return false;
  const value = d.value;
  return claims.some(
    (c) => c.evidence.start >= sentenceStart && c.kind === d.kind && c.value !== null && Math.abs(c.value - value) <= 0.01 * Math.abs(value) + 1e-9,
  );
}

interface SentenceDraft {
  draft: ClaimDraft;
  group: number;
  hardware: Claim["hardware"];
  baselineHardware: Claim["baselineHardware"];
  phase: Claim["phase"];
}

/** The claimed numbers of a sentence with their list positions, counted over the numbers kept as claims. */
function sentenceNumbers(drafts: SentenceDraft[], sentenceStart: number): Map<Quantity, SentenceNumber> {
  const numbers = new Map<Quantity, SentenceNumber>();
  const groupSizes = new Map<number, number>();
  for (const { draft, group } of drafts) {
    if (numbers.has(draft.quantity)) continue;
    const item = groupSizes.get(group) ?? 0;
    groupSizes.set(group, item + 1);
    const reference = draft.rule === "percent/retained-share" || (draft.kind === "accuracy" && draft.qualifier === "at_most");
    numbers.set(draft.quantity, {
      start: draft.quantity.start - sentenceStart, end: draft.quantity.end - sentenceStart, group, item, groupSize: 0, ...(reference ? { reference } : {}),
    });
  }
  for (const n of numbers.values()) n.groupSize = groupSizes.get(n.group)!;
  return numbers;
}

/** Evidence in the paper's own words: canonical offsets mapped back to the abstract as written. */
function originalEvidence(canonical: CanonicalText, original: string, span: { start: number; end: number }, sentence: { start: number; end: number }): Claim["evidence"] {
  const start = canonical.originalStart(span.start);
  const end = canonical.originalEnd(span.end);
  const sentenceText = original.slice(canonical.originalStart(sentence.start), canonical.originalEnd(sentence.end));
  return { start, end, text: original.slice(start, end), sentence: sentenceText };
}

export interface ExtractOptions {
  /** Receives every step's decision, for `--explain` and failing tests. */
  trace?: TraceStep[];
}

export function extractClaims(paper: PaperText, options: ExtractOptions = {}): Claim[] {
  const { trace } = options;
  if (!ABSTRACT_HINT.test(paper.abstract)) return [];
  const canonical = canonicalize(paper.abstract);
  // Rules, hardware and baselines read the canonical text; evidence is mapped back to the original.
  const abstract = canonical.text;
  const sentences = splitSentences(abstract);
  // Hardware and phase are only needed once a claim is found; most abstracts have none.
  let paperHardware: ReturnType<typeof analyzeHardware> | undefined;
  let abstractPhase: ReturnType<typeof detectAbstractPhase> | undefined;
  const claims: Claim[] = [];
  const seen = new Set<string>();
  const nextId = claimIdAllocator(paper.id);
  const readBaseline = baselineReader();

  for (const [sentenceIndex, sentence] of sentences.entries()) {
    let previous: { draft: ClaimDraft; end: number } | undefined;
    const quantities = findQuantities(sentence.text, sentence.start);
    if (quantities.length === 0) continue;
    // Per sentence, not per claim: a sentence with many numbers is scanned for hardware once.
    const hits = scanTerms(sentence.text);
    const drafted: SentenceDraft[] = [];
    for (const [groupIndex, group] of groupLists(quantities, sentence.text, sentence.start).entries()) {
      const first = group[0]!;
      const last = group.at(-1)!;
      const before = abstract.slice(Math.max(sentence.start, first.start - CONTEXT_CHARS), first.start);
      const after = abstract.slice(last.end, Math.min(sentence.end, last.end + CONTEXT_CHARS));
      const gap = previous ? abstract.slice(previous.end, first.start) : "";
      let groupDraft: ClaimDraft | undefined;
      for (const q of group) {
        const drafts = interpretQuantity(q, {
          before,
          after,
          sentence: sentence.text,
          scanned: { hits, beforeStart: first.start - sentence.start - before.length, afterStart: last.end - sentence.start },
          ...(previous ? { previous: { draft: previous.draft, gap } } : {}),
          ...(trace ? { trace } : {}),
        });
        if (drafts.length === 0) continue;
        groupDraft ??= drafts[0];
        paperHardware ??= analyzeHardware(paper.title, abstract, sentences);
        abstractPhase ??= detectAbstractPhase(abstract);
        const { hardware, baselineHardware } = resolveHardware(paperHardware, sentenceIndex, q.start - sentence.start);
        const phase = detectPhase(before.slice(-80) + after.slice(0, 80), sentence.text, abstractPhase);
        for (const d of drafts) drafted.push({ draft: d, group: groupIndex, hardware, baselineHardware, phase });
      }
      if (groupDraft) previous = { draft: groupDraft, end: last.end };
    }
    if (drafted.length === 0) continue;
    // Baselines are assigned once the sentence's claims are known: "respectively" lists align by position.
    const numbers = sentenceNumbers(drafted, sentence.start);
    const ordered = [...numbers.values()];
    const assigned = assignBaselines(sentence.text, ordered);
    const carried = assigned.some((b) => b === undefined) ? carriedBaseline(sentences[sentenceIndex - 1]?.text, sentence.text) : undefined;
    if (carried) assigned.forEach((b, i) => (assigned[i] = b ?? carried));
    const baselines = new Map(ordered.map((n, i) => [n, assigned[i]]));
    const devices = respectiveDevices(paperHardware!, sentenceIndex, sentence.text, ordered.length);
    for (const { draft, hardware: sentenceHardware, baselineHardware, phase } of drafted) {
      const number = numbers.get(draft.quantity)!;
      const hardware = devices?.[ordered.indexOf(number)] ?? sentenceHardware;
      const baseline = baselines.get(number);
      const d = baseline ? { ...draft, baseline } : draft;
      if (trace) {
        const label = abstract.slice(draft.quantity.start, draft.quantity.end);
        note(trace, label, "baseline", baseline ? "kept" : "dropped", baseline ? `compared against "${baseline}"` : "no comparison frame names a baseline");
        note(trace, label, "hardware", "kept", `${hardware.class}${hardware.device ? ` (${hardware.device})` : ""}${baselineHardware ? `, baseline on ${baselineHardware}` : ""}`);
      }
      const span = evidenceSpan(d, abstract, sentence.end);
      const spanKey = `${span.start}-${span.end}:${d.kind}`;
      if (seen.has(spanKey) || restatesClaim(d, claims, sentence.start)) continue;
      seen.add(spanKey);
      const evidence = originalEvidence(canonical, paper.abstract, span, sentence);
      const id = nextId(d.kind, evidence.text);
      claims.push(toClaim(paper.id, id, d, evidence, hardware, baselineHardware, phase, d.baseline ? readBaseline(d.baseline) : {}));
    }
  }
  return claims;
}

/** `npm run extract -- --explain "<sentence>"`: the claims of one sentence and why each number was kept or dropped. */
export function explainText(text: string, title = ""): { claims: Claim[]; trace: TraceStep[] } {
  const trace: TraceStep[] = [];
  const claims = extractClaims({ id: "explain", title, abstract: text }, { trace });
  return { claims, trace };
}
