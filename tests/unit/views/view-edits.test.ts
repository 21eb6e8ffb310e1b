import { describe, expect, it } from "vitest";
import { DEFAULT_STATE } from "@/lib/views/url-state";
import { describeFilters, toggleListValue, toggleVisibleQualifier } from "@/lib/views/view-edits";

describe("view edits", () => {
  it("toggling a filter returns to page 1", () => {
    const next = toggleListValue({ ...DEFAULT_STATE, page: 4 }, "hw", "GPU");
    expect(next).toMatchObject({ hw: ["GPU"], page: 1 });
    expect(toggleListValue(next, "hw", "GPU").hw).toEqual([]);
  });

  it("qualifier chips hide and show, and the URL keeps the included list", () => {
    const hidden = toggleVisibleQualifier(DEFAULT_STATE, "up_to");
    expect(hidden.qual).toEqual(["exact", "average", "at_least", "at_most", "approx"]);
    expect(toggleVisibleQualifier(hidden, "up_to").qual).toEqual([]);
    const onlyExact = { ...DEFAULT_STATE, qual: ["exact" as const] };
    expect(toggleVisibleQualifier(onlyExact, "exact")).toBe(onlyExact);
  });

  it("summarizes filters for footnotes", () => {
    expect(describeFilters(DEFAULT_STATE)).toBe("all claims");
    expect(describeFilters({ ...DEFAULT_STATE, hw: ["FPGA"], min: 2, q: "llm" })).toBe('hardware: FPGA; value ≥ 2; search: "llm"');
  });
});

describe("applySearchFields", () => {
  it("sets q/min/max from form text, drops junk and an inverted range, returns to page 1", async () => {
    const { applySearchFields } = await import("@/lib/views/view-edits");
    const base = { ...DEFAULT_STATE, hw: ["GPU" as const], page: 3 };
    expect(applySearchFields(base, { q: "  flash   attention ", min: "2", max: "" })).toMatchObject({ hw: ["GPU"], q: "flash attention", min: 2, max: null, page: 1 });
    expect(applySearchFields(base, { q: "", min: "abc", max: "5" })).toMatchObject({ min: null, max: 5 });
    expect(applySearchFields(base, { q: "", min: "5", max: "1" })).toMatchObject({ min: 5, max: null });
  });
});
