import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { indexDataset } from "@/lib/dataset/dataset-index";
import { makeSyntheticDataset } from "@/lib/bench/synthetic-dataset";
import { filterClaims, FACET_FIELDS, queryClaims, type FilterResult } from "@/lib/views/query";
import { sortClaims } from "@/lib/views/sort-claims";
import { parseUrlState, SORT_KEYS } from "@/lib/views/url-state";
import { CLAIM_KINDS, HARDWARE_CLASSES, MODEL_FAMILIES, PHASES, QUALIFIERS, TECHNIQUES, type Claim } from "@/lib/schema";
import { queryParams } from "./query-params";

/*
 * filterClaims reads the facet columns built with the dataset for the dataset's own orders, and
 * strings for any other list: a copy of the same list must give the same claims and the same
 * counts, in the same order, for every filter a link can ask for.
 */
const dataset = makeSyntheticDataset({ claims: 1200, seed: 7 });
const claims: Claim[] = dataset.claims.map((claim, i) => {
  if (i % 31 === 0) return { ...claim, status: "corrected", reason: `checked ${i}` };
  if (i % 43 === 0) return { ...claim, status: "added", reason: "missed", rule: "override" };
  if (i % 59 === 0) return { ...claim, status: "rejected", reason: "not a claim" };
  return claim;
});
const index = indexDataset({ ...dataset, claims });
const devices = [...new Set(index.claims.flatMap((c) => (c.hardware.device ? [c.hardware.device] : [])))];
const baselines = [...new Set(index.claims.flatMap((c) => (c.baselineCanonical ?? c.baseline ? [c.baselineCanonical ?? c.baseline!] : [])))];
// Links people type: free-text values in another case, and values no claim has.
const typed = (values: string[]) => [...values, ...values.slice(0, 5).map((v) => v.toUpperCase()), ...values.slice(0, 5).map((v) => v.toLowerCase()), "no such value"];

const some = <T,>(values: readonly T[]) => fc.subarray([...values], { maxLength: 3 });
const query = fc
  .record({
    hw: some(HARDWARE_CLASSES),
    kind: some(CLAIM_KINDS),
    device: some(typed(devices)),
    vs: some(typed(baselines)),
    tech: some(TECHNIQUES),
    model: some(MODEL_FAMILIES),
    phase: some(PHASES),
    qual: some(QUALIFIERS),
    reviewed: fc.boolean(),
    typical: fc.boolean(),
    min: fc.option(fc.double({ min: -3, max: 10, noNaN: true }), { nil: undefined }),
    q: fc.constantFrom("", "attention", "quant"),
    sort: fc.constantFrom(...SORT_KEYS.flatMap((k) => [k, `-${k}`])),
  })
  .map(queryParams);

const ordered = (result: FilterResult) => ({ ids: result.claims.map((c) => c.id), facets: FACET_FIELDS.map((f) => [...result.facets[f]]) });

describe("facet columns", () => {
  it("filter and count exactly as reading each claim's strings does, in the same order", () => {
    fc.assert(
      fc.property(query, (params) => {
        const { state } = parseUrlState(params);
        expect(ordered(filterClaims(index, state))).toEqual(ordered(filterClaims(index, state, [...index.claims])));
        const sorted = queryClaims(index, state);
        const byStrings = filterClaims(index, state, sortClaims(index, index.claims, state.sort));
        expect(ordered({ claims: sorted.sorted, facets: sorted.facets })).toEqual(ordered(byStrings));
      }),
      { numRuns: 300 },
    );
  });

  it("are built per loaded dataset: a corrected release is read from its own claims", () => {
    const state = parseUrlState(new URLSearchParams("hw=FPGA")).state;
    expect(filterClaims(index, state).claims.length).toBeGreaterThan(0);
    const corrected = indexDataset({ ...dataset, claims: claims.map((c) => (c.hardware.class === "FPGA" ? { ...c, hardware: { ...c.hardware, class: "GPU" } } : c)) });
    expect(filterClaims(corrected, state).claims).toEqual([]);
    expect(filterClaims(corrected, state).facets.hw.get("GPU")).toBe(corrected.claims.filter((c) => c.hardware.class === "GPU" && c.status !== "rejected").length);
  });
});
