/**
 * A change to code asked in a few words after code was shown (round 39): "add a concurrency limit of 5 without a
 * library", "do the unhashable fallback too", "make it async", "añade reintentos", "mach das asynchron", "加上超时处理".
 * With no task word in it, the turn read as small talk; the verb asks a change to the code above, which is code to write.
 * Only a chat reading is taken, only when code is in the conversation, and only a short turn that opens with the verb; in
 * a coding agent's run a review reading too, when the turn names no review, check or cause (round 53).
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** A change verb opening the turn, in the ten cue languages. */
const CHANGE_VERB =
  /^(?:(?:ok(?:ay)?|now|also|and|then|pls|please|great|cool)[,!.]?\s){0,2}(?:add|make|do(?!\s(?:you|u|we|i|they)\b)|handle|remove|drop|use|switch|rename|refactor|change|wrap|support|cache|retry|convert|rewrite)\s|^(?:a[ñn]ade|agrega|haz|quita|usa|cambia|maneja|f[üu]g(?:e)?|mach|entfern(?:e)?|nutz(?:e)?|verwende|[äa]nder(?:e)?|ajoute|fais|enl[èe]ve|utilise|change|g[èe]re|aggiungi|fai|togli|cambia|gestisci|adiciona|acrescenta|faz|faça|tira|troca|добавь|сделай|убери|используй|замени|обработай)\s|^(?:加上|加个|加一个|改成|去掉|换成|处理一下)|(?:を追加して|を加えて|にして|に変えて|を外して)[。！]?$|(?:추가해|바꿔|빼 ?줘|처리해)/u;
/**
 * A review or a check named in the turn ("add this to the review", "make sure it's right", "добавь в ревью"; a check added, "добавь проверку", is a change): the change verb
 * opens a review then. Without one, a short change asked in a coding agent's run is the change, whatever error word it
 * holds (round 53: "добавь проверку size <= 0 с ошибкой и тест на это" was a review by the cue 'ошибкой', "with an error").
 */
const REVIEW_NAMED = /\b(?:review|check (?:it|this|that|if|whether|the)|look (?:at|over)|audit|make sure|verify|why)\b|revis|überprüf|prüfe\s|vérifie|verifica\s|проверь|ревью|почему|warum|pourquoi|perch[ée]|por ?qu[ée]|检查一下|审查|为什么|レビュー|確認して|なぜ|리뷰|검토|왜/u;
/**
 * A turn that asks a question, declines the change ("change nothing, just tell me what's wrong", "do nothing yet, what's
 * the bug?", "ändere nichts") or opens with an idiom ("make sense of this error", "use your judgement: …") asks a review,
 * not the change (round 53's review: these review readings were turned to code). Literal words: linear.
 */
const NO_CHANGE = /[?？]|\b(?:nothing|anything|make sense|your judge?ment)\b|nichts|\brien\b|niente|\bnada\b|ничего|何も|아무것도|什么都不/u;
/** Words the turn may run to. */
const MAX_WORDS = 12;
/** Characters of a Chinese, Japanese or Korean turn. */
const MAX_CHARS = 60;

/** Code to write for a short change asked after code was shown, read as small talk (module comment). */
export function changeAskedGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (task !== "chat" || !reading.agent.codeInContext) return undefined;
  return shortChangeAsked(reading);
}

/** Code to write for a short change asked in a coding agent's run, settled as a review by an error word in it (round 53). */
export function changeOverReviewGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (task !== "code_review" || !reading.agent.coding || REVIEW_NAMED.test(reading.latestLower) || NO_CHANGE.test(reading.latestLower)) return undefined;
  return shortChangeAsked(reading);
}

function shortChangeAsked(reading: ConversationReading): GuardResult | undefined {
  const text = reading.latestLower.trim();
  if (text.length > MAX_CHARS * 2 || text.split(/\s+/u).length > MAX_WORDS || (!/\s/u.test(text) && text.length > MAX_CHARS)) return undefined;
  const asked = CHANGE_VERB.exec(text);
  return asked === null ? undefined : { task: "code_generation", why: `'${asked[0].trim()}' asks a change to the code shown` };
}
