import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extract";
import { HOSTILE_INPUT_NAMES, hostileInput } from "@/lib/bench/hostile-inputs";

/*
 * A catastrophic regex turns a megabyte into minutes; a linear one takes about a second.
 * The bound is generous (5 s per megabyte of CPU time) so a loaded CI machine never trips it;
 * the benchmark reports the real rates.
 */
const BYTES = 1_000_000;
const BOUND_SECONDS = 5;

describe("extraction is linear on hostile text", () => {
  it.each(HOSTILE_INPUT_NAMES)("1 MB of %s", (name) => {
    const abstract = hostileInput(name, BYTES);
    const before = process.cpuUsage();
    const claims = extractClaims({ id: "hostile", title: "hostile", abstract });
    const used = process.cpuUsage(before);
    expect((used.user + used.system) / 1e6).toBeLessThan(BOUND_SECONDS);
    for (const c of claims.slice(0, 1000)) expect(abstract.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
  }, 60_000);
});
