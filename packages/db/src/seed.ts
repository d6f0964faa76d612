/**
 * Seeds: every article file in a folder, imported with `importDocument`. A file may start with
 * front matter:
 *
 *     ---
 *     url: https://example.com/article
 *     publisher: Example News
 *     publishedAt: 2023-04-08T06:05Z
 *     timezone: Europe/Berlin
 *     language: en
 *     title: Optional title
 *     ---
 *
 * Files without it are plain text; the parser then detects the publication date in the text.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { importDocument, type ImportDocumentInput } from "./documents.ts";
import type { DbOption } from "./client.ts";
import { AppError } from "./errors.ts";
import { seedsDir } from "./paths.ts";

const FIELDS = {
  url: "url",
  publisher: "publisher",
  publishedAt: "published",
  published: "published",
  timezone: "timezone",
  language: "language",
  title: "title",
} as const satisfies Record<string, keyof ImportDocumentInput>;

type FrontMatterKey = keyof typeof FIELDS;

function isFrontMatterKey(key: string): key is FrontMatterKey {
  return Object.hasOwn(FIELDS, key);
}

export interface SeedFile {
  /** Import input: the body as `text`, front-matter fields mapped to input fields. */
  input: ImportDocumentInput;
}

/**
 * Splits optional front matter (`---` lines around `key: value` lines) from the body. Values may
 * be quoted. Unknown keys and malformed lines throw AppError INVALID_INPUT naming the line.
 */
export function parseSeedFile(raw: string): SeedFile {
  const source = raw.replace(/^\uFEFF/, "");
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return { input: { text: source } };
  const input: ImportDocumentInput = { text: source.slice(match[0].length) };
  for (const [index, line] of (match[1] ?? "").split(/\r?\n/).entries()) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    const kv = /^([A-Za-z]+)\s*:\s*(.*)$/.exec(line.trim());
    const key = kv?.[1];
    if (!kv || key === undefined || !isFrontMatterKey(key)) {
      throw new AppError("INVALID_INPUT", `front matter line ${index + 2}: expected one of ${Object.keys(FIELDS).join(", ")}: "${line}"`);
    }
    input[FIELDS[key]] = (kv[2] ?? "").trim().replace(/^(["'])(.*)\1$/, "$2");
  }
  return { input };
}

/** Which files of the seeds folder are articles: `.txt` and `.md`, except README and dotfiles. */
export function isSeedFileName(name: string): boolean {
  return /\.(txt|md)$/i.test(name) && !name.startsWith(".") && !/^readme\./i.test(name);
}

export interface SeedResult {
  file: string;
  created: boolean;
  documentId: string;
  eventCount: number;
  warnings: string[];
}

/**
 * Imports every seed file of `dir` (default `<repo>/seeds`), in name order, as `published`
 * events by actor `seed`. Files already imported (same content) are skipped without parsing.
 */
export async function seedDirectory(dir: string = seedsDir(), options: DbOption = {}): Promise<SeedResult[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && isSeedFileName(e.name)).map((e) => e.name).sort();
  const results: SeedResult[] = [];
  for (const file of files) {
    const { input } = parseSeedFile(await readFile(path.join(dir, file), "utf8"));
    const imported = await importDocument(input, { ...options, status: "published", actor: "seed" });
    results.push({
      file,
      created: imported.created,
      documentId: imported.documentId,
      eventCount: imported.eventIds.length,
      warnings: imported.warnings.map((w) => `${w.code}: ${w.message}`),
    });
  }
  return results;
}
