/**
 * The same work asked again for another item or cut (twentieth round): "now one for ipv6 too", "give me a few for autumn
 * now", "the same for Q3", "now split it by shift too", "ahora uno para IPv6", "jetzt noch einen für Q3", "the other two",
 * "now file b", "any that work if it rains?". The task stays.
 * @module
 */

/** Words that open the clause: a link, or a word of thanks or assent before the ask. */
const LEAD = "(?:(?:and|so|ok|okay|now|then|great|nice|cool|perfect|thanks|ahora|y|jetzt|und|maintenant|et|agora|e|ora|adesso)[,!]?\\s+){0,2}";
/** A verb that asks for it, before what is asked. */
const ASK = "(?:(?:give me|get me|do|write|make|show me|i need|we need|need|can you do|could you do|dame|haz|gib mir|mach|donne-moi|fais|me d[aá]|fa[çz]a|dammi|fai)\\s+)?";
/** One more of what was just made: "one", "a few", "the same", "otro", "noch einen", "la même chose". */
const MORE_OF_IT =
  "(?:one|a few|a couple|some|another(?: one)?|more|the same(?: thing)?|same(?: thing)?|uno|una|unos|unas|otr[oa]s?|lo mismo|noch (?:einen|eine|eins)|einen|eine|das gleiche|dasselbe|un autre|une autre|la m[êe]me chose|pareil|outr[oa]|o mesmo|a mesma coisa|un altro|un'altra|lo stesso|la stessa cosa)(?:\\s+(?:more|again|m[áa]s|mehr|encore|ancora))?";
/** The item it is for, bounded, and the words that may close the clause. */
const FOR_ITEM = "\\s+(?:for|with|para|für|pour|per)\\s+(?!(?:you|me|mí|mich|moi|mim)\\b)\\S{1,30}(?:\\s\\S{1,30}){0,3}?";
const TAIL = "(?:\\s+(?:too|now|as well|also|please|instead|tambi[ée]n|por favor|auch|bitte|aussi|stp|também|anche|per favore))*";
const AGAIN_FOR = new RegExp(`^${LEAD}${ASK}${MORE_OF_IT}${FOR_ITEM}${TAIL}$`);

/** "now split it by shift too": a change of the same work, opened by "now" and closed by "too". */
const NOW_TOO =
  /^(?:(?:and|ok|okay|great|nice|cool|perfect|thanks)[,!]?\s+)?(?:now|then)\s+(?:do|make|split|add|group|sort|break|include|handle|show|support|filter|redo|run|cover)\b(?:\s\S{1,30}){1,5}?\s+(?:too|as well)$/;

/**
 * The rest of the items, or the next one by its name (twentieth round): "yes the other two pls, same format", "the rest
 * too", "now file b", "next batch", "and table 3".
 */
const THE_REST =
  /^(?:(?:yes|yeah|yep|sure|ok|okay|please|great|perfect|and|now|then|next)[,!]?\s+){0,2}(?:(?:do|give me)\s+)?(?:the other (?:two|three|four|five|ones?|\d{1,2})|the rest|the remaining (?:ones?|two|three|\d{1,2})|all of them|both of them|(?:file|table|sheet|part|section|page|chapter|doc|document|log|batch|list|store|region|day|week|month|q)\s?[a-z0-9]{1,3}|(?:the )?next (?:one|batch|file|table|page|part|section|chapter|list|day|week|month))(?:\s+(?:too|please|pls|as well|now|same format|the same way|in the same format))*$/;
/**
 * Ideas that meet a new condition, after a list of them (twentieth round): "any that work if it pours with rain?", "any
 * of those that would suit toddlers".
 */
const ANY_THAT = /^(?:(?:and|so|ok|okay|hmm|hm|but)[,!]?\s+)?any (?:(?:of (?:them|those|these)|ones|ideas|more|others)\s+)?(?:that|which) (?:would |could |will |can |might )?(?:work|suit|fit|go|are|would be)\b/;

/**
 * More of the ideas for another audience or case, after a list of them (round 37n): "any for power users specifically?",
 * "any ideas for beginners?", "¿alguna para niños?", "welche für Anfänger?", "des idées pour les débutants ?", "qualcuna per
 * i principianti?", "alguma para iniciantes?", "а для новичков есть?". A person or thing it is for, in at most four words.
 */
const ANY_FOR = new RegExp(
  [
    "^(?:(?:and|so|ok|okay|hmm|hm|but)[,!]?\\s+)?any(?: (?:ideas|ones|more|others|suggestions|options|good ones))? (?:for|aimed at|targeting) (?!(?:you|me|it|that|this)\\b)\\S{1,30}(?:\\s\\S{1,30}){0,3}?(?:\\s+(?:specifically|in particular|too|as well|only|then))?$",
    "^[¿]?(?:y |e |pero )?(?:alguna|alguno|algunas|algunos|algo|alguma|alguns|algumas|qualcuna|qualcuno|qualche idea|qualcosa) (?:para|pra|per) \\S{1,30}(?:\\s\\S{1,30}){0,3}?(?: (?:en particular|espec[ií]ficamente|especificamente|in particolare))?$",
    "^(?:und |aber )?(?:auch )?(?:welche|ideen|vorschl[äa]ge) f[üu]r \\S{1,30}(?:\\s\\S{1,30}){0,3}?(?: (?:speziell|auch))?$",
    "^(?:et |mais )?(?:des idées|des suggestions|quelque chose|d'autres) pour \\S{1,30}(?:\\s\\S{1,30}){0,3}?$",
    "^(?:а|и) (?:для|под) \\S{1,30}(?:\\s\\S{1,30}){0,2}? (?:есть|что-нибудь|что-то|найд[её]тся)$",
  ].join("|"),
  "u",
);

/** Words of a first clause that may only thank or assent ("these are great", "nice") before the ask. */
const MAX_ASSENT_WORDS = 3;

/** The clause of `head` that asks for the same work again, if one does. */
export function sameWorkAgain(head: string): string | undefined {
  const clauses = head.split(/\s*[.!?？;,—–]+\s*/u).filter((clause) => clause.length > 0);
  const [first = "", second] = clauses;
  if (asksAgain(first)) return first;
  if (second !== undefined && !/[?？]/u.test(first) && first.split(/\s+/u).length <= MAX_ASSENT_WORDS && asksAgain(second)) return second;
  return undefined;
}

function asksAgain(clause: string): boolean {
  return AGAIN_FOR.test(clause) || NOW_TOO.test(clause) || THE_REST.test(clause) || ANY_THAT.test(clause) || ANY_FOR.test(clause);
}
