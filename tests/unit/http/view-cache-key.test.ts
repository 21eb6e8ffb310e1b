import { describe, expect, it } from "vitest";
import { matchesEtag, viewEtag, viewRequest } from "@/lib/http/view-cache-key";

const release = { version: "aaaa0000aaaa0000", key: "1.0.aaaa0000aaaa0000" };

describe("viewRequest", () => {
  it("gives one key to every spelling of one view, without Next's _rsc cache buster", () => {
    const a = viewRequest("GET", "/?hw=GPU~FPGA&kind=speedup", {});
    const b = viewRequest("GET", "/?kind=speedup&hw=fpga~gpu&_rsc=abc", {});
    expect(a).not.toBeNull();
    expect(b?.view).toBe(a?.view);
  });

  it("keeps apart what the answer varies on: a Flight request, gzip, the router state, another view", () => {
    const html = viewRequest("GET", "/?kind=memory", {})!.view;
    expect(viewRequest("GET", "/?kind=memory", { rsc: "1" })!.view).not.toBe(html);
    expect(viewRequest("GET", "/?kind=memory", { "accept-encoding": "gzip, br" })!.view).not.toBe(html);
    expect(viewRequest("GET", "/?kind=memory", { rsc: "1", "next-router-state-tree": "%5B%5D" })!.view).not.toBe(viewRequest("GET", "/?kind=memory", { rsc: "1" })!.view);
    expect(viewRequest("GET", "/?kind=energy", {})!.view).not.toBe(html);
    expect(viewRequest("GET", "/api/claims?kind=memory&format=meta", {})!.view).not.toBe(viewRequest("GET", "/api/claims?kind=memory", {})!.view);
  });

  it("keeps apart the public origins a trusted proxy names, and ignores forwarded headers otherwise", () => {
    const forwarded = { "x-forwarded-host": "claims.example", "x-forwarded-proto": "https" };
    const saved = process.env.CLAIMSCOPE_TRUST_PROXY;
    try {
      process.env.CLAIMSCOPE_TRUST_PROXY = "";
      expect(viewRequest("GET", "/", forwarded)!.view).toBe(viewRequest("GET", "/", {})!.view);
      process.env.CLAIMSCOPE_TRUST_PROXY = "1";
      expect(viewRequest("GET", "/", forwarded)!.view).not.toBe(viewRequest("GET", "/", {})!.view);
      expect(viewRequest("GET", "/", { ...forwarded, "x-forwarded-host": "other.example" })!.view).not.toBe(viewRequest("GET", "/", forwarded)!.view);
    } finally {
      if (saved === undefined) delete process.env.CLAIMSCOPE_TRUST_PROXY;
      else process.env.CLAIMSCOPE_TRUST_PROXY = saved;
    }
  });

  it("leaves out what must be rendered afresh: other methods and routes, ignored parameters, the CSV", () => {
    for (const [method, url] of [
      ["POST", "/"],
      ["HEAD", "/"],
      ["GET", "/review"],
      ["GET", "/?nonsense=1"],
      ["GET", "/?hw=TPU~nope"],
      ["GET", "/api/claims?format=csv"],
      ["GET", "/api/claims?format=xml"],
      ["GET", "/papers/%ff"],
      ["GET", `/?q=${"x".repeat(3000)}`],
    ] as const) {
      expect(viewRequest(method, url, {}), `${method} ${url}`).toBeNull();
    }
  });

  it("names the pinned version", () => {
    expect(viewRequest("GET", "/?v=AAAA0000AAAA0000", {})?.pinnedVersion).toBe("aaaa0000aaaa0000");
  });
});

describe("viewEtag", () => {
  it("changes with the release key and the build, and matches If-None-Match lists and weak forms", () => {
    const view = viewRequest("GET", "/", {})!;
    const etag = viewEtag(view, release, "b1");
    expect(viewEtag(view, { ...release, key: "1.1.aaaa0000aaaa0000" }, "b1")).not.toBe(etag);
    expect(viewEtag(view, release, "b2")).not.toBe(etag);
    expect(matchesEtag(`"x", W/${etag}`, etag)).toBe(true);
    expect(matchesEtag('"x"', etag)).toBe(false);
    expect(matchesEtag(undefined, etag)).toBe(false);
  });
});
