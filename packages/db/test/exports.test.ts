// Every subpath the exports map declares must load and export something.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { packageDir } from "./helpers.ts";

const pkg = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as {
  name: string;
  exports: Record<string, string | { types: string; default: string }>;
};
const codeExports = Object.entries(pkg.exports).filter(([key]) => key !== "./package.json");

describe("package exports", () => {
  it.each(codeExports)("%s loads", async (key) => {
    const specifier = key === "." ? pkg.name : `${pkg.name}/${key.slice(2)}`;
    const mod: Record<string, unknown> = await import(specifier);
    expect(Object.keys(mod).length).toBeGreaterThan(0);
  });

  it.each(codeExports)("%s points at files that exist", (_key, target) => {
    const files = typeof target === "string" ? [target] : [target.types, target.default];
    for (const file of files) expect(() => readFileSync(path.join(packageDir, file))).not.toThrow();
  });
});
