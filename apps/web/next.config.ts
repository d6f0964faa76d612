import type { NextConfig } from "next";

/**
 * Headers for every response. The page CSP (script nonces) is set per request in src/proxy.ts;
 * this baseline policy applies everywhere, API routes included, and the two are enforced together.
 */
const securityHeaders = [
  { key: "Content-Security-Policy", value: "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "SAMEORIGIN" },
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
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
