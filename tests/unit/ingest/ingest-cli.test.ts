import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { ingestExitCode, ingestFiles } from "@/lib/ingest/ingest-files";
import { Dataset } from "@/lib/schema";

/* Every run uses a temporary data dir and a one-file seeds dir: the real data/ is never touched. */

const SOURCES = "tests/fixtures/sources";
const FEED = join(SOURCES, "arxiv-feed.xml");
const DAILY = join(SOURCES, "hf-daily-papers.json");
const BIB = join(SOURCES, "papers.bib");
const MALFORMED = join(SOURCES, "malformed.xml");
const FLIGHT_ID = "flightllm-efficient-large-language-model-inference-with-a-complete-mapping-flow";

let dataDir: string;
let seedsDir: string;
const lines: string[] = [];
const io = { log: (l: string) => lines.push(l), error: (l: string) => lines.push(l) };

beforeEach(() => {
  const root = mkdtempSync(join(tmpdir(), "claimscope-ingest-"));
  dataDir = join(root, "data");
  seedsDir = join(root, "seeds");
  mkdirSync(dataDir);
  mkdirSync(seedsDir);
  copyFileSync("seeds/003_fbf70607fd46e877.txt", join(seedsDir, "003_fbf70607fd46e877.txt"));
  writeFileSync(join(dataDir, "overrides.json"), '{ "overrides": [] }\n');
  lines.length = 0;
});

const ingest = (...files: string[]) => ingestFiles({ files, dataDir, seedsDir }, io);
const stored = () => (existsSync(join(dataDir, "sources")) ? readdirSync(join(dataDir, "sources")).sort() : []);
const dataset = () => Dataset.parse(JSON.parse(readFileSync(join(dataDir, "claims.json"), "utf8")));

describe("ingestFiles", () => {
  it("copies accepted files unchanged, named by content hash and format, and rebuilds claims.json", () => {
    const outcome = ingest(FEED, DAILY, BIB);
    expect(ingestExitCode(outcome)).toBe(0);
    expect(stored()).toEqual([
      expect.stringMatching(/^arxiv-feed\.[0-9a-f]{12}\.xml$/),
      expect.stringMatching(/^hf-daily-papers\.[0-9a-f]{12}\.json$/),
      expect.stringMatching(/^papers\.[0-9a-f]{12}\.bib$/),
    ]);
    const feedCopy = stored().find((n) => n.startsWith("arxiv-feed"))!;
    expect(readFileSync(join(dataDir, "sources", feedCopy))).toEqual(readFileSync(FEED));
    const d = dataset();
    const flight = d.papers.find((p) => p.id === FLIGHT_ID);
    expect(flight).toMatchObject({ arxivId: "2401.03868", url: "https://arxiv.org/abs/2401.03868", authors: ["Shulin Zeng", "Jun Liu"] });
    expect(flight!.sources).toEqual(["003_fbf70607fd46e877.txt", feedCopy, expect.stringMatching(/^papers\./)]);
    expect(d.papers.filter((p) => p.arxivId === "2402.10001")).toHaveLength(1);
    expect(d.claims).toEqual(expect.arrayContaining([expect.objectContaining({ paperId: "tilekv-tiled-key-value-caches-for-long-context-decoding", kind: "speedup", value: 3.5 })]));
    expect(lines.join("\n")).toMatch(/warning: arxiv-feed\.xml, line 56, entry "A Paper Without an Abstract"/);
  });

  it("importing the same file twice changes nothing", () => {
    ingest(FEED, BIB);
    const before = { files: stored(), claims: readFileSync(join(dataDir, "claims.json")), mtime: statSync(join(dataDir, "claims.json")).mtimeMs };
    const again = ingest(FEED, BIB);
    expect(ingestExitCode(again)).toBe(0);
    expect(again).toMatchObject({ added: [], alreadyStored: [FEED, BIB] });
    expect(stored()).toEqual(before.files);
    expect(readFileSync(join(dataDir, "claims.json"))).toEqual(before.claims);
    expect(statSync(join(dataDir, "claims.json")).mtimeMs).toBe(before.mtime);
  });

  it("a file with no usable entries is not copied, the corpus is unchanged and the exit is non-zero", () => {
    const outcome = ingest(MALFORMED);
    expect(ingestExitCode(outcome)).toBe(1);
    expect(outcome.rejected).toEqual([MALFORMED]);
    expect(stored()).toEqual([]);
    expect(existsSync(join(dataDir, "claims.json"))).toBe(false);
    expect(lines.join("\n")).toMatch(/malformed\.xml, line 7: not well-formed XML/);
  });

  it("with a good and a bad file, the good one is imported and the exit is still non-zero", () => {
    const outcome = ingest(FEED, join(SOURCES, "wrong-shape.json"));
    expect(ingestExitCode(outcome)).toBe(1);
    expect(stored()).toEqual([expect.stringMatching(/^arxiv-feed\./)]);
    expect(dataset().papers.some((p) => p.arxivId === "2402.10001")).toBe(true);
  });

  it("takes the new files out again when the dataset cannot be rebuilt", () => {
    const overrides = { overrides: [{ action: "add", paperId: FLIGHT_ID, evidence: "not in the abstract", reason: "r", claim: { kind: "speedup", value: 2 } }] };
    writeFileSync(join(dataDir, "overrides.json"), JSON.stringify(overrides));
    const outcome = ingest(FEED);
    expect(ingestExitCode(outcome)).toBe(1);
    expect(stored()).toEqual([]);
    expect(lines.join("\n")).toMatch(/overrides\[0\] \(add, paper "flightllm-.*"\): evidence text is not in the paper's abstract/);
  });
});

describe("scripts/ingest.ts", () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/ingest.ts", ...args], { encoding: "utf8", timeout: 60_000 });

  it("imports into --data-dir and exits 0", () => {
    const result = run([FEED, "--data-dir", dataDir, "--seeds", seedsDir]);
    expect(result.stderr).not.toMatch(/^error/m);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/arxiv-feed\.xml: 3 paper\(s\) accepted/);
    expect(stored()).toHaveLength(1);
    // Like extract, ingest makes the rebuilt dataset the current database release.
    expect(result.stdout).toMatch(/release #\d+ \(\w+\) is current in sqlite/);
    expect(existsSync(join(dataDir, "claims.db"))).toBe(true);
  });

  it("refuses an unknown --format, naming the accepted ones", () => {
    const result = run([FEED, "--format", "ris", "--data-dir", dataDir]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/unknown format "ris"; accepted: listing, jsonl, arxiv, hf, bibtex/);
  });

  it("exits 1 for an unusable file", () => {
    const result = run([MALFORMED, "--data-dir", dataDir, "--seeds", seedsDir]);
    expect(result.status).toBe(1);
    expect(stored()).toEqual([]);
  });
});

