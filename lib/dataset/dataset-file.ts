import { createHash } from "node:crypto";
import { closeSync, existsSync, openSync, readSync, rmSync } from "node:fs";
import { Claim, Paper } from "../schema";
import type { IncumbentPaper } from "../ingest/merge-papers";
import { forEachLineSync } from "../ingest/read-lines";
import { writeStreamAtomic, writeTempFile, type AtomicWriter, type FileOps } from "./write-atomic";

/*
 * data/claims.json, written item by item: one paper or claim per line, so a 100,000-paper
 * corpus is never held as one string, and a diff of the file shows which claims changed.
 */

/** A hash of the content: the same papers and claims always give the same version. */
export function datasetVersion(papers: Paper[], claims: Claim[]): string {
  const hash = createHash("sha256");
  for (const p of papers) hash.update(JSON.stringify(p)).update("\n");
  hash.update("\u0000");
  for (const c of claims) hash.update(JSON.stringify(c)).update("\n");
  return hash.digest("hex").slice(0, 16);
}

/**
 * The checks of the Dataset schema, one item at a time (no copy of the whole dataset):
 * every paper and claim valid, claims pointing at known papers with evidence that slices
 * the abstract. Throws naming the first bad item.
 */
export function validateDatasetItems(papers: Paper[], claims: Claim[]): void {
  const abstracts = new Map<string, string>();
  papers.forEach((p, i) => {
    const parsed = Paper.safeParse(p);
    if (!parsed.success) throw new Error(`papers[${i}] (${p.id}): ${parsed.error.issues[0]?.message}`);
    abstracts.set(p.id, p.abstract);
  });
  claims.forEach((c, i) => {
    const parsed = Claim.safeParse(c);
    if (!parsed.success) throw new Error(`claims[${i}] (${c.id}): ${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message}`);
    const abstract = abstracts.get(c.paperId);
    if (abstract === undefined) throw new Error(`claims[${i}] (${c.id}): unknown paper ${c.paperId}`);
    if (abstract.slice(c.evidence.start, c.evidence.end) !== c.evidence.text) {
      throw new Error(`claims[${i}] (${c.id}): evidence offsets do not slice the abstract to its text`);
    }
  });
}

const READ_CHUNK_BYTES = 1 << 20;

function fileHash(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  const hash = createHash("sha256");
  const fd = openSync(path, "r");
  const buffer = Buffer.allocUnsafe(READ_CHUNK_BYTES);
  try {
    for (let read; (read = readSync(fd, buffer, 0, buffer.length, null)) > 0; ) hash.update(buffer.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return hash.digest("hex");
}

/** The dataset's text, one item per line, handed to `write` piece by piece (never one string). */
export function produceDataset(write: (text: string) => void, version: string, papers: Paper[], claims: Claim[]): void {
  const list = (items: readonly unknown[]) => items.forEach((item, i) => write(`${i ? ",\n" : "\n"}${JSON.stringify(item)}`));
  write(`{"version":${JSON.stringify(version)},"papers":[`);
  list(papers);
  write(`\n],"claims":[`);
  list(claims);
  write("\n]}\n");
}

export interface DatasetWriteOptions {
  ops?: FileOps;
  /** Write the temporary file only and return its path, for a caller that commits it with other files (ingest). */
  stage?: boolean;
}

/**
 * Validates, then writes atomically (lib/dataset/write-atomic.ts: every byte checked, fsynced,
 * renamed; a full disk or a kill leaves the previous file intact). An unchanged dataset is
 * not rewritten, so a repeated run leaves the file and its mtime alone.
 */
export function writeDatasetFile(
  path: string,
  papers: Paper[],
  claims: Claim[],
  options: DatasetWriteOptions = {},
): { version: string; changed: boolean; staged?: string } {
  validateDatasetItems(papers, claims);
  const version = datasetVersion(papers, claims);
  const previous = fileHash(path);
  const written = createHash("sha256");
  const produce = (out: AtomicWriter) =>
    produceDataset(
      (text) => {
        written.update(text);
        out.write(text);
      },
      version,
      papers,
      claims,
    );
  if (options.stage) {
    const temp = writeTempFile(path, produce, options.ops);
    if (previous !== undefined && written.digest("hex") === previous) {
      rmSync(temp, { force: true });
      return { version, changed: false };
    }
    return { version, changed: true, staged: temp };
  }
  const changed = writeStreamAtomic(path, produce, {
    shouldReplace: () => previous === undefined || written.digest("hex") !== previous,
    ...(options.ops ? { ops: options.ops } : {}),
  });
  return { version, changed };
}

const DATASET_HEAD = /^\{"version":"[^"]*","papers":\[$/;

/**
 * The ids, titles and arXiv ids of the papers of the dataset at `path` (the previous run's
 * output), read line by line up to the end of the papers, so ids can be kept (lib/ingest/
 * merge-papers.ts). A missing file or one in another layout gives none, never an error.
 */
export function readIncumbentPapers(path: string): IncumbentPaper[] {
  if (!existsSync(path)) return [];
  const papers: IncumbentPaper[] = [];
  try {
    forEachLineSync(path, path, (line, n) => {
      if (n === 1) {
        if (!DATASET_HEAD.test(line)) throw new Error("not a dataset written by Claimscope");
        return;
      }
      if (line.startsWith("]")) return false;
      const { id, title, arxivId } = JSON.parse(line.endsWith(",") ? line.slice(0, -1) : line) as IncumbentPaper;
      if (typeof id === "string" && typeof title === "string") papers.push({ id, title, ...(typeof arxivId === "string" ? { arxivId } : {}) });
    });
  } catch {
    return [];
  }
  return papers;
}
