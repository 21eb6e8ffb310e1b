import { createHash } from "node:crypto";
import { publicOrigin } from "./public-origin";
import { checkPathEncoding } from "./request-shape";
import { checkRequestLimits } from "./request-limits";
import { parseUrlState, serializeUrlState } from "../views/url-state";

/*
 * Which responses are a pure function of (path, canonical query, release), and the key of
 * each. Every view is its URL (lib/views/url-state.ts), so `?hw=gpu&kind=speedup` and
 * `?kind=speedup&hw=GPU` are one view and one cache entry. A query with anything the URL map
 * ignores is not cached: the page names the ignored pieces, so its answer depends on the raw
 * query, and random junk must not fill the cache (it is rendered as before).
 */

/** The routes whose answer depends on nothing but the URL and the served data. */
const VIEW_PATHS = [
  /^\/$/,
  /^\/compare$/,
  /^\/versus$/,
  /^\/embed$/,
  /^\/methodology$/,
  /^\/papers\/[a-z0-9-]{1,120}$/,
  /^\/api\/claims$/,
  /^\/api\/claims\/[^/]{1,400}$/,
  // The explorer's claims slice: `v` is its hash, read by the URL map as a version.
  /^\/api\/slice$/,
  /^\/preview\/(?:explorer|compare)$/,
  /^\/preview\/paper\/[a-z0-9-]{1,120}$/,
];

/**
 * Request headers an answer varies on: Next's client navigations ask for the Flight payload
 * (`RSC`) of the segments the router lacks; Accept-Encoding decides how the body is compressed.
 */
const VARYING_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"] as const;

/** The cache-busting parameter Next's router adds to Flight requests; never part of a view. */
const NEXT_RSC_PARAM = "_rsc";

export type ViewRequest = {
  /** Path, canonical query and the varying headers: the part of the key the request alone decides. */
  view: string;
  /** The data version the link is pinned to (`v=`), "" when none. */
  pinnedVersion: string;
};

type HeaderBag = Record<string, string | string[] | undefined>;

function headerText(headers: HeaderBag, name: string): string {
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : (value ?? "");
}

/** The API's own parameter: json (default) and meta are cached, csv streams every row and is not. */
function apiFormat(params: URLSearchParams): string | null {
  const raw = params.get("format");
  if (raw === null) return "";
  const format = raw.toLowerCase();
  return format === "json" ? "" : format === "meta" ? "&format=meta" : null;
}

/** The view a GET request asks for, or null when its answer must be rendered afresh. */
export function viewRequest(method: string, rawUrl: string, headers: HeaderBag): ViewRequest | null {
  if (method !== "GET") return null;
  const url = new URL(rawUrl, "http://view.invalid");
  const { pathname } = url;
  if (!VIEW_PATHS.some((path) => path.test(pathname))) return null;
  if (checkPathEncoding(pathname) || checkRequestLimits(url.search)) return null;
  url.searchParams.delete(NEXT_RSC_PARAM);
  const isApi = pathname === "/api/claims";
  const format = isApi ? apiFormat(url.searchParams) : "";
  if (format === null) return null;
  if (isApi) url.searchParams.delete("format");
  else if (url.searchParams.has("format")) return null;
  const { state, ignored } = parseUrlState(url.searchParams);
  if (ignored.length > 0) return null;
  // The body is compressed as the client allows: browsers send one fixed list, so the raw header fragments nothing.
  const encodings = headerText(headers, "accept-encoding").toLowerCase().replace(/\s+/g, "");
  const varying = VARYING_HEADERS.map((name) => headerText(headers, name)).join("\n");
  // Absolute links (canonical, og:url, the API's next) name the public origin, which a trusted proxy's headers may decide.
  const origin = publicOrigin({ get: (name) => headerText(headers, name.toLowerCase()) || null }) ?? "";
  return { view: `${pathname}?${serializeUrlState(state)}${format}\n${encodings}\n${origin}\n${varying}`, pinnedVersion: state.v };
}

/** The served data: the release and its approved corrections (lib/store/served-dataset.ts `servedRelease`). */
export type ReleaseKey = { version: string; key: string };

/** One strong validator from the whole key: the same key always means the same bytes. */
export function viewEtag(view: ViewRequest, release: ReleaseKey, buildId: string): string {
  const digest = createHash("sha256").update(`${buildId}\n${release.key}\n${view.view}`).digest("base64url");
  return `"${digest.slice(0, 27)}"`;
}

/**
 * A view pinned to the current release (`v=` the served version) may be kept by a shared cache
 * for a minute: only an approved correction can change it in that time, and a correction is
 * allowed that minute to reach a CDN. Everything else may be stored but is revalidated on every
 * use (the ETag makes that a 304), so a new release shows at once.
 */
export function viewCacheControl(view: ViewRequest, release: ReleaseKey): string {
  return view.pinnedVersion === release.version ? "public, max-age=0, s-maxage=60, must-revalidate" : "public, no-cache";
}

/** True when an If-None-Match header names this ETag (or `*`). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t === `W/${etag}`;
  });
}
