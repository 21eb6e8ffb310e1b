/*
 * Hostile texts for the linear-time guarantee: each is about `bytes` long and aims at a
 * regex weakness (long digit runs, dense multipliers, percent runs, nesting, one huge
 * word, mixed scripts and emoji, lone surrogates). Used by the test suite and the benchmark.
 */
export const HOSTILE_INPUT_NAMES = [
  "digits", "multipliers", "percents", "parentheses", "one-word", "mixed-scripts", "lone-surrogates", "claim-like",
] as const;
export type HostileInputName = (typeof HOSTILE_INPUT_NAMES)[number];

function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

export function hostileInput(name: HostileInputName, bytes: number): string {
  switch (name) {
    case "digits":
      return repeatTo("1234567890", bytes);
    case "multipliers":
      return repeatTo("1.5x ", bytes);
    case "percents":
      return repeatTo("%", bytes);
    case "parentheses":
      return repeatTo("(", bytes / 2) + repeatTo(")", bytes / 2);
    case "one-word":
      return repeatTo("speedup", bytes);
    case "mixed-scripts":
      return repeatTo("速度 2.5× быстрее 🚀 latency ↓ 37% ", bytes);
    case "lone-surrogates":
      return repeatTo("\uD800 3x \uDC00 faster ", bytes);
    case "claim-like":
      return repeatTo("reduces latency by up to 37% and 2.8x, 1.9x and 3x over vLLM on A100 GPUs. ", bytes);
  }
}
