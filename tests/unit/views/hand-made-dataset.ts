import { indexDataset, type CorrectionState } from "@/lib/dataset/dataset-index";
import type { Claim, Dataset, Paper } from "@/lib/schema";

/** A paper with only what a view reads; the rest defaults. */
export function paper(id: string, title: string, abstract: string, over: Partial<Paper> = {}): Paper {
  return { id, title, abstract, sources: [`${id}.jsonl`], techniques: ["quantization"], modelFamily: "llm", ...over };
}

/** A claim on the words `text` of its paper's abstract, with evidence offsets that slice to them. */
export function claimOn(p: Paper, text: string, over: Partial<Claim> & Pick<Claim, "kind" | "value">): Claim {
  const start = p.abstract.indexOf(text);
  if (start < 0) throw new Error(`"${text}" is not in the abstract of ${p.id}`);
  const sentence = p.abstract.split(/(?<=\.)\s+/).find((s) => s.includes(text)) ?? p.abstract;
  return {
    id: `${p.id}:${start}-${start + text.length}:${over.kind}`,
    paperId: p.id,
    qualifier: "exact",
    hardware: { class: "unspecified" },
    phase: "inference",
    evidence: { start, end: start + text.length, text, sentence },
    rule: "multiplier/suffix",
    ...over,
  };
}

/** The index the views read, over a dataset small enough to check by hand. */
export function handMadeIndex(papers: Paper[], claims: Claim[], corrections?: CorrectionState) {
  const dataset: Dataset = { version: "hand-made", papers, claims };
  return indexDataset(dataset, corrections);
}
