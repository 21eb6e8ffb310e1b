import type { ScoreReport } from "./score-claims";

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
  return lines;
}
