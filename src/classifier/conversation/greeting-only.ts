/**
 * A greeting and nothing else, typed the way people type it: letters drawn out ("heyyy", "hiii", "hellooo"), "yo",
 * "sup", "what's up", "you there?", an emoji; "morning!! ☕ how are u today" too (thirty-fifth round). A word
 * past those (a name, "fix …") makes it more than a greeting. Small talk even in a coding agent's conversation, which otherwise reads a
 * first turn as code work (thirty-fourth round: "heyy whats up, you awake? 😅" read as code_generation).
 * @module
 */

/** Characters a greeting-only turn may run to. */
const MAX_GREETING_CHARS = 60;
/** The greeting that opens the turn, letters drawn out. */
const GREETING_HEAD = /^(?:good (?:morning|afternoon|evening)|mornin[g']?|gm|he+y+a*|hi+|hel+o+|yo+|sup|hiya|howdy|hola+|holi|ciao+|hallo+|salut|coucou|oi+|ol[aá]+|привет|приветик|你好|嗨|안녕|やあ|おーい)(?![\p{L}\p{N}])/u;
/** Phrases a greeting may carry: "what's up", "you there?", "how's it going", "buddy", "ça va". */
const GREETING_FILLER =
  /what'?s up|wh?at'?s good|wassup|whats? up|you (?:awake|there|around|up|busy)|u (?:there|up|around|awake)|(?:are )?you (?:still )?(?:awake|there|around|up)|how(?:'s it going| are (?:you|u)| r u|'s it)(?: today| doing)?|(?:again|there|buddy|mate|bro|dude|team|friend|everyone|all|qu[eé] tal|wie geht'?s|[çc]a va|tudo bem|come va|как дела)(?![\p{L}])/gu;
/** What may be left once the greeting and its filler are taken off: punctuation, spaces, emoji. */
const LEFTOVER = /^[\s\p{P}\p{S}\p{Extended_Pictographic}\u200d\ufe0f]*$/u;

/** Whether the lower-cased turn is a greeting and nothing else. */
export function isGreetingOnly(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_GREETING_CHARS) return false;
  const head = GREETING_HEAD.exec(trimmed);
  if (head === null) return false;
  return LEFTOVER.test(trimmed.slice(head[0].length).replace(GREETING_FILLER, ""));
}
