import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { detectFormat, decodeInput, parseInputFile, type InputFormat } from "./ingest/read-input";
import { formatIngestError } from "./ingest/types";
import { runExtraction, type RunLog } from "./extract-corpus";
import { writeFileAtomic } from "./write-atomic";

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

export function ingestFiles(run: IngestRun, io: RunLog = console): IngestOutcome {
  const sourcesDir = join(run.dataDir, "sources");
  const outcome: IngestOutcome = { added: [], alreadyStored: [], rejected: [], extracted: false };
  const staged = stageFiles(run, sourcesDir, outcome, io);
  if (staged.length === 0 && outcome.alreadyStored.length === 0) return outcome;

  mkdirSync(sourcesDir, { recursive: true });
  for (const { name, bytes } of staged) writeFileAtomic(join(sourcesDir, name), bytes);
  const overridesFile = join(run.dataDir, "overrides.json");
  const extraction = runExtraction(
    {
      inputs: [run.seedsDir, sourcesDir].filter((p) => existsSync(p)),
      out: join(run.dataDir, "claims.json"),
      overridesFile: existsSync(overridesFile) ? overridesFile : undefined,
      acceptedDirs: [sourcesDir],
    },
    io,
  );
  if (!extraction.written) {
    // The dataset could not be rebuilt with the new files: take them out again, so the
    // corpus and claims.json stay consistent with each other.
    for (const { name } of staged) rmSync(join(sourcesDir, name), { force: true });
    io.error(`extraction failed; the ${staged.length} new file(s) were removed from ${sourcesDir}`);
    return outcome;
  }
  outcome.added = staged.map((s) => s.name);
  outcome.extracted = true;
  return outcome;
}
