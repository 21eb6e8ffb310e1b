import { describe, expect, it } from "vitest";
import { embedTheme, withoutEmbedParams } from "@/lib/views/embed-params";

describe("embed parameters", () => {
  it("read theme in any case, anything else is auto", () => {
    expect(embedTheme({ theme: "DARK" })).toBe("dark");
    expect(embedTheme({ theme: ["light", "dark"] })).toBe("light");
    expect(embedTheme({ theme: "sepia" })).toBe("auto");
    expect(embedTheme({})).toBe("auto");
  });

  it("stay out of the view's parameters", () => {
    expect(withoutEmbedParams({ theme: "dark", kind: "speedup" })).toEqual({ kind: "speedup" });
  });
});
