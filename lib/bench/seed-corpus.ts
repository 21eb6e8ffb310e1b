import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseListingText } from "../ingest/listing-text";
import { mergePapers, type MergedPaper } from "../ingest/merge-papers";

/** The seed papers, read the way `npm run extract` reads them. */
export function readSeedPapers(seedDir: string): MergedPaper[] {
  const files = readdirSync(seedDir).filter((f) => f.endsWith(".txt")).sort();
  return mergePapers(files.flatMap((f) => parseListingText(readFileSync(join(seedDir, f), "utf8"), f).papers));
}

/** Copies of the papers with distinct ids until their text reaches `bytes`. */
export function repeatPapers(papers: MergedPaper[], bytes: number): MergedPaper[] {
  const out: MergedPaper[] = [];
  let total = 0;
  for (let round = 0; total < bytes; round++) {
    for (const p of papers) {
      out.push({ ...p, id: `${p.id}-${round}` });
      total += Buffer.byteLength(p.title) + Buffer.byteLength(p.abstract);
      if (total >= bytes) break;
    }
  }
  return out;
}

export function textBytes(papers: { title: string; abstract: string }[]): number {
  return papers.reduce((n, p) => n + Buffer.byteLength(p.title) + Buffer.byteLength(p.abstract), 0);
}
