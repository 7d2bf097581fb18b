/**
 * Turns that refer to an earlier user turn for their task, and are read as that turn (nineteenth round):
 * - an aside in an agent's run ("it's semester 2 btw", "so what happened"; `agent-aside.ts`): the ask the run serves,
 *   unless the aside's own cue words name other work;
 * - a what-if with figures of its own after a sum ("what if we lease instead at $42/month?"; `follow-up-figures.ts`):
 *   that sum again; and (twenty-fifth round) after the sum the assistant worked out from figures given without a
 *   question ("I'm looking at a car lease: 36 months, 299 a month…" → "That comes to 12,764 (2,000 + 36 × 299)…" →
 *   "contract says 0.12 per extra km. what if I drive 20,000 a year?"): that sum, with the figures changed.
 * @module
 */
import type { ChatMessage } from "../../core/types.js";
import type { ConversationClassification } from "../classifier.js";
import { agentRunAsk } from "./agent-aside.js";
import { asksWhatIfWithFigures, showsWorkedSum } from "./follow-up-figures.js";
import type { ConversationReading } from "./read-conversation.js";
import { turnAsk } from "./turn-asks.js";

/** The reading the latest turn takes from the turn it refers to, and the reason to give. */
export interface ReferredReading {
  result: ConversationClassification;
  reason: string;
}

/** Writing asked in words no cue holds: "and what if you made up a little song", "me escribes", "напишешь", "写一首". */
const WRITING =
  /\b(?:write|wrote|make up|made up|compose|draft|song|poem|story|invitation|speech|toast|rhyme)\b|escrib|canci[oó]n|schreib|lied\b|[ée]cri[st]|chanson|scriv|canzone|escrev|can[çc][ãa]o|напиш|сочини|песн|[写寫]|歌|書い|作って|써|노래/;

/** An assistant's answer that is a sum is short: a longer one that works sums weighs options or walks through a puzzle. */
const SUM_ANSWER_CHARS = 320;

/**
 * The reading of the earlier turn the latest one refers to, when it does (see the module comment). `readTurns` reads a
 * conversation cut after that turn, guarded as any conversation is.
 */
export function referredReading(
  messages: readonly ChatMessage[],
  reading: ConversationReading,
  readTurns: (messages: readonly ChatMessage[]) => ConversationClassification,
): ReferredReading | undefined {
  const ask = agentRunAsk(messages, reading);
  if (ask !== undefined) {
    const asked = readTurns(messages.slice(0, ask + 1));
    const task = asked.task.label;
    if (reading.cues.some((cue) => cue.strong && cue.task !== task)) return undefined;
    return { result: asked, reason: `task ${task} from turn ${ask + 1} (turn ${reading.latestIndex + 1} adds to the agent's run for it)` };
  }
  if (reading.anchorIndex < 0 || reading.followUp !== undefined) return undefined;
  // The sum may be the assistant's, worked out in its answer to figures the writer gave without a question (twenty-fifth round).
  const answer = messages[reading.latestIndex - 1];
  const worked = !reading.agent.coding && answer?.role === "assistant" && typeof answer.content === "string" && answer.content.length <= SUM_ANSWER_CHARS && showsWorkedSum(answer.content);
  if (reading.cues.some((cue) => cue.strong && cue.task !== "math")) return undefined;
  const strict = asksWhatIfWithFigures(reading.latestLower);
  // "what if we do a pirate theme for 20 kids and you write the invitation": writing asked, weakly or strongly, is no sum.
  const writing = turnAsk(reading) !== undefined || reading.cues.some((cue) => cue.task === "creative_writing") || WRITING.test(reading.latestLower);
  if (!strict && !(worked && !writing && asksWhatIfWithFigures(reading.latestLower, true))) return undefined;
  const anchor = readTurns(messages.slice(0, reading.anchorIndex + 1));
  const reason = `task math from turn ${reading.latestIndex + 1}: a what-if with its own figures after the sum of turn ${reading.anchorIndex + 1}`;
  if (anchor.task.label === "math") return { result: anchor, reason };
  // Only figures given without a question: a turn that asked something ("help me choose", "fastest total?") was
  // answered with its sums as part of another task (a choice weighed, a puzzle solved), and the what-if asks that again.
  const given = messages[reading.anchorIndex]?.content;
  if (!worked || typeof given !== "string" || /[?？]/u.test(given)) return undefined;
  const why = `task math from turn ${reading.latestIndex + 1}: a what-if with its own figures after the sum worked out in turn ${reading.latestIndex}`;
  return { result: { ...anchor, task: { label: "math", confidence: anchor.task.confidence } }, reason: why };
}
