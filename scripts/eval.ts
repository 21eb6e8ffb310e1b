/*
 * npm run eval [-- --errors --data <claims.json> --gold <gold.jsonl> --json [--out <file>]]
 * Scores the dataset against labelled papers with the matching rule of CLAIMS.md.
 * The first table is the raw extractor (its format is read by other tooling: keep it);
 * an "after overrides" section follows, scoring the reviewed claims (rejected left out).
 */
import { parseArgs } from "node:util";
import { readFileSync } from "node:fs";
import { Dataset, GoldPaper } from "../lib/schema";
import { scoreClaims, type ScoreMiss } from "../lib/eval/score-claims";
import { formatScoreTable } from "../lib/eval/format-score";
import { overrideCounts, rawClaims, reviewedClaims } from "../lib/eval/raw-claims";
import { EvalSummary } from "../lib/eval/eval-summary";
import { writeFileAtomic } from "../lib/write-atomic";

const { values } = parseArgs({
  options: {
    errors: { type: "boolean", default: false },
    data: { type: "string", default: "data/claims.json" },
    gold: { type: "string", default: "tests/fixtures/gold-dev.jsonl" },
    json: { type: "boolean", default: false },
    /** With --json: write the summary to this file (atomically) instead of stdout; the build writes data/eval-summary.json. */
    out: { type: "string" },
  },
});

const dataset = Dataset.parse(JSON.parse(readFileSync(values.data, "utf8")));
const gold = readFileSync(values.gold, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l, i) => {
    const parsed = GoldPaper.safeParse(JSON.parse(l));
    if (!parsed.success) throw new Error(`${values.gold}:${i + 1}: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  });
const report = scoreClaims({ papers: dataset.papers, claims: rawClaims(dataset) }, gold);
const reviewed = scoreClaims({ papers: dataset.papers, claims: reviewedClaims(dataset.claims) }, gold);
const counts = overrideCounts(dataset.claims);

if (values.json) {
  const summary = EvalSummary.parse({
    gold: values.gold,
    dataVersion: dataset.version,
    papersScored: report.papersScored,
    byKind: report.byKind,
    hardwareAccuracy: report.hardwareAccuracy,
    hardwareMatched: report.hardwareMatched,
    afterOverrides: { ...counts, byKind: reviewed.byKind, hardwareAccuracy: reviewed.hardwareAccuracy },
  });
  const text = JSON.stringify(summary);
  if (values.out) writeFileAtomic(values.out, `${JSON.stringify(summary, null, 2)}\n`);
  else console.log(text);
} else {
  for (const line of formatScoreTable(report)) console.log(line);
  console.log(`\nafter overrides (${counts.corrected} corrected, ${counts.added} added, ${counts.rejected} rejected)`);
  for (const line of formatScoreTable(reviewed)) console.log(line);
}
if (values.errors) {
  const show = (label: string, misses: ScoreMiss[]) => {
    console.log(`\n${label} (${misses.length})`);
    for (const m of misses) {
      const range = m.min !== undefined ? `${m.min}–` : "";
      console.log(`  ${m.kind.padEnd(8)} ${range}${m.value}\t"${m.text}"\t[${m.title.slice(0, 60)}]`);
    }
  };
  show("missed (in gold, not extracted)", report.falseNegatives);
  show("false positives (extracted, not in gold)", report.falsePositives);
  console.log(`\nhardware class errors (${report.hardwareErrors.length})`);
  for (const h of report.hardwareErrors) console.log(`  expected ${h.expected}, got ${h.got}\t"${h.text}"\t[${h.title.slice(0, 60)}]`);
}
