import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { execAll } from "@/lib/extract/exec-all";
import { NUMBER, PERCENT_SUFFIX, signedMatches } from "@/lib/extract/number-fragments";
import { readSeedPapers } from "@/lib/bench/seed-corpus";
import { HOSTILE_INPUT_NAMES, hostileInput } from "@/lib/bench/hostile-inputs";

/*
 * The extractor's faster scans must find exactly what the plain forms find: matchAll, a
 * "(\+\s?)?" head on the pattern.
 */
const labelled = readFileSync("tests/fixtures/beyond-input.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l) as { abstract: string });
const TRICKY = ["+ 5% and +6%, ++7%, +\u00a08%, 5%+6%, (+2.2) +", "x+ 3%", "+", "1+2%", "+ + 3%", "a +\t4.5% b", "+1,000%"];
const TEXTS = [...readSeedPapers("seeds").map((p) => p.abstract), ...labelled.map((p) => p.abstract), ...TRICKY, ...HOSTILE_INPUT_NAMES.map((n) => hostileInput(n, 20_000))];
const shape = (ms: RegExpExecArray[] | RegExpMatchArray[]) => ms.map((m) => [m.index, ...m]);

describe("scan equivalence", () => {
  it("execAll finds what matchAll finds", () => {
    const re = new RegExp(`(\\+\\s?)?(${NUMBER})${PERCENT_SUFFIX}`, "gu");
    for (const t of TEXTS) expect(shape(execAll(re, t))).toEqual(shape([...t.matchAll(re)]));
  });

  it("signedMatches reads the sign as a (\\+\\s?)? head on the pattern would", () => {
    const headed = new RegExp(`(\\+\\s?)?(${NUMBER})${PERCENT_SUFFIX}`, "gu");
    const bare = new RegExp(`(${NUMBER})${PERCENT_SUFFIX}`, "gu");
    for (const t of TEXTS) expect(shape(signedMatches(bare, t))).toEqual(shape([...t.matchAll(headed)]));
  });
});
