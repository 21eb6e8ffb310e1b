import { describe, it } from "vitest";
import { expectClaims } from "../claims-of";

describe("ranges", () => {
  it.each([
    ["We measure 1.48x-12.1x speedups.", [{ kind: "speedup" as const, value: 12.1, min: 1.48 }]],
    ["Model selection sees 2 - 6x speed-ups.", [{ kind: "speedup" as const, value: 6, min: 2 }]],
    ["It obtains a speedup ratio ranging from 2.91x to 3.51x.", [{ kind: "speedup" as const, value: 3.51, min: 2.91 }]],
    ["Throughput improves by 3.72sim4.11times.", [{ kind: "speedup" as const, value: 4.11, min: 3.72 }]],
    ["Our model runs between 1.50times and 1.71times faster.", [{ kind: "speedup" as const, value: 1.71, min: 1.5 }]],
    ["We cut peak memory by 30-40%.", [{ kind: "memory" as const, value: 1.667, min: 1.429 }]],
  ])("%s", (sentence, expected) => expectClaims(sentence, expected));
});

describe("lists", () => {
  it("splits a list into claims with their own baselines' qualifier", () =>
    expectClaims("ALISA improves the throughput of baseline systems by up to 3X and 1.9X over FlexGen and vLLM, respectively.", [
      { kind: "speedup", value: 3, qualifier: "up_to" },
      { kind: "speedup", value: 1.9, qualifier: "up_to" },
    ]));
  it("takes the measure after the last item", () =>
    expectClaims("MPCViT achieves 1.9%, 1.3% and 3.6% higher accuracy with 6.2x, 2.9x and 1.9x latency reduction.", [
      { kind: "accuracy", value: 1.9 },
      { kind: "accuracy", value: 1.3 },
      { kind: "accuracy", value: 3.6 },
      { kind: "speedup", value: 6.2 },
      { kind: "speedup", value: 2.9 },
      { kind: "speedup", value: 1.9 },
    ]));
  it("continues an elided measure", () =>
    expectClaims("The technique reduces time consumption by approximately 35% on 4090 GPU and by roughly 15% on A800 GPU.", [
      { kind: "speedup", value: 1.538, qualifier: "approx" },
      { kind: "speedup", value: 1.176, qualifier: "approx" },
    ]));
  it("gives one number covering two kinds one claim per kind", () =>
    expectClaims("The student uses only 15% of the parameters and computational complexity.", [
      { kind: "memory", value: 6.667 },
      { kind: "compute", value: 6.667 },
    ]));
});

describe("ranges written with a bare 'to'", () => {
  it.each([
    ["Our network has 2 to 25 times fewer parameters than VGGNet.", [{ kind: "memory" as const, value: 25, min: 2 }]],
    ["It gives a 7% to 34% improvement in accuracy over ESM-2.", [{ kind: "accuracy" as const, value: 34, min: 7 }]],
  ])("%s", (sentence, expected) => expectClaims(sentence, expected));
});

describe("one verb for a list of measures", () => {
  it.each([
    ["It reduces both active parameters by 40% and inference costs by 90% via expert caching.", [{ kind: "memory" as const, value: 1.667 }, { kind: "compute" as const, value: 10 }]],
  ])("%s", (sentence, expected) => expectClaims(sentence, expected));
});

describe("a list parallel to the claims before it", () => {
  it("repeats their measures in order when its own clause names none", () =>
    expectClaims("The PIM design achieves 40x speedup and 600x higher energy efficiency than a GPU, and 120x and 320x over a CPU.", [
      { kind: "speedup", value: 40 },
      { kind: "energy", value: 600 },
      { kind: "speedup", value: 120, baseline: "CPU" },
      { kind: "energy", value: 320, baseline: "CPU" },
    ]));

  it("keeps a measure the list names itself", () =>
    expectClaims("It is 3x faster and 5x more energy efficient than a GPU, and 2x and 4x smaller than a CPU build.", [
      { kind: "speedup", value: 3 },
      { kind: "energy", value: 5 },
      { kind: "memory", value: 2 },
      { kind: "memory", value: 4 },
    ]));
});
