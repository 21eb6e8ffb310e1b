import type { DatasetIndex } from "../dataset/dataset-index";
import { CLAIM_KINDS, HARDWARE_CLASSES, QUALIFIERS, type Claim, type Paper, type StoredCorrection } from "../schema";
import { stripInvisibleControls } from "../text/unicode-controls";
import { claimFacts, explainClaim, type ClaimFact } from "./explain-claim";
import { formatClaimValue, statusNote } from "./format-claim";
import { segmentAbstract } from "./highlight";
import { describeSource, paperLinks, type PaperLink } from "./paper-links";
import { hrefFor, type ViewState } from "./url-state";
import { toggleListValue } from "./view-edits";

/**
 * Everything a paper's page shows, computed once from the dataset and the URL state:
 * app/papers/[id]/page.tsx only renders it.
 */

/** A run of the abstract; a highlighted run carries the claims whose evidence covers it. */
export type AbstractRun = {
  start: number;
  /** Invisible controls stripped: a bidi override in older data cannot reorder the text. */
  text: string;
  highlight?: { claimIds: string; tooltip: string };
};

export type PaperClaimView = {
  claim: Claim;
  /** "speedup 2.5×" */
  heading: string;
  facts: ClaimFact[];
  /** The reviewer's reason, shown on its own only when no correction history tells it. */
  reviewerNote?: string;
  history?: StoredCorrection[];
};

export type RejectedClaimView = { claim: Claim; heading: string; reason: string; history?: StoredCorrection[] };

export type PaperView = {
  paper: Paper;
  byline: string;
  tags: string[];
  explorerHref: string;
  /** "Add to comparison" or "Open comparison", and a way out when the paper is already compared. */
  compare: { href: string; label: string; removeHref?: string };
  links: PaperLink[];
  abstract: AbstractRun[];
  claims: PaperClaimView[];
  rejected: RejectedClaimView[];
  /** Each source file with what it was ("Hugging Face Daily Papers listing no. 1"). */
  sources: { note: string; items: { file: string; description: string }[] };
  /** The vocabularies the correction form offers, passed as props so the client bundle needs no schema. */
  correctionOptions: { kinds: typeof CLAIM_KINDS; qualifiers: typeof QUALIFIERS; hardwareClasses: typeof HARDWARE_CLASSES };
};

/** How many authors the byline names before "and N more". */
const BYLINE_AUTHORS = 6;

/** "A, B and 3 more · 2024-02-15 · arXiv 2402.10001": the parts the paper has. */
export function paperByline(paper: Pick<Paper, "authors" | "date" | "arxivId">): string {
  const authors = paper.authors ?? [];
  const more = authors.length > BYLINE_AUTHORS ? ` and ${authors.length - BYLINE_AUTHORS} more` : "";
  return [authors.length > 0 ? `${authors.slice(0, BYLINE_AUTHORS).join(", ")}${more}` : null, paper.date, paper.arxivId ? `arXiv ${paper.arxivId}` : null]
    .filter(Boolean)
    .join(" · ");
}

/** The abstract with every claim's evidence marked; the tooltip says how each number was read. */
export function abstractRuns(abstract: string, claims: Claim[]): AbstractRun[] {
  return segmentAbstract(abstract, claims).map((segment) => ({
    start: segment.start,
    text: stripInvisibleControls(segment.text),
    ...(segment.claims.length === 0
      ? {}
      : {
          highlight: {
            claimIds: segment.claims.map((c) => c.id).join(" "),
            tooltip: segment.claims.map((c) => `${c.kind} ${explainClaim(c).conversion}${statusNote(c)}`).join(" · "),
          },
        }),
  }));
}

const heading = (c: Claim) => `${c.kind} ${formatClaimValue(c)}`;

/** The page of one paper, or undefined when the dataset has no paper with this id. */
export function paperView(index: DatasetIndex, id: string, state: ViewState): PaperView | undefined {
  const paper = index.paperById.get(id);
  if (!paper) return undefined;
  const claims = index.claimsByPaper.get(id) ?? [];
  const inCompare = state.papers.includes(id);
  const nextPapers = toggleListValue(state, "papers", id).papers;
  const history = (c: Claim) => index.historyByClaim.get(c.id);
  return {
    paper,
    byline: paperByline(paper),
    tags: [...paper.techniques, paper.modelFamily],
    explorerHref: hrefFor("/", { papers: state.papers }),
    compare: inCompare
      ? { href: hrefFor("/compare", { papers: state.papers }), label: "Open comparison", removeHref: hrefFor(`/papers/${id}`, { papers: nextPapers }) }
      : { href: hrefFor("/compare", { papers: nextPapers }), label: "Add to comparison" },
    links: paperLinks(paper),
    abstract: abstractRuns(paper.abstract, claims),
    claims: claims.map((c) => ({
      claim: c,
      heading: heading(c),
      facts: claimFacts(c),
      ...(c.reason && !index.historyByClaim.has(c.id) ? { reviewerNote: c.reason } : {}),
      ...(history(c) ? { history: history(c) } : {}),
    })),
    rejected: (index.rejectedByPaper.get(id) ?? []).map((c) => ({
      claim: c,
      heading: heading(c),
      reason: c.reason ?? "no reason given",
      ...(history(c) ? { history: history(c) } : {}),
    })),
    sources: {
      note: `Listings this paper was ingested from${paper.date ? `; the paper is dated ${paper.date}` : ""}.`,
      items: paper.sources.map((file) => ({ file, description: describeSource(file) })),
    },
    correctionOptions: { kinds: CLAIM_KINDS, qualifiers: QUALIFIERS, hardwareClasses: HARDWARE_CLASSES },
  };
}
