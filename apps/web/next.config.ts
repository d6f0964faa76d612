import type { NextConfig } from "next";
import { EMBED_PATH, frameAncestors } from "./src/framing";

/**
 * Headers for every response. The page CSP (script nonces) is set per request in src/proxy.ts;
 * this baseline policy applies everywhere, API routes included, and the two are enforced together,
 * so both name the same frame ancestors (src/framing.ts).
 */
const baselineCsp = (path: string) => ({
  key: "Content-Security-Policy",
  value: `frame-ancestors ${frameAncestors(path)}; object-src 'none'; base-uri 'self'; form-action 'self'`,
});
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Workspace packages that export TypeScript sources.
  transpilePackages: ["@dateline/db", "@dateline/schema"],
  // Native driver and Prisma runtime stay as Node requires, never bundled.
  serverExternalPackages: ["@dateline/parser", "chrono-node", "better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "@prisma/client", "prisma"],
  async headers() {
    return [
      // Everything but the embed: framed by this site only (X-Frame-Options for browsers without CSP 2).
      { source: `/:path((?!${EMBED_PATH.slice(1)}(?:/|$)).*)`, headers: [...securityHeaders, baselineCsp("/"), { key: "X-Frame-Options", value: "SAMEORIGIN" }] },
      // The embed: framed by any site. No X-Frame-Options at all: it has no value that allows every
      // site, and a browser that let it win over CSP would refuse the frame.
      { source: `${EMBED_PATH}/:path*`, headers: [...securityHeaders, baselineCsp(EMBED_PATH)] },
    ];
  },
};

export default nextConfig;
