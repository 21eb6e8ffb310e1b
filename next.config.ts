import type { NextConfig } from "next";

import { configuredOrigin, trustsProxy } from "./lib/http/public-origin";
import { securityHeaders } from "./lib/http/security-headers";

// A bad CLAIMSCOPE_PUBLIC_URL or CLAIMSCOPE_TRUST_PROXY stops the server at start, naming the setting.
configuredOrigin();
trustsProxy();

const toNext = (headers: [string, string][]) => headers.map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  // Types are checked once, by `npm run typecheck` as the first step of `npm test`,
  // rather than again inside every production build.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  async headers() {
    return [
      // Every path except /embed itself: framing denied (/embed/<anything> included).
      { source: "/((?!embed/?$).*)", headers: toNext(securityHeaders("/")) },
      { source: "/embed", headers: toNext(securityHeaders("/embed")) },
    ];
  },
};

export default nextConfig;
