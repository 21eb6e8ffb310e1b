import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { CACHE_HEADER, createViewCache } from "@/lib/http/view-response-cache";
import type { ReleaseKey } from "@/lib/http/view-cache-key";

/** A stand-in for Next's handler: counts renders and says which release and query it rendered. */
function fakeApp(release: { current: ReleaseKey }) {
  const renders: string[] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    renders.push(req.url ?? "");
    if (req.url?.startsWith("/papers/missing")) {
      res.writeHead(404, { "Content-Type": "text/plain" });
      res.end("not found");
      return;
    }
    // Like Next for dynamic pages: no-store, headers given to writeHead, body streamed in pieces.
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.writeHead(200, { "Cache-Control": "private, no-cache, no-store, max-age=0, must-revalidate" });
    res.write(`<p>render ${renders.length}</p>`);
    await new Promise((r) => setTimeout(r, 5));
    res.end(`<p>${release.current.key} ${req.url}</p>`);
  };
  return { handle, renders };
}

let server: Server | undefined;
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

async function start(release: { current: ReleaseKey }) {
  const app = fakeApp(release);
  const views = createViewCache(app.handle, { release: async () => release.current, buildId: "build-1" });
  server = createServer((req, res) => void views.serve(req, res));
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${base}${path}`, { headers });
    return { status: response.status, headers: response.headers, body: await response.text() };
  };
  return { get, renders: app.renders, views };
}

describe("createViewCache", () => {
  it("renders a view once: a repeat, in any spelling of the same query, is served from the cache", async () => {
    const { get, renders, views } = await start({ current: { version: "aaaa0000aaaa0000", key: "1.0.aa" } });
    const first = await get("/?hw=GPU&kind=speedup");
    const again = await get("/?kind=speedup&hw=gpu");
    expect(first.headers.get(CACHE_HEADER)).toBe("miss");
    expect(again.headers.get(CACHE_HEADER)).toBe("hit");
    expect(again.body).toBe(first.body);
    expect(renders).toHaveLength(1);
    expect(views.stats()).toMatchObject({ hits: 1, misses: 1, entries: 1 });
    expect(again.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(again.headers.get("cache-control")).toBe("public, no-cache");
  });

  it("answers If-None-Match with 304 and renders nothing", async () => {
    const { get, renders } = await start({ current: { version: "aaaa0000aaaa0000", key: "1.0.aa" } });
    const first = await get("/compare?papers=a~b");
    const revalidated = await get("/compare?papers=a~b", { "If-None-Match": first.headers.get("etag")! });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body).toBe("");
    expect(revalidated.headers.get(CACHE_HEADER)).toBe("revalidated");
    expect(renders).toHaveLength(1);
    expect((await get("/compare?papers=a~b", { "If-None-Match": '"something-else"' })).status).toBe(200);
  });

  it("a new release or an approved correction (a new store revision) changes the key: the view is rendered again", async () => {
    const release = { current: { version: "aaaa0000aaaa0000", key: "1.0.aa" } };
    const { get, renders } = await start(release);
    const before = await get("/?kind=memory");
    release.current = { version: "aaaa0000aaaa0000", key: "1.1.aa" }; // approved correction: same version, next revision
    const corrected = await get("/?kind=memory");
    release.current = { version: "bbbb0000bbbb0000", key: "2.2.bb" }; // new release
    const released = await get("/?kind=memory", { "If-None-Match": before.headers.get("etag")! });
    expect(corrected.headers.get(CACHE_HEADER)).toBe("miss");
    expect(corrected.body).toContain("1.1.aa");
    expect(released.status).toBe(200);
    expect(released.body).toContain("2.2.bb");
    expect(new Set([before, corrected, released].map((r) => r.headers.get("etag"))).size).toBe(3);
    expect(renders).toHaveLength(3);
  });

  it("lets shared caches keep a view pinned to the current release for a minute, and revalidate the rest", async () => {
    const { get } = await start({ current: { version: "aaaa0000aaaa0000", key: "1.0.aa" } });
    expect((await get("/?v=aaaa0000aaaa0000")).headers.get("cache-control")).toBe("public, max-age=0, s-maxage=60, must-revalidate");
    expect((await get("/?v=bbbb0000bbbb0000")).headers.get("cache-control")).toBe("public, no-cache");
  });

  it("does not cache errors, ignored parameters, other routes or the CSV", async () => {
    const { get, renders } = await start({ current: { version: "aaaa0000aaaa0000", key: "1.0.aa" } });
    for (const path of ["/papers/missing", "/?junk=1", "/review", "/api/claims?format=csv"]) {
      await get(path);
      const again = await get(path);
      expect(again.headers.get(CACHE_HEADER), path).not.toBe("hit");
    }
    expect(renders).toHaveLength(8);
  });

  it("waits for a view already being rendered instead of rendering it again", async () => {
    const { get, renders } = await start({ current: { version: "aaaa0000aaaa0000", key: "1.0.aa" } });
    const answers = await Promise.all(Array.from({ length: 5 }, () => get("/?kind=energy")));
    expect(renders).toHaveLength(1);
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
  });
});
