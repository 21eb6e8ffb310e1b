import { formatClaimValue, QUALIFIER_LABELS } from "./format-claim";
import type { Claim } from "../schema";
import { CONVERSION_BY_RULE } from "../extract/conversions";

/**
 * How a shown number came from the abstract, in words a reader can check by hand:
 * "37% lower latency → 1/(1 − 0.37) = 1.59×". One function for every place a claim
 * is shown (paper page, chart tooltip, table row, API field), so they never disagree.
 */

export type ClaimExplanation = {
  /** The words as written in the abstract. */
  written: string;
  /** The normalization with its numbers, or how the value was read. */
  conversion: string;
  qualifier: string;
  /** "vLLM" or "vLLM (written: the vLLM baseline)"; absent when none was named. */
  baseline?: string;
  hardwareClass: string;
  device?: string;
  baselineHardware?: string;
  /** Everything above in one line, for a tooltip or a CSV/API field. */
  summary: string;
};

type ExplainedClaim = Pick<
  Claim,
  "kind" | "value" | "min" | "unit" | "qualifier" | "hardware" | "baseline" | "baselineCanonical" | "baselineHardware" | "evidence" | "rule" | "status"
>;

/** Numbers as written, "1,024" and "3.5" included; linear-time. */
const NUMBER_IN_TEXT = /\d+(?:,\d{3})*(?:\.\d+)?/g;

function numbersIn(text: string): number[] {
  return [...text.matchAll(NUMBER_IN_TEXT)].map((m) => Number(m[0].replaceAll(",", "")));
}

/** A number as the formula prints it: at most 4 significant digits, minus as "−". */
function show(n: number): string {
  return String(Number(n.toPrecision(4))).replace("-", "−");
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.006 + 0.01 * Math.abs(b);
}


const AS_WRITTEN: Record<string, string> = {
  multiplier: "a multiplier as written",
  range: "a range of multipliers as written",
  "word-number": "a multiplier written in words",
  points: "a change in points as written",
};

function conversionOf(claim: ExplainedClaim, result: string): string {
  const written = claim.evidence.text;
  if (claim.value === null) return `“${written}” cannot be converted to a ${claim.kind === "accuracy" ? "change in points" : "multiplier"} (not convertible)`;
  if (claim.rule === "override") return `value ${result} entered by a reviewer for “${written}”`;
  const reviewed = claim.status === "corrected" ? " (value set by a reviewer)" : "";
  // The percent conversions and their formulas are the extractor's own table (lib/extract/conversions.ts).
  const percent = CONVERSION_BY_RULE.get(claim.rule);
  if (percent) {
    const p = numbersIn(written).find((n) => {
      const computed = percent.compute(n);
      return computed !== null && close(computed, claim.value as number);
    });
    if (p !== undefined) return `${written} → ${percent.formula(p, show)} = ${result}${reviewed}`;
  }
  if (claim.rule.startsWith("from-to/")) {
    const [from, to] = numbersIn(written);
    if (from !== undefined && to !== undefined) {
      const candidates: [number, string][] = [
        [to - from, `${show(to)} − ${show(from)}`],
        // A lower-is-better metric (FID, WER) improves by from − to.
        [from - to, `${show(from)} − ${show(to)}`],
        [from / to, `${show(from)}/${show(to)}`],
        [to / from, `${show(to)}/${show(from)}`],
      ];
      const hit = candidates.find(([v]) => close(v, claim.value as number));
      if (hit) return `${written} → ${hit[1]} = ${result}${reviewed}`;
    }
  }
  const family = AS_WRITTEN[claim.rule] ?? AS_WRITTEN[claim.rule.split("/")[0] ?? ""];
  return `${written} → ${result} (${family ?? `read by rule ${claim.rule}`})${reviewed}`;
}

function baselineText(claim: ExplainedClaim): string | undefined {
  const canonical = claim.baselineCanonical;
  const written = claim.baseline;
  if (canonical && written && canonical.toLowerCase() !== written.toLowerCase()) return `${canonical} (written: ${written})`;
  return canonical ?? written;
}

export function explainClaim(claim: ExplainedClaim): ClaimExplanation {
  const result = formatClaimValue(claim);
  const conversion = conversionOf(claim, result);
  const qualifier = QUALIFIER_LABELS[claim.qualifier];
  const baseline = baselineText(claim);
  const explanation: ClaimExplanation = {
    written: claim.evidence.text,
    conversion,
    qualifier,
    ...(baseline ? { baseline } : {}),
    hardwareClass: claim.hardware.class,
    ...(claim.hardware.device ? { device: claim.hardware.device } : {}),
    ...(claim.baselineHardware ? { baselineHardware: claim.baselineHardware } : {}),
    summary: "",
  };
  const parts = [
    conversion,
    `qualifier: ${qualifier}`,
    baseline ? `baseline: ${baseline}` : "baseline: not named",
    `hardware: ${claim.hardware.class}${claim.hardware.device ? ` (${claim.hardware.device})` : ""}`,
    claim.baselineHardware ? `baseline hardware: ${claim.baselineHardware}` : null,
  ];
  explanation.summary = parts.filter(Boolean).join(" · ");
  return explanation;
}

/** One line of a claim's facts on its paper's page: "Baseline — vLLM". */
export type ClaimFact = { id: "conversion" | "qualifier" | "baseline" | "hardware" | "baseline-hardware" | "metric" | "phase"; term: string; detail: string };

/** Every fact behind a claim's number, in the order the paper page lists them; unknown optional facts are left out. */
export function claimFacts(claim: ExplainedClaim & Pick<Claim, "metric" | "phase">): ClaimFact[] {
  const e = explainClaim(claim);
  const facts: (ClaimFact | null)[] = [
    { id: "conversion", term: "Conversion", detail: e.conversion },
    { id: "qualifier", term: "Qualifier", detail: e.qualifier },
    { id: "baseline", term: "Baseline", detail: e.baseline ?? "not named" },
    { id: "hardware", term: "Hardware", detail: `${e.hardwareClass}${e.device ? ` · ${e.device}` : ""}` },
    e.baselineHardware ? { id: "baseline-hardware", term: "Baseline hardware", detail: e.baselineHardware } : null,
    claim.metric ? { id: "metric", term: "Metric", detail: claim.metric } : null,
    { id: "phase", term: "Phase", detail: claim.phase },
  ];
  return facts.filter((f): f is ClaimFact => f !== null);
}
