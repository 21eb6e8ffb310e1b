/*
 * The origin absolute links are built on (canonical and og:url, og:image, the API's `next`
 * link, the CSV's link). One setting decides it: CLAIMSCOPE_PUBLIC_URL ("https://claims.example").
 * Request headers are never trusted by default: a Host or X-Forwarded-Host header is
 * whatever the client sent, and reflecting it lets anyone mint pages whose canonical link
 * and preview image point elsewhere. Behind a reverse proxy that sets X-Forwarded-Host and
 * X-Forwarded-Proto, CLAIMSCOPE_TRUST_PROXY=1 lets those headers decide, validated (a host
 * name or address with an optional port; http or https). Without either, links are
 * relative: path and query only, never "localhost".
 */

export type OriginEnv = Partial<Record<"CLAIMSCOPE_PUBLIC_URL" | "CLAIMSCOPE_TRUST_PROXY", string | undefined>> & Record<string, string | undefined>;

/** A DNS name or IPv4 address with an optional port, or a bracketed IPv6 literal: nothing else may become a link's host. */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]{2,45}\])(?::\d{1,5})?$/i;
const PROTOCOLS = new Set(["http", "https"]);
const TRUE_VALUES = new Set(["1", "true", "yes", "on"]);
const FALSE_VALUES = new Set(["", "0", "false", "no", "off"]);

export class OriginSettingError extends Error {}

/** The configured public origin ("https://claims.example"), or null when unset. Throws naming the setting when it is not an http(s) origin. */
export function configuredOrigin(env: OriginEnv = process.env): string | null {
  const raw = env.CLAIMSCOPE_PUBLIC_URL?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new OriginSettingError(`CLAIMSCOPE_PUBLIC_URL: "${raw}" is not a URL; expected an origin such as https://claims.example`);
  }
  if (!PROTOCOLS.has(url.protocol.slice(0, -1)) || url.username || url.password || url.search || url.hash || (url.pathname !== "/" && url.pathname !== "")) {
    throw new OriginSettingError(`CLAIMSCOPE_PUBLIC_URL: "${raw}" must be an http(s) origin without path, query or credentials, such as https://claims.example`);
  }
  return url.origin;
}

export function trustsProxy(env: OriginEnv = process.env): boolean {
  const value = (env.CLAIMSCOPE_TRUST_PROXY ?? "").trim().toLowerCase();
  if (TRUE_VALUES.has(value)) return true;
  if (FALSE_VALUES.has(value)) return false;
  throw new OriginSettingError(`CLAIMSCOPE_TRUST_PROXY: "${value.slice(0, 20)}" is not a yes/no value; use 1 or 0`);
}

/** The first value of a comma-joined forwarded header (the client-facing proxy's). */
const firstValue = (value: string | null) => value?.split(",")[0]?.trim() ?? "";

/**
 * The origin for absolute links in a response to a request with these headers, or null
 * (links stay relative). Only the configured origin, or validated forwarded headers when a
 * proxy is trusted; never Host.
 */
export function publicOrigin(headers: Pick<Headers, "get">, env: OriginEnv = process.env): string | null {
  const configured = configuredOrigin(env);
  if (configured) return configured;
  if (!trustsProxy(env)) return null;
  const host = firstValue(headers.get("x-forwarded-host"));
  const proto = firstValue(headers.get("x-forwarded-proto")).toLowerCase() || "https";
  if (!HOST.test(host) || !PROTOCOLS.has(proto)) return null;
  return new URL(`${proto}://${host}`).origin;
}

/** `path` (path + query) as a link: absolute on the public origin when there is one, else relative. */
export function publicLink(path: string, origin: string | null): string {
  return origin ? new URL(path, origin).toString() : path;
}
