import { describe, expect, it } from "vitest";
import { DEFAULT_STATE, FIELD_NAMES, hrefFor, parseUrlState, serializeUrlState, type ViewState } from "@/lib/url-state";

const roundTrip = (state: Partial<ViewState>) => parseUrlState(new URLSearchParams(serializeUrlState(state)));

describe("url-state field map", () => {
  const samples: { [K in keyof ViewState]: ViewState[K] } = {
    hw: ["GPU", "FPGA"],
    kind: ["speedup", "accuracy"],
    device: ["NVIDIA A100", "Xilinx Alveo U280"],
    tech: ["quantization", "kv-cache"],
    model: ["llm"],
    phase: ["training"],
    qual: ["exact", "average"],
    min: 1.5,
    max: 20,
    q: "flash attention & more",
    papers: ["paper-a", "paper-b"],
    chart: "distribution",
    scale: "linear",
    sort: { key: "value", desc: true },
    page: 3,
  };

  for (const name of FIELD_NAMES) {
    it(`round-trips ${name}`, () => {
      const { state, ignored } = roundTrip({ [name]: samples[name] });
      expect(ignored).toEqual([]);
      const expected = Array.isArray(samples[name]) ? expect.arrayContaining(samples[name] as string[]) : samples[name];
      expect(state[name]).toEqual(expected);
      expect(state).toMatchObject({ ...DEFAULT_STATE, [name]: expected });
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
    const { state, ignored } = parseUrlState(new URLSearchParams({ q: "x".repeat(500), device: "a\u0000b", min: "5", max: "2" }));
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
