/**
 * Loads test/fixtures/agent-transcript.json (a coding agent's session, written for the affinity measurements)
 * and replays it as the Anthropic Messages requests the agent sends, one per assistant turn.
 * @module
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** A content block as the transcript holds it. */
export type TranscriptBlock = Record<string, unknown> & { type: string };

interface TranscriptFile {
  system: string;
  tools: Record<string, unknown>[];
  turns: { user?: string; assistant: TranscriptBlock[]; results?: { tool_use_id: string; text?: string; $file?: string }[]; user_after?: string }[];
}

/** One Messages message. */
export interface TranscriptMessage {
  role: "user" | "assistant";
  content: string | TranscriptBlock[];
}

/** One turn of the replay: the request the agent sends, and the answer it got. */
export interface TranscriptTurn {
  system: string;
  tools: Record<string, unknown>[];
  messages: TranscriptMessage[];
  answer: TranscriptBlock[];
}

/** The transcript's turns. `extraToolResultChars` pads the first tool result (for agent-sized prompts). */
export function loadAgentTranscript({ extraToolResultChars = 0 } = {}): TranscriptTurn[] {
  const file = JSON.parse(readFileSync(path.join(repoRoot, "test/fixtures/agent-transcript.json"), "utf8")) as TranscriptFile;
  const history: TranscriptMessage[] = [];
  const turns: TranscriptTurn[] = [];
  let padded = extraToolResultChars === 0;
  for (const turn of file.turns) {
    if (turn.user) push(history, { role: "user", content: [{ type: "text", text: turn.user }] });
    turns.push({ system: file.system, tools: file.tools, messages: structuredClone(history), answer: turn.assistant });
    push(history, { role: "assistant", content: turn.assistant });
    if (turn.results) {
      const blocks = turn.results.map((result) => {
        let text = result.text ?? readFileSync(path.join(repoRoot, result.$file ?? ""), "utf8");
        if (!padded) {
          text += `\n${repoText(extraToolResultChars)}`;
          padded = true;
        }
        return { type: "tool_result", tool_use_id: result.tool_use_id, content: text };
      });
      push(history, { role: "user", content: blocks });
    }
    if (turn.user_after) push(history, { role: "user", content: [{ type: "text", text: turn.user_after }] });
  }
  return turns;
}

/** Consecutive user blocks merge into one message, as agents send them. */
function push(history: TranscriptMessage[], message: TranscriptMessage): void {
  const last = history.at(-1);
  if (last && last.role === message.role && Array.isArray(last.content) && Array.isArray(message.content)) last.content.push(...message.content);
  else history.push(message);
}

/** `chars` characters of this repository's own source, as a huge `cat` of many files would return. */
export function repoText(chars: number): string {
  const dirs = ["src/routing", "src/routing/fallback", "src/server", "src/server/routes", "src/catalog", "src/classifier", "src/storage/sqlite", "src/log"];
  const pieces: string[] = [];
  let length = 0;
  while (length < chars) {
    for (const dir of dirs) {
      for (const name of readdirTs(dir)) {
        const text = `// ${dir}/${name}\n${readFileSync(path.join(repoRoot, dir, name), "utf8")}`;
        pieces.push(text);
        length += text.length;
        if (length >= chars) return pieces.join("\n").slice(0, chars);
      }
    }
  }
  return pieces.join("\n").slice(0, chars);
}

function readdirTs(dir: string): string[] {
  return (readdirSyncSafe(path.join(repoRoot, dir)) ?? []).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts")).sort();
}

function readdirSyncSafe(dir: string): string[] | undefined {
  try {
    return readdirSync(dir);
  } catch {
    return undefined;
  }
}
