/**
 * Asks a reading of the turn's words can miss, in the cue languages, each in its own file: a choice among options or a
 * writer who cannot decide (`choice-asks.ts`), a pick among named labels for each item (`labelling-asks.ts`), work on a
 * pasted log or its debugging (`pasted-log-asks.ts`), a question why code fails or what is wrong with it
 * (`code-diagnosis-asks.ts`). Here: the verdict's shape they share, and a reading of ideas with only a piece's cues in
 * the turn is that piece, and the reverse (twelfth round).
 * @module
 */
import type { CueHit } from "./cue-matcher.js";
import type { ConversationReading } from "./read-conversation.js";

/** A guard's verdict: the task and why (the same shape as `task-guards.ts`'s). */
export interface AskedWork {
  task: string;
  why: string;
}

/** Writing one piece and listing many ideas: the two tasks a reading most often swaps for the other. */
const PIECE_OR_IDEAS: Readonly<Record<string, string>> = { brainstorming: "creative_writing", creative_writing: "brainstorming" };

/**
 * The other of writing and ideas when only the other's cues are in the turn: "能不能帮我写一段祝寿词" (a birthday speech)
 * read as ideas, "ช่วยคิดหัวข้อคอนเทนต์" (think up topics) read as a piece to write (twelfth round).
 */
export function pieceOrIdeasGuard(task: string, reading: ConversationReading): AskedWork | undefined {
  const other = PIECE_OR_IDEAS[task];
  if (other === undefined) return undefined;
  let named: CueHit | undefined;
  for (const cue of reading.cues) {
    if (cue.task === task) return undefined;
    if (cue.task === other) named ??= cue;
  }
  return named === undefined ? undefined : { task: other, why: `'${named.word}' (${named.lang}) names ${other === "creative_writing" ? "a piece to write" : "ideas to list"}` };
}
