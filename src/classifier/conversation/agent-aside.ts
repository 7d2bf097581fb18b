/**
 * A short user turn in the middle of an agent's run (nineteenth round): the user asked for work, the agent called tools,
 * and before it answered the user added a fact ("it's semester 2 btw", "die Balkontür zählt auch als Fenster") or
 * prompted it on ("so what happened", "ok what's going on"). Such a turn says nothing of its own about the work; the
 * ask the tools serve does. The conversation is then read up to that ask, unless the turn's own cue words name other
 * work ("ok now translate it").
 * @module
 */
import type { ChatMessage } from "../../core/types.js";
import { messageText } from "../conversation-text.js";
import { isClosing } from "./closing.js";
import type { ConversationReading } from "./read-conversation.js";

/**
 * Prompts the agent on, the whole turn: "so what happened", "ok what's going on", "what did you find?", "so what's the
 * plan", "ok what do you think", "break it down for me", "and?", "well?",
 * "¿y qué pasó?", "und, was ist los?", "alors, qu'est-ce qui se passe ?", "ну что там?", "结果呢？", "どうだった？".
 */
const PROMPTS_ON =
  /^(?:(?:ok(?:ay)?|so|and|well|hmm+|right|alright|soo+)[,.!]*\s+)*(?:so\s+)?(?:what(?:'?s| is) (?:going on|up with (?:it|that|this))|what happened|what did you find(?: out)?|what(?:'?s| is) the (?:verdict|story|damage|result)|what have you got|what(?:'?s| is) the plan|what do you think|what(?:'?s| is) your (?:take|read)|thoughts|break it down(?: for me)?|any luck|findings|results|and|so|well|go on|continue|keep going|y qu[eé] pas[oó]|qu[eé] pas[oó]|qu[eé] encontraste|und,? was (?:ist los|hast du gefunden)|was ist (?:da )?los|alors,? (?:qu'est-ce qui se passe|tu as trouv[ée] quoi)|e a[ií],? o que (?:aconteceu|houve)|o que aconteceu|allora,? (?:cosa [èe] successo|che succede)|cosa [èe] successo|ну,? что (?:там|случилось)|что случилось|结果呢|怎么样了|发生了什么|どうだった|何があった|어떻게 됐어|무슨 일이야)\s*[?？!.…]*\s*$/u;
/**
 * Adds or corrects a fact of the run: "btw", "fwiw", "for context", "X counts as a window too", "wait actually it's the
 * 5th, I put it in wrong", "übrigens",
 * "por cierto", "au fait", "кстати", "顺便说一下", "ちなみに", "참고로".
 */
const ADDS_A_FACT =
  /\b(?:btw|fwiw|fyi|by the way|for what it'?s worth|for context|just so you know|keep in mind|forgot to (?:say|mention)|oh and|counts as (?:a |an )?\w+ (?:too|as well)|wait,? actually|correction|scratch that|i (?:put|typed|wrote|entered|got) (?:it|that|them|the \w+) (?:in )?wrong)\b|übrigens|zählt auch als|por cierto|tambi[ée]n cuenta como|au fait|compte aussi comme|a prop[óo]sito|tamb[ée]m conta como|conta anche come|кстати|тоже считается|顺便说一下|顺便说|ちなみに|참고로/u;

/** A turn longer than this carries material or an ask of its own. */
const MAX_ASIDE_CHARS = 160;

/**
 * The index of the user turn whose ask the agent's tools are serving when the latest turn is an aside to that run
 * (see the module comment), or undefined.
 */
export function agentRunAsk(messages: readonly ChatMessage[], reading: ConversationReading): number | undefined {
  const { anchorIndex, latestIndex } = reading;
  if (anchorIndex < 0 || reading.agent.toolMessages + reading.agent.toolCalls === 0 || reading.followUp !== undefined || reading.latestLower.length > MAX_ASIDE_CHARS) return undefined;
  const text = reading.latestLower.trim();
  // "thanks, that's all btw" closes the run.
  if (isClosing(text)) return undefined;
  // A fact added with a question of its own ("any issues before I merge? we run 4 workers btw") asks that question.
  if (!PROMPTS_ON.test(text) && !(ADDS_A_FACT.test(text) && !/[?？]/u.test(text))) return undefined;
  let toolWork = 0;
  for (let i = anchorIndex + 1; i < latestIndex; i++) {
    const message = messages[i] as ChatMessage;
    if (message.role === "tool" || message.role === "function") toolWork++;
    else if (message.role === "user") return undefined;
    else if (message.role === "assistant") {
      const calls = message.tool_calls?.length ?? 0;
      // The agent answered (text with no tool call): the turn replies to that answer, not to the run.
      if (calls === 0 && messageText(message).trim() !== "") return undefined;
      toolWork += calls;
    }
  }
  return toolWork > 0 ? anchorIndex : undefined;
}
