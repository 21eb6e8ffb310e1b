import type { RawPaper } from "../schema";

/** A paper after deduplication across inputs, before tagging and extraction. */
export type MergedPaper = Omit<RawPaper, "source"> & { id: string; sources: string[] };

const MAX_SLUG_LENGTH = 80;
const YEAR_FIRST = /^\d{4}\b/;

/** Titles differ across listings only in case, punctuation and spacing. */
export function normalizeTitle(title: string): string {
  return title
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const cut = slug.slice(0, MAX_SLUG_LENGTH).replace(/-[^-]*$/, (m) => (slug.length > MAX_SLUG_LENGTH ? "" : m));
  return cut || "paper";
}

/**
 * Deduplicates by arXiv id first (titles change between versions and sources), then by
 * normalized title; a paper found by either key is the same paper, and both of its keys
 * then lead to it. The first source seen keeps its abstract and its id (a seed paper keeps
 * its slug when an arXiv entry for it arrives later); later sources only fill missing
 * metadata. Ids are slugs of the title; a clash between different titles with the same
 * slug gets a numeric suffix in input order.
 */
export function mergePapers(raw: RawPaper[]): MergedPaper[] {
  const merged: MergedPaper[] = [];
  const byTitle = new Map<string, MergedPaper>();
  const byArxivId = new Map<string, MergedPaper>();
  const usedIds = new Set<string>();
  for (const { source, ...paper } of raw) {
    const titleKey = normalizeTitle(paper.title);
    const sameId = paper.arxivId !== undefined ? byArxivId.get(paper.arxivId) : undefined;
    const sameTitle = byTitle.get(titleKey);
    // Two different arXiv ids under one title are two submissions, not one paper.
    const idsDiffer = sameTitle?.arxivId !== undefined && paper.arxivId !== undefined && sameTitle.arxivId !== paper.arxivId;
    const existing = sameId ?? (idsDiffer ? undefined : sameTitle);
    if (existing) {
      if (!existing.sources.includes(source)) existing.sources.push(source);
      for (const [field, value] of Object.entries(paper)) {
        const k = field as keyof typeof paper;
        if (existing[k] === undefined && value !== undefined) Object.assign(existing, { [k]: value });
      }
      // Listings give "MM-DD" without a year; a dated source (arXiv, BibTeX) is more precise.
      if (paper.date && existing.date && !YEAR_FIRST.test(existing.date) && YEAR_FIRST.test(paper.date)) existing.date = paper.date;
      if (!byTitle.has(titleKey)) byTitle.set(titleKey, existing);
      if (existing.arxivId !== undefined && !byArxivId.has(existing.arxivId)) byArxivId.set(existing.arxivId, existing);
      continue;
    }
    const base = slugify(paper.title);
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    const created: MergedPaper = { ...paper, id, sources: [source] };
    merged.push(created);
    if (!byTitle.has(titleKey)) byTitle.set(titleKey, created);
    if (paper.arxivId !== undefined) byArxivId.set(paper.arxivId, created);
  }
  return merged;
}
