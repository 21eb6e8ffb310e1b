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

/** A paper of the previous dataset: its id is kept by whichever paper it is now. */
export interface IncumbentPaper {
  id: string;
  title: string;
  arxivId?: string;
}

/** `paper.id` is a placeholder until assignIds, kept in place so key order (and so the dataset version) is stable. */
type Group = { paper: MergedPaper; titleKeys: string[] };

/**
 * The id an incumbent gives a merged paper: the same arXiv id, else the same normalized
 * title (unless both have arXiv ids that differ: two submissions, not one paper).
 */
function incumbentIdOf(group: Group, byArxivId: Map<string, string>, byTitle: Map<string, IncumbentPaper[]>): string | undefined {
  const { arxivId } = group.paper;
  const sameArxiv = arxivId !== undefined ? byArxivId.get(arxivId) : undefined;
  if (sameArxiv) return sameArxiv;
  for (const key of group.titleKeys) {
    const match = byTitle.get(key)?.find((p) => p.arxivId === undefined || arxivId === undefined || p.arxivId === arxivId);
    if (match) return match.id;
  }
  return undefined;
}

/**
 * Ids, once given, never move: every paper of the previous dataset keeps its id, and a
 * newcomer whose slug collides gets the numeric suffix. Ids of papers that are gone stay
 * reserved, so an old link never leads to a different paper.
 */
function assignIds(groups: Group[], incumbents: readonly IncumbentPaper[]): MergedPaper[] {
  const byArxivId = new Map<string, string>();
  const byTitle = new Map<string, IncumbentPaper[]>();
  for (const p of incumbents) {
    if (p.arxivId !== undefined && !byArxivId.has(p.arxivId)) byArxivId.set(p.arxivId, p.id);
    const key = normalizeTitle(p.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), p]);
  }
  const reserved = new Set(incumbents.map((p) => p.id));
  const used = new Set<string>();
  const ids = groups.map((group) => {
    const id = incumbentIdOf(group, byArxivId, byTitle);
    if (id === undefined || used.has(id)) return undefined;
    used.add(id);
    return id;
  });
  return groups.map((group, i) => {
    let id = ids[i];
    if (id === undefined) {
      const base = slugify(group.paper.title);
      id = base;
      for (let n = 2; used.has(id) || reserved.has(id); n++) id = `${base}-${n}`;
      used.add(id);
    }
    group.paper.id = id;
    return group.paper;
  });
}

/**
 * Deduplicates by arXiv id first (titles change between versions and sources), then by
 * normalized title; a paper found by either key is the same paper, and both of its keys
 * then lead to it. The first source seen keeps its abstract (a seed paper keeps its text
 * when an arXiv entry for it arrives later); later sources only fill missing metadata.
 * Ids are slugs of the title, except that papers of the previous dataset (`incumbents`)
 * keep theirs; a clash between different titles with the same slug gives the newcomer a
 * numeric suffix, in input order.
 */
export function mergePapers(raw: RawPaper[], incumbents: readonly IncumbentPaper[] = []): MergedPaper[] {
  const groups: Group[] = [];
  const byTitle = new Map<string, Group>();
  const byArxivId = new Map<string, Group>();
  for (const { source, ...paper } of raw) {
    const titleKey = normalizeTitle(paper.title);
    const sameId = paper.arxivId !== undefined ? byArxivId.get(paper.arxivId) : undefined;
    const sameTitle = byTitle.get(titleKey);
    // Two different arXiv ids under one title are two submissions, not one paper.
    const idsDiffer = sameTitle?.paper.arxivId !== undefined && paper.arxivId !== undefined && sameTitle.paper.arxivId !== paper.arxivId;
    const group = sameId ?? (idsDiffer ? undefined : sameTitle);
    if (group) {
      const existing = group.paper;
      if (!existing.sources.includes(source)) existing.sources.push(source);
      for (const [field, value] of Object.entries(paper)) {
        const k = field as keyof typeof paper;
        if (existing[k] === undefined && value !== undefined) Object.assign(existing, { [k]: value });
      }
      // Listings give "MM-DD" without a year; a dated source (arXiv, BibTeX) is more precise.
      if (paper.date && existing.date && !YEAR_FIRST.test(existing.date) && YEAR_FIRST.test(paper.date)) existing.date = paper.date;
      if (!group.titleKeys.includes(titleKey)) group.titleKeys.push(titleKey);
      if (!byTitle.has(titleKey)) byTitle.set(titleKey, group);
      if (existing.arxivId !== undefined && !byArxivId.has(existing.arxivId)) byArxivId.set(existing.arxivId, group);
      continue;
    }
    const created: Group = { paper: { ...paper, id: "", sources: [source] }, titleKeys: [titleKey] };
    groups.push(created);
    if (!byTitle.has(titleKey)) byTitle.set(titleKey, created);
    if (paper.arxivId !== undefined) byArxivId.set(paper.arxivId, created);
  }
  return assignIds(groups, incumbents);
}
