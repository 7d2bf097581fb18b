/**
 * A question about the code the assistant just wrote ("why would python do it that way", "explain it bit by bit, I
 * don't paste what I don't understand", "为啥要加 engine=\"openpyxl\"？", "mas pq o objeto muda?") asks to read that code:
 * code review, not more code. The follow-up forms catch a bare "why?"; this catches the longer questions, in the ten
 * cue languages, when the assistant's answer or the user's turn before it shows code and the turn asks for no change
 * (eighth round).
 * @module
 */
import type { ChatMessage } from "../../core/types.js";
import type { ConversationClassification } from "../classifier.js";
import { messageText } from "../conversation-text.js";
import { assistantBefore } from "./offer.js";
import { showsCode } from "./code-shape.js";
import type { ConversationReading } from "./read-conversation.js";
import { CHANGE_REQUEST } from "./task-words.js";

/** Readings a question about code just written is not. */
const NOT_READING = new Set(["code_generation", "simple_qa", "chat"]);
/** Characters of the assistant's turn read for code. */
const ASSISTANT_CHARS = 4_000;
/** A question this long brings material of its own. */
const MAX_QUESTION_CHARS = 400;

/** Opens with why, how come, explain, or what happens if, after an optional conjunction. */
const CODE_QUESTION = new RegExp(
  "^[¿¡\\s]*(?:(?:but|and|so|ok|okay|hmm|wait|y|pero|und|aber|et|mais|mas|e|ma|а|и|но)[,.]?\\s+)?(?:" +
    [
      "why|how come|how does (?:it|this|that)|explain|walk me through|what (?:does|happens if|would happen if|if i)",
      // "walk through what it does when the list is empty", "step through it with n = 0": the code traced on an input
      "(?:walk|step|trace) (?:us )?through (?:it|this|that|what (?:it|this|that) does|what happens)",
      // "would it match 'GIR 0AA'?", "does it handle leap years?": how the code behaves on an input (twenty-eighth round)
      "(?:would|does|will|can|could) (?:it|this|that|the (?:regex|pattern|function|query|code|script|method)) (?:still )?(?:match|accept|reject|catch|handle|work (?:for|with|on)|pass|fail|break|cope with)",
      "por ?qu[eé]|pq|c[oó]mo (?:funciona|es que)|qu[eé] pasa si|expl[ií]ca",
      "warum|wieso|weshalb|was passiert,? wenn|wie funktioniert|erkl[äa]r",
      "pourquoi|comment (?:ça|ca) marche|que se passe-t-il si|expliqu",
      "por que|porque|o que acontece se|expli(?:ca|que)",
      "perch[eé]|come mai|cosa succede se|spiega",
      "почему|зачем|как (?:это )?работает|что будет,? если|объясни",
      "为什么|為什麼|为啥|為啥|怎么会|如果不|不加会|なぜ|どうして|なんで|왜|설명",
    ].join("|") +
    ")",
);

/**
 * Asks the code just written to do something else ("can it read the hours from a csv instead", "make it take the total as
 * a command line arg", "could it also print the average?"): a change to write, not a review (fourteenth round).
 */
const CAPABILITY_ASK =
  /^(?:\S+[.!,]\s+)?(?:(?:can|could) (?:it|you make it|we make it|you have it)|make it|have it) (?:also |instead )?(?:read|take|accept|output|write|print|save|load|support|handle|skip|ignore|sort|return|use|send|work)\b/;
/** An inline code span with code punctuation (`^[A-Z]{1,2}[0-9]$`, `df.groupby(...)`): a regex or a call written in a line. */
const INLINE_CODE = /`[^`\n]{0,200}[\\^$[\]{}();=][^`\n]{0,200}`/;
/** Readings a change asked of the code just written is not. */
const NOT_CHANGE = new Set(["code_review", "extraction", "simple_qa", "chat", "analysis"]);

/** A code review reading of a question about the code just written, or undefined when the reading stands. */
export function codeQuestionReading(messages: readonly ChatMessage[], reading: ConversationReading, result: ConversationClassification): { result: ConversationClassification; why: string } | undefined {
  const text = reading.latestLower;
  if (text.length > MAX_QUESTION_CHARS) return undefined;
  const question = NOT_READING.has(result.task.label) && CODE_QUESTION.test(text) && !CHANGE_REQUEST.test(text);
  const change = NOT_CHANGE.has(result.task.label) && CAPABILITY_ASK.test(text);
  if (!question && !change) return undefined;
  const assistant = assistantBefore(messages, reading.latestIndex);
  if (assistant === undefined) return undefined;
  const written = messageText(assistant).slice(0, ASSISTANT_CHARS);
  if (!showsCode("assistant", written) && !INLINE_CODE.test(written) && !showsCode("user", reading.previousUserLower)) return undefined;
  const task = { label: question ? "code_review" : "code_generation", confidence: Math.max(0.6, result.task.confidence) };
  const why = question ? "asks why or how the code just discussed works" : "asks the code just written to do something else";
  return { result: { task, difficulty: result.difficulty, strongProbability: result.strongProbability }, why };
}
