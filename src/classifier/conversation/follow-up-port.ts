/**
 * The code just written asked for again in another programming language (thirty-first round): "nice. same idea in Clojure,
 * for my colleague…", "lo mismo en Go", "das Gleiche in Rust", "la même chose en Python", "то же самое на Kotlin". The
 * same work in another language: a follow-up that inherits the task. Read at the start of the turn only (after a word of
 * thanks or assent); "same in French" names a human language and is left to the translate forms.
 * @module
 */

/** Programming languages people port code between. */
const LANGUAGES =
  "python|java|javascript|typescript|js|ts|go|golang|rust|ruby|php|kotlin|swift|scala|clojure|elixir|haskell|c#|c\\+\\+|c|perl|lua|dart|bash|powershell|julia|ocaml|f#|erlang|zig|groovy|r|matlab|sql|mongodb|node|deno";
/** Words of thanks or assent before the ask ("nice.", "great,", "perfecto,"). */
const LEAD = "^(?:[\\p{L}!]{1,12}[,.!]?\\s+){0,2}";
const SAME = [
  "(?:and |now |ok |okay )?(?:the )?same(?: thing| idea| logic| function| code| approach| one| query| script)? (?:but )?(?:in|using|for)|(?:port|rewrite|convert) (?:it|that|this)(?: code)? (?:in|to|into)|now in",
  "(?:lo mismo|la misma cosa|esto mismo) (?:pero )?en",
  "(?:das gleiche|das selbe|dasselbe|das ganze|das ganze nochmal) (?:nochmal |noch mal )?(?:in|auf)",
  "(?:la même chose|pareil|idem) (?:mais )?en",
  "(?:o mesmo|a mesma coisa|isso mesmo) (?:mas )?em",
  "(?:lo stesso|la stessa cosa) (?:ma )?in",
  "(?:то же самое|то же|так же) (?:но )?на",
].join("|");
const PORT = new RegExp(`${LEAD}(?:${SAME}) (?:${LANGUAGES})(?![\\p{L}+#&-])`, "u");

/** A turn that asks for the same code in another programming language: its phrase, or undefined. */
export function portAsk(lower: string): string | undefined {
  return PORT.exec(lower)?.[0].trim();
}
