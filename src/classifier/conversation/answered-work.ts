/**
 * What the assistant's last answer gave, read from its shape (round 48): a letter or message, or a list of items. A
 * follow-up that asks for more of it ("more angles for the CFO", "10 more, edgier", "ok now a more formal version for
 * HR") asks for more of that work, whatever the user's first turn was read as: "help me tell my team I'm leaving" was
 * answered with a letter, and "what objections are we hearing about price?" with a list of angles.
 * The shapes are not English words: line structure, list markers, and a greeting and sign-off in the ten languages.
 * @module
 */
import type { ChatMessage } from "../../core/types.js";
import { messageText } from "../conversation-text.js";

/** Characters of the answer read (its head; a letter opens with its greeting, a list starts early). */
const HEAD_CHARS = 1_500;
/** Least list items for an answer to be a list of items. */
const MIN_ITEMS = 3;
/** Longest item of a list of ideas, in characters (an item is a line, not a paragraph). */
const MAX_ITEM_CHARS = 160;

/** A letter's greeting line, in the ten languages: "Hey team,", "Dear Ms. Ortiz,", "Hola a todos:", "Liebe Kolleginnen,". */
const GREETING =
  /^(?:hey|hi|hello|dear|greetings|hola|estimad[oa]s?|querid[oa]s?|buenos d[ií]as|hallo|liebe[rs]?|sehr geehrte[rs]?|guten tag|bonjour|salut|cher|ch[eè]re|madame|monsieur|ciao|caro|cara|cari|gentile|buongiorno|ol[aá]|oi|prezad[oa]s?|car[oa]s?|bom dia|здравствуйте|привет|уважаем\S*|добрый день|各位|尊敬的|亲爱的|拝啓|お疲れ様です|안녕하세요)(?![\p{L}])[^\n]{0,50}[,:，：]$/iu;
/** "Subject: …" opens an email. */
const SUBJECT = /^(?:subject|asunto|betreff|objet|oggetto|assunto|тема|主题|件名|제목)\s*[:：]/iu;
/**
 * A "key: value" line ("From: billing@acme.com", "Date: 4 Dec", "smtp: 451 4.7.1 try again later"): under a subject line
 * it is an email quoted or fetched (an inbox assistant's report) or a cron mail's log, not a letter the assistant wrote.
 */
const KEY_VALUE = /^[\p{L}\p{N}_.-]{1,24}(?: [\p{L}]{1,12})?\s*[:：]\s*\S/u;
/** Lines (the greeting, a body, a closing) a letter has at least. */
const MIN_LETTER_LINES = 3;
/** A list item: a bullet or a number opening the line. */
const ITEM = /^\s*(?:[-*•–]|\d{1,2}[.)])\s+\S/u;

/** The work an answer's shape shows: `creative_writing` for a letter or message, `list` for a list of short items. */
export type AnsweredShape = "creative_writing" | "list";

/** The shape of the assistant's answer (see the module comment), or undefined when it shows none. */
export function answeredShape(assistant: ChatMessage | undefined): AnsweredShape | undefined {
  if (assistant === undefined) return undefined;
  const text = messageText(assistant).slice(0, HEAD_CHARS).trim();
  if (text === "") return undefined;
  const lines = text.split("\n").map((line) => line.trim()).filter((line) => line !== "");
  const first = lines[0] ?? "";
  if ((SUBJECT.test(first) && !quotedMail(lines[1] ?? "")) || (GREETING.test(first) && lines.length >= MIN_LETTER_LINES)) return "creative_writing";
  if (text.includes("```")) return undefined;
  const items = lines.filter((line) => ITEM.test(line));
  // "1. Add a `retry` option to HttpClient" is a step of a plan for code, not an idea (as a fenced block is code).
  return items.length >= MIN_ITEMS && items.every((line) => line.length <= MAX_ITEM_CHARS && !line.includes("`")) ? "list" : undefined;
}

/**
 * More items asked in a short follow-up's head: "more angles for the CFO", "10 more, edgier", "any for power users?",
 * "más ideas", "noch mehr", "d'autres", "altre idee", "mais opções", "ещё варианты", "再来几个", "もっと案を", "더 줘".
 */
const MORE_ITEMS =
  /^(?:\S+\s+){0,3}?(?:\d+\s+|a few\s+|some\s+)?more\b(?!\s+(?:formal|casual|concise|detail|detailed|serious|polite|friendly|specific|about|on|info|context))|^any (?:more|others?|for)\b|^(?:dame |dime )?m[aá]s (?:ideas|opciones|nombres|ejemplos)|\b(?:noch mehr|weitere (?:ideen|vorschläge|optionen))|\bd'autres (?:idées|options|noms)|\baltr[ei] (?:idee|opzioni|nomi)|\bmais (?:ideias|opções|nomes)|(?:^|\s)(?:ещё|еще) (?:идеи|варианты|идей|вариантов)|再来几个|更多(?:的)?(?:想法|点子|选项)|もっと(?:案|アイデア)|他の案|(?:아이디어|옵션) 더/u;

/** "add one more: Dana can't do two days in a row", "one more thing": a constraint or a question added, not more items. */
const ONE_MORE = /\b(?:one|add|added|adding)\s+more\b|^(?:add|also)\b/;

/** Whether a follow-up's head asks for more of the items just given (see {@link MORE_ITEMS}). */
export function asksMoreItems(head: string): boolean {
  return MORE_ITEMS.test(head) && !ONE_MORE.test(head);
}

/** Whether the line under a subject line is a header or a log line ({@link KEY_VALUE}), not a greeting ("Hi all: quick update"). */
function quotedMail(line: string): boolean {
  const colon = line.search(/[:：]/u);
  return KEY_VALUE.test(line) && !GREETING.test(line.slice(0, colon + 1));
}
