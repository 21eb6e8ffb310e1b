import type { CompareTable } from "./compare-view";
import type { Claim, ClaimKind, Paper } from "../schema";

/**
 * Side-by-side numbers mislead when they are not alike. For the claims a view
 * compares, says in which respects they differ: baseline, hardware class, device,
 * qualifier ("up to 37×" next to "average 2×"), phase, or what was measured
 * (throughput vs latency vs kernel-only). Unknowns never count as a difference:
 * "unspecified" next to "GPU" is unknown, not different.
 */

export const DIMENSIONS = ["baseline", "hardware", "device", "qualifier", "phase", "metric"] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export type ComparabilityIssue = { dimension: Dimension; values: string[]; message: string };

export type MetricClass = "throughput" | "latency" | "kernel-only" | "end-to-end";

/* Named fragments: kernel-level words win over the general ones they contain. */
const KERNEL_WORDS = "kernel|operator|gemm|attention|layer|matmul|matrix multiplication";
const THROUGHPUT_WORDS = "throughput|tokens?\\s*/\\s*s|tokens per second|per dollar|qps|requests per second|images per second";
const LATENCY_WORDS = "latency|ttft|time to first token|response time|inference time|run-?time|wall-?clock|time consumption|decoding time";
const END_TO_END_WORDS = "end-to-end|e2e";
const KERNEL = new RegExp(`\\b(${KERNEL_WORDS})`, "i");
const THROUGHPUT = new RegExp(`\\b(${THROUGHPUT_WORDS})`, "i");
const LATENCY = new RegExp(`\\b(${LATENCY_WORDS})`, "i");
const END_TO_END = new RegExp(`\\b(${END_TO_END_WORDS})\\b`, "i");

/** What a speedup measured, from its metric and its sentence; null when the text does not say. */
export function metricClass(claim: Pick<Claim, "kind" | "metric" | "evidence">): MetricClass | null {
  if (claim.kind !== "speedup") return null;
  const metric = claim.metric ?? "";
  if (KERNEL.test(metric)) return "kernel-only";
  if (THROUGHPUT.test(metric)) return "throughput";
  if (LATENCY.test(metric)) return "latency";
  const sentence = claim.evidence.sentence;
  if (END_TO_END.test(sentence)) return "end-to-end";
  if (KERNEL.test(sentence) && /\bkernel/i.test(sentence)) return "kernel-only";
  return null;
}

const QUALIFIER_GROUPS: Record<Claim["qualifier"], string> = {
  up_to: "peak (up to)",
  average: "average",
  exact: "single figure",
  approx: "single figure",
  at_least: "bound",
  at_most: "bound",
};

function normalizeBaseline(baseline: string): string {
  return baseline.toLowerCase().replace(/^(the|a|an)\s+/, "").replace(/\s+/g, " ").trim();
}

/** The value of each dimension for one claim; undefined means "not known". */
function dimensionValue(claim: Claim, dimension: Dimension): string | undefined {
  switch (dimension) {
    case "baseline": {
      // Canonical names first, so "the vLLM baseline" and "vLLM" are one baseline.
      const name = claim.baselineCanonical ?? claim.baseline;
      return name ? normalizeBaseline(name) : undefined;
    }
    case "hardware":
      return claim.hardware.class === "unspecified" ? undefined : claim.hardware.class;
    case "device":
      return claim.hardware.device;
    case "qualifier":
      return QUALIFIER_GROUPS[claim.qualifier];
    case "phase":
      return claim.phase === "unspecified" ? undefined : claim.phase;
    case "metric":
      return metricClass(claim) ?? undefined;
  }
}

const LABELS: Record<Dimension, string> = {
  baseline: "different baselines",
  hardware: "different hardware classes",
  device: "different devices",
  qualifier: "different qualifiers",
  phase: "training vs inference",
  metric: "different measures",
};

/** How the compared claims differ; [] means apples to apples (as far as the text says). */
export function comparabilityIssues(claims: Claim[]): ComparabilityIssue[] {
  if (claims.length < 2) return [];
  const issues: ComparabilityIssue[] = [];
  for (const dimension of DIMENSIONS) {
    // Keep the text as written for baselines, so the message shows what the papers say.
    const shown = new Map<string, string>();
    for (const claim of claims) {
      const value = dimensionValue(claim, dimension);
      if (value === undefined) continue;
      if (!shown.has(value)) shown.set(value, dimension === "baseline" ? claim.baselineCanonical ?? claim.baseline ?? value : value);
    }
    if (shown.size > 1) {
      const values = [...shown.values()];
      issues.push({ dimension, values, message: `${LABELS[dimension]}: ${values.join(" vs ")}` });
    }
  }
  return issues;
}

/** Which dimensions of one claim differ from the others it is compared with (for a table cell). */
export function claimDifferences(claim: Claim, issues: ComparabilityIssue[]): string[] {
  return issues
    .filter((issue) => dimensionValue(claim, issue.dimension) !== undefined)
    .map((issue) => `${issue.dimension}: ${dimension(claim, issue.dimension)}`);
}

function dimension(claim: Claim, d: Dimension): string {
  return d === "baseline" ? claim.baselineCanonical ?? claim.baseline ?? "" : dimensionValue(claim, d) ?? "";
}

/** The claim behind a paper's bar: its largest value of the kind (what the compare chart draws). */
export function bestClaim(cell: Claim[]): Claim | undefined {
  let best: Claim | undefined;
  for (const claim of cell) {
    if (claim.value === null) continue;
    if (!best || (best.value !== null && claim.value > best.value)) best = claim;
  }
  return best;
}

export type RowComparability = { kind: ClaimKind; compared: Claim[]; issues: ComparabilityIssue[] };

/** Per kind row of the compare table: the best claim per paper, and how those differ. */
export function compareComparability(table: CompareTable): RowComparability[] {
  return table.rows.map((row) => {
    const compared = row.cells.map(bestClaim).filter((c): c is Claim => c !== undefined);
    return { kind: row.kind, compared, issues: comparabilityIssues(compared) };
  });
}

/** One sentence for the compare view: which kinds compare like with like. */
export function comparabilitySummary(rows: RowComparability[], papers: Pick<Paper, "id">[]): string {
  const compared = rows.filter((r) => r.compared.length > 1);
  if (papers.length < 2 || compared.length === 0) return "Pick at least two papers with claims of the same kind to compare them.";
  const alike = compared.filter((r) => r.issues.length === 0).map((r) => r.kind);
  const unlike = compared.filter((r) => r.issues.length > 0).map((r) => r.kind);
  const parts = [];
  if (alike.length > 0) parts.push(`apples to apples as far as the abstracts say: ${alike.join(", ")}`);
  if (unlike.length > 0) parts.push(`not alike: ${unlike.join(", ")}`);
  return `${alike.length} of ${compared.length} compared kinds ${alike.length === 1 ? "is" : "are"} alike — ${parts.join("; ")}.`;
}
