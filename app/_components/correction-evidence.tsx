import { splitSentences } from "@/lib/extract/sentences";
import type { Paper } from "@/lib/schema";

/** The sentence of the abstract that holds the evidence, the evidence marked; the bare phrase when it is not found. */
export default function CorrectionEvidence({ paper, evidence }: { paper: Paper | undefined; evidence: string }) {
  const start = paper ? paper.abstract.indexOf(evidence) : -1;
  if (!paper || start === -1) {
    return (
      <blockquote className="small review-evidence">
        <mark>{evidence}</mark>
      </blockquote>
    );
  }
  const end = start + evidence.length;
  const sentence = splitSentences(paper.abstract).find((s) => s.start <= start && end <= s.end) ?? { start, end, text: evidence };
  const text = paper.abstract.slice(sentence.start, sentence.end);
  return (
    <blockquote className="small review-evidence" data-testid="review-evidence">
      {text.slice(0, start - sentence.start)}
      <mark>{evidence}</mark>
      {text.slice(end - sentence.start)}
    </blockquote>
  );
}
