// Prisma CLI configuration: the JS/WASM schema engine with a driver adapter, so `generate`,
// `migrate deploy` and `migrate diff` need no native engine download (see TOOLCHAIN-NOTES).
import { defineConfig } from "prisma/config";
import { ensureSqliteDir, resolveDatabase } from "./src/paths.ts";

const target = resolveDatabase();
// The schema's `url = env("DATABASE_URL")` must resolve even when the variable is unset.
process.env.DATABASE_URL = target.url;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    ensureSqliteDir(target);
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSQLite3({ url: target.url });
  },
});
