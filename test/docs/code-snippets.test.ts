import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The TypeScript snippets of README.md and docs/simulator.md, as a newcomer copies them: each must type-check
 * against the current exports under the strictest settings a user's project may have (`strict`,
 * `noUncheckedIndexedAccess`, `exactOptionalPropertyTypes`), and the simulator's library snippet must run.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const DOCS = ["README.md", "docs/simulator.md"];

interface Snippet {
  doc: string;
  index: number;
  code: string;
}

function snippetsOf(doc: string): Snippet[] {
  const text = readFileSync(path.join(ROOT, doc), "utf8");
  const blocks = [...text.matchAll(/^```(?:ts|typescript)\n([\s\S]*?)^```$/gm)];
  return blocks.map((block, index) => ({ doc, index, code: block[1] ?? "" }));
}

const snippets = DOCS.flatMap(snippetsOf);

/** Where each snippet sits for the compiler: beside the tests, so `openai` and `@anthropic-ai/sdk` resolve. */
const virtualPath = (snippet: Snippet): string => path.join(ROOT, "test/docs", `snippet-${path.basename(snippet.doc, ".md")}-${snippet.index}.ts`);

function typeErrors(): string[] {
  const files = new Map(snippets.map((snippet) => [virtualPath(snippet), snippet.code]));
  const options: ts.CompilerOptions = {
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: ["node"],
    noEmit: true,
    skipLibCheck: true,
    baseUrl: ROOT,
    // What `import ... from "switchyard"` finds once the package is installed: its exports, as source.
    paths: { switchyard: ["src/index.ts"], "switchyard/testing": ["src/testing/index.ts"] },
  };
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (file) => files.has(file) || fileExists.call(host, file);
  host.readFile = (file) => files.get(file) ?? readFile.call(host, file);
  host.getSourceFile = (file, language, ...rest) => {
    const code = files.get(file);
    return code === undefined ? getSourceFile.call(host, file, language, ...rest) : ts.createSourceFile(file, code, language, true);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file !== undefined && files.has(diagnostic.file.fileName))
    .map((diagnostic) => `${path.basename(diagnostic.file?.fileName ?? "")}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`);
}

describe("the docs' TypeScript snippets", () => {
  it("finds the snippets it checks (the README's clients and library, the simulator's two)", () => {
    expect(snippets.map((snippet) => snippet.doc)).toEqual(["README.md", "README.md", "README.md", "docs/simulator.md", "docs/simulator.md"]);
  });

  it("type-check as written against the current exports, under exactOptionalPropertyTypes too", () => {
    expect(typeErrors()).toEqual([]);
  }, 120_000);

  it("run the simulator's library snippet: the budget tier's first model is rate-limited, so the call falls back", async () => {
    const snippet = snippets.find((candidate) => candidate.doc === "docs/simulator.md" && candidate.code.includes("createRouter"));
    if (!snippet) throw new Error("docs/simulator.md has no createRouter snippet");
    const source = (name: string) => JSON.stringify(pathToFileURL(path.join(ROOT, "src", name)).href);
    const runnable = snippet.code
      .replace(/from "switchyard\/testing"/, `from ${source("testing/index.ts")}`)
      .replace(/from "switchyard"/, `from ${source("index.ts")}`)
      .replace(/await router\.close\(\);/, "globalThis.__snippetResult = { model, attempts };\nawait router.close();");
    const dir = mkdtempSync(path.join(tmpdir(), "switchyard-snippet-"));
    const file = path.join(dir, "snippet.ts");
    writeFileSync(file, runnable);
    try {
      await import(pathToFileURL(file).href);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const result = (globalThis as { __snippetResult?: { model: string; attempts: number } }).__snippetResult;
    expect(result?.model).not.toBe("openai/gpt-5-nano");
    expect(result?.attempts).toBe(2);
  }, 60_000);
});
