/**
 * A follow-up that asks for what was just written in another form (round 43, dev-198): a poem, a song or verse
 * ("now make it a poem", "turn it into a haiku", "hazlo un poema", "写成一首诗") is writing whatever the turn before was;
 * the same content as JSON, a table or a CSV ("give me that as JSON with keys pros and cons", "make a table of it") is
 * the content pulled into fields, extraction (56 of 57 such turns in the team's sets are labelled so).
 * @module
 */

/** A verse form asked for, in the ten cue languages. */
const VERSE_FORM =
  /\b(?:make|turn|rewrite|write|put|do|redo|recast|convert) (?:it|this|that|them|the (?:whole thing|explanation|answer|summary|text))(?: (?:all|again))? (?:as|into|in|to) (?:an? )?(?:poem|song|haiku|limerick|sonnet|rap|ballad|verse|rhymes?|rhyming couplets?)\b|\b(?:make|turn) (?:it|this|that) (?:an? )?(?:poem|song|haiku|limerick|sonnet|rap)\b|^(?:now |ok |okay |and )?(?:as|in) (?:an? )?(?:poem|song|haiku|limerick|sonnet|rap|verse)\b|(?:hazlo|haz|conviértelo|escr[ií]belo) (?:en |un |una )?(?:poema|canci[oó]n|verso|haiku)|mach (?:daraus|ein) (?:gedicht|lied|reim)|als (?:gedicht|lied|reim)|(?:fais-en|transforme-le en|écris-le en) (?:un )?(?:po[èe]me|chanson|vers)|en (?:po[èe]me|vers)\b|(?:fanne|trasformalo in|scrivilo come) (?:una )?(?:poesia|canzone|versi)|in versi\b|(?:transforma|faz|escreve)(?:-o)? (?:em |um )?(?:poema|can[çc][ãa]o|verso)|сделай (?:из этого |это )?(?:стих|песн)|в стихах|(?:写成|改成|变成|改写成)(?:一首)?(?:诗|歌)|(?:詩|ポエム|歌)にして|시로 (?:써|바꿔|만들)/u;

/** The content asked for in a data format, of what came before ("that", "it", "them"). */
const DATA_FORM =
  /^(?:(?:ok|okay|great|thanks|perfect|cool|nice|now|and|also|pls|please)[,.!]?\s+){0,3}(?:(?:give me|put|turn|format|make|convert|output|return|send|export|show|list)\s+)?(?:(?:all )?(?:that|it|this|them|those|these|everything|the (?:results?|list|data|answer|findings|rows))(?: all)?\s+)?(?:as|in|into|to) (?:an? |the )?(?:json|csv|yaml|xml|table|markdown table|spreadsheet)\b|^(?:(?:ok|okay|great|thanks|now|and|pls|please)[,.!]?\s+){0,3}(?:make|give me|put it in|do) an? (?:table|csv|json)(?: of (?:it|that|this|them|those))?(?:[,.!:;]|\s*$|\s+(?:pls|please|for me|so|with)\b)|^(?:(?:ok|vale|bueno|gut|okay|d'accord|bon|certo|ok[,.]?)\s+)?(?:ponlo|pónmelo|hazlo|p[áa]salo|mach(?:'s| es| das)?|fais-en|mets-le|mets ça|mettilo|fallo|faz|coloca|p[õo]e|põe isso|сделай|оформи|выведи)? ?(?:en (?:una )?tabla|en (?:formato )?json|en csv|als tabelle|in (?:einer )?tabelle|als json|en (?:un )?tableau|en json|in (?:una )?tabella|in json|em (?:uma )?tabela|numa tabela|em json|(?:в )?таблиц(?:ей|у)|в json)(?:[\s,.!]|$)|^(?:做成|列成|整理成|改成|用)(?:一个)?(?:表格|表|json)|^(?:表|テーブル|json)にして|^표로 (?:정리|만들)/u;

/** The work a follow-up asks by naming another form for what came before, if it names one. */
export function formAsked(lower: string): "creative_writing" | "extraction" | undefined {
  if (VERSE_FORM.test(lower)) return "creative_writing";
  return DATA_FORM.test(lower) ? "extraction" : undefined;
}
