#!/usr/bin/env node
/**
 * dateline-parse: the command-line front of @dateline/parser.
 *
 *   dateline-parse FILE... [--published ISO] [--timezone ZONE] [--locale en-GB] [--format json|csv|md]
 *   dateline-parse --jsonl [--timezone ZONE] < docs.jsonl      (one JSON line in, one out)
 *
 * Exit codes: 0 ok, 1 a file could not be read, 2 usage error.
 */
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { parseDocument } from "./index.js";
import type { ParseOptions, ParseResult, ParsedEvent } from "./types.js";

const USAGE = `usage: dateline-parse FILE... [--published ISO] [--timezone ZONE] [--locale LOCALE] [--format json|csv|md]
       dateline-parse --jsonl [--timezone ZONE] [--locale LOCALE] < in.jsonl > out.jsonl

Prints the dated events found in each FILE (UTF-8 text; a leading '---' front matter block may give
publishedAt/published and timezone).
  --published ISO   publication date/time, the reference for relative dates (default: found in the text)
  --timezone ZONE   IANA zone for wall-clock times (default UTC)
  --locale LOCALE   en, en-US, en-GB (day-first numeric dates) … (default en)
  --format FORMAT   json (default), csv or md
  --jsonl           read {"id","text","published"[,"timezone"]} JSON lines on stdin, write
                    {"id","document","events","mentions","warnings"} lines (or {"id","error"})
  --help            this text
Exit codes: 0 ok, 1 file error, 2 usage error.`;

class UsageError extends Error {}

type Format = "json" | "csv" | "md";

interface CliArgs {
  files: string[];
  published?: string;
  timezone?: string;
  locale?: string;
  format: Format;
  jsonl: boolean;
  help: boolean;
}

function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { files: [], format: "json", jsonl: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`${a} needs a value`);
      return v;
    };
    const [flag, inline] = a.startsWith("--") && a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
    const take = (): string => inline ?? value();
    switch (flag) {
      case "--help":
      case "-h":
        args.help = true;
        break;
      case "--jsonl":
        args.jsonl = true;
        break;
      case "--published":
        args.published = take();
        break;
      case "--timezone":
        args.timezone = take();
        break;
      case "--locale":
        args.locale = take();
        break;
      case "--format": {
        const f = take();
        if (f !== "json" && f !== "csv" && f !== "md") throw new UsageError(`unknown format: "${f}" (json, csv or md)`);
        args.format = f;
        break;
      }
      default:
        if (a.startsWith("-") && a !== "-") throw new UsageError(`unknown option: ${a}`);
        args.files.push(a);
    }
  }
  if (!args.help && !args.jsonl && args.files.length === 0) throw new UsageError("no input files");
  if (args.jsonl && args.files.length > 0) throw new UsageError("--jsonl reads stdin; do not pass files");
  return args;
}

/** Reads front matter (`---` … `---`) and blanks it out, so offsets stay offsets into the file. */
function splitFrontMatter(content: string): { text: string; meta: Record<string, string> } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(content);
  if (!m) return { text: content, meta: {} };
  const meta: Record<string, string> = {};
  for (const line of (m[1] ?? "").split(/\r?\n/)) {
    const kv = /^\s*([A-Za-z_]\w*)\s*:\s*(.*?)\s*$/.exec(line);
    if (kv?.[1]) meta[kv[1]] = (kv[2] ?? "").replace(/^["']|["']$/g, "");
  }
  return { text: m[0].replace(/[^\n]/g, " ") + content.slice(m[0].length), meta };
}

/** Prefixes cells a spreadsheet would run as a formula; quotes cells with separators. */
function csvCell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const mdCell = (s: string | number): string => String(s).replace(/\|/g, "\\|").replace(/\s+/g, " ");

interface FileResult {
  file: string;
  result: ParseResult;
}

function eventRow(e: ParsedEvent): (string | number)[] {
  return [e.id, e.date.value, e.date.precision, e.date.start, e.date.end, e.title, e.confidence, e.span.start, e.span.end, e.sentence];
}
const HEADER = ["id", "date", "precision", "start", "end", "title", "confidence", "span_start", "span_end", "sentence"];

/** Says how many relative dates had no reference to count from (`Friday`, `October this year`). */
function skippedNote(result: FileResult["result"]): string {
  const n = result.warnings.filter((w) => w.code === "unresolved-relative").length;
  return n === 0 ? "" : ` (${n} relative date${n === 1 ? "" : "s"} left out: pass --published ISO)`;
}

function render(results: FileResult[], format: Format): string {
  if (format === "json") {
    return JSON.stringify(results.map(({ file, result }) => ({ file, document: result.document, events: result.events, warnings: result.warnings })), null, 2) + "\n";
  }
  if (format === "csv") {
    const rows = [["file", ...HEADER], ...results.flatMap(({ file, result }) => result.events.map((e) => [file, ...eventRow(e)]))];
    return rows.map((r) => r.map(csvCell).join(",")).join("\n") + "\n";
  }
  return results
    .map(({ file, result }) => {
      const head = `## ${mdCell(file)}\n\npublished: ${result.document.published?.value ?? "unknown"}${skippedNote(result)}\n\n| date | precision | title | confidence |\n|---|---|---|---|\n`;
      return head + result.events.map((e) => `| ${mdCell(e.date.value)} | ${e.date.precision} | ${mdCell(e.title)} | ${e.confidence} |`).join("\n") + "\n";
    })
    .join("\n");
}

function baseOptions(args: CliArgs): ParseOptions {
  const o: ParseOptions = {};
  if (args.timezone !== undefined) o.timezone = args.timezone;
  if (args.locale !== undefined) o.locale = args.locale;
  return o;
}

async function runJsonl(args: CliArgs): Promise<number> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    if (line.trim() === "") continue;
    let id: unknown = null;
    try {
      const rec: unknown = JSON.parse(line);
      if (rec === null || typeof rec !== "object" || Array.isArray(rec)) throw new Error("line is not a JSON object");
      const r = rec as Record<string, unknown>;
      id = r.id ?? null;
      if (typeof r.text !== "string") throw new Error(`"text" must be a string`);
      const options = baseOptions(args);
      if (typeof r.published === "string" && r.published !== "") options.published = r.published;
      if (typeof r.timezone === "string" && r.timezone !== "") options.timezone = r.timezone;
      const result = parseDocument(r.text, options);
      process.stdout.write(JSON.stringify({ id, document: result.document, events: result.events, mentions: result.mentions, warnings: result.warnings }) + "\n");
    } catch (error) {
      process.stdout.write(JSON.stringify({ id, line: lineNo, error: error instanceof Error ? error.message : String(error) }) + "\n");
    }
  }
  return 0;
}

async function main(argv: string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`dateline-parse: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.jsonl) {
    try {
      parseDocument("", baseOptions(args)); // validate --timezone/--locale once, up front
    } catch (error) {
      process.stderr.write(`dateline-parse: ${(error as Error).message}\n`);
      return 2;
    }
    return runJsonl(args);
  }
  const results: FileResult[] = [];
  for (const file of args.files) {
    let content: string;
    try {
      content = readFileSync(file === "-" ? 0 : file, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "";
      process.stderr.write(`dateline-parse: cannot read ${file}${code ? ` (${code})` : ""}\n`);
      return 1;
    }
    const { text, meta } = splitFrontMatter(content);
    const options = baseOptions(args);
    const published = args.published ?? meta.publishedAt ?? meta.published;
    if (published) options.published = published;
    if (options.timezone === undefined && meta.timezone) options.timezone = meta.timezone;
    try {
      results.push({ file, result: parseDocument(text, options) });
    } catch (error) {
      process.stderr.write(`dateline-parse: ${file}: ${(error as Error).message}\n`);
      return 2;
    }
  }
  process.stdout.write(render(results, args.format));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`dateline-parse: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
