import type { MergedPaper } from "../ingest/merge-papers";
import { splitSentences } from "../extract/sentences";

const NUMBER = /\d+(?:\.\d+)?/g;

/** Scales each number by a random factor in [0.5, 2), keeping its decimals, so claims vary but stay plausible. */
function varyNumbers(sentence: string, random: () => number): string {
  return sentence.replace(NUMBER, (n) => {
    const decimals = n.includes(".") ? n.split(".")[1]!.length : 0;
    const value = Number(n) * (0.5 + random() * 1.5);
    return decimals ? value.toFixed(decimals) : String(Math.max(1, Math.round(value)));
  });
}

export interface SyntheticPaperSource {
  sentences: string[];
  titles: string[];
}

export function sentencePool(papers: Pick<MergedPaper, "title" | "abstract">[]): SyntheticPaperSource {
  return {
    sentences: papers.flatMap((p) => splitSentences(p.abstract).map((s) => s.text)),
    titles: papers.map((p) => p.title),
  };
}

/** One synthetic paper: a seed title with a serial number and 4–10 seed sentences, numbers varied. */
export function syntheticPaper(source: SyntheticPaperSource, index: number, random: () => number) {
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const count = 4 + Math.floor(random() * 7);
  const abstract = Array.from({ length: count }, () => varyNumbers(pick(source.sentences), random)).join(" ");
  return { title: `${pick(source.titles)} (synthetic ${index})`, abstract };
}
