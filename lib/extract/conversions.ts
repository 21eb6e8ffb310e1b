/*
 * The percent conversions of docs/claims.md, each with the formula the dashboard shows for it
 * ("37% lower latency → 1/(1 − 0.37) = 1.59×", lib/views/explain-claim.ts): one table, so the
 * extractor and the explanation never disagree. No imports: the dashboard's client code may use it.
 */
/** Percent on a lower-is-better quantity: "reduces latency by 37%" → 1/(1−0.37). */
function reductionFactor(percent: number): number | null {
  return percent >= 100 ? null : 1 / (1 - percent / 100);
}
/** `show` prints a number the way the explanation does. */
type Show = (n: number) => string;
export const CONVERSION_TABLE = {
  reduction: { rule: "percent/reduction", compute: reductionFactor, formula: (p: number, show: Show) => `1/(1 − ${show(p / 100)})` },
  increase: { rule: "percent/increase", compute: (p: number) => 1 + p / 100, formula: (p: number, show: Show) => `1 + ${show(p / 100)}` },
  shareOf: { rule: "percent/share-of", compute: (p: number) => (p > 0 ? 100 / p : null), formula: (p: number, show: Show) => `100/${show(p)}` },
  retainedShare: { rule: "percent/retained-share", compute: (p: number) => -(100 - p), formula: (p: number, show: Show) => `−(100 − ${show(p)})` },
  slowdown: { rule: "percent/slowdown", compute: (p: number) => 1 - p / 100, formula: (p: number, show: Show) => `1 − ${show(p / 100)}` },
  rateShare: { rule: "percent/rate-share", compute: (p: number) => p / 100, formula: (p: number, show: Show) => `${show(p)}/100` },
  gain: { rule: "accuracy/gain", compute: (p: number) => p, formula: (p: number, show: Show) => `+${show(p)}` },
  loss: { rule: "accuracy/loss", compute: (p: number) => -p, formula: (p: number, show: Show) => `−${show(p)}` },
} satisfies Record<string, { rule: string; compute: (p: number) => number | null; formula: (p: number, show: Show) => string }>;
export type ConversionName = keyof typeof CONVERSION_TABLE;

export const RULE_OF = Object.fromEntries(Object.entries(CONVERSION_TABLE).map(([name, c]) => [name, c.rule])) as Record<ConversionName, string>;

/** A percent conversion by the rule id a claim records, for explaining the claim. */
export const CONVERSION_BY_RULE: ReadonlyMap<string, { compute: (p: number) => number | null; formula: (p: number, show: Show) => string }> = new Map(
  Object.values(CONVERSION_TABLE).map((c) => [c.rule, c]),
);

