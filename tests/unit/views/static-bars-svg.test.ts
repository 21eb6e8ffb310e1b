import { describe, expect, it } from "vitest";
import type { BarDatum, BarsData } from "@/lib/views/chart-data";
import { barsChartHeight } from "@/lib/views/chart-height";
import { HARDWARE_COLORS } from "@/lib/views/hardware-colors";
import { staticBarsSvg, type SvgNode } from "@/lib/views/static-bars-svg";

function bar(id: string, value: number, extra: Partial<BarDatum> = {}): BarDatum {
  return { id, groupLabel: "", span: [1, value], value, hw: "GPU", qualifier: "up_to", conversion: "", unit: "×", ...extra };
}

/** Two papers: one with a 2× GPU bar and a 1.5–4× FPGA range, one with an 8× CPU bar. */
const speedups: BarsData = {
  kind: "speedup",
  unit: "×",
  log: false,
  total: 3,
  excluded: 0,
  bars: [
    bar("a1", 2, { groupLabel: "FlashThing: fast attention for everyone", paperTitle: "FlashThing: fast attention for everyone" }),
    bar("a2", 4, { min: 1.5, span: [1.5, 4], hw: "FPGA" }),
    bar("b1", 8, { groupLabel: "Tiny", paperTitle: "Tiny", hw: "CPU" }),
  ],
};

function all(tree: SvgNode, pick: (n: SvgNode) => boolean): SvgNode[] {
  const own = pick(tree) ? [tree] : [];
  return [...own, ...tree.children.flatMap((c) => (typeof c === "string" ? [] : all(c, pick)))];
}
const byClass = (tree: SvgNode, name: string) => all(tree, (n) => String(n.attrs.class ?? "").split(" ").includes(name));
/** A node's text; the lines of a broken label joined by spaces. */
const text = (n: SvgNode): string => n.children.map((c) => (typeof c === "string" ? c : text(c))).join(n.children.every((c) => typeof c === "string") ? "" : " ");
const lines = (n: SvgNode) => n.children.filter((c): c is SvgNode => typeof c !== "string").map(text);
const percent = (v: string | number | undefined) => Number(String(v).replace("%", ""));

describe("staticBarsSvg", () => {
  const svg = staticBarsSvg(speedups, "Claimed speedup (×) per paper: 3 bars")!;

  it("is an image named by its description, as tall as the interactive chart", () => {
    expect(svg.attrs).toMatchObject({ role: "img", "aria-label": "Claimed speedup (×) per paper: 3 bars", height: barsChartHeight(3) });
    expect(text(all(svg, (n) => n.tag === "title")[0]!)).toBe("Claimed speedup (×) per paper: 3 bars");
  });

  it("draws one bar per claim in table order, coloured by hardware class, ranges paler", () => {
    const bars = byClass(svg, "static-chart-bar");
    expect(bars.map((b) => b.attrs.fill)).toEqual([HARDWARE_COLORS.GPU, HARDWARE_COLORS.FPGA, HARDWARE_COLORS.CPU]);
    expect(bars.map((b) => b.attrs["fill-opacity"])).toEqual([1, 0.55, 1]);
    const ys = bars.map((b) => Number(b.attrs.y));
    expect(ys[0]).toBeLessThan(ys[1]!);
    expect(ys[1]).toBeLessThan(ys[2]!);
    // Linear axis 0–8 (round steps): 2× spans 1→2, the range 1.5→4, 8× reaches the right edge.
    const [two, range, eight] = bars.map((b) => [percent(b.attrs.x), percent(b.attrs.width)]);
    expect(two).toEqual([12.5, 12.5]);
    expect(range).toEqual([18.75, 31.25]);
    expect(eight![0]! + eight![1]!).toBe(100);
  });

  it("labels each bar with its value and each paper once, cut to the label column", () => {
    expect(byClass(svg, "static-chart-value").map(text)).toEqual(["2×", "1.5–4×", "8×"]);
    const wide = byClass(svg, "static-chart-paper").filter((n) => !String(n.attrs.class).includes("narrow"));
    expect(wide.map(text)).toEqual(["FlashThing: fast attention for ev…", "Tiny"]);
    // A phone's narrower column gets its own cut, shown by CSS instead of the wide one.
    expect(byClass(svg, "static-chart-narrow").map(text)).toEqual(["FlashThing: f…"]);
  });

  it("puts a tick on each round step of a linear axis, with its title", () => {
    expect(byClass(svg, "static-chart-tick").map(text)).toEqual(["0×", "2×", "4×", "6×", "8×"]);
    expect(byClass(svg, "static-chart-tick").map((t) => percent(t.attrs.x))).toEqual([0, 25, 50, 75, 100]);
    expect(byClass(svg, "static-chart-axis-title").map(text)).toEqual(["speedup (×)"]);
  });

  it("puts 1-2-5 ticks on a log axis, evenly spaced per decade", () => {
    const log = staticBarsSvg({ ...speedups, log: true }, "log")!;
    const ticks = byClass(log, "static-chart-tick");
    expect(ticks.map(text)).toEqual(["1×", "2×", "5×", "10×"]);
    expect(ticks.map((t) => percent(t.attrs.x))).toEqual([0, 30.103, 69.897, 100]);
    expect(byClass(log, "static-chart-axis-title").map(text)).toEqual(["speedup (×, log scale)"]);
    // On a log axis 8× sits at log10(8) of the decade, where a linear one has it at the end.
    const eight = byClass(log, "static-chart-bar")[2]!;
    expect(percent(eight.attrs.width)).toBeCloseTo(90.309, 2);
  });

  it("bands every other paper so its bars read as one group", () => {
    const bands = byClass(svg, "static-chart-band");
    const bars = byClass(svg, "static-chart-bar");
    expect(bands).toHaveLength(1);
    expect(Number(bands[0]!.attrs.y)).toBeLessThan(Number(bars[2]!.attrs.y));
    expect(Number(bands[0]!.attrs.y)).toBeGreaterThan(Number(bars[1]!.attrs.y));
  });

  it("marks values beyond a clipped linear axis and draws accuracy changes from 0", () => {
    const changes = [0.2, -0.4, 0.1, 0.3, -0.1, 0.5, 0.2, 45].map((v, i) => ({ ...bar(`c${i}`, v, { unit: "pp", span: [0, v] as [number, number] }), groupLabel: i === 0 ? "P" : "" }));
    const accuracy = staticBarsSvg({ kind: "accuracy", unit: "pp", log: false, total: 8, excluded: 0, bars: changes }, "accuracy")!;
    const labels = byClass(accuracy, "static-chart-value").map(text);
    expect(labels.at(-1)).toBe("▸ +45 pp");
    expect(labels[1]).toBe("−0.4 pp");
    expect(byClass(accuracy, "static-chart-axis-title").map(text)).toEqual(["accuracy change (pp; ▸ beyond the axis)"]);
    const last = byClass(accuracy, "static-chart-bar").at(-1)!;
    expect(percent(last.attrs.x) + percent(last.attrs.width)).toBe(100);
    // A negative change is drawn leftwards from 0, its label left of the bar's end, as Recharts puts it.
    const negative = byClass(accuracy, "static-chart-bar")[1]!;
    const label = byClass(accuracy, "static-chart-value")[1]!;
    const start = label.children[0] as SvgNode;
    expect(label.attrs["text-anchor"]).toBe("end");
    expect(start.attrs).toMatchObject({ x: negative.attrs.x, dx: -5 });
    expect((byClass(accuracy, "static-chart-value")[0]!.children[0] as SvgNode).attrs.dx).toBe(5);
  });

  it("breaks a value label where Recharts does: at spaces, when it would pass the chart's right edge", () => {
    // Seven speedups near 1.2× and one far out: 18.5× is clipped to the edge, its label "▸ 18.5×" (~59 px at the page's
    // 15 px, where Recharts measures it) fits the wide chart's 72 px margin, not a phone's 56 px.
    const far = [1.1, 1.2, 1.3, 1.2, 1.1, 1.4, 1.2, 18.5].map((v, i) => ({ ...bar(`f${i}`, v), groupLabel: i === 0 ? "F" : "" }));
    const clipped = staticBarsSvg({ ...speedups, bars: far, total: 8 }, "far")!;
    const last = (name: string) => byClass(clipped, name).filter((n) => String(n.attrs.class).includes("static-chart-value")).at(-1)!;
    expect(lines(last("static-chart-wide"))).toEqual(["▸ 18.5×"]);
    expect(lines(last("static-chart-narrow"))).toEqual(["▸", "18.5×"]);
    // Labels with room to spare are one line, drawn once for both widths.
    expect(byClass(clipped, "static-chart-value").slice(0, 7).map(lines)).toEqual(far.slice(0, 7).map((b) => [`${b.value}×`]));
  });

  it("draws no rectangle for a bar of no width, but still its label", () => {
    const one = staticBarsSvg({ ...speedups, bars: [...speedups.bars, bar("c1", 1, { groupLabel: "One" })] }, "one")!;
    expect(byClass(one, "static-chart-bar")).toHaveLength(3);
    expect(byClass(one, "static-chart-value").map(text).at(-1)).toBe("1×");
  });

  it("draws nothing for no bars", () => {
    expect(staticBarsSvg({ ...speedups, bars: [], total: 0 }, "none")).toBeNull();
  });
});
