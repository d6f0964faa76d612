#!/usr/bin/env node
// The `dateline-parse` command. A committed shim, so npm links the command at install time even
// in a fresh checkout where `dist/` is not built yet; the CLI itself is compiled to dist/cli.js.
import { existsSync } from "node:fs";

const cli = new URL("../dist/cli.js", import.meta.url);
if (!existsSync(cli)) {
  console.error("dateline-parse: the parser is not built yet; run `npm run build -w @dateline/parser` (npm install does it)");
  process.exit(1);
}
await import(cli.href);
