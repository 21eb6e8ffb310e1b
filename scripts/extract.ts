/*
 * npm run extract [-- --in <file|dir>... --out <file> --format <fmt> --overrides <file>]
 * Reads paper listings (seed text layouts, JSON Lines, arXiv Atom, Hugging Face daily papers,
 * BibTeX), extracts claims, applies reviewed overrides, validates the dataset with the zod
 * schema and writes it atomically. Bad files are reported and skipped; the exit code is 1
 * when any input failed, and nothing is written when no paper survived or an override is invalid.
 * Without --in it reads seeds/ and the imported corpus data/sources/ (when present).
 * The written dataset then becomes the current release in the database (lib/store/: SQLite
 * beside the file, or CLAIMSCOPE_DB, or PostgreSQL when DATABASE_URL is set), in one transaction.
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { INPUT_FORMATS, type InputFormat } from "../lib/ingest/read-input";
import { readCommandLine } from "../lib/cli/command-line";
import { extractionExitCode, outputProblem, runExtraction } from "../lib/dataset/extract-corpus";
import { withDataLock } from "../lib/ingest/data-lock";
import { recoverIngest } from "../lib/ingest/staged-commit";
import { publishRelease } from "../lib/store/publish-release";
import { extractorVersion } from "../lib/store/extractor-version";
import { storeConfig } from "../lib/store/connection";
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

async function main(): Promise<number> {
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
  const problem = outputProblem(out, inputs);
  if (problem) {
    console.error(problem);
    return 2;
  }
  // One writer per data directory: an ingest running into the same directory is waited for.
  const dataDir = dirname(out);
  try {
    return await withDataLock(dataDir, () => {
      recoverIngest(dataDir);
      return publishExtraction(out, inputs, overrides, format);
    });
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    return 1;
  }
}

async function publishExtraction(out: string, inputs: string[], overrides: string | undefined, format: InputFormat | undefined): Promise<number> {
  // Written beside the target first: the release is committed to the database from it, and only
  // then does it replace `out`, so a kill at any point leaves the previous release current.
  const staging = join(dirname(out), `.${basename(out)}.staging-${process.pid}.json`);
  const io = { log: (line: string) => console.log(line.replaceAll(staging, out)), error: (line: string) => console.error(line.replaceAll(staging, out)) };
  try {
    if (existsSync(out)) copyFileSync(out, staging); // an unchanged dataset is then reported, and left, as unchanged
    const outcome = runExtraction(
      { inputs, out: staging, overridesFile: overrides ?? (existsSync(DEFAULT_OVERRIDES) ? DEFAULT_OVERRIDES : undefined), format, acceptedDirs: [CORPUS_DIR] },
      io,
    );
    if (!outcome.written) return extractionExitCode(outcome);
    await publishRelease(staging, extractorVersion(), io, storeConfig(out));
    if (!existsSync(out) || !readFileSync(out).equals(readFileSync(staging))) renameSync(staging, out);
    return extractionExitCode(outcome);
  } finally {
    rmSync(staging, { force: true });
  }
}

process.exitCode = await main();
