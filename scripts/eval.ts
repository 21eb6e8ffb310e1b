/*
 * npm run eval [-- --errors] [--holdout] [--json]
 * Scores the raw extractor (re-extracted from each labelled set's inputs, no overrides) with the
 * matching rule of CLAIMS.md, one table per labelled set, plus the fields of matched claims.
 * --holdout adds the papers set aside unread before tuning (report the gap, do not tune on them).
 * --errors lists misses, false positives and field errors with the extraction trace of each.
 */
import { parseArgs } from "node:util";
import { scoreClaims, type ScoreReport } from "../lib/eval/score-claims";
import { formatErrors, formatScoreTable } from "../lib/eval/format-score";
import { extractLabelledSet, HOLDOUT_SET, LABELLED_SETS, readGold } from "../lib/eval/labelled-sets";

const { values } = parseArgs({
  options: {
    errors: { type: "boolean", default: false },
    holdout: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    set: { type: "string" },
  },
});

const sets = [...LABELLED_SETS, ...(values.holdout ? [HOLDOUT_SET] : [])].filter((s) => !values.set || s.name.includes(values.set));
const reports: { name: string; report: ScoreReport }[] = sets.map((set) => ({
  name: set.name,
  report: scoreClaims(extractLabelledSet(set), readGold(set.gold)),
}));

if (values.json) {
  console.log(JSON.stringify(reports.map(({ name, report }) => ({ name, byKind: report.byKind, fields: report.fields, papersScored: report.papersScored }))));
} else {
  for (const { name, report } of reports) {
    console.log(`\n== ${name} ==`);
    for (const line of formatScoreTable(report)) console.log(line);
    if (values.errors) for (const line of formatErrors(report)) console.log(line);
  }
}
