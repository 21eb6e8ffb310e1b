import { describe, expect, it } from "vitest";
import { loadVersionNotice } from "@/lib/views/version-notice";
import { parseUrlState } from "@/lib/views/url-state";
import { claimOn, handMadeIndex, paper } from "./hand-made-dataset";

const p = paper("p1", "A paper", "Our kernel is 2.8x faster than vLLM.");
const index = handMadeIndex([p], [claimOn(p, "2.8x faster", { kind: "speedup", value: 2.8 })]);
const scope = { kinds: [], papers: [] };

describe("the notice of a link made on another release", () => {
  it("is nothing for a link without v= or made on the current data", async () => {
    expect(await loadVersionNotice(parseUrlState({}).state, index, index.claims, scope)).toEqual({ kind: "none" });
    expect(await loadVersionNotice(parseUrlState({ v: index.version }).state, index, index.claims, scope)).toEqual({ kind: "none" });
  });

  it("says the differences cannot be listed when the data holds no releases to compare", async () => {
    expect(await loadVersionNotice(parseUrlState({ v: "0123456789abcdef" }).state, index, index.claims, scope)).toEqual({
      kind: "unknown",
      from: "0123456789abcdef",
      current: index.version,
    });
  });
});
