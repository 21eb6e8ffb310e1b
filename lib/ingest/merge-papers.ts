import type { RawPaper } from "../schema";

/** A paper after deduplication across inputs, before tagging and extraction. */
export type MergedPaper = Omit<RawPaper, "source"> & { id: string; sources: string[] };

const MAX_SLUG_LENGTH = 80;

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
 * Deduplicates by normalized title, keeping the first abstract seen and filling metadata
 * from later sources. Ids are slugs of the title; a clash between different titles with
 * the same slug gets a numeric suffix in input order.
 */
export function mergePapers(raw: RawPaper[]): MergedPaper[] {
  const byTitle = new Map<string, MergedPaper>();
  const usedIds = new Set<string>();
  for (const { source, ...paper } of raw) {
    const key = normalizeTitle(paper.title);
    const existing = byTitle.get(key);
    if (existing) {
      if (!existing.sources.includes(source)) existing.sources.push(source);
      for (const [field, value] of Object.entries(paper)) {
        const k = field as keyof typeof paper;
        if (existing[k] === undefined && value !== undefined) Object.assign(existing, { [k]: value });
      }
      continue;
    }
    const base = slugify(paper.title);
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    byTitle.set(key, { ...paper, id, sources: [source] });
  }
  return [...byTitle.values()];
}
