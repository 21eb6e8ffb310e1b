import { describe, expect, it } from "vitest";
import { safeJsonResponse } from "@/lib/http/safe-json";

describe("safeJsonResponse", () => {
  it("escapes markup characters but parses back to the same value", async () => {
    const value = { ignored: ['q="><script>alert(1)</script>'], n: 1.5, text: "a & b" };
    const response = safeJsonResponse(value, { headers: { "Cache-Control": "no-store" } });
    const body = await response.text();
    expect(body).not.toMatch(/[<>&]/);
    expect(JSON.parse(body)).toEqual(value);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});
