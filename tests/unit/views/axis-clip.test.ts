import { describe, expect, it } from "vitest";
import { clampToAxis, clippedAxis } from "@/lib/views/axis-clip";

describe("clippedAxis", () => {
  it("keeps every value when none is far out", () => {
    const axis = clippedAxis([-1, -0.5, 0.2, 0.4, 0.8, 1.1, 1.5, 2], 0);
    expect(axis.clipped).toBe(false);
    expect(axis.domain[0]).toBeLessThanOrEqual(-1);
    expect(axis.domain[1]).toBeGreaterThanOrEqual(2);
  });

  it("clips a far outlier so the inner values stay readable, and keeps the reference", () => {
    const values = [0.1, 0.3, 0.5, 0.6, 0.8, 1, 1.2, 1.4, 1.5, 45];
    const axis = clippedAxis(values, 0);
    expect(axis.clipped).toBe(true);
    expect(axis.domain[1]).toBeLessThan(10);
    expect(axis.domain[0]).toBeLessThanOrEqual(0);
    expect(clampToAxis(45, axis)).toBe(axis.domain[1]);
    expect(clampToAxis(0.5, axis)).toBe(0.5);
  });

  it("puts the axis on round numbers", () => {
    const axis = clippedAxis([-7.1, 0.3, 19.2], 0);
    expect(axis.ticks).toEqual([-10, 0, 10, 20]);
    expect(axis.domain).toEqual([-10, 20]);
  });

  it("clips on the negative side too", () => {
    const axis = clippedAxis([-60, -1, -0.5, 0, 0.2, 0.4, 0.5, 0.7, 0.9, 1], 0);
    expect(axis.clipped).toBe(true);
    expect(axis.domain[0]).toBeGreaterThan(-10);
  });
});
