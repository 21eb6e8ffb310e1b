import { describe, expect, it } from "vitest";
import { ByteBoundedCache } from "@/lib/views/preview-cache";

const bytes = (n: number) => new Uint8Array(n);

describe("ByteBoundedCache", () => {
  it("drops the least recently used entry past the count bound", () => {
    const cache = new ByteBoundedCache(2, 1000);
    cache.set("a", bytes(10));
    cache.set("b", bytes(10));
    cache.get("a");
    cache.set("c", bytes(10));
    expect([cache.get("a"), cache.get("b"), cache.get("c")].map((v) => v?.length)).toEqual([10, undefined, 10]);
  });

  it("stays under the byte bound and skips values larger than it", () => {
    const cache = new ByteBoundedCache(100, 100);
    for (let i = 0; i < 10; i++) cache.set(`k${i}`, bytes(30));
    expect(cache.totalBytes).toBeLessThanOrEqual(100);
    expect(cache.size).toBe(3);
    cache.set("huge", bytes(101));
    expect(cache.get("huge")).toBeUndefined();
    cache.set("k9", bytes(5));
    expect(cache.totalBytes).toBe(65);
  });
});
