import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { PACKAGE_DIR } from "./helpers.js";

interface Manifest {
  name: string;
  bin: Record<string, string>;
  exports: Record<string, string | { types: string; import: string }>;
  files: string[];
  sideEffects: boolean;
}

const manifest = JSON.parse(readFileSync(join(PACKAGE_DIR, "package.json"), "utf8")) as Manifest;

/** Named exports every declared entry point must provide (the map cannot drift silently). */
const EXPECTED: Record<string, string[]> = {
  ".": ["parseDocument", "PARSER_VERSION", "STAGES", "PARSER_ORDER", "REFINER_ORDER"],
  "./date": ["toDateValue", "formatValue", "intervalMs", "parseReferenceDate", "isTimexValue", "PRECISIONS", "comparePrecision"],
};

const codeEntries = Object.entries(manifest.exports).filter(([, target]) => typeof target !== "string");

describe("package exports", () => {
  it("declares expectations for every code entry point", () => {
    expect(codeEntries.map(([path]) => path).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(codeEntries)("%s resolves to built files with the named exports", async (path, target) => {
    if (typeof target === "string") throw new Error("unreachable");
    expect(existsSync(join(PACKAGE_DIR, target.types))).toBe(true);
    const byFile = (await import(pathToFileURL(join(PACKAGE_DIR, target.import)).href)) as Record<string, unknown>;
    const byName = (await import(`${manifest.name}${path.slice(1)}`)) as Record<string, unknown>;
    for (const name of EXPECTED[path] ?? []) {
      expect(byFile[name], `${path} exports ${name}`).toBeDefined();
      expect(byName[name]).toBe(byFile[name]);
    }
  });

  it("keeps ./date free of chrono-node (client bundles import it)", () => {
    const dir = join(PACKAGE_DIR, "dist", "date");
    for (const file of ["index.js", "calendar.js", "value.js", "iso.js"]) {
      expect(readFileSync(join(dir, file), "utf8")).not.toMatch(/chrono-node|\.\.\/(?:chrono|stages)\//);
    }
  });

  it("./package.json points at the manifest", () => {
    expect(manifest.exports["./package.json"]).toBe("./package.json");
  });

  it.each(Object.entries(manifest.bin))("bin %s exists and is executable", (_name, file) => {
    const stat = statSync(join(PACKAGE_DIR, file));
    expect(stat.mode & 0o111).not.toBe(0);
    expect(readFileSync(join(PACKAGE_DIR, file), "utf8").startsWith("#!/usr/bin/env node")).toBe(true);
  });

  it.each(Object.entries(manifest.bin))("bin %s runs the built CLI", (_name, file) => {
    const run = spawnSync(process.execPath, [join(PACKAGE_DIR, file), "--help"], { encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout + run.stderr).toMatch(/dateline-parse/);
  });

  it("is publishable: dist and bin in files, no side effects", () => {
    expect(manifest.files).toContain("dist");
    expect(manifest.files).toContain("bin");
    expect(manifest.sideEffects).toBe(false);
  });
});
