import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { detectFormat, decodeInput, parseInputFile, type InputFormat } from "./read-input";
import { formatIngestError } from "./types";
import { runExtraction, type RunLog } from "../dataset/extract-corpus";
import { writeFileAtomic } from "../dataset/write-atomic";
import { withDataLock } from "./data-lock";
import { commitMoves, faultPoint, JOURNAL_FILE, recoverIngest, STAGING_DIR, type Move } from "./staged-commit";

/*
 * `npm run ingest`: accepted input files are copied unchanged into <data>/sources/ (the
 * corpus kept in git), then the whole corpus (seeds + sources) is re-extracted. A stored
 * file is named by its content hash, so importing the same bytes twice stores nothing new;
 * its extension names its format, so the next extraction reads it the same way even when
 * the format came from --format.
 */

export interface IngestRun {
  files: string[];
  format?: InputFormat;
  /** Holds sources/, claims.json and overrides.json. */
  dataDir: string;
  seedsDir: string;
}

const FORMAT_EXTENSION: Record<InputFormat, string> = {
  listing: ".txt",
  jsonl: ".jsonl",
  arxiv: ".xml",
  hf: ".json",
  bibtex: ".bib",
};
const HASH_CHARS = 12;

function contentHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, HASH_CHARS);
}

/** "Daily Papers (3).json" → "daily-papers-3": names stay portable and readable in git. */
function safeStem(path: string): string {
  const stem = basename(path, extname(path)).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return stem.slice(0, 60) || "input";
}

function storedHashes(sourcesDir: string): Map<string, string> {
  const byHash = new Map<string, string>();
  if (!existsSync(sourcesDir)) return byHash;
  for (const name of readdirSync(sourcesDir).sort()) {
    if (name.startsWith(".")) continue;
    byHash.set(contentHash(readFileSync(join(sourcesDir, name))), name);
  }
  return byHash;
}

export interface IngestOutcome {
  /** Stored names of files added to the corpus by this run. */
  added: string[];
  /** Inputs already in the corpus with identical content. */
  alreadyStored: string[];
  /** Inputs with no usable entry: not copied. */
  rejected: string[];
  /** Whether claims.json was (re)built; false leaves the corpus as it was before the run. */
  extracted: boolean;
}

export function ingestExitCode(outcome: IngestOutcome): number {
  return outcome.rejected.length === 0 && outcome.extracted ? 0 : 1;
}

interface StagedFile {
  name: string;
  bytes: Uint8Array;
}

/** Validates each input; returns the ones to store and records the rest in the outcome. */
function stageFiles(run: IngestRun, sourcesDir: string, outcome: IngestOutcome, io: RunLog): StagedFile[] {
  const known = storedHashes(sourcesDir);
  const staged: StagedFile[] = [];
  for (const file of run.files) {
    const result = parseInputFile(file, run.format);
    const problems = result.errors.map(formatIngestError);
    if (result.papers.length === 0) {
      for (const p of problems) io.error(`error: ${p}`);
      io.error(`rejected ${file}: no usable entries; nothing copied`);
      outcome.rejected.push(file);
      continue;
    }
    for (const p of problems) io.error(`warning: ${p} (entry skipped)`);
    const bytes = readFileSync(file);
    const hash = contentHash(bytes);
    const stored = known.get(hash);
    if (stored) {
      io.log(`${file}: already in the corpus as ${stored}`);
      outcome.alreadyStored.push(file);
      continue;
    }
    const format = run.format ?? detectFormat(file, decodeInput(bytes, basename(file)));
    const name = `${safeStem(file)}.${hash}${FORMAT_EXTENSION[format]}`;
    known.set(hash, name);
    staged.push({ name, bytes });
    io.log(`${file}: ${result.papers.length} paper(s) accepted → ${join(sourcesDir, name)}`);
  }
  return staged;
}

/**
 * The files extraction reads: seeds, then the corpus as it will be once the staged files
 * are committed (sorted by name, as `npm run extract` lists sources/), so the dataset built
 * here is the one a later plain extraction rebuilds.
 */
function corpusInputs(run: IngestRun, sourcesDir: string, stagingDir: string, staged: StagedFile[]): string[] {
  const located = new Map<string, string>();
  if (existsSync(sourcesDir)) for (const name of readdirSync(sourcesDir)) if (!name.startsWith(".")) located.set(name, join(sourcesDir, name));
  for (const { name } of staged) located.set(name, join(stagingDir, name));
  const corpus = [...located.keys()].sort().map((name) => located.get(name)!);
  return [...(existsSync(run.seedsDir) ? [run.seedsDir] : []), ...corpus];
}

function ingestLocked(run: IngestRun, outcome: IngestOutcome, io: RunLog): IngestOutcome {
  const recovered = recoverIngest(run.dataDir);
  if (recovered === "rolled-forward") io.log(`finished the commit of an ingest that was interrupted in ${run.dataDir}`);
  if (recovered === "rolled-back") io.log(`dropped the uncommitted files of an ingest that was interrupted in ${run.dataDir}`);
  const sourcesDir = join(run.dataDir, "sources");
  const stagingDir = join(run.dataDir, STAGING_DIR);
  const staged = stageFiles(run, sourcesDir, outcome, io);
  if (staged.length === 0 && outcome.alreadyStored.length === 0) return outcome;
  let stagedDataset: string | undefined;
  try {
    mkdirSync(stagingDir, { recursive: true });
    for (const { name, bytes } of staged) writeFileAtomic(join(stagingDir, name), bytes);
    faultPoint("after-stage");
    const overridesFile = join(run.dataDir, "overrides.json");
    const extraction = runExtraction(
      {
        inputs: corpusInputs(run, sourcesDir, stagingDir, staged),
        out: join(run.dataDir, "claims.json"),
        overridesFile: existsSync(overridesFile) ? overridesFile : undefined,
        acceptedDirs: [sourcesDir, stagingDir],
        stage: true,
      },
      io,
    );
    if (!extraction.written) {
      io.error(`extraction failed; nothing was imported (${sourcesDir} and claims.json are unchanged)`);
      return outcome;
    }
    stagedDataset = extraction.stagedDataset;
    faultPoint("after-dataset");
    const moves: Move[] = staged.map(({ name }) => [join(STAGING_DIR, name), join("sources", name)]);
    // The dataset last: a reader never sees claims.json built from sources that are not there.
    if (extraction.stagedDataset) moves.push([basename(extraction.stagedDataset), "claims.json"]);
    commitMoves(run.dataDir, moves);
  } finally {
    // Not committed (failed or returned early): drop the staging; a journal means the commit is finished next run.
    if (!existsSync(join(run.dataDir, JOURNAL_FILE))) {
      rmSync(stagingDir, { recursive: true, force: true });
      if (stagedDataset) rmSync(stagedDataset, { force: true });
    }
  }
  outcome.added = staged.map((s) => s.name);
  outcome.extracted = true;
  return outcome;
}

/**
 * Imports files: holds the data directory's lock (a concurrent ingest waits), finishes or
 * drops an interrupted earlier run, stages the new sources and dataset, then commits both.
 * A failure (full disk, permissions) is one line naming the cause, and nothing is imported.
 */
export function ingestFiles(run: IngestRun, io: RunLog = console): IngestOutcome {
  const outcome: IngestOutcome = { added: [], alreadyStored: [], rejected: [], extracted: false };
  try {
    return withDataLock(run.dataDir, () => ingestLocked(run, outcome, io), {
      onWait: (owner) => io.log(`waiting for another run in ${run.dataDir} (pid ${owner?.pid ?? "unknown"}) to finish…`),
    });
  } catch (e) {
    io.error(`error: ${(e as Error).message}; nothing was imported`);
    return { ...outcome, added: [], extracted: false };
  }
}
