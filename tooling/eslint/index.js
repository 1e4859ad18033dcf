// Shared lint config. The import boundaries here enforce ARCHITECTURE.md's
// dependency rule: the domain stays pure, browser apps never reach the database.
import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";
import globals from "globals";

const base = tseslint.config(
  { ignores: ["dist/**", "dist-server/**", "node_modules/**", ".turbo/**", "**/*.config.*"] },
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
  // Type-aware rules: the mistakes the compiler lets through. A promise nobody awaits loses its
  // error (and, inside a transaction, runs after the commit); a promise where a void callback is
  // expected (an event handler, a forEach) is the same mistake; a switch over a union that
  // misses a member silently does nothing when the union grows.
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      // Each package is linted from its own folder (`eslint .`), where its tsconfig.json lives.
      parserOptions: { projectService: true, tsconfigRootDir: process.cwd() },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      // A `default` is a deliberate answer for the rest; without one, every member needs a case.
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
    },
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
  restrict(
    ["pg", "kysely", "@trpc/*", "node:*", "fastify", "@electric-sql/*", "@zorgpact/db", "@zorgpact/api", "react"],
    "The domain package is pure: it imports zod only.",
  ),
];

/** db: domain only, never the API or apps. */
export const db = [...base, restrict(["@trpc/*", "@zorgpact/api", "fastify", "react"], "The db package may import the domain only.")];

/** storage: files in a folder or an S3 bucket; knows nothing of the domain, the API or HTTP servers. */
export const storage = [
  ...base,
  restrict(["@trpc/*", "@zorgpact/*", "fastify", "react", "kysely", "pg"], "The storage package stores bytes only: no domain, database or API."),
];

/** api: domain and db, never an app or HTTP server. */
export const api = [...base, restrict(["fastify", "react", "@zorgpact/server"], "The api package may import domain and db only.")];

/** server: everything inward. */
export const server = base;

/**
 * React: the rules of hooks (and the compiler-backed checks that come with them), and the
 * accessibility rules that can be checked in JSX. The axe check in the browser tests covers
 * what only the rendered page shows.
 */
const react = [
  {
    files: ["**/*.tsx", "**/*.ts"],
    ...reactHooks.configs.flat["recommended-latest"],
    rules: { ...reactHooks.configs.flat["recommended-latest"].rules, "react-hooks/exhaustive-deps": "error" },
  },
  { files: ["**/*.tsx"], ...jsxA11y.flatConfigs.recommended },
  {
    files: ["**/*.tsx"],
    rules: {
      // A named region that scrolls sideways must be focusable to be scrolled by keyboard (axe:
      // scrollable-region-focusable; WCAG 2.1.1), as packages/ui's TableWrap does.
      "jsx-a11y/no-noninteractive-tabindex": ["error", { tags: [], roles: ["tabpanel", "region"], allowExpressionValues: true }],
    },
  },
];

/** Browser apps: API as a type, domain schemas; never db or server code. */
export const browser = [
  ...base,
  ...react,
  { languageOptions: { globals: { ...globals.browser } } },
  restrict(
    ["@zorgpact/db", "@zorgpact/db/*", "pg", "kysely", "@electric-sql/*", "node:*", "@zorgpact/server"],
    "Browser apps never import database or server code.",
  ),
  {
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@zorgpact/api", "@zorgpact/api/*"], allowTypeImports: true, message: "Import the API as a type only (import type { AppRouter })." },
          ],
        },
      ],
    },
  },
];

export default base;
