import { existsSync, realpathSync, statSync } from "node:fs";
import { basename, resolve, sep } from "node:path";
import { listInputFiles, parseInputFile, type InputFormat } from "../ingest/read-input";
import { formatIngestError } from "../ingest/types";
import { mergePapers, type MergedPaper } from "../ingest/merge-papers";
import { buildCorpus } from "./build-corpus";
import { readIncumbentPapers, writeDatasetFile } from "./dataset-file";
import { checkRegularTarget } from "./write-atomic";
import { OverrideError, describeOverride, type OverrideReport } from "../curation/apply-overrides";
import { readOverrides } from "../curation/read-overrides";
import { summarizeDataset } from "./summarize-dataset";
import type { Override } from "../schema";

/*
 * The extraction run shared by `npm run extract` and `npm run ingest`: read inputs, merge,
 * extract, apply overrides, validate, write atomically. Bad input files are reported and
 * skipped; an override that cannot apply stops the run before anything is written.
 */

export interface ExtractionRun {
  /** Files or directories, read in order: earlier sources keep their abstracts and ids. */
  inputs: string[];
  out: string;
  /** An overrides file; undefined means none. */
  overridesFile?: string;
  format?: InputFormat;
  /**
   * Directories of files already accepted by `npm run ingest` (data/sources): their skipped
   * entries were reported at import and the files are kept unchanged, so here they are
   * warnings that do not fail the run.
   */
  acceptedDirs?: string[];
  /** Write the dataset to its temporary file only (outcome.stagedDataset) for the caller to commit. */
  stage?: boolean;
}

export interface RunLog {
  log: (line: string) => void;
  error: (line: string) => void;
}

export interface ExtractionOutcome {
  /** False when the output was not brought up to date: no papers, or an invalid override. */
  written: boolean;
  /** Entries or files that were skipped. */
  inputErrors: number;
  /** With `stage`: the temporary file holding the new dataset; absent when it is unchanged. */
  stagedDataset?: string;
}

/** The exit code of a plain extraction: 0 written cleanly, 1 input errors or nothing written. */
export function extractionExitCode(outcome: ExtractionOutcome): number {
  return outcome.written && outcome.inputErrors === 0 ? 0 : 1;
}

/** Reads inputs; skipped entries of files in accepted dirs are one warning line per file, not errors. */
function readInputs(run: ExtractionRun, io: RunLog): { papers: MergedPaper[]; files: string[]; errorCount: number } {
  const files = listInputFiles(run.inputs.filter((p) => existsSync(p)));
  const acceptedDirs = (run.acceptedDirs ?? []).map((dir) => resolve(dir) + sep);
  let errorCount = 0;
  const raw = files.flatMap((file) => {
    const result = parseInputFile(file, run.format);
    const accepted = acceptedDirs.some((dir) => resolve(file).startsWith(dir));
    if (accepted && result.errors.length) {
      io.error(`warning: ${basename(file)}: ${result.errors.length} entry(ies) skipped, as reported when it was imported`);
    } else {
      errorCount += result.errors.length;
      for (const e of result.errors) io.error(`error: ${formatIngestError(e)}`);
    }
    return result.papers;
  });
  // Papers already published keep their ids (links and reviewed overrides point at them).
  return { papers: mergePapers(raw, readIncumbentPapers(run.out)), files, errorCount };
}

function reportOverrides(run: ExtractionRun, count: number, report: OverrideReport, io: RunLog): void {
  if (count) io.log(`overrides: ${report.applied} applied, ${report.orphaned.length} orphaned`);
  for (const o of report.orphaned) {
    io.error(`warning: ${run.overridesFile}: ${describeOverride(o.index, o.override)} was not applied: ${o.problem}`);
  }
}

/** Why `out` cannot be written, before any work is done: not a regular file, or one of the inputs. */
export function outputProblem(out: string, inputs: string[]): string | null {
  try {
    checkRegularTarget(out);
  } catch (e) {
    return `--out: ${(e as Error).message}`;
  }
  if (!existsSync(out)) return null;
  const target = realpathSync(out);
  const clash = listInputFiles(inputs.filter((p) => existsSync(p))).find((file) => realpathSync(file) === target);
  return clash ? `--out: ${out} is also an input (${clash}); writing it would overwrite the input` : null;
}

export function runExtraction(run: ExtractionRun, io: RunLog = console): ExtractionOutcome {
  const problem = outputProblem(run.out, run.inputs);
  if (problem) {
    io.error(`error: ${problem}`);
    return { written: false, inputErrors: 0 };
  }
  let overrides: Override[] = [];
  if (run.overridesFile) {
    try {
      overrides = readOverrides(run.overridesFile);
    } catch (e) {
      io.error(`error: ${(e as Error).message}\n${run.out} left unchanged`);
      return { written: false, inputErrors: 0 };
    }
  }
  const readStarted = performance.now();
  const { papers, files, errorCount } = readInputs(run, io);
  if (papers.length === 0) {
    io.error(`no papers read from ${files.length} file(s); ${run.out} left unchanged`);
    return { written: false, inputErrors: errorCount };
  }
  const started = performance.now();
  let built;
  try {
    built = buildCorpus(papers, overrides);
  } catch (e) {
    if (!(e instanceof OverrideError)) throw e;
    io.error(`error: ${run.overridesFile}: ${e.message}\n${run.out} left unchanged`);
    return { written: false, inputErrors: errorCount };
  }
  const ms = performance.now() - started;
  // Validated item by item and written atomically; an unchanged dataset is not rewritten.
  let version: string;
  let changed: boolean;
  let staged: string | undefined;
  try {
    ({ version, changed, staged } = writeDatasetFile(run.out, built.papers, built.claims, { stage: run.stage ?? false }));
  } catch (e) {
    io.error(`error: ${(e as Error).message}`);
    return { written: false, inputErrors: errorCount };
  }
  io.log(`${changed ? (run.stage ? "staged" : "wrote") : "unchanged"} ${run.out} from ${files.length} file(s) in ${ms.toFixed(0)} ms`);
  for (const line of summarizeDataset({ version, papers: built.papers, claims: built.claims })) io.log(line);
  const seconds = (performance.now() - readStarted) / 1000;
  const megabytes = files.reduce((n, f) => n + statSync(f).size, 0) / 1e6;
  io.log(
    `throughput: ${(papers.length / seconds).toFixed(0)} papers/s, ${(megabytes / seconds).toFixed(2)} MB/s of input ` +
      `(read, extract, validate, write); peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
  reportOverrides(run, overrides.length, built.overrideReport, io);
  if (errorCount) io.error(`${errorCount} input error(s); the entries above were skipped`);
  return { written: true, inputErrors: errorCount, ...(staged ? { stagedDataset: staged } : {}) };
}
