// One lint config for the monorepo. The import bans here are the architecture rules of
// ARCHITECTURE.md, enforced so that no reviewer has to remember them.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const noFocusedTests = {
  selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name=/^(only|skip)$/]",
  message: "No focused or skipped tests.",
};
const nodeBuiltins = ["node:*", "fs", "fs/*", "path", "os", "child_process", "crypto", "url", "process"];

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "**/.next/**",
      "**/generated/**",
      "**/next-env.d.ts",
      "**/*.config.*",
      "**/.turbo/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": ["error", noFocusedTests],
    },
  },
  {
    // The parser library is pure: chrono-node only, no I/O, no clock, no environment.
    files: ["packages/parser/src/**/*.ts"],
    ignores: ["packages/parser/src/cli.ts", "packages/parser/src/cli/**", "packages/parser/src/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: nodeBuiltins, message: "@dateline/parser is pure: no Node built-ins outside the CLI." },
            { group: ["@prisma/*", "react", "react-dom", "next", "next/*", "@dateline/db", "@dateline/db/*", "zod"], message: "@dateline/parser depends on chrono-node only." },
          ],
        },
      ],
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "The reference instant is an argument." },
        { object: "process", property: "env", message: "Callers pass options; no environment reads." },
      ],
      "no-restricted-syntax": [
        "error",
        noFocusedTests,
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "The reference instant is an argument: no new Date()." },
      ],
    },
  },
  {
    // Only @dateline/db talks to Prisma.
    files: ["apps/**/*.{ts,tsx}", "packages/schema/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@prisma/*", "prisma", "better-sqlite3", "pg"], message: "Only @dateline/db imports Prisma or database drivers." }] },
      ],
    },
  },
  {
    // D3 layout code is pure TypeScript: no React, no database.
    files: ["apps/web/src/features/timeline/d3/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["react", "react-dom", "next", "next/*", "@dateline/db", "@dateline/db/*", "@prisma/*"], message: "d3/ holds pure functions: no React, no database." }] },
      ],
    },
  },
  {
    // The public timeline's browser code takes only types from the zod schemas (their values come
    // from @dateline/schema/constants): zod and the schemas it builds would delay the first paint.
    files: ["apps/web/src/features/timeline/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: ["@dateline/schema", "@dateline/schema/timeline", "@dateline/schema/admin", "zod"].map((name) => ({
            name,
            allowTypeImports: true,
            message: "Timeline browser code imports types only from the zod schemas; constants come from @dateline/schema/constants.",
          })),
        },
      ],
    },
  },
  {
    // Article and event text is rendered as text: React text nodes and d3 .text(), never raw HTML.
    files: ["apps/web/src/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        noFocusedTests,
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Render text as text: no dangerouslySetInnerHTML." },
        { selector: "CallExpression[callee.property.name='html']", message: "Render text as text: d3 .text(), never .html()." },
        { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: "Render text as text: no innerHTML/outerHTML." },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: "Render text as text: no insertAdjacentHTML." },
      ],
    },
  },
);
