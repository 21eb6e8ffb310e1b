import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CLAIM_KINDS, HARDWARE_CLASSES, MODEL_FAMILIES, PHASES, QUALIFIERS, TECHNIQUES } from "@/lib/schema";
import {
  CHART_TYPES,
  DEFAULT_STATE,
  FIELD_NAMES,
  hrefFor,
  parseUrlState,
  SCALES,
  serializeUrlState,
  SORT_KEYS,
  type ViewState,
} from "@/lib/views/url-state";

const roundTrip = (state: Partial<ViewState>) => parseUrlState(new URLSearchParams(serializeUrlState(state)));

describe("url-state field map", () => {
  const samples: { [K in keyof ViewState]: ViewState[K] } = {
    hw: ["GPU", "FPGA"],
    kind: ["speedup", "accuracy"],
    device: ["NVIDIA A100", "Xilinx Alveo U280"],
    vs: ["vLLM", "NVIDIA A100"],
    tech: ["quantization", "kv-cache"],
    model: ["llm"],
    phase: ["training"],
    qual: ["exact", "average"],
    min: 1.5,
    max: 20,
    q: "flash attention & more",
    reviewed: true,
    typical: true,
    papers: ["paper-a", "paper-b"],
    chart: "distribution",
    scale: "linear",
    sort: { key: "value", desc: true },
    page: 3,
    v: "3e0f3931f85b101e",
  };

  for (const name of FIELD_NAMES) {
    it(`round-trips ${name}`, () => {
      // A value range is in one kind's unit, so min and max travel with one kind.
      const context = name === "min" || name === "max" ? { kind: ["speedup" as const] } : {};
      const { state, ignored } = roundTrip({ ...context, [name]: samples[name] });
      expect(ignored).toEqual([]);
      const expected = Array.isArray(samples[name]) ? expect.arrayContaining(samples[name] as string[]) : samples[name];
      expect(state[name]).toEqual(expected);
      expect(state).toMatchObject({ ...DEFAULT_STATE, ...context, [name]: expected });
    });
  }

  it("leaves defaults out", () => {
    expect(serializeUrlState(DEFAULT_STATE)).toBe("");
    expect(serializeUrlState({ chart: "bars", scale: "log", page: 1, sort: { key: "paper", desc: false } })).toBe("");
    expect(hrefFor("/", {})).toBe("/");
  });

  it("writes one canonical URL per view: fixed key order, sorted de-duplicated lists", () => {
    const a = serializeUrlState({ scale: "linear", hw: ["FPGA", "GPU", "FPGA"], q: "x" });
    const b = serializeUrlState({ hw: ["GPU", "FPGA"], q: "x", scale: "linear" });
    expect(a).toBe(b);
    expect(a).toBe("hw=GPU~FPGA&q=x&scale=linear");
    expect(serializeUrlState(parseUrlState(new URLSearchParams("scale=linear&hw=FPGA~GPU&q=x")).state)).toBe(a);
  });

  it("encodes text so it cannot break the query string", () => {
    const query = serializeUrlState({ q: "a&b=c #d" });
    expect(query).toBe("q=a%26b%3Dc%20%23d");
    expect(parseUrlState(new URLSearchParams(query)).state.q).toBe("a&b=c #d");
  });

  it("ignores unknown keys and junk values, keeping the rest of the view", () => {
    const { state, ignored } = parseUrlState(
      new URLSearchParams("hw=GPU~Quantum&kind=speedup&chart=pie&scale=cubic&min=abc&max=1e999&sort=;drop&page=-2&evil=<script>&papers=Bad_Id"),
    );
    expect(state).toMatchObject({ hw: ["GPU"], kind: ["speedup"], chart: "bars", scale: "log", min: null, max: null, page: 1, papers: [] });
    expect(state.sort).toEqual({ key: "paper", desc: false });
    expect(ignored).toEqual(
      expect.arrayContaining(["hw=Quantum", "chart=pie", "scale=cubic", "min=abc", "max=1e999", "sort=;drop", "page=-2", "evil", "papers=Bad_Id"]),
    );
  });

  it("rejects control characters, over-long text and a max below min", () => {
    const { state, ignored } = parseUrlState(new URLSearchParams({ q: "x".repeat(500), device: "a\u0000b", kind: "memory", min: "5", max: "2" }));
    expect(state).toMatchObject({ q: "", device: [], min: 5, max: null });
    expect(ignored.length).toBe(3);
  });

  it("keeps the first of repeated keys and reports the rest", () => {
    const { state, ignored } = parseUrlState(new URLSearchParams("hw=GPU&hw=CPU"));
    expect(state.hw).toEqual(["GPU"]);
    expect(ignored).toEqual(["hw=CPU"]);
  });

  it("accepts a Next searchParams record", () => {
    expect(parseUrlState({ hw: "FPGA", kind: ["memory", "speedup"], x: undefined }).state).toMatchObject({ hw: ["FPGA"], kind: ["memory"] });
  });
});

describe("url-state properties", () => {
  const list = <T extends string>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values), { maxLength: values.length });
  const state = fc.record({
    hw: list(HARDWARE_CLASSES),
    kind: list(CLAIM_KINDS),
    device: fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9 .-]{1,20}$/).filter((s) => s.trim() === s && s.length > 0 && !s.includes("  ")), { maxLength: 3 }),
    tech: list(TECHNIQUES),
    model: list(MODEL_FAMILIES),
    phase: list(PHASES),
    qual: list(QUALIFIERS),
    min: fc.option(fc.integer({ min: -100, max: 100 }), { nil: null }),
    vs: fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9 .-]{1,20}$/).filter((s) => s.trim() === s && s.length > 0 && !s.includes("  ")), { maxLength: 3 }),
    max: fc.constant(null),
    q: fc.stringMatching(/^[a-z0-9&=#%+ ]{0,30}$/).map((s) => s.trim().replace(/\s+/g, " ")),
    papers: fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,20}$/), { maxLength: 4 }),
    chart: fc.constantFrom(...CHART_TYPES),
    scale: fc.constantFrom(...SCALES),
    sort: fc.record({ key: fc.constantFrom(...SORT_KEYS), desc: fc.boolean() }),
    page: fc.integer({ min: 1, max: 500 }),
    reviewed: fc.boolean(),
    typical: fc.boolean(),
    v: fc.constantFrom("", "3e0f3931f85b101e", "abcdef"),
  });

  it("parse(serialize(state)) is the state, with nothing ignored, and serialize is canonical", () => {
    fc.assert(
      fc.property(state, (generated) => {
        // A range without exactly one kind is not part of a view (it would mix units).
        const s = generated.kind.length === 1 ? generated : { ...generated, min: null };
        const query = serializeUrlState(s);
        const { state: parsed, ignored } = parseUrlState(new URLSearchParams(query));
        expect(ignored).toEqual([]);
        expect(serializeUrlState(parsed)).toBe(query);
        for (const name of ["hw", "kind", "device", "vs", "tech", "model", "phase", "qual", "papers"] as const) {
          expect([...parsed[name]].sort()).toEqual([...s[name]].sort());
        }
        expect({ ...parsed, hw: 0, kind: 0, device: 0, vs: 0, tech: 0, model: 0, phase: 0, qual: 0, papers: 0 }).toEqual({
          ...s, hw: 0, kind: 0, device: 0, vs: 0, tech: 0, model: 0, phase: 0, qual: 0, papers: 0,
        });
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary query strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (raw) => {
        const { state: parsed } = parseUrlState(new URLSearchParams(raw));
        expect(typeof serializeUrlState(parsed)).toBe("string");
      }),
      { numRuns: 500 },
    );
  });
});

describe("markup in text fields", () => {
  it("is rejected with a notice, never kept as a filter", () => {
    const { state, ignored } = parseUrlState(new URLSearchParams({ q: "<x-fuzz>", device: "A100~<b>" }));
    expect(state.q).toBe("");
    expect(state.device).toEqual(["A100"]);
    expect([...ignored].sort()).toEqual(["device=<b>", "q=<x-fuzz>"]);
  });
});

describe("issue #5/#6 fields", () => {
  it("writes flags as 1 and leaves them out when off", () => {
    expect(serializeUrlState({ reviewed: true, typical: true })).toBe("reviewed=1&typical=1");
    expect(serializeUrlState({ reviewed: false })).toBe("");
  });

  it("keeps the version last and accepts only hex", () => {
    expect(serializeUrlState({ kind: ["speedup"], v: "abc123def" })).toBe("kind=speedup&v=abc123def");
    const { state, ignored } = parseUrlState(new URLSearchParams("v=../../etc&reviewed=yes"));
    expect(state.v).toBe("");
    expect(state.reviewed).toBe(false);
    expect(ignored).toEqual(["v=../../etc", "reviewed=yes"]);
  });
});

describe("enum values in any case", () => {
  it("accepts hw=fpga and writes the canonical spelling back", () => {
    const { state, ignored } = parseUrlState(new URLSearchParams("hw=fpga~Gpu&kind=SPEEDUP&chart=Distribution&sort=-VALUE&qual=Up_To"));
    expect(ignored).toEqual([]);
    expect(state).toMatchObject({ hw: ["GPU", "FPGA"], kind: ["speedup"], chart: "distribution", sort: { key: "value", desc: true }, qual: ["up_to"] });
    expect(serializeUrlState(state)).toBe("hw=GPU~FPGA&kind=speedup&qual=up_to&chart=distribution&sort=-value");
  });
});

describe("value ranges", () => {
  it("apply only with exactly one kind, and say why otherwise", () => {
    const none = parseUrlState(new URLSearchParams("min=2"));
    expect(none.state.min).toBeNull();
    expect(none.ignored).toEqual([expect.stringMatching(/^min=2 \(a value range needs exactly one kind/)]);
    const two = parseUrlState(new URLSearchParams("kind=speedup~accuracy&max=3"));
    expect(two.state.max).toBeNull();
    expect(two.ignored).toHaveLength(1);
    expect(parseUrlState(new URLSearchParams("kind=accuracy&min=-1")).state.min).toBe(-1);
  });

  it("are left out of a link whose kinds do not allow them", () => {
    expect(serializeUrlState({ min: 2 })).toBe("");
    expect(serializeUrlState({ kind: ["speedup"], min: 2 })).toBe("kind=speedup&min=2");
  });
});
