/*
 * The security headers of every response, errors included: next.config.ts applies them to
 * what Next serves itself (static assets among them) and proxy.ts to every page, API,
 * preview and refusal, so a 400, 404 or 413 carries the same policy as a 200.
 *
 * Content-Security-Policy: scripts only from this origin (Next's inline bootstrap needs
 * 'unsafe-inline'; no 'unsafe-eval' in production — the dev server's hot reload needs it),
 * images from this origin plus data:/blob: for the chart PNG export, no framing.
 */
const isProduction = process.env.NODE_ENV === "production";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isProduction ? "" : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  `connect-src 'self'${isProduction ? "" : " ws:"}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/* /embed is the one route other sites may frame (issue #6): same policy, any ancestor. */
const EMBED_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", "frame-ancestors *");

/** Exactly `/embed` may be framed; `/embed/anything` is a 404 and gets the default policy. */
export function isFrameablePath(pathname: string): boolean {
  return pathname === "/embed" || pathname === "/embed/";
}

export function securityHeaders(pathname: string): [string, string][] {
  const common: [string, string][] = [
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "same-origin"],
  ];
  if (isFrameablePath(pathname)) return [...common, ["Content-Security-Policy", EMBED_CONTENT_SECURITY_POLICY]];
  return [...common, ["Content-Security-Policy", CONTENT_SECURITY_POLICY], ["X-Frame-Options", "DENY"]];
}
