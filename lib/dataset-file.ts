import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { Claim, Paper } from "./schema";

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

const FLUSH_CHARS = 1 << 20;

/** Buffered synchronous writes that also hash what they write. */
class HashingWriter {
  private parts: string[] = [];
  private size = 0;
  readonly hash = createHash("sha256");
  constructor(private readonly fd: number) {}
  write(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= FLUSH_CHARS) this.flush();
  }
  flush(): void {
    const chunk = this.parts.join("");
    this.hash.update(chunk);
    writeSync(this.fd, chunk);
    this.parts = [];
    this.size = 0;
  }
}

function fileHash(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  const hash = createHash("sha256");
  const fd = openSync(path, "r");
  const buffer = Buffer.allocUnsafe(FLUSH_CHARS);
  try {
    for (let read; (read = readSync(fd, buffer, 0, buffer.length, null)) > 0; ) hash.update(buffer.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return hash.digest("hex");
}

function writeList(out: HashingWriter, items: readonly unknown[]): void {
  items.forEach((item, i) => out.write(`${i ? ",\n" : "\n"}${JSON.stringify(item)}`));
}

/**
 * Validates, then writes to a temporary file beside `path` and renames it over `path`
 * (atomic on one filesystem: a crash or kill leaves the previous file intact). An unchanged
 * dataset is not rewritten, so a repeated run leaves the file and its mtime alone.
 */
export function writeDatasetFile(path: string, papers: Paper[], claims: Claim[]): { version: string; changed: boolean } {
  validateDatasetItems(papers, claims);
  const version = datasetVersion(papers, claims);
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(temp, "w");
  let written: string;
  try {
    const out = new HashingWriter(fd);
    out.write(`{"version":${JSON.stringify(version)},"papers":[`);
    writeList(out, papers);
    out.write(`\n],"claims":[`);
    writeList(out, claims);
    out.write("\n]}\n");
    out.flush();
    written = out.hash.digest("hex");
  } catch (e) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw e;
  }
  closeSync(fd);
  if (fileHash(path) === written) {
    rmSync(temp);
    return { version, changed: false };
  }
  renameSync(temp, path);
  return { version, changed: true };
}
