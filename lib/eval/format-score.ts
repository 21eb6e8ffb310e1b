import type { ScoreMiss, ScoreReport } from "./score-claims";

const pct = (x: number) => x.toFixed(3);

export function formatScoreTable(report: ScoreReport): string[] {
  const lines = [
    `papers scored: ${report.papersScored}${report.papersMissing.length ? `, missing from dataset: ${report.papersMissing.length}` : ""}`,
    "kind       gold  pred  match  precision  recall  F1",
  ];
  for (const k of report.byKind) {
    lines.push(
      `${k.kind.padEnd(10)} ${String(k.gold).padStart(4)}  ${String(k.predicted).padStart(4)}  ${String(k.matched).padStart(5)}  ${pct(k.precision).padStart(9)}  ${pct(k.recall).padStart(6)}  ${pct(k.f1)}`,
    );
  }
  lines.push(`hardware-class accuracy on matched claims: ${pct(report.hardwareAccuracy)} (${report.hardwareMatched} matched)`);
  const f = report.fields;
  lines.push(`on matched claims: baseline ${pct(f.baseline)}, device ${pct(f.device)}, qualifier ${pct(f.qualifier)}`);
  lines.push(`fully right (kind, value, hardware, baseline, qualifier) of gold claims: ${pct(f.fullyRight)}`);
  return lines;
}

function missLine(m: ScoreMiss): string {
  const range = m.min !== undefined ? `${m.min}–` : "";
  return `  ${m.kind.padEnd(8)} ${range}${m.value}\t"${m.text}"\t[${m.title.slice(0, 60)}]`;
}

export function formatErrors(report: ScoreReport): string[] {
  return [
    `\nmissed (in gold, not extracted) (${report.falseNegatives.length})`,
    ...report.falseNegatives.map(missLine),
    `\nfalse positives (extracted, not in gold) (${report.falsePositives.length})`,
    ...report.falsePositives.map(missLine),
    `\nfield errors on matched claims (${report.fieldErrors.length})`,
    ...report.fieldErrors.map((e) => `  ${e.field.padEnd(9)} expected "${e.expected}", got "${e.got}"\t"${e.text}"\t[${e.title.slice(0, 50)}]\n      ${e.sentence}`),
  ];
}
