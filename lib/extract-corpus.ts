import { existsSync } from "node:fs";
import { listInputFiles, parseInputFile, type InputFormat } from "./ingest/read-input";
import { formatIngestError } from "./ingest/types";
import { mergePapers } from "./ingest/merge-papers";
import { buildDatasetWithReport } from "./build-dataset";
import { OverrideError, describeOverride } from "./apply-overrides";
import { readOverrides } from "./read-overrides";
import { writeFileAtomic } from "./write-atomic";
import { summarizeDataset } from "./summarize-dataset";
import type { Override } from "./schema";

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
}

export interface RunLog {
  log: (line: string) => void;
  error: (line: string) => void;
}

/** Returns the process exit code: 0 written cleanly, 1 input errors or nothing written. */
export function runExtraction(run: ExtractionRun, io: RunLog = console): number {
  let overrides: Override[] = [];
  if (run.overridesFile) {
    try {
      overrides = readOverrides(run.overridesFile);
    } catch (e) {
      io.error(`error: ${(e as Error).message}\n${run.out} left unchanged`);
      return 1;
    }
  }
  const files = listInputFiles(run.inputs.filter((p) => existsSync(p)));
  const results = files.map((f) => parseInputFile(f, run.format));
  const errors = results.flatMap((r) => r.errors);
  for (const e of errors) io.error(`error: ${formatIngestError(e)}`);
  const papers = mergePapers(results.flatMap((r) => r.papers));
  if (papers.length === 0) {
    io.error(`no papers read from ${files.length} file(s); ${run.out} left unchanged`);
    return 1;
  }
  const started = performance.now();
  let built;
  try {
    built = buildDatasetWithReport(papers, overrides);
  } catch (e) {
    if (!(e instanceof OverrideError)) throw e;
    io.error(`error: ${run.overridesFile}: ${e.message}\n${run.out} left unchanged`);
    return 1;
  }
  const ms = performance.now() - started;
  const { dataset, overrideReport } = built;
  writeFileAtomic(run.out, JSON.stringify(dataset, null, 1) + "\n");
  io.log(`wrote ${run.out} from ${files.length} file(s) in ${ms.toFixed(0)} ms`);
  for (const line of summarizeDataset(dataset)) io.log(line);
  if (overrides.length) io.log(`overrides: ${overrideReport.applied} applied, ${overrideReport.orphaned.length} orphaned`);
  for (const o of overrideReport.orphaned) {
    io.error(`warning: ${run.overridesFile}: ${describeOverride(o.index, o.override)} was not applied: ${o.problem}`);
  }
  if (errors.length) io.error(`${errors.length} input error(s); the entries above were skipped`);
  return errors.length ? 1 : 0;
}
