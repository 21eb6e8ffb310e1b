import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extract";
import { HOSTILE_INPUT_NAMES, hostileInput } from "@/lib/bench/hostile-inputs";

/*
 * Linear time, measured as a ratio so a loaded machine does not matter: extracting twice the
 * hostile text must cost about twice the CPU time. A quadratic step makes the ratio ~4; the bound
 * of 3 leaves room for noise. Throughput figures belong to `npm run bench`.
 */
const SMALL = 250_000;
const MAX_RATIO = 3;

function cpuSeconds(abstract: string): number {
  const before = process.cpuUsage();
  const claims = extractClaims({ id: "hostile", title: "hostile", abstract });
  const used = process.cpuUsage(before);
  for (const c of claims.slice(0, 200)) expect(abstract.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
  return (used.user + used.system) / 1e6;
}

describe("extraction is linear on hostile text", () => {
  it.each(HOSTILE_INPUT_NAMES)("%s: twice the text, about twice the time", (name) => {
    cpuSeconds(hostileInput(name, SMALL / 10)); // warm the JIT
    const small = Math.max(cpuSeconds(hostileInput(name, SMALL)), 0.005);
    const large = cpuSeconds(hostileInput(name, 2 * SMALL));
    expect(large / small).toBeLessThan(MAX_RATIO);
  }, 120_000);
});
