import type { NextConfig } from "next";

/*
 * Content-Security-Policy: scripts only from this origin (Next's inline bootstrap needs
 * 'unsafe-inline'; no 'unsafe-eval' in production — the dev server's hot reload needs it),
 * images from this origin plus data:/blob: for the chart PNG export, no framing.
 */
const isProduction = process.env.NODE_ENV === "production";
const CONTENT_SECURITY_POLICY = [
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

const nextConfig: NextConfig = {
  // Types are checked once, by `npm run typecheck` as the first step of `npm test`,
  // rather than again inside every production build.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  async headers() {
    return [
      {
        // Every path except /embed: framing denied.
        source: "/((?!embed(?:/|$)).*)",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      {
        source: "/embed",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Content-Security-Policy", value: EMBED_CONTENT_SECURITY_POLICY },
        ],
      },
    ];
  },
};

export default nextConfig;
