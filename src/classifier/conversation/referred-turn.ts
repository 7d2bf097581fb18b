/**
 * Turns that refer to an earlier user turn for their task, and are read as that turn (nineteenth round):
 * - an aside in an agent's run ("it's semester 2 btw", "so what happened"; `agent-aside.ts`): the ask the run serves,
 *   unless the aside's own cue words name other work;
 * - a what-if with figures of its own after a sum ("what if we lease instead at $42/month?"; `follow-up-figures.ts`):
 *   that sum again.
 * @module
 */
import type { ChatMessage } from "../../core/types.js";
import type { ConversationClassification } from "../classifier.js";
import { agentRunAsk } from "./agent-aside.js";
import { asksWhatIfWithFigures } from "./follow-up-figures.js";
import type { ConversationReading } from "./read-conversation.js";

/** The reading the latest turn takes from the turn it refers to, and the reason to give. */
export interface ReferredReading {
  result: ConversationClassification;
  reason: string;
}

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
  if (reading.anchorIndex < 0 || reading.followUp !== undefined || !asksWhatIfWithFigures(reading.latestLower)) return undefined;
  const anchor = readTurns(messages.slice(0, reading.anchorIndex + 1));
  if (anchor.task.label !== "math" || reading.cues.some((cue) => cue.strong && cue.task !== "math")) return undefined;
  return { result: anchor, reason: `task math from turn ${reading.latestIndex + 1}: a what-if with its own figures after the sum of turn ${reading.anchorIndex + 1}` };
}
