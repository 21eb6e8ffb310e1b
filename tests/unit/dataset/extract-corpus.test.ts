import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { extractionExitCode, runExtraction } from "@/lib/dataset/extract-corpus";
import { Dataset } from "@/lib/schema";

const FLIGHT_ID = "flightllm-efficient-large-language-model-inference-with-a-complete-mapping-flow";
let root: string;
let seeds: string;
const lines: string[] = [];
const io = { log: (l: string) => lines.push(l), error: (l: string) => lines.push(l) };

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "claimscope-extract-"));
  seeds = join(root, "seeds");
  mkdirSync(seeds);
  copyFileSync("seeds/003_fbf70607fd46e877.txt", join(seeds, "003.txt"));
  lines.length = 0;
});

function run(overrides: unknown[] | undefined, inputs = [seeds]) {
  const out = join(root, "claims.json");
  const overridesFile = overrides ? join(root, "overrides.json") : undefined;
  if (overridesFile) writeFileSync(overridesFile, JSON.stringify({ overrides }));
  const outcome = runExtraction({ inputs, out, overridesFile }, io);
  return { outcome, out, read: () => Dataset.parse(JSON.parse(readFileSync(out, "utf8"))) };
}

describe("runExtraction with overrides", () => {
  it("applies overrides as the last step and reports orphans as warnings naming the override", () => {
    const { outcome, read } = run([
      { action: "reject", paperId: FLIGHT_ID, evidence: "1.2times higher throughput", reason: "GPU baseline" },
      { action: "reject", paperId: FLIGHT_ID, evidence: "99x faster", reason: "gone" },
    ]);
    expect(extractionExitCode(outcome)).toBe(0);
    const rejected = read().claims.filter((c) => c.status === "rejected");
    expect(rejected).toMatchObject([{ paperId: FLIGHT_ID, evidence: { text: "1.2times higher throughput" }, reason: "GPU baseline" }]);
    expect(lines).toContain("overrides: 1 applied, 1 orphaned");
    expect(lines.join("\n")).toMatch(/warning: .*overrides\.json: overrides\[1\] \(reject, paper "flightllm-.*", evidence "99x faster"\) was not applied: no claim/);
  });

  it("an invalid override fails the run, names the override, and writes nothing", () => {
    const { outcome, out } = run([{ action: "add", paperId: FLIGHT_ID, evidence: "10x faster", reason: "r", claim: { kind: "speedup", value: 10 } }]);
    expect(extractionExitCode(outcome)).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(lines.join("\n")).toMatch(/overrides\[0\] \(add, paper "flightllm-[a-z-]+", evidence "10x faster"\): evidence text is not in the paper's abstract/);
  });

  it("a schema-invalid overrides file fails before extraction", () => {
    const { outcome } = run([{ action: "correct", paperId: FLIGHT_ID, evidence: "x", reason: "r", set: { value: 0 } , kind: "speedup" }]);
    expect(extractionExitCode(outcome)).toBe(1);
    expect(lines.join("\n")).toMatch(/overrides\[0\] \(correct, paper "flightllm-.*"\): set.value: value 0 is not valid for kind speedup/);
  });

  it("the same inputs give a byte-identical file", () => {
    const first = run([]);
    const bytes = readFileSync(first.out);
    run([]);
    expect(readFileSync(first.out)).toEqual(bytes);
    expect(lines.filter((l) => l.startsWith("unchanged "))).toHaveLength(1);
  });

  it("entries skipped in an accepted corpus dir are warnings, not failures", () => {
    const corpus = join(root, "sources");
    mkdirSync(corpus);
    copyFileSync("tests/fixtures/sources/arxiv-feed.xml", join(corpus, "feed.xml"));
    const strict = runExtraction({ inputs: [seeds, corpus], out: join(root, "strict.json"), acceptedDirs: [] }, io);
    expect(strict.inputErrors).toBe(1);
    const lenient = runExtraction({ inputs: [seeds, corpus], out: join(root, "lenient.json"), acceptedDirs: [corpus] }, io);
    expect(lenient).toEqual({ written: true, inputErrors: 0 });
    expect(lines).toContain("warning: feed.xml: 1 entry(ies) skipped, as reported when it was imported");
  });
});
