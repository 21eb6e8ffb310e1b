/*
 * Why a number became a claim or did not: each step of interpretation that keeps, drops or
 * changes it adds one entry. Collected only when asked for (`npm run extract -- --explain`,
 * failing rule tests, `npm run eval -- --errors`), so extraction pays nothing otherwise.
 */
export interface TraceStep {
  /** The number's text as the rules saw it (canonical text). */
  number: string;
  step: string;
  outcome: "found" | "kept" | "dropped" | "changed";
  why: string;
}

/** Records a dropped number and returns no drafts, so a step can `return dropped(...)`. */
export function dropped<T>(trace: TraceStep[] | undefined, number: string, step: string, why: string): T[] {
  trace?.push({ number, step, outcome: "dropped", why });
  return [];
}

export function note(trace: TraceStep[] | undefined, number: string, step: string, outcome: TraceStep["outcome"], why: string): void {
  trace?.push({ number, step, outcome, why });
}

export function formatTrace(steps: TraceStep[]): string[] {
  return steps.map((s) => `  ${s.number.padEnd(14)} ${s.step.padEnd(16)} ${s.outcome.padEnd(8)} ${s.why}`);
}
