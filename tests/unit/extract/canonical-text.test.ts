import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { canonicalize } from "@/lib/extract/canonical-text";
import { claimsOf } from "./claims-of";

describe("canonical text: one written form per number, unit, range and approximation", () => {
  it.each([
    ["a 5.18\\times$ speedup", "a 5.18× speedup"],
    ["up to 2.81$\\times$ faster", "up to 2.81× faster"],
    ["reaches $10^4\\times$ lower energy", "reaches 10000× lower energy"],
    ["330K$\\times$ higher throughput", "330000× higher throughput"],
    ["3.72sim4.11times", "3.72~4.11 times"],
    ["$\\sim$10x faster", "~10× faster"],
    ["96.00% pm 0.48%", "96.00% ± 0.48%"],
    ["34.7\\% fewer FLOPs", "34.7% fewer FLOPs"],
    ["50 percent less memory", "50 % less memory"],
    ["10 000 times faster", "10000 times faster"],
    ["2.9–21.6x", "2.9-21.6×"],
    ["runs x7 faster", "runs 7× faster"],
    ["a threefold speedup", "a 3-fold speedup"],
    ["by a factor of 3 on GPUs", "by a 3× on GPUs"],
    ["less than 1/1000 of the memory", "less than 0.1% of the memory"],
    ["with 1/8th the energy", "with 12.5% of the energy"],
    // A model number after a name keeps its letter: "Ryzen 5700X" is a CPU, not a multiplier.
    ["than an AMD Ryzen 7950X CPU", "than an AMD Ryzen 7950X CPU"],
    ["uses $1/4$ of the compute", "uses 25% of the compute"],
    ["is \\textbf{2.1$\\times$} faster", "is 2.1× faster"],
    ["by $\\mathbf{37\\%}$ over vLLM", "by 37% over vLLM"],
    ["is \\emph{up to} 4.2x faster", "is up to 4.2× faster"],
    ["a $2.3\\text{-}3.1\\times$ speedup", "a 2.3-3.1× speedup"],
    ["drops by 37\\,\\% on average", "drops by 37% on average"],
    ["from 45~ms to 12~ms", "from 45 ms to 12 ms"],
    ["needs a quarter of the memory", "needs 25% of the memory"],
    ["$10.5\\times$--$18.4\\times$ better", "10.5×-18.4× better"],
    ["improves throughput by 10+%", "improves throughput by over 10%"],
    ["is 2+x faster", "is over 2× faster"],
    ["is 2.1 and 3.4x faster", "is 2.1× and 3.4× faster"],
    ["by 20, 25 and 35\\% on three GPUs", "by 20%, 25% and 35% on three GPUs"],
    ["by 3.7 and 1.0 points", "by 3.7 points and 1.0 points"],
    // A number that is part of a name keeps no unit.
    ["Llama 2 and 3x faster", "Llama 2 and 3× faster"],
    ["ResNet-18 and 50% fewer", "ResNet-18 and 50% fewer"],
    ["Gemma outperforms it by sim7\\%", "Gemma outperforms it by ~7%"],
  ])("%s → %s", (raw, canonical) => expect(canonicalize(raw).text).toBe(canonical));

  it.each(["16x16 patches", "a 3 x 3 convolution", "the x86 backend", "Mixtral 8x7B"])("leaves sizes and names alone: %s", (raw) => {
    expect(canonicalize(raw).text).not.toContain("×");
  });

  it("maps canonical offsets back so evidence slices the abstract as written", () => {
    const abstract = "It is $2.81\\times$ faster and uses 34.7\\% less memory than FP16.";
    const claims = claimsOf(abstract);
    expect(claims.map((c) => c.evidence.text)).toEqual(["2.81\\times$ faster", "34.7\\% less memory"]);
    for (const c of claims) expect(abstract.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
  });

  it("maps every canonical span inside the original text, in order (property)", () => {
    const piece = fc.constantFrom("2.5", "x", "\\times", "$", "\\%", "sim", " pm ", "–", "{", "}", "times", "3 000 ", "word ", "1/4 of", "K");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join("")), fc.nat(), fc.nat(), (text, a, b) => {
        const c = canonicalize(text);
        const [s, e] = [a % (c.text.length + 1), b % (c.text.length + 1)].sort((x, y) => x - y) as [number, number];
        const os = c.originalStart(s), oe = c.originalEnd(e);
        expect(os).toBeGreaterThanOrEqual(0);
        expect(oe).toBeLessThanOrEqual(text.length);
        if (e > s) expect(oe).toBeGreaterThanOrEqual(os);
      }),
    );
  });
});
