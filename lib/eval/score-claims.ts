import { CLAIM_KINDS, type Claim, type ClaimKind, type GoldPaper } from "../schema";
import { normalizeTitle } from "../ingest/merge-papers";
import { baselinesAgree } from "./baseline-match";
import { devicesAgree } from "./device-match";

type GoldClaim = GoldPaper["claims"][number];

export interface KindScore {
  kind: ClaimKind | "overall";
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ScoreMiss {
  title: string;
  kind: ClaimKind;
  value: number | null | undefined;
  min?: number;
  text: string;
}

/** A matched claim whose other fields disagree with the label. */
export interface FieldMiss extends ScoreMiss {
  field: "hardware" | "baseline" | "device" | "qualifier";
  expected: string;
  got: string;
  sentence: string;
}

/** Shares of matched claims whose field agrees with the label; `fullyRight` is a share of all gold claims. */
export interface FieldScores {
  hardware: number;
  baseline: number;
  device: number;
  qualifier: number;
  fullyRight: number;
}

export interface ScoreReport {
  papersScored: number;
  papersMissing: string[];
  byKind: KindScore[];
  hardwareAccuracy: number;
  hardwareMatched: number;
  falseNegatives: ScoreMiss[];
  falsePositives: ScoreMiss[];
  hardwareErrors: (ScoreMiss & { expected: string; got: string })[];
  fields: FieldScores;
  fieldErrors: FieldMiss[];
}

/** CLAIMS.md: values match within 1% relative or 0.01 absolute. */
export function valuesMatch(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return a == b;
  return Math.abs(a - b) <= 0.01 || Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b));
}

function claimMatches(gold: GoldClaim, predicted: Claim): boolean {
  if (gold.kind !== predicted.kind || !valuesMatch(gold.value, predicted.value)) return false;
  return gold.min === undefined || valuesMatch(gold.min, predicted.min);
}

function ratio(a: number, b: number): number {
  return b === 0 ? (a === 0 ? 1 : 0) : a / b;
}

function kindScore(kind: KindScore["kind"], gold: number, predicted: number, matched: number): KindScore {
  const precision = ratio(matched, predicted);
  const recall = ratio(matched, gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { kind, gold, predicted, matched, precision, recall, f1 };
}

/** Scores the dataset against labelled papers; papers absent from the gold file are not scored. */
export function scoreClaims(dataset: { papers: { id: string; title: string }[]; claims: Claim[] }, goldPapers: GoldPaper[]): ScoreReport {
  const paperByTitle = new Map(dataset.papers.map((p) => [normalizeTitle(p.title), p]));
  const claimsByPaper = new Map<string, Claim[]>();
  for (const c of dataset.claims) claimsByPaper.set(c.paperId, [...(claimsByPaper.get(c.paperId) ?? []), c]);
  const counts = new Map<ClaimKind, { gold: number; predicted: number; matched: number }>(
    CLAIM_KINDS.map((k) => [k, { gold: 0, predicted: 0, matched: 0 }]),
  );
  const report: ScoreReport = {
    papersScored: 0,
    papersMissing: [],
    byKind: [],
    hardwareAccuracy: 0,
    hardwareMatched: 0,
    falseNegatives: [],
    falsePositives: [],
    hardwareErrors: [],
    fields: { hardware: 0, baseline: 0, device: 0, qualifier: 0, fullyRight: 0 },
    fieldErrors: [],
  };
  let hardwareCorrect = 0;
  const agreed = { baseline: 0, device: 0, qualifier: 0, fullyRight: 0 };

  for (const gold of goldPapers) {
    const paper = paperByTitle.get(normalizeTitle(gold.title));
    if (!paper) {
      report.papersMissing.push(gold.title);
      continue;
    }
    report.papersScored++;
    const predicted = [...(claimsByPaper.get(paper.id) ?? [])];
    for (const c of predicted) counts.get(c.kind)!.predicted++;
    for (const g of gold.claims) {
      counts.get(g.kind)!.gold++;
      const index = predicted.findIndex((p) => claimMatches(g, p));
      if (index === -1) {
        report.falseNegatives.push({ title: gold.title, kind: g.kind, value: g.value, min: g.min, text: g.text });
        continue;
      }
      const [match] = predicted.splice(index, 1);
      counts.get(g.kind)!.matched++;
      report.hardwareMatched++;
      const miss = { title: gold.title, kind: g.kind, value: g.value, text: g.text };
      const checks = {
        hardware: [g.hardware, match!.hardware.class, g.hardware === match!.hardware.class],
        baseline: [g.baseline ?? "", match!.baseline ?? "", baselinesAgree(g.baseline, match!.baseline)],
        device: [g.device ?? "", match!.hardware.device ?? "", devicesAgree(g.device, match!.hardware.device)],
        qualifier: [g.qualifier, match!.qualifier, g.qualifier === match!.qualifier],
      } as const;
      for (const [field, [expected, got, ok]] of Object.entries(checks) as [FieldMiss["field"], readonly [string, string, boolean]][]) {
        if (!ok) report.fieldErrors.push({ ...miss, field, expected, got, sentence: match!.evidence.sentence });
        else if (field !== "hardware") agreed[field]++;
      }
      if (checks.hardware[2]) hardwareCorrect++;
      else report.hardwareErrors.push({ ...miss, expected: g.hardware, got: match!.hardware.class });
      if (checks.hardware[2] && checks.baseline[2] && checks.qualifier[2]) agreed.fullyRight++;
    }
    for (const p of predicted) {
      report.falsePositives.push({ title: gold.title, kind: p.kind, value: p.value, min: p.min, text: p.evidence.text });
    }
  }

  let total = { gold: 0, predicted: 0, matched: 0 };
  for (const [kind, c] of counts) {
    report.byKind.push(kindScore(kind, c.gold, c.predicted, c.matched));
    total = { gold: total.gold + c.gold, predicted: total.predicted + c.predicted, matched: total.matched + c.matched };
  }
  report.byKind.push(kindScore("overall", total.gold, total.predicted, total.matched));
  report.hardwareAccuracy = ratio(hardwareCorrect, report.hardwareMatched);
  report.fields = {
    hardware: report.hardwareAccuracy,
    baseline: ratio(agreed.baseline, report.hardwareMatched),
    device: ratio(agreed.device, report.hardwareMatched),
    qualifier: ratio(agreed.qualifier, report.hardwareMatched),
    fullyRight: ratio(agreed.fullyRight, total.gold),
  };
  return report;
}
