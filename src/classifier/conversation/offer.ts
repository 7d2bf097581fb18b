/**
 * The offer an assistant's turn ends with ("Want me to write the SQL for it?", "¿Quieres que lo traduzca?",
 * "要我帮你写一封邮件吗？", "要約しましょうか？"). A consent after it ("yes go ahead") asks for what was offered, which
 * may be other work than the turn before: a retention analysis, then an offer to write its SQL.
 * @module
 */
import type { ChatMessage } from "../../core/types.js";
import { messageText } from "../conversation-text.js";

/** How far from the end of the assistant's turn the offer is looked for. */
const TAIL_CHARS = 400;
/** The longest offer clause kept. */
const MAX_CLAUSE_CHARS = 240;

/**
 * Offer words that open the clause, in the ten languages; the clause is what follows them. Sentence-final forms
 * (Japanese ましょうか, Korean 드릴까요 / 할까요) keep the whole sentence, the verb included.
 */
const OPENING = new RegExp(
  [
    "\\b(?:do you want me to|would you like me to|want me to|shall i|should i|would it help if i|let me know if you(?:'d| would)? like me to|if you(?:'d)? like,? i can|if you want,? i can)\\s",
    "(?:quieres|quiere|deseas|desea|te gustar[ií]a|le gustar[ií]a) que (?:te |le |lo |la |los |las )?",
    "\\b(?:soll ich|m[öo]chtest du,? dass ich|m[öo]chten sie,? dass ich|willst du,? dass ich|wollen sie,? dass ich)\\s",
    "\\b(?:voulez-vous que je|veux-tu que je|tu veux que je|vous voulez que je|souhaitez-vous que je|je peux vous|je peux te)\\s",
    "\\b(?:quer que eu|voc[êe] quer que eu|gostaria que eu|deseja que eu)\\s",
    "\\b(?:vuoi che (?:ti |io )?|vuole che (?:le |io )?|desideri che (?:ti )?|preferisci che (?:ti )?)",
    "(?:хотите|хочешь),? (?:чтобы я |я )|(?:^|\\s)мне (?=(?:написать|перевести|сделать|составить|подготовить|переписать|сократить)\\s)",
    "要我|需要我|要不要我|我可以帮你|我可以幫你|我来帮你",
  ].join("|"),
);
/** Sentence-final offer forms (Japanese, Korean). */
const CLOSING = /(?:ましょうか|しましょうか|いたしましょうか|ますか)[？?]?\s*$|(?:드릴까요|할까요|해 드릴까요|해드릴까요)[？?]?\s*$/;

/**
 * An offer made as a statement that ends the turn (round 39): "I can write the wrapper for your Express app if you want.",
 * "puedo escribirte el script si quieres.", "ich kann dir das Skript schreiben, wenn du willst." The offered work is between.
 */
const STATED_OFFER = new RegExp(
  [
    /^(?:i can|i could|happy to) (.{3,200}?),? if you(?:'d)? (?:want|like)(?: me to)?[.!]?$/.source,
    /^(?:te |le )?puedo (.{3,200}?),? si (?:quieres|lo necesitas|te sirve)[.!]?$|^ich kann (?:dir |ihnen )?(.{3,200}?),? wenn (?:du|sie) (?:willst|möchtest|wollen|möchten)[.!]?$/.source,
    /^je (?:peux|pourrais) (.{3,200}?),? si (?:tu veux|vous voulez|vous le souhaitez)[.!]?$|^(?:ti |le )?posso (.{3,200}?),? se (?:vuoi|preferisci)[.!]?$|^(?:eu )?posso (.{3,200}?),? se (?:quiser|voc[êe] quiser)[.!]?$/.source,
    /^(?:я )?могу (.{3,200}?),? если (?:хочешь|хотите|нужно)[.!]?$/.source,
  ].join("|"),
  "u",
);

/** The work a stated offer ending the text names ({@link STATED_OFFER}), or undefined. */
function statedOffer(tail: string): string | undefined {
  const match = STATED_OFFER.exec(lastSentence(tail));
  const clause = match?.slice(1).find((group) => group !== undefined);
  return clause === undefined ? undefined : clause.slice(0, MAX_CLAUSE_CHARS);
}

/** The clause an assistant message offers at its end, lower-cased, or undefined when it ends with no offer. */
export function offerClause(assistant: ChatMessage): string | undefined {
  const text = messageText(assistant);
  const tail = text.slice(-TAIL_CHARS).trim().toLowerCase();
  if (!/[?？]\s*$/.test(tail)) return statedOffer(tail);
  const sentence = lastSentence(tail);
  if (CLOSING.test(sentence)) return sentence.slice(0, MAX_CLAUSE_CHARS);
  if (BARE_OFFER.test(sentence)) return offeredBefore(tail, sentence);
  const match = OPENING.exec(sentence);
  if (!match) return undefined;
  const clause = sentence.slice(match.index + match[0].length).replace(/[?？]\s*$/, "").trim();
  return clause.length >= 3 ? withReferent(clause, text.toLowerCase()).slice(0, MAX_CLAUSE_CHARS) : undefined;
}

/** An offer that names no work ("Want me to?", "Shall I?"): the sentence before it says what it is. */
const BARE_OFFER = /^(?:(?:so|ok(?:ay)?|or),? )?(?:do you want me to|would you like me to|want me to|shall i|should i)(?: do (?:it|that))?[?？]$/;
/** The work named by the sentence before a bare offer: "I could pull the last four weeks and compare …". */
const OFFERED_WORK = /^(?:i could|i can|i'd be happy to|happy to)\s(.{3,240}?)[.!]?$/;

/** The work the sentence before a bare offer names ({@link OFFERED_WORK}), or undefined. */
function offeredBefore(tail: string, bare: string): string | undefined {
  const before = tail.slice(0, tail.length - bare.length).trimEnd();
  if (before.length === 0) return undefined;
  const match = OFFERED_WORK.exec(lastSentence(`${before} `).trim());
  return match?.[1];
}

/** A pronoun the offer's object may be ("want me to write it?"), and the code it stands for, named before the offer. */
const PRONOUN_OBJECT = /\b(?:it|that|this|one|them)\b/;
const CODE_REFERENT = /\b(?:script|function|query|regex|formula|macro|sql)\b/;
const CODE_REFERENTS = new RegExp(CODE_REFERENT.source, "g");

/**
 * The clause with a pronoun object replaced by the code the assistant named before it: "write it" after "a small Python
 * script could read the export…" offers the script (twentieth round), which read alone was a piece of writing.
 */
function withReferent(clause: string, text: string): string {
  if (!PRONOUN_OBJECT.test(clause) || CODE_REFERENT.test(clause)) return clause;
  const named = [...text.matchAll(CODE_REFERENTS)].at(-1)?.[0];
  return named === undefined ? clause : clause.replace(PRONOUN_OBJECT, `the ${named}`);
}

/** The last sentence of a text that ends with a question mark: from after the previous sentence end. */
function lastSentence(tail: string): string {
  const body = tail.slice(0, -1);
  let start = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    const c = body.charCodeAt(i);
    // . ! ? and their full-width forms, and line breaks, end a sentence (a "." inside "e.g." may cut early: harmless).
    if (c === 10 || c === 0x3002 || c === 0xff01 || c === 0xff1f || ((c === 46 || c === 33 || c === 63) && body.charCodeAt(i + 1) === 32)) {
      start = i + 1;
      break;
    }
  }
  return tail.slice(start).trim();
}

/** The assistant turn right before the latest user turn, when there is one. */
export function assistantBefore(messages: readonly ChatMessage[], latestIndex: number): ChatMessage | undefined {
  const previous = latestIndex > 0 ? messages[latestIndex - 1] : undefined;
  return previous?.role === "assistant" ? previous : undefined;
}
