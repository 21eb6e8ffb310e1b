/*
 * npm run eval [-- --errors] [--holdout] [--json [--out <file>]]
 * Scores the raw extractor (re-extracted from each labelled set's inputs, no overrides) with the
 * matching rule of CLAIMS.md, one table per labelled set, plus the fields of matched claims.
 * --holdout adds the papers set aside unread before tuning (report the gap, do not tune on them).
 * --errors lists misses, false positives and field errors with the extraction trace of each.
 * --out (with --json) writes the summary to a file, atomically: the build writes
 * data/eval-summary.json, which the methodology page shows.
 */
import { parseArgs } from "node:util";
import { scoreClaims, type ScoreReport } from "../lib/eval/score-claims";
import { formatErrors, formatScoreTable } from "../lib/eval/format-score";
import { extractLabelledSet, HOLDOUT_SETS, LABELLED_SETS, readGold } from "../lib/eval/labelled-sets";
import { EvalSummary } from "../lib/eval/eval-summary";
import { writeFileAtomic } from "../lib/dataset/write-atomic";
import { explainText } from "../lib/extract";
import { splitSentences } from "../lib/extract/sentences";
import { formatTrace } from "../lib/extract/trace";
import { normalizeTitle } from "../lib/ingest/merge-papers";

/** For each missed claim: its sentence in the paper and what every step did with the numbers in it. */
function explainMisses(report: ScoreReport, papers: { title: string; abstract: string }[]): string[] {
  const byTitle = new Map(papers.map((p) => [normalizeTitle(p.title), p]));
  return report.falseNegatives.flatMap((miss) => {
    const paper = byTitle.get(normalizeTitle(miss.title));
    const at = paper?.abstract.indexOf(miss.text) ?? -1;
    if (!paper || at < 0) return [`  "${miss.text}": not found in the abstract as ingested`];
    const sentence = splitSentences(paper.abstract).find((s) => s.start <= at && at < s.end)?.text ?? miss.text;
    return [`  ${miss.kind} ${miss.value} "${miss.text}" in: ${sentence.slice(0, 160)}`, ...formatTrace(explainText(sentence, paper.title).trace).map((l) => `  ${l}`)];
  });
}

const { values } = parseArgs({
  options: {
    errors: { type: "boolean", default: false },
    holdout: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    set: { type: "string" },
    out: { type: "string" },
  },
});

const sets = [...LABELLED_SETS, ...(values.holdout ? HOLDOUT_SETS : [])].filter((s) => !values.set || s.name.includes(values.set));
const reports = sets.map((set) => {
  const extracted = extractLabelledSet(set);
  return { name: set.name, papers: extracted.papers, report: scoreClaims(extracted, readGold(set.gold)) };
});

if (values.json) {
  const summary = EvalSummary.parse(reports.map(({ name, report }) => ({ name, byKind: report.byKind, fields: report.fields, papersScored: report.papersScored })));
  if (values.out) writeFileAtomic(values.out, `${JSON.stringify(summary, null, 2)}\n`);
  else console.log(JSON.stringify(summary));
} else {
  for (const { name, report } of reports) {
    console.log(`\n== ${name} ==`);
    for (const line of formatScoreTable(report)) console.log(line);
    if (values.errors) {
      for (const line of formatErrors(report)) console.log(line);
      console.log(`\nwhy the missed claims were missed (the trace of their sentence)`);
      for (const line of explainMisses(report, reports.find((r) => r.report === report)!.papers)) console.log(line);
    }
  }
}
