// Shared lint config. The import boundaries here enforce ARCHITECTURE.md's
// dependency rule: the domain stays pure, browser apps never reach the database.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

const base = tseslint.config(
  { ignores: ["dist/**", "node_modules/**", ".turbo/**", "**/*.config.*"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: "Read configuration through the package's env.ts only.",
        },
      ],
    },
  },
  {
    files: ["**/env.ts", "**/*.test.ts", "**/test/**", "**/scripts/**", "**/bench/**"],
    rules: { "no-restricted-syntax": "off" },
  },
);

const restrict = (patterns, message) => ({
  rules: {
    "no-restricted-imports": ["error", { patterns: patterns.map((group) => ({ group: [group], message })) }],
  },
});

/** Domain: zod only. No I/O, no framework, no clock. */
export const domain = [
  ...base,
  restrict(["pg", "kysely", "@trpc/*", "node:*", "fastify", "@electric-sql/*", "@zorgpact/db", "@zorgpact/api", "react"], "The domain package is pure: it imports zod only."),
];

/** db: domain only, never the API or apps. */
export const db = [...base, restrict(["@trpc/*", "@zorgpact/api", "fastify", "react"], "The db package may import the domain only.")];

/** api: domain and db, never an app or HTTP server. */
export const api = [...base, restrict(["fastify", "react", "@zorgpact/server"], "The api package may import domain and db only.")];

/** server: everything inward. */
export const server = base;

/** Browser apps: API as a type, domain schemas; never db or server code. */
export const browser = [
  ...base,
  { languageOptions: { globals: { ...globals.browser } } },
  restrict(["@zorgpact/db", "@zorgpact/db/*", "pg", "kysely", "@electric-sql/*", "node:*", "@zorgpact/server"], "Browser apps never import database or server code."),
  {
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@zorgpact/api", "@zorgpact/api/*"], allowTypeImports: true, message: "Import the API as a type only (import type { AppRouter })." }] },
      ],
    },
  },
];

export default base;
