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
  layer(["src/core/**/*.ts"], ["config", "catalog", "classifier", "routing", "upstream", "budget", "log", "storage", "eval", "testing", ...OUTER]),
  layer(["src/catalog/**/*.ts", "src/config/**/*.ts", "src/classifier/**/*.ts"], ["routing", "upstream", "budget", "log", "storage", "eval", "testing", ...OUTER]),
  // learning/ sits next to classifier/: routing, log and storage may use it, it uses none of them.
  layer(["src/learning/**/*.ts"], ["routing", "upstream", "budget", "log", "storage", "eval", "testing", ...OUTER]),
  layer(["src/routing/**/*.ts", "src/upstream/**/*.ts", "src/budget/**/*.ts", "src/log/**/*.ts"], ["storage", "eval", "testing", ...OUTER]),
  layer(["src/storage/**/*.ts", "src/eval/**/*.ts", "src/testing/**/*.ts"], OUTER),
  layer(["src/server/**/*.ts"], ["cli", "dashboard"]),
  // Tests and benchmarks are composition roots of their own: they may wire any layer together.
  { files: ["bench/**/*.ts", "src/cli/**/*.ts", "test/**/*.ts", "**/*.test.ts"], rules: { "no-console": "off" } },
  { files: ["**/*.test.ts"], rules: { "no-restricted-imports": "off" } },
);
