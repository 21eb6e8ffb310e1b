import { describe, expect, it } from "vitest";
import { formatMultiplier, logDomain } from "@/lib/views/chart-scale";

describe("logDomain", () => {
  it("spans whole decades around 1× and the data", () => {
    expect(logDomain([0.53, 2.8, 40])).toMatchObject({ domain: [0.1, 100] });
    expect(logDomain([10000]).domain).toEqual([1, 10000]);
  });
  it("uses 1-2-5 ticks on narrow ranges and decades on wide ones", () => {
    expect(logDomain([3]).ticks).toEqual([1, 2, 5, 10]);
    expect(logDomain([0.01, 10000]).ticks).toEqual([0.01, 0.1, 1, 10, 100, 1000, 10000]);
  });
  it("formats multipliers", () => {
    expect(formatMultiplier(2.345)).toBe("2.35×");
    expect(formatMultiplier(12000)).toBe("12k×");
  });
});
