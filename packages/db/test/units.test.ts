import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AppError, HTTP_STATUS, httpStatusOf, type AppErrorCode } from "../src/errors.ts";
import { contentHash, normaliseForHash } from "../src/hash.ts";
import { defaultDatabaseUrl, resolveDatabase } from "../src/paths.ts";
import { isSeedFileName, parseSeedFile } from "../src/seed.ts";
import { packageDir, repoDir } from "./helpers.ts";

describe("HTTP_STATUS / httpStatusOf", () => {
  it.each<[AppErrorCode, number]>([
    ["INVALID_INPUT", 400],
    ["UNAUTHORIZED", 401],
    ["FORBIDDEN", 403],
    ["NOT_FOUND", 404],
    ["CONFLICT", 409],
    ["PAYLOAD_TOO_LARGE", 413],
  ])("%s → %i", (code, status) => {
    const error = new AppError(code, "x");
    expect(HTTP_STATUS[code]).toBe(status);
    expect(error.status).toBe(status);
    expect(httpStatusOf(error)).toBe(status);
  });

  it.each([new Error("bug"), "a string", null])("anything else → 500 (%s)", (thrown) => {
    expect(httpStatusOf(thrown)).toBe(500);
  });
});

describe("normaliseForHash / contentHash", () => {
  it.each([
    { a: "Hello  world", b: "Hello world", same: true },
    { a: "\uFEFFline one\r\nline two\n", b: "line one line two", same: true },
    { a: "Cafe\u0301", b: "Café", same: true },
    { a: "Hello world", b: "hello world", same: false },
    { a: "2022-02", b: "2022-03", same: false },
  ])("$a vs $b → same: $same", ({ a, b, same }) => {
    expect(normaliseForHash(a) === normaliseForHash(b)).toBe(same);
    expect(contentHash(a) === contentHash(b)).toBe(same);
    expect(contentHash(a)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("resolveDatabase", () => {
  it.each([
    { url: "file:/tmp/x.db", expected: { provider: "sqlite", url: "file:/tmp/x.db", file: "/tmp/x.db" } },
    { url: "file:./data/t.db", expected: { provider: "sqlite", url: `file:${repoDir}/data/t.db`, file: `${repoDir}/data/t.db` } },
    { url: "file::memory:", expected: { provider: "sqlite", url: "file::memory:", file: ":memory:" } },
    { url: "postgres://root@127.0.0.1:5432/x", expected: { provider: "postgresql", url: "postgres://root@127.0.0.1:5432/x" } },
    { url: "postgresql://root@127.0.0.1/x", expected: { provider: "postgresql", url: "postgresql://root@127.0.0.1/x" } },
  ])("$url", ({ url, expected }) => {
    expect(resolveDatabase(url)).toEqual(expected);
  });

  it.each(["mysql://x", "/tmp/x.db", "sqlite:x.db"])("rejects %s", (url) => {
    expect(() => resolveDatabase(url)).toThrow(/unsupported DATABASE_URL/);
  });

  it("defaults to <repo>/data/dateline.db", () => {
    expect(defaultDatabaseUrl()).toBe(`file:${path.join(repoDir, "data", "dateline.db")}`);
    expect(resolveDatabase("").url).toBe(defaultDatabaseUrl());
  });
});

describe("parseSeedFile", () => {
  it.each([
    { name: "plain text", raw: "Title\nBody.", expected: { text: "Title\nBody." } },
    { name: "BOM stripped", raw: "\uFEFFTitle", expected: { text: "Title" } },
    {
      name: "front matter",
      raw: "---\nurl: https://example.com/a\npublisher: \"Example News\"\npublishedAt: 2023-04-08T06:05Z\ntimezone: Europe/Berlin\nlanguage: en\n---\nBody on Friday.",
      expected: {
        text: "Body on Friday.",
        url: "https://example.com/a",
        publisher: "Example News",
        published: "2023-04-08T06:05Z",
        timezone: "Europe/Berlin",
        language: "en",
      },
    },
    { name: "CRLF front matter with comment", raw: "---\r\n# note\r\ntitle: 'T'\r\n---\r\nBody", expected: { text: "Body", title: "T" } },
    { name: "dashes later are text", raw: "Body\n---\nurl: x\n---\n", expected: { text: "Body\n---\nurl: x\n---\n" } },
  ])("$name", ({ raw, expected }) => {
    expect(parseSeedFile(raw).input).toEqual(expected);
  });

  it.each([
    ["unknown key", "---\nauthor: me\n---\nBody"],
    ["not key: value", "---\njust words\n---\nBody"],
  ])("rejects %s", (_name, raw) => {
    expect(() => parseSeedFile(raw)).toThrow(AppError);
  });

  it.each([
    ["000_9758e7baec3deacb.txt", true],
    ["article.md", true],
    ["README.md", false],
    [".hidden.txt", false],
    ["data.json", false],
  ])("isSeedFileName(%s) → %s", (name, expected) => {
    expect(isSeedFileName(name)).toBe(expected);
  });
});

describe("the two Prisma schemas", () => {
  // Both flavours must describe the same models; only generator output and provider differ.
  const models = (file: string) => {
    const text = readFileSync(path.join(packageDir, file), "utf8");
    return text.slice(text.indexOf("\n/// ") + 1);
  };
  it.each([["prisma/schema.prisma", "prisma/postgres/schema.prisma"]])("%s and %s declare the same models", (a, b) => {
    expect(models(a)).toContain("model Event {");
    expect(models(b)).toBe(models(a));
  });
});
