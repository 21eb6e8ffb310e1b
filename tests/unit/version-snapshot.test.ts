import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diffView, formatSnapshot, parseSnapshot, snapshotOf, type VersionSnapshot } from "@/lib/version-snapshot";
import type { Claim, Dataset } from "@/lib/schema";

const dataset = JSON.parse(readFileSync("data/claims.json", "utf8")) as Dataset;
const fixture = JSON.parse(readFileSync("tests/fixtures/versions/0000000000000001.json", "utf8")) as unknown;

describe("version snapshots", () => {
  it("summarizes a dataset as sorted [id, kind, value, min?] rows that parse back", () => {
    const snapshot = snapshotOf(dataset);
    expect(snapshot.version).toBe(dataset.version);
    expect(snapshot.claims.length).toBe(dataset.claims.filter((c) => c.status !== "rejected").length);
    expect(parseSnapshot(JSON.parse(formatSnapshot(snapshot)))).toEqual(snapshot);
    const range = dataset.claims.find((c) => c.min !== undefined);
    if (range) expect(snapshot.claims.find((c) => c[0] === range.id)).toEqual([range.id, range.kind, range.value, range.min]);
  });

  it("a committed snapshot of the current data is what snapshotOf writes", () => {
    const path = `data/versions/${dataset.version}.json`;
    // After a re-extraction the new version has no snapshot until scripts/snapshot-version.ts runs.
    if (existsSync(path)) expect(readFileSync(path, "utf8")).toBe(formatSnapshot(snapshotOf(dataset)));
  });

  it("refuses files that are not snapshots", () => {
    expect(parseSnapshot({ version: "../x", claims: [] })).toBeNull();
    expect(parseSnapshot({ version: "abcdef", claims: [[1, "speedup", 2]] })).toBeNull();
    expect(parseSnapshot(null)).toBeNull();
  });

  it("tells added, changed and removed claims of a view apart (fixture of an older version)", () => {
    const old = parseSnapshot(fixture) as VersionSnapshot;
    expect(old).not.toBeNull();
    const diff = diffView(old, dataset, dataset.claims, { kinds: [], papers: [] });
    const byChange = (change: string) => diff.changes.filter((c) => c.change === change).map((c) => c.id);
    const current = new Map(dataset.claims.map((c) => [c.id, c]));
    const oldIds = new Set(old.claims.map((c) => c[0]));
    expect(byChange("added")).toEqual(dataset.claims.filter((c) => !oldIds.has(c.id)).map((c) => c.id));
    expect(byChange("removed")).toEqual(old.claims.filter((c) => !current.has(c[0])).map((c) => c[0]));
    expect(diff.changed).toBeGreaterThan(0);
    expect(diff).toMatchObject({ added: byChange("added").length, removed: byChange("removed").length });
  });

  it("counts only the claims of the view", () => {
    const speedups = dataset.claims.filter((c): c is Claim => c.kind === "speedup");
    const old = { version: "abcdef", claims: [] };
    expect(diffView(old, dataset, speedups, { kinds: ["speedup"], papers: [] })).toMatchObject({ added: speedups.length, changed: 0, removed: 0 });
  });
});
