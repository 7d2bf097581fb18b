// Lint: typescript-eslint with the promise rules on (streaming proxies need them) and the layer rules that
// keep dependencies pointing inward (see docs/architecture.md).
import tseslint from "typescript-eslint";

const layer = (files, forbidden) => ({
  files,
  rules: {
    "no-restricted-imports": [
      "error",
      { patterns: forbidden.map((folder) => ({ group: [`**/${folder}/*`, `**/${folder}/**`], message: `This layer must not import ${folder}/ (dependencies point inward).` })) },
    ],
  },
});

const OUTER = ["server", "cli", "dashboard"];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "bench/results/**", "coverage/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { arguments: false } }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "error",
    },
  },
  {
    // Tiers and tasks are named by clients (`switchyard/tier/<name>`, `x-switchyard-task`): `record[name]` would
    // reach Object.prototype for `__proto__`, `constructor`, `toString`... Use ownValue / hasOwnKey (src/core/own-property.ts).
    // (src/eval reads datasets, not client input, and indexes arrays named `prices`.)
    files: ["src/**/*.ts"],
    ignores: ["**/*.test.ts", "src/eval/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[computed=true][property.type!='Literal'][object.type='MemberExpression'][object.property.name=/^(tiers|tasks|budgets|experiments|prices|pricing)$/]:not([object.object.name='weights'])",
          message: "Lookups keyed by outside input must be own-property only: use ownValue()/hasOwnKey() from src/core/own-property.ts, or a Map.",
        },
      ],
    },
  },
  {
    // Header values that came from outside (model ids, names, upstream text) can throw in Node or inject; every
    // header goes through setSafeHeaders / safeOutgoingHeaders (src/server/safe-header.ts).
    files: ["src/server/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.type='MemberExpression'][callee.property.name=/^(header|headers|setHeader|writeHead)$/]",
          message: "Write response headers with setSafeHeaders() (or safeOutgoingHeaders() for writeHead) from src/server/safe-header.ts.",
        },
        {
          selector: "MemberExpression[computed=true][property.type!='Literal'][object.type='MemberExpression'][object.property.name=/^(tiers|tasks|budgets|experiments|prices|pricing)$/]",
          message: "Lookups keyed by outside input must be own-property only: use ownValue()/hasOwnKey() from src/core/own-property.ts, or a Map.",
        },
      ],
    },
  },
  layer(["src/core/**/*.ts"], ["config", "catalog", "classifier", "routing", "upstream", "budget", "log", "storage", "eval", "testing", ...OUTER]),
  layer(["src/catalog/**/*.ts", "src/config/**/*.ts", "src/classifier/**/*.ts"], ["routing", "upstream", "budget", "log", "storage", "eval", "testing", ...OUTER]),
  // learning/ sits next to classifier/: routing, log and storage may use it, it uses none of them.
  layer(["src/learning/**/*.ts"], ["routing", "upstream", "budget", "log", "storage", "eval", "testing", ...OUTER]),
  layer(["src/routing/**/*.ts", "src/upstream/**/*.ts", "src/budget/**/*.ts", "src/log/**/*.ts"], ["storage", "eval", "testing", ...OUTER]),
  layer(["src/storage/**/*.ts", "src/eval/**/*.ts", "src/testing/**/*.ts"], OUTER),
  layer(["src/server/**/*.ts"], ["cli", "dashboard"]),
  // training/ (the conversation generators and dev evaluation scripts) is type-checked by tsconfig.training.json, which
  // the root tsconfig does not include; its scripts print their results, as bench/'s do.
  {
    files: ["training/**/*.ts"],
    languageOptions: { parserOptions: { projectService: false, project: ["./tsconfig.training.json"], tsconfigRootDir: import.meta.dirname } },
  },
  // Tests, benchmarks and training scripts are composition roots of their own: they may wire any layer together.
  { files: ["bench/**/*.ts", "src/cli/**/*.ts", "test/**/*.ts", "training/**/*.ts", "**/*.test.ts"], rules: { "no-console": "off" } },
  { files: ["**/*.test.ts"], rules: { "no-restricted-imports": "off" } },
);
