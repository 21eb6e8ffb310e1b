import { describe, expect, it } from "vitest";
import { configuredOrigin, publicLink, publicOrigin } from "@/lib/http/public-origin";

const headers = (entries: Record<string, string>) => new Headers(entries);
const hostile = headers({ host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "javascript" });

describe("publicOrigin", () => {
  it("without settings, trusts no header: links are relative", () => {
    expect(publicOrigin(hostile, {})).toBeNull();
    expect(publicLink("/api/claims?page=2", publicOrigin(hostile, {}))).toBe("/api/claims?page=2");
  });

  it("uses CLAIMSCOPE_PUBLIC_URL whatever the headers say", () => {
    const env = { CLAIMSCOPE_PUBLIC_URL: "https://claims.example/", CLAIMSCOPE_TRUST_PROXY: "1" };
    expect(publicOrigin(hostile, env)).toBe("https://claims.example");
    expect(publicLink("/?kind=speedup", publicOrigin(hostile, env))).toBe("https://claims.example/?kind=speedup");
  });

  it("honours forwarded headers only when trusting a proxy is switched on, and validates them", () => {
    const env = { CLAIMSCOPE_TRUST_PROXY: "1" };
    expect(publicOrigin(headers({ "x-forwarded-host": "claims.example", "x-forwarded-proto": "https" }), env)).toBe("https://claims.example");
    expect(publicOrigin(headers({ "x-forwarded-host": "claims.example:8443, inner.local", "x-forwarded-proto": "http" }), env)).toBe("http://claims.example:8443");
    expect(publicOrigin(headers({ "x-forwarded-host": "claims.example", "x-forwarded-proto": "javascript" }), env)).toBeNull();
    for (const bad of ["evil.example/path", "user@evil.example", "evil.example:99999999", "<script>", "a..b", "", "evil.example\\@x"]) {
      expect(publicOrigin(headers({ "x-forwarded-host": bad, "x-forwarded-proto": "https" }), env), bad).toBeNull();
    }
    expect(publicOrigin(headers({ host: "evil.example" }), env)).toBeNull();
  });

  it("refuses a public URL that is not an http(s) origin, naming the setting", () => {
    for (const bad of ["javascript:alert(1)", "https://claims.example/sub", "https://u:p@claims.example", "claims.example", "ftp://claims.example"]) {
      expect(() => configuredOrigin({ CLAIMSCOPE_PUBLIC_URL: bad }), bad).toThrow(/CLAIMSCOPE_PUBLIC_URL/);
    }
    expect(() => publicOrigin(hostile, { CLAIMSCOPE_TRUST_PROXY: "maybe" })).toThrow(/CLAIMSCOPE_TRUST_PROXY/);
  });
});
