/**
 * A turn that says it changes the subject ("ok totally unrelated but…", "different thing:", "换个话题", "話変わるけど",
 * "다른 얘기인데") is read on its own: the coding session or the tool results before it are not its context. Without
 * this, "ok different thing, we adopted a cat, throw some names at me" in a coding agent was read as code work
 * (eighth round).
 * @module
 */
import type { ChatMessage } from "../../core/types.js";
import type { ConversationClassification, ConversationClassifier } from "../classifier.js";
import type { ConversationReading } from "./read-conversation.js";

/** Words that announce another subject, in the ten cue languages. */
const TOPIC_SWITCH = new RegExp(
  [
    /\b(?:unrelated|different (?:thing|question|topic)|off[- ]topic|random question|side question|totally different|change of (?:topic|subject)|switching gears|nothing to do with (?:code|this|the code))\b/.source,
    /otra cosa|no tiene nada que ver|cambiando de tema|was anderes|etwas anderes|andere frage|ganz anderes thema|themenwechsel|autre chose|rien à voir|changement de sujet|hors sujet/.source,
    /outra coisa|nada a ver|mudando de assunto|altra cosa|non c'entra|cambiando argomento|другой вопрос|не по теме|не про код|на другую тему/.source,
    /换个话题|题外话|另一个问题|跟代码无关|和代码无关|不相关的问题|話変わる|話は変わ|関係ないけど|別件|다른 얘기|딴 얘기|상관없는 질문|별개로/.source,
  ].join("|"),
);

/** The latest turn's own reading when it announces another subject after earlier turns; undefined otherwise. */
export function topicSwitchReading(base: ConversationClassifier, messages: readonly ChatMessage[], reading: ConversationReading): { result: ConversationClassification; turn: ChatMessage } | undefined {
  if (reading.latestIndex < 1 || !TOPIC_SWITCH.test(reading.latestLower)) return undefined;
  const turn = messages[reading.latestIndex] as ChatMessage;
  return { result: base.classify([turn]), turn };
}
