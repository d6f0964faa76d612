// Prisma CLI configuration: the JS/WASM schema engine with a driver adapter, so `generate`,
// `migrate deploy` and `migrate diff` need no native engine download (see TOOLCHAIN-NOTES).
// DATABASE_URL picks the flavour: SQLite (default, prisma/) or PostgreSQL (prisma/postgres/).
import { defineConfig } from "prisma/config";
import { ensureSqliteDir, resolveDatabase } from "./src/paths.ts";

const target = resolveDatabase();
// The schema's `url = env("DATABASE_URL")` must resolve even when the variable is unset.
process.env.DATABASE_URL = target.url;
const dir = target.provider === "postgresql" ? "prisma/postgres" : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: `${dir}/schema.prisma`,
  migrations: { path: `${dir}/migrations` },
  async adapter() {
    if (target.provider === "postgresql") {
      // adapter-pg 7.x (the 6.19 adapter fails `migrate deploy`: "Column type 'name' …"), with
      // migration scripts sent whole (see src/pg-adapter.ts).
      const { MigrationPrismaPg } = await import("./src/pg-adapter.ts");
      return new MigrationPrismaPg({ connectionString: target.url });
    }
    ensureSqliteDir(target);
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSQLite3({ url: target.url });
  },
});
