import { afterEach, describe, expect, it, vi } from "vitest";
import { checkSameOrigin } from "./origin";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("checkSameOrigin", () => {
  it.each<{ name: string; headers: Record<string, string>; ok: boolean }>([
    { name: "same origin", headers: { host: "news.example:3000", origin: "http://news.example:3000" }, ok: true },
    { name: "same origin over https", headers: { host: "news.example", origin: "https://news.example" }, ok: true },
    { name: "same origin with Sec-Fetch-Site", headers: { host: "news.example", origin: "https://news.example", "sec-fetch-site": "same-origin" }, ok: true },
    { name: "missing Origin", headers: { host: "news.example" }, ok: false },
    { name: "Origin null", headers: { host: "news.example", origin: "null" }, ok: false },
    { name: "foreign origin", headers: { host: "news.example", origin: "https://evil.example" }, ok: false },
    { name: "foreign port", headers: { host: "news.example:3000", origin: "http://news.example:4000" }, ok: false },
    { name: "look-alike host", headers: { host: "news.example", origin: "https://news.example.evil.example" }, ok: false },
    { name: "non-http scheme", headers: { host: "news.example", origin: "file://news.example" }, ok: false },
    { name: "malformed Origin", headers: { host: "news.example", origin: "not a url" }, ok: false },
    { name: "cross-site fetch metadata", headers: { host: "news.example", origin: "https://news.example", "sec-fetch-site": "cross-site" }, ok: false },
    { name: "x-middleware-subrequest", headers: { host: "news.example", origin: "https://news.example", "x-middleware-subrequest": "middleware" }, ok: false },
    { name: "forged X-Forwarded-Host without a trusted proxy", headers: { host: "news.example", origin: "https://evil.example", "x-forwarded-host": "evil.example" }, ok: false },
  ])("$name → $ok", ({ headers, ok }) => {
    expect(checkSameOrigin(new Headers(headers)).ok).toBe(ok);
  });

  it("uses X-Forwarded-Host behind a trusted proxy", () => {
    vi.stubEnv("DATELINE_TRUSTED_PROXY", "1");
    const headers = new Headers({ host: "10.0.0.5:3000", origin: "https://news.example", "x-forwarded-host": "news.example" });
    expect(checkSameOrigin(headers).ok).toBe(true);
  });
});
