import type { Claim, ClaimKind, Phase } from "../schema";
import type { ClaimDraft, Quantity, QuantityRule } from "./types";
import { splitSentences } from "./sentences";
import { rangeRule } from "./rules/range";
import { fromToRule } from "./rules/from-to";
import { versusRule } from "./rules/versus";
import { multiplierRule } from "./rules/multiplier";
import { percentRule } from "./rules/percent";
import { pointsRule } from "./rules/points";
import { wordNumberRule } from "./rules/word-number";
import { dropOverlaps } from "./refine/drop-overlaps";
import { groupLists } from "./refine/group-lists";
import { shareTrailingAverage } from "./refine/trailing-average";
import { interpretQuantity, type QuantityContext } from "./interpret";
import { scanTerms } from "./find-metric";
import { analyzeHardware, resolveHardware, respectiveDevices } from "./hardware";
import { baselineReader, evidenceSpan, originalEvidence, restatesClaim, sentenceNumbers, toClaim, type SentenceDraft } from "./claim-build";
import { anaphorBaseline, isAnaphor, assignBaselines, baselinesOwnNumbers, carriedBaseline } from "./baseline";
import { appliedModels } from "./applied-model";
import { detectAbstractPhase, detectPhase, detectSentencePhase } from "./phase";
import { claimIdAllocator } from "./claim-id";
import { note, type TraceStep } from "./trace";
import { canonicalize } from "./canonical-text";
import { abstractMayHoldQuantity, hasNumberWords, sentenceQuantityKinds } from "./quantity-sites";
import { numberWindows } from "./number-windows";

/*
 * Pipeline order. Changes ("from X to Y", "X versus Y") and ranges come first so that, on equal length,
 * they beat the numbers they are made of; points before percent so "2.4 points" is read as points.
 */
const QUANTITY_RULES: QuantityRule[] = [fromToRule, versusRule, rangeRule, multiplierRule, pointsRule, percentRule, wordNumberRule];
const NUMERIC_RULES = QUANTITY_RULES.filter((rule) => rule !== wordNumberRule);

/** A number per kind for the numeric evidence-span keys below (the Record type makes it list every kind once). */
const KIND_INDEX: Record<ClaimKind, number> = { speedup: 0, memory: 1, accuracy: 2, energy: 3, compute: 4, cost: 5 };
const KIND_COUNT = Object.keys(KIND_INDEX).length;

/** How far around a number the interpreters look; bounds the work per number on hostile text. */
const CONTEXT_CHARS = 200;

export interface PaperText {
  id: string;
  title: string;
  abstract: string;
}

/** Most sentences state no number at all; quantity-sites.ts skips them before the rules run. */
export function findQuantities(text: string, offset: number, abstractHasNumberWords = true): Quantity[] {
  const kinds = sentenceQuantityKinds(text, abstractHasNumberWords);
  const rules = kinds === "all" ? (abstractHasNumberWords ? QUANTITY_RULES : NUMERIC_RULES) : kinds === "words" ? [wordNumberRule] : [];
  return rules.length === 0 ? [] : dropOverlaps(rules.flatMap((rule) => rule.find(text, offset)));
}

export interface ExtractOptions {
  /** Receives every step's decision, for `--explain` and failing tests. */
  trace?: TraceStep[];
}

/** Whether the numbers between `start` and `end` stand alone in parentheses ("(up to 3.21x)"). */
function isAside(text: string, start: number, end: number): boolean {
  // A bounded look back: an unbounded lastIndexOf would rescan the abstract for every number.
  const before = text.slice(Math.max(0, start - 12), start);
  const open = before.lastIndexOf("(");
  return open >= 0 && !before.slice(open).includes(")") && /^[^()]{0,30}\)/.test(text.slice(end, end + 31));
}

export function extractClaims(paper: PaperText, options: ExtractOptions = {}): Claim[] {
  const { trace } = options;
  const windows = numberWindows(paper.abstract);
  if (!abstractMayHoldQuantity(paper.abstract, windows)) return [];
  const canonical = canonicalize(paper.abstract, windows);
  // Rules, hardware and baselines read the canonical text; evidence is mapped back to the original.
  const abstract = canonical.text;
  const sentences = splitSentences(abstract);
  // Most abstracts have no number word: one test for all their sentences.
  const numberWords = hasNumberWords(abstract);
  // Hardware and phase are only needed once a claim is found; most abstracts have none.
  let paperHardware: ReturnType<typeof analyzeHardware> | undefined;
  let abstractPhase: ReturnType<typeof detectAbstractPhase> | undefined;
  const claims: Claim[] = [];
  const nextId = claimIdAllocator(paper.id);
  const readBaseline = baselineReader();

  for (const [sentenceIndex, sentence] of sentences.entries()) {
    let previous: { draft: ClaimDraft; end: number } | undefined;
    const quantities = findQuantities(sentence.text, sentence.start, numberWords);
    if (quantities.length === 0) continue;
    // Per sentence, not per claim: a sentence with many numbers is scanned for hardware once.
    const hits = scanTerms(sentence.text);
    const drafted: SentenceDraft[] = [];
    let sentencePhase: Phase | undefined;
    for (const [groupIndex, group] of groupLists(quantities, sentence.text, sentence.start).entries()) {
      const first = group[0]!;
      const last = group.at(-1)!;
      const before = abstract.slice(Math.max(sentence.start, first.start - CONTEXT_CHARS), first.start);
      const after = abstract.slice(last.end, Math.min(sentence.end, last.end + CONTEXT_CHARS));
      // One context for the whole list: its items share the words around it and the claim before it.
      const ctx: QuantityContext = {
        before,
        after,
        sentence: sentence.text,
        scanned: { hits, beforeStart: first.start - sentence.start - before.length, afterStart: last.end - sentence.start },
      };
      if (previous) ctx.previous = { draft: previous.draft, gap: abstract.slice(previous.end, first.start) };
      if (group.length >= 2 && drafted.length >= group.length) ctx.earlier = drafted.map((d) => d.draft);
      if (trace) ctx.trace = trace;
      let groupDraft: ClaimDraft | undefined;
      const position = { index: 0, size: group.length };
      ctx.position = position;
      for (const [index, q] of group.entries()) {
        position.index = index;
        const drafts = interpretQuantity(q, ctx);
        if (drafts.length === 0) continue;
        groupDraft ??= drafts[0];
        paperHardware ??= analyzeHardware(paper.title, abstract, sentences);
        const { hardware, baselineHardware } = resolveHardware(paperHardware, sentenceIndex, q.start - sentence.start);
        sentencePhase ??= detectSentencePhase(sentence.text, () => (abstractPhase ??= detectAbstractPhase(abstract)));
        const phase = detectPhase(abstract.slice(Math.max(sentence.start, q.start - 80), q.start), abstract.slice(q.end, Math.min(sentence.end, q.end + 80)), sentencePhase);
        for (const d of drafts) drafted.push({ draft: d, group: groupIndex, hardware, baselineHardware, phase });
      }
      // "2.20x (up to 3.21x) and 2.07x (up to 5.02x)": an aside in parentheses is no item the next number continues.
      if (groupDraft && !isAside(abstract, first.start, last.end)) previous = { draft: groupDraft, end: last.end };
    }
    if (drafted.length === 0) continue;
    // Evidence spans lie inside their sentence, so a span seen before is one of this sentence: the key is a number
    // (offsets in the sentence, then the kind), not a string built and hashed per claim.
    const seen = new Set<number>();
    shareTrailingAverage(drafted, sentence.text, sentence.start);
    // Baselines are assigned once the sentence's claims are known: "respectively" lists align by position.
    const numbers = sentenceNumbers(drafted, sentence.start);
    const ordered = [...numbers.values()];
    const assigned = assignBaselines(sentence.text, ordered);
    // No frame names a baseline: the model the claim is made on is one, before a baseline carried from the sentence before.
    if (assigned.some((b) => b === undefined)) appliedModels(sentence.text, ordered).forEach((m, i) => (assigned[i] ??= m));
    // "… compared with these systems": the systems the sentence before named.
    assigned.forEach((b, i) => (assigned[i] = b && isAnaphor(b) ? anaphorBaseline(sentences[sentenceIndex - 1]?.text, b) ?? b : b));
    const carried = assigned.some((b) => b === undefined) ? carriedBaseline(sentences[sentenceIndex - 1]?.text, sentence.text, ordered.length) : undefined;
    if (carried) assigned.forEach((b, i) => (assigned[i] = b ?? carried(i)));
    const baselines = new Map(ordered.map((n, i) => [n, assigned[i]]));
    const devices = respectiveDevices(paperHardware!, sentenceIndex, sentence.text, ordered);
    const baselinesOwn = baselinesOwnNumbers(sentence.text, ordered);
    for (const { draft, hardware: sentenceHardware, baselineHardware, phase } of drafted) {
      const number = numbers.get(draft.quantity)!;
      if (baselinesOwn.has(number)) {
        if (trace) note(trace, abstract.slice(draft.quantity.start, draft.quantity.end), "baseline-only", "dropped", "a number in parentheses after a baseline's name is the baseline's");
        continue;
      }
      const hardware = devices?.[ordered.indexOf(number)] ?? sentenceHardware;
      // The draft itself is not copied to carry its baseline: toClaim takes it beside the draft.
      const baseline = draft.quantity.baseline ?? (baselines.get(number) || draft.baseline);
      if (trace) {
        const label = abstract.slice(draft.quantity.start, draft.quantity.end);
        note(trace, label, "baseline", baseline ? "kept" : "dropped", baseline ? `compared against "${baseline}"` : "no comparison frame names a baseline");
        note(trace, label, "hardware", "kept", `${hardware.class}${hardware.device ? ` (${hardware.device})` : ""}${baselineHardware ? `, baseline on ${baselineHardware}` : ""}`);
      }
      const span = evidenceSpan(draft, abstract, sentence.end);
      const spanKey = ((span.start - sentence.start) * (sentence.text.length + 1) + span.end - sentence.start) * KIND_COUNT + KIND_INDEX[draft.kind];
      if (seen.has(spanKey) || restatesClaim(draft, claims, sentence.start)) continue;
      seen.add(spanKey);
      const evidence = originalEvidence(canonical, paper.abstract, span, sentence);
      const id = nextId(draft.kind, evidence.text);
      claims.push(toClaim(paper.id, id, draft, evidence, hardware, baselineHardware, phase, baseline, baseline ? readBaseline(baseline) : {}));
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
