import { describe, expect, it } from "vitest";
import { clientKey, RateLimiter } from "@/lib/http/rate-limit";

describe("RateLimiter", () => {
  it("allows a burst, then refuses with the seconds until the next token, per client", () => {
    let now = 0;
    const limiter = new RateLimiter(3, 60_000, 100, () => now);
    expect([1, 2, 3].map(() => limiter.take("a").allowed)).toEqual([true, true, true]);
    expect(limiter.take("a")).toEqual({ allowed: false, retryAfterSeconds: 20 });
    expect(limiter.take("b").allowed).toBe(true);
    now += 20_000;
    expect(limiter.take("a").allowed).toBe(true);
    expect(limiter.take("a").allowed).toBe(false);
  });

  it("tracks a bounded number of clients", () => {
    let now = 0;
    const limiter = new RateLimiter(1, 60_000, 2, () => now);
    limiter.take("a");
    limiter.take("b");
    limiter.take("c"); // "a" is forgotten: it starts again with a full bucket
    expect(limiter.take("a").allowed).toBe(true);
    now += 1;
    expect(limiter.take("c").allowed).toBe(false);
  });
});

describe("clientKey", () => {
  it("takes the first forwarded hop, then X-Real-IP, else one shared key", () => {
    expect(clientKey(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }))).toBe("203.0.113.7");
    expect(clientKey(new Headers({ "x-real-ip": "203.0.113.8" }))).toBe("203.0.113.8");
    expect(clientKey(new Headers())).toBe("direct");
  });
});
