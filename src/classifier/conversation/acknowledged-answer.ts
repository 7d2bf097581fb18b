/**
 * A bare acknowledgement of an answer ("ok cool", "got it", "alles klar", "明白了") after the assistant answered and offered
 * nothing (round 43, dev-197: "ok cool" after "It's scheduled to go live on March 1; nothing else needed from you" was
 * read as another quick question). Nothing is asked: the model only replies in kind, chat. After an offer or a question
 * the same words consent or answer (`offer.ts`, the follow-up readings), so those are left alone; so is a coding agent's
 * run, where "ok" after a diagnosis often lets the agent go on.
 * @module
 */
import type { ChatMessage } from "../../core/types.js";
import { messageText } from "../conversation-text.js";
import { assistantBefore, offerClause } from "./offer.js";
import type { ConversationReading } from "./read-conversation.js";

/** An acknowledgement and nothing else, in the ten cue languages ("sounds good 👍": an emoji may close it), or a reaction in emoji alone ("👍"). */
const ACKNOWLEDGEMENT =
  /^(?:(?:ok|okay|okey|k|kk|cool|great|nice|alright|all right|right|sure|got it|gotcha|understood|makes sense|noted|roger|perfect|awesome|sweet|good|fine|i see|ah|oh|sounds (?:good|great)|will do)(?:[\s,.!]+|$)){1,3}(?:one|that|thanks?|ty)?(?:[\s.!]|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f)*$|^(?:vale|de acuerdo|entendido|genial|perfecto|ya veo|ah vale|alles klar|verstanden|okay super|super|gut|d'accord|compris|parfait|je vois|capito|va bene|perfetto|ho capito|entendi|beleza|perfeito|certo|понятно|ясно|хорошо|ок|ладно|好的|明白了|了解了?|知道了|行|わかりました|了解です|なるほど|알겠어요|알겠습니다|네 알겠어요|그렇군요)[\s.!。！]*$|^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f|\s)+$/u;

/** An acknowledgement is this long at most (a longer turn, a pasted document too, is not read for one). */
const MAX_ACKNOWLEDGEMENT_CHARS = 60;

/** Whether the latest turn only acknowledges an answer that offered nothing (see the module comment). */
export function acknowledgesAnswer(messages: readonly ChatMessage[], reading: ConversationReading): boolean {
  if (reading.latestIndex < 0 || reading.latestLower.length > MAX_ACKNOWLEDGEMENT_CHARS || reading.agent.coding || !ACKNOWLEDGEMENT.test(reading.latestLower.trim())) return false;
  const answer = assistantBefore(messages, reading.latestIndex);
  if (answer === undefined || messageText(answer).trim() === "") return false;
  return offerClause(answer) === undefined && !/[?？]\s*$/u.test(messageText(answer).trim());
}
