/*
 * Hostile texts for the linear-time guarantee: each is about `bytes` long and aims at a
 * regex weakness (long digit runs, dense multipliers, percent runs, nesting, one huge
 * word, mixed scripts and emoji, lone surrogates). Used by the test suite and the benchmark.
 */
function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

const repeated = (unit: string) => (bytes: number) => repeatTo(unit, bytes);

/** One row per input, in the order the benchmark reports them. */
const HOSTILE_INPUTS = {
  digits: repeated("1234567890"),
  multipliers: repeated("1.5x "),
  percents: repeated("%"),
  parentheses: (bytes: number) => repeatTo("(", bytes / 2) + repeatTo(")", bytes / 2),
  "one-word": repeated("speedup"),
  "mixed-scripts": repeated("速度 2.5× быстрее 🚀 latency ↓ 37% "),
  "lone-surrogates": repeated("\uD800 3x \uDC00 faster "),
  "claim-like": repeated("reduces latency by up to 37% and 2.8x, 1.9x and 3x over vLLM on A100 GPUs. "),
} satisfies Record<string, (bytes: number) => string>;

export type HostileInputName = keyof typeof HOSTILE_INPUTS;
export const HOSTILE_INPUT_NAMES = Object.keys(HOSTILE_INPUTS) as HostileInputName[];

export function hostileInput(name: HostileInputName, bytes: number): string {
  return HOSTILE_INPUTS[name](bytes);
}
