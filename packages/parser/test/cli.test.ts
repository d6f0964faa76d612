import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_DIR, SEED_PATH } from "./helpers.js";

const CLI = join(PACKAGE_DIR, "dist", "cli.js");

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface CliEvent {
  date: { value: string };
  title: string;
}

describe("dateline-parse", () => {
  it("prints the seed's three events as JSON", () => {
    const r = run([SEED_PATH, "--format", "json"]);
    expect(r.code).toBe(0);
    const [doc] = JSON.parse(r.stdout) as { file: string; document: { published: { value: string } }; events: CliEvent[] }[];
    expect(doc?.document.published.value).toBe("2023-04-08T06:05");
    expect(doc?.events.map((e) => e.date.value)).toEqual(["2023-04-07", "2022-02", "2022-10"]);
  });

  it.each([
    { format: "csv", pattern: /^file,id,date,precision/ },
    { format: "md", pattern: /\| 2022-02 \| month \| Moscow launched/ },
  ])("prints $format", ({ format, pattern }) => {
    const r = run([SEED_PATH, "--format", format]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(pattern);
  });

  it("guards CSV cells against formula injection", () => {
    const dir = mkdtempSync(join(tmpdir(), "dateline-cli-"));
    const file = join(dir, "inject.txt");
    writeFileSync(file, "=HYPERLINK(1) was signed in May 2021.\n+Cmd launched in June 2020.\n");
    const r = run([file, "--format", "csv", "--published", "2023-04-08"]);
    expect(r.code).toBe(0);
    const cells = r.stdout.split("\n").slice(1).filter(Boolean);
    expect(cells).toHaveLength(2);
    expect(r.stdout).toContain("'=HYPERLINK(1) was signed");
    expect(r.stdout).toContain("'+Cmd launched");
    expect(r.stdout).not.toMatch(/(^|,)[=+@-]/m);
  });

  it("invents no date without a reference, and says in md how many it left out", () => {
    const dir = mkdtempSync(join(tmpdir(), "dateline-cli-"));
    const file = join(dir, "undated.txt");
    writeFileSync(file, "Acme will report results in early October this year. It was founded in March 1988. Sales fell on Friday.\n");
    const [doc] = JSON.parse(run([file]).stdout) as { events: CliEvent[]; warnings: { code: string }[] }[];
    expect(doc?.events.map((e) => e.date.value)).toEqual(["1988-03"]);
    expect(doc?.warnings.filter((w) => w.code === "unresolved-relative")).toHaveLength(2);
    const md = run([file, "--format", "md"]).stdout;
    expect(md).toContain("published: unknown (2 relative dates left out: pass --published ISO)");
    expect(md).not.toContain("2000-10");
  });

  it("uses --published and reads front matter", () => {
    const dir = mkdtempSync(join(tmpdir(), "dateline-cli-"));
    const file = join(dir, "fm.txt");
    writeFileSync(file, "---\npublishedAt: 2023-04-08\ntimezone: UTC\n---\nThe talks were held yesterday in Geneva.\n");
    const fromMeta = JSON.parse(run([file]).stdout) as { events: CliEvent[] }[];
    expect(fromMeta[0]?.events[0]?.date.value).toBe("2023-04-07");
    const fromFlag = JSON.parse(run([file, "--published", "2020-01-10"]).stdout) as { events: CliEvent[] }[];
    expect(fromFlag[0]?.events[0]?.date.value).toBe("2020-01-09");
  });

  it("reads JSON lines and answers each, bad lines included", () => {
    const input = [
      JSON.stringify({ id: "a", text: "The talks were held yesterday.", published: "2023-04-08" }),
      "not json",
      JSON.stringify({ id: "b", text: "x", published: "bad" }),
      JSON.stringify({ id: "c", text: 42 }),
      JSON.stringify({ id: "d", text: "Talks began at 06:05 GMT today.", published: "2023-04-08T06:05Z", timezone: "Asia/Kathmandu" }),
    ].join("\n");
    const r = run(["--jsonl"], input);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(["a", null, "b", "c", "d"]);
    expect((lines[4]?.document as { timezone: string }).timezone).toBe("Asia/Kathmandu");
    expect(Object.keys(lines[0] ?? {})).toEqual(["id", "document", "events", "mentions", "warnings"]);
    expect(lines[2]?.error).toBe('invalid published date: "bad"');
    expect(lines[3]?.error).toMatch(/text/);
  });

  it.each([
    { args: ["--help"], code: 0, out: /usage: dateline-parse/ },
    { args: [], code: 2, err: /no input files/ },
    { args: ["--bogus", "x"], code: 2, err: /unknown option: --bogus/ },
    { args: [SEED_PATH, "--format", "xml"], code: 2, err: /unknown format: "xml"/ },
    { args: [SEED_PATH, "--published", "nope"], code: 2, err: /invalid published date: "nope"/ },
    { args: [SEED_PATH, "--timezone", "Mars/Base"], code: 2, err: /invalid timezone: "Mars\/Base"/ },
    { args: ["/no/such/file.txt"], code: 1, err: /cannot read \/no\/such\/file.txt \(ENOENT\)/ },
  ])("exits $code for $args", ({ args, code, out, err }) => {
    const r = run(args);
    expect(r.code).toBe(code);
    if (out) expect(r.stdout).toMatch(out);
    if (err) expect(r.stderr).toMatch(err);
  });
});
