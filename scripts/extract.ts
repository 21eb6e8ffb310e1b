/*
 * npm run extract [-- --in <file|dir>... --out <file> --format <fmt> --overrides <file>]
 * Reads paper listings (seed text layouts, JSON Lines, arXiv Atom, Hugging Face daily papers,
 * BibTeX), extracts claims, applies reviewed overrides, validates the dataset with the zod
 * schema and writes it atomically. Bad files are reported and skipped; the exit code is 1
 * when any input failed, and nothing is written when no paper survived or an override is invalid.
 * Without --in it reads seeds/ and the imported corpus data/sources/ (when present).
 */
import { existsSync } from "node:fs";
import { INPUT_FORMATS } from "../lib/ingest/read-input";
import { readCommandLine } from "../lib/command-line";
import { extractionExitCode, runExtraction } from "../lib/extract-corpus";
import { explainText } from "../lib/extract";
import { formatTrace } from "../lib/extract/trace";

const USAGE = `usage: npm run extract -- [--in <file|dir>]... [--out <file>] [--format ${INPUT_FORMATS.join("|")}] [--overrides <file>]
       npm run extract -- --explain "<sentence or abstract>"`;
const CORPUS_DIR = "data/sources";
const DEFAULT_INPUTS = ["seeds", CORPUS_DIR];
const DEFAULT_OVERRIDES = "data/overrides.json";
const DEFAULT_OUT = "data/claims.json";

/** Prints the claims of a text and the trace of every number in it. */
function explain(text: string): number {
  const { claims, trace } = explainText(text);
  for (const line of formatTrace(trace)) console.log(line);
  console.log(claims.length ? "\nclaims:" : "\nno claims");
  for (const c of claims) {
    const range = c.min !== undefined ? `${c.min}–` : "";
    console.log(`  ${c.kind} ${range}${c.value}${c.unit ? ` ${c.unit}` : ""} ${c.qualifier} · ${c.hardware.class}${c.hardware.device ? ` (${c.hardware.device})` : ""}${c.baseline ? ` · vs ${c.baseline}${c.baselineCanonical ? ` [${c.baselineCanonical}]` : ""}` : ""} · "${c.evidence.text}"`);
  }
  return 0;
}

function main(): number {
  const command = readCommandLine(
    {
      options: {
        in: { type: "string", multiple: true },
        out: { type: "string" },
        format: { type: "string" },
        overrides: { type: "string" },
        help: { type: "boolean" },
        explain: { type: "string" },
      },
      allowPositionals: false,
    },
    USAGE,
  );
  if (typeof command === "number") return command;
  const { args, format } = command;
  if (args.values.explain !== undefined) return explain(args.values.explain);
  const { overrides } = args.values;
  const inputs = args.values.in ?? DEFAULT_INPUTS.filter((p) => existsSync(p));
  const missing = inputs.filter((p) => !existsSync(p));
  if (missing.length) {
    console.error(`--in: no such file or directory: ${missing.join(", ")}`);
    return 2;
  }
  if (overrides !== undefined && !existsSync(overrides)) {
    console.error(`--overrides: no such file: ${overrides}`);
    return 2;
  }
  const out = args.values.out ?? DEFAULT_OUT;
  const outcome = runExtraction({
    inputs,
    out,
    // Only the bundled dataset keeps version snapshots; a run into another file leaves data/versions alone.
    ...(out === DEFAULT_OUT ? { versionsDir: "data/versions" } : {}),
    overridesFile: overrides ?? (existsSync(DEFAULT_OVERRIDES) ? DEFAULT_OVERRIDES : undefined),
    format,
    acceptedDirs: [CORPUS_DIR],
  });
  return extractionExitCode(outcome);
}

process.exitCode = main();
