import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { ByteBoundedCache } from "../views/preview-cache";
import { securityHeaders } from "./security-headers";
import { matchesEtag, viewCacheControl, viewEtag, viewRequest, type ReleaseKey } from "./view-cache-key";

/*
 * Whole responses kept per (path, canonical query, release) in front of Next's request
 * handler (scripts/serve.ts): a shared link opened a thousand times is rendered once per
 * release, and a client holding the ETag gets a 304. The release key is read per request
 * (one stat and one one-row read, lib/store/served-dataset.ts), so a new release or an
 * approved correction changes every key at once and nothing older is served for it.
 * `X-Claimscope-Cache` says what happened: hit, miss, revalidated (304) or bypass.
 */

export const CACHE_HEADER = "x-claimscope-cache";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

type CachedResponse = { status: number; headers: OutgoingHttpHeaders; body: Buffer; byteLength: number };

export type ViewCacheOptions = {
  /** The release being served, or null when it cannot be read (then nothing is cached). */
  release: () => Promise<ReleaseKey | null>;
  buildId: string;
  maxEntries?: number;
  maxBytes?: number;
  /** Larger bodies (a huge API page) are served but not kept. */
  maxEntryBytes?: number;
};

export type ViewCacheStats = { hits: number; misses: number; revalidated: number; bypassed: number; entries: number; bytes: number };

/** Per-connection headers a replay must not copy. */
const HOP_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length"]);

function storedHeaders(headers: OutgoingHttpHeaders): OutgoingHttpHeaders | null {
  if (headers["set-cookie"] !== undefined) return null;
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_HEADERS.has(name)));
}

/** The route's own public policy (preview images) stands; Next's no-store default for dynamic pages does not. */
function keepsOwnPolicy(value: unknown): boolean {
  return typeof value === "string" && /\bpublic\b/.test(value);
}

/**
 * Sets the cache headers just before the status line goes out (Next may pass headers to
 * writeHead directly), and copies every body byte written after it.
 */
function recordResponse(res: ServerResponse, headers: { etag: string; cacheControl: string }, maxEntryBytes: number, done: (entry: CachedResponse | null) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let keep = true;
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const given = rest.find((arg): arg is OutgoingHttpHeaders => typeof arg === "object" && arg !== null && !Array.isArray(arg));
    if (status === 200) {
      const ownPolicy = given?.["cache-control"] ?? given?.["Cache-Control"] ?? res.getHeader("cache-control");
      if (given) for (const name of Object.keys(given)) if (name.toLowerCase() === "cache-control" || name.toLowerCase() === "etag") delete given[name];
      res.setHeader("Cache-Control", keepsOwnPolicy(ownPolicy) ? String(ownPolicy) : headers.cacheControl);
      res.setHeader("ETag", headers.etag);
    }
    res.setHeader(CACHE_HEADER, "miss");
    return writeHead(status, ...rest);
  }) as ServerResponse["writeHead"];
  const collect = (chunk: unknown, encoding?: unknown) => {
    if (!keep || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
    size += bytes.byteLength;
    if (size > maxEntryBytes) {
      keep = false;
      chunks.length = 0;
    } else chunks.push(bytes);
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as ServerResponse["write"];
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0]);
    const stored = keep && res.statusCode === 200 ? storedHeaders(res.getHeaders()) : null;
    done(stored ? { status: 200, headers: stored, body: Buffer.concat(chunks), byteLength: size } : null);
    return end(chunk, ...rest);
  }) as ServerResponse["end"];
  res.once("close", () => {
    if (!res.writableEnded) done(null);
  });
}

export function createViewCache(handle: Handler, options: ViewCacheOptions) {
  const cache = new ByteBoundedCache<CachedResponse>(options.maxEntries ?? 512, options.maxBytes ?? 64 * 1024 * 1024);
  const maxEntryBytes = options.maxEntryBytes ?? 4 * 1024 * 1024;
  /** Renders in progress: a burst of requests for one new view waits for the first render. */
  const rendering = new Map<string, Promise<void>>();
  const stats = { hits: 0, misses: 0, revalidated: 0, bypassed: 0 };

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const view = viewRequest(req.method ?? "GET", req.url ?? "/", req.headers);
    const release = view ? await options.release().catch(() => null) : null;
    if (!view || !release) {
      stats.bypassed++;
      res.setHeader(CACHE_HEADER, "bypass");
      return handle(req, res);
    }
    const etag = viewEtag(view, release, options.buildId);
    const cacheControl = viewCacheControl(view, release);
    if (matchesEtag(req.headers["if-none-match"], etag)) {
      stats.revalidated++;
      const path = new URL(req.url ?? "/", "http://view.invalid").pathname;
      res.writeHead(304, { ...Object.fromEntries(securityHeaders(path)), ETag: etag, "Cache-Control": cacheControl, [CACHE_HEADER]: "revalidated" });
      res.end();
      return;
    }
    const key = etag;
    await rendering.get(key);
    const hit = cache.get(key);
    if (hit) {
      stats.hits++;
      res.writeHead(hit.status, { ...hit.headers, "content-length": hit.body.byteLength, [CACHE_HEADER]: "hit" });
      res.end(hit.body);
      return;
    }
    stats.misses++;
    let finished!: () => void;
    rendering.set(key, new Promise<void>((resolve) => (finished = resolve)));
    let settled = false;
    recordResponse(res, { etag, cacheControl }, maxEntryBytes, (entry) => {
      if (settled) return;
      settled = true;
      if (entry) cache.set(key, entry);
      rendering.delete(key);
      finished();
    });
    try {
      await handle(req, res);
    } catch (error) {
      if (!settled) {
        settled = true;
        rendering.delete(key);
        finished();
      }
      throw error;
    }
  }

  return { serve, stats: (): ViewCacheStats => ({ ...stats, entries: cache.size, bytes: cache.totalBytes }) };
}
