import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { indexDataset, type DatasetIndex } from "@/lib/dataset/dataset-index";
import { makeSyntheticDataset } from "@/lib/bench/synthetic-dataset";
import { claimsSlice, filtersInBrowser, sliceIndex, BROWSER_FILTER_MAX_CLAIMS, type ClaimsSlice } from "@/lib/views/claims-slice";
import { servedSlice } from "@/lib/views/served-slice";
import { sliceForRender } from "@/lib/views/slice-for-render";
import { explorerView } from "@/lib/views/explorer-view";
import { FACET_FIELDS } from "@/lib/views/query";
import { deviceGroups, hasReviewedClaims } from "@/lib/views/facet-groups";
import { tableRows } from "@/lib/views/table-rows";
import { parseUrlState, SORT_KEYS, CHART_TYPES } from "@/lib/views/url-state";
import { CLAIM_KINDS, HARDWARE_CLASSES, MODEL_FAMILIES, PHASES, QUALIFIERS, TECHNIQUES, Dataset, type Claim } from "@/lib/schema";
import { queryParams } from "./query-params";

/** A generated dataset with some reviewed and rejected claims, so `reviewed` and rejections are exercised. */
function generatedIndex(): DatasetIndex {
  const dataset = makeSyntheticDataset({ claims: 900, seed: 4 });
  const claims: Claim[] = dataset.claims.map((claim, i) => {
    if (i % 37 === 0) return { ...claim, status: "corrected", reason: `checked ${i}` };
    if (i % 53 === 0) return { ...claim, status: "added", reason: "missed", rule: "override" };
    if (i % 61 === 0) return { ...claim, status: "rejected", reason: "not a claim" };
    // An id that does not start with its paper's id is kept whole.
    if (i % 71 === 0) return { ...claim, id: `other:${claim.id}` };
    return claim;
  });
  return indexDataset({ ...dataset, claims });
}

/** The dataset the app serves (data/claims.json), read only. */
function servedIndex(): DatasetIndex {
  return indexDataset(Dataset.parse(JSON.parse(readFileSync(join(process.cwd(), "data/claims.json"), "utf8"))));
}

/** A dataset of exactly BROWSER_FILTER_MAX_CLAIMS claims: the largest the browser filters. */
function largestBrowserIndex(): DatasetIndex {
  return indexDataset(makeSyntheticDataset({ claims: BROWSER_FILTER_MAX_CLAIMS, seed: 5 }));
}

describe.each([
  ["a generated dataset", generatedIndex, 300],
  ["the served dataset", servedIndex, 300],
  [`${BROWSER_FILTER_MAX_CLAIMS} generated claims`, largestBrowserIndex, 40],
] as const)("claims slice of %s: the browser's view of a small dataset", (_name, makeIndex, numRuns) => {
  const index = makeIndex();
  // What the browser filters: the served body (app/api/slice/route.ts) parsed and decoded.
  const served = servedSlice(index);
  const slice = sliceIndex(JSON.parse(served.body) as ClaimsSlice);
  const devices = [...new Set(index.claims.flatMap((c) => (c.hardware.device ? [c.hardware.device] : [])))];
  const baselines = [...new Set(index.claims.flatMap((c) => (c.baselineCanonical ?? c.baseline ? [c.baselineCanonical ?? c.baseline!] : [])))];
  const paperIds = index.papers.map((p) => p.id);

  const some = <T,>(values: readonly T[]) => fc.subarray([...values], { maxLength: 3 });
  const maybe = <T,>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

  /** A query string as a person builds it by clicking: facet values, a range, flags, chart, sort, page. */
  const query = fc
    .record({
      hw: some(HARDWARE_CLASSES),
      kind: some(CLAIM_KINDS),
      device: some(devices),
      vs: some(baselines),
      tech: some(TECHNIQUES),
      model: some(MODEL_FAMILIES),
      phase: some(PHASES),
      qual: some(QUALIFIERS),
      papers: fc.subarray(paperIds, { maxLength: 2 }),
      min: maybe(fc.double({ min: -3, max: 10, noNaN: true })),
      max: maybe(fc.double({ min: -3, max: 30, noNaN: true })),
      reviewed: fc.boolean(),
      typical: fc.boolean(),
      chart: fc.constantFrom(...CHART_TYPES),
      scale: fc.constantFrom("log", "linear"),
      sort: fc.constantFrom(...SORT_KEYS.flatMap((k) => [k, `-${k}`])),
      page: fc.integer({ min: 1, max: 5 }),
    })
    .map(queryParams);

  const facetEntries = (facets: ReturnType<typeof explorerView>["facets"]) =>
    Object.fromEntries(FACET_FIELDS.map((f) => [f, [...facets[f]].sort((a, b) => a[0].localeCompare(b[0]))]));

    it("gives the rows, order, facet counts and chart of the server's query of the same URL", () => {
      fc.assert(
        fc.property(query, (params) => {
          const { state } = parseUrlState(params);
          const server = explorerView(index, state);
          const browser = explorerView(slice, state);
          expect(browser.sorted.map((c) => c.id)).toEqual(server.sorted.map((c) => c.id));
          expect(browser.rows.map((c) => c.id)).toEqual(server.rows.map((c) => c.id));
          expect([browser.total, browser.page, browser.pageCount, browser.paperCount]).toEqual([server.total, server.page, server.pageCount, server.paperCount]);
          expect(facetEntries(browser.facets)).toEqual(facetEntries(server.facets));
          expect([browser.chart, browser.caption, browser.title]).toEqual([server.chart, server.caption, server.title]);
          expect(deviceGroups(slice, browser.facets.device, state.device, 16)).toEqual(deviceGroups(index, server.facets.device, state.device, 16));
          // The table rows agree on everything but the evidence, which the browser loads per row.
          const rowsWithoutEvidence = (i: DatasetIndex, rows: Claim[]) => tableRows(i, rows, state).map(({ evidence: _, ...row }) => row);
          expect(rowsWithoutEvidence(slice, browser.rows)).toEqual(rowsWithoutEvidence(index, server.rows));
        }),
        // A view CI once found: a box whose lowest accuracy delta was a generated -0, which the served JSON writes as 0.
        { numRuns, examples: [[new URLSearchParams("kind=accuracy&min=0&chart=distribution&scale=log&sort=paper&page=1")]] },
      );
      expect(hasReviewedClaims(slice)).toBe(hasReviewedClaims(index));
    });

    it("renders on the server from the index the browser decodes from the served body", () => {
      // The page renders the browser explorer from `served.index` (kept for the render by hash);
      // the browser hydrates it from the fetched body: the same view must come out of both.
      expect(sliceForRender(served.hash)).toBe(served.index);
      fc.assert(
        fc.property(query, (params) => {
          const { state } = parseUrlState(params);
          const rendered = explorerView(served.index, state);
          const hydrated = explorerView(slice, state);
          expect(tableRows(slice, hydrated.rows, state)).toEqual(tableRows(served.index, rendered.rows, state));
          expect([hydrated.total, hydrated.chart, hydrated.caption]).toEqual([rendered.total, rendered.chart, rendered.caption]);
          expect(facetEntries(hydrated.facets)).toEqual(facetEntries(rendered.facets));
        }),
        { numRuns: Math.min(numRuns, 50) },
      );
    });

    it("keeps every served claim and leaves out evidence sentences and abstracts", () => {
      const shipped = claimsSlice(index);
      expect(shipped.claims.paper).toHaveLength(index.claims.length);
      expect(slice.claims.map((c) => c.id)).toEqual(index.claims.map((c) => c.id));
      expect(JSON.stringify(shipped)).not.toContain(index.claims[0]!.evidence.sentence);
      expect(JSON.stringify(shipped)).not.toContain(index.papers[0]!.abstract.slice(0, 40));
    });
});

describe("filtersInBrowser", () => {
  it("filters in the browser up to the threshold, on the server beyond it", () => {
    const { state } = parseUrlState({ hw: "GPU" });
    expect(filtersInBrowser(BROWSER_FILTER_MAX_CLAIMS, state, "37fed4bd88d54c63")).toBe(true);
    expect(filtersInBrowser(BROWSER_FILTER_MAX_CLAIMS + 1, state, "37fed4bd88d54c63")).toBe(false);
    expect(filtersInBrowser(makeSyntheticDataset({ claims: BROWSER_FILTER_MAX_CLAIMS + 1, seed: 1 }).claims.length, state, "37fed4bd88d54c63")).toBe(false);
  });

  it("leaves a text search and a link pinned to another release to the server", () => {
    expect(filtersInBrowser(10, parseUrlState({ q: "decoding" }).state, "37fed4bd88d54c63")).toBe(false);
    expect(filtersInBrowser(10, parseUrlState({ v: "0123456789abcdef" }).state, "37fed4bd88d54c63")).toBe(false);
    expect(filtersInBrowser(10, parseUrlState({ v: "37fed4bd88d54c63" }).state, "37fed4bd88d54c63")).toBe(true);
  });
});
