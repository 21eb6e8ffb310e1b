import { describe, expect, it } from "vitest";
import { Dataset } from "@/lib/schema";
import { makeSyntheticDataset } from "@/lib/bench/synthetic-dataset";

describe("synthetic dataset", () => {
  it("is valid, sized and deterministic", () => {
    const a = makeSyntheticDataset({ claims: 500, seed: 9 });
    expect(() => Dataset.parse(a)).not.toThrow();
    expect(a.claims).toHaveLength(500);
    expect(makeSyntheticDataset({ claims: 500, seed: 9 })).toEqual(a);
    expect(makeSyntheticDataset({ claims: 500, seed: 10 }).version).not.toBe(a.version);
  });
});
