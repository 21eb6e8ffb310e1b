import { CLAIM_KINDS, type Claim, type ClaimKind, type Dataset, type GoldPaper } from "../schema";
import { normalizeTitle } from "../ingest/merge-papers";

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

export interface ScoreReport {
  papersScored: number;
  papersMissing: string[];
  byKind: KindScore[];
  hardwareAccuracy: number;
  hardwareMatched: number;
  falseNegatives: ScoreMiss[];
  falsePositives: ScoreMiss[];
  hardwareErrors: (ScoreMiss & { expected: string; got: string })[];
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
export function scoreClaims(dataset: Pick<Dataset, "papers" | "claims">, goldPapers: GoldPaper[]): ScoreReport {
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
  };
  let hardwareCorrect = 0;

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
      if (match!.hardware.class === g.hardware) hardwareCorrect++;
      else
        report.hardwareErrors.push({
          title: gold.title, kind: g.kind, value: g.value, text: g.text, expected: g.hardware, got: match!.hardware.class,
        });
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
  return report;
}
