/**
 * Task cue words per language, written by the team from general usage (never from evaluation data).
 * English cues live in the classifiers' own lexicons; this file keeps a few English follow-up-free cues
 * for the reasons text, and the tables of Chinese, Spanish, German, French, Japanese, Portuguese, Russian,
 * Korean and Italian live in `language-cues-top.ts`.
 *
 * Notation, one `|`-separated list per task: `word` must be a whole word (or phrase), `stem*` a word
 * prefix, and a leading `!` marks a defining cue (the verb that names the task) that weighs more.
 * Chinese, Japanese and Thai have no spaces between words, so their cues are plain substrings.
 * @module
 */
import { BN, CS, EL, FA, HE, RO, SV, SW, TH, TL, UK } from "./language-cues-extra.js";
import { AR, HI, ID, NL, PL, TR, VI } from "./language-cues-more.js";
import { CA, DA, FI, HU, MS, NB, SK, UR } from "./language-cues-tail.js";
import { DE, ES, FR, IT, JA, KO, PT, RU, ZH } from "./language-cues-top.js";
import { BG, ET, HR, LT, LV, SL, SR } from "./language-cues-far.js";
import { AZ, KK, MR, TA, TE } from "./language-cues-asia.js";
import { MORE_LANGUAGE_NAMES } from "./language-names.js";
import { JA_LATN, KO_LATN, RU_LATN, ZH_LATN } from "./language-cues-roman-east.js";
import { AR_LATN, FA_LATN, HI_LATN } from "./language-cues-roman-west.js";
import { AM, HA, IG, YO, ZU } from "./language-cues-africa.js";
import { GU, KN, ML, NE, PA, SI } from "./language-cues-south-asia.js";
import { OPEN_ASKS } from "./language-cues-open-asks.js";

/** The languages the team wrote cues for (ISO 639-1): the ten, then seven more (`language-cues-more.ts`), then eleven
 * more (`language-cues-extra.ts`), then eight more (`language-cues-tail.ts`), then twelve more (`language-cues-far.ts`, `language-cues-asia.ts`);
 * then seven languages as they are typed in Latin letters (BCP 47 script subtag `-Latn`: `language-cues-roman-west.ts`,
 * `language-cues-roman-east.ts`); last (sixteenth round), five languages of Africa (`language-cues-africa.ts`) and six of
 * South Asia (`language-cues-south-asia.ts`). */
export const CUE_LANGUAGES = ["en", "zh", "es", "de", "fr", "ja", "pt", "ru", "ko", "it", "nl", "tr", "pl", "id", "vi", "ar", "hi", "sv", "el", "uk", "cs", "ro", "he", "fa", "th", "bn", "sw", "tl", "da", "nb", "fi", "hu", "ca", "ms", "ur", "sk", "bg", "sr", "hr", "sl", "lt", "lv", "et", "ta", "te", "mr", "az", "kk", "hi-Latn", "ar-Latn", "fa-Latn", "ja-Latn", "zh-Latn", "ko-Latn", "ru-Latn", "am", "ha", "yo", "zu", "ig", "ne", "gu", "pa", "si", "ml", "kn"] as const;
export type CueLanguage = (typeof CUE_LANGUAGES)[number];

export type CueTable = Readonly<Record<string, string>>;

/**
 * A language's version of a text or of an app's strings (seventeenth round): "give me the pt-BR version, same keys", "add
 * German locale strings for the checkout page" (not "misaligned in German locale", a bug report). A coding agent is asked
 * for these too.
 */
const LANGUAGE_NAMES = ["german", "french", "spanish", "italian", "portuguese", "brazilian portuguese", "japanese", "korean", "chinese", "simplified chinese", "traditional chinese", "russian", "dutch", "polish", "turkish", "arabic", "hindi", "swedish", "ukrainian", "vietnamese", "indonesian",
  // More languages asked for by their English name (eighteenth round): "need a Khmer version too".
  ...MORE_LANGUAGE_NAMES,
];
const LOCALE_CODES = ["pt-br", "pt_br", "es-mx", "es_mx", "es-us", "es-es", "de-de", "fr-fr", "fr-ca", "zh-cn", "zh-tw", "ja-jp", "ko-kr"];
const LANGUAGE_VERSIONS = [...LANGUAGE_NAMES, ...LOCALE_CODES].flatMap((name) => [`!${name} version`, `!${name} locale strings`, `!${name} locale file`, `!${name} strings`]).join("|");

/** English cues, used for the reasons text and the conversation layer (the lexicons stay the classifiers'). */
const EN: CueTable = {
  translation: `!translat*|${LANGUAGE_VERSIONS}`,
  summarization: "!put this in a few plain sentences|!put it in a few plain sentences|!put this in plain sentences|!put it in plain sentences|!put this into a few sentences|!put it into a few sentences|!put this in a few sentences|!put it in a few sentences|!turn this into a short|!turn it into a short|!make this into a short|!into a short summary|!handover summary|!summar*|!squash that down|!squash it down|!squash this down|!boil it down|!boil this down|!boil down|!boiled down|short as possible|keep it short|make it short|short version|!tl;dr|!tldr|key points|main points|recap|sum up|sum it up|sum this up|sum that up|sum them up|sum these up|sum everything up|sum all this up|!catch me up|!rundown|!write up what|!write-up of|!fill me in|what did i miss|the essentials|where things stand|where we stand|the gist|gist of it|state of play|!meeting minutes|!into minutes|!write up the minutes|!write the minutes|!minutes of the meeting|!minutes of this meeting|!minutes from this meeting|!minutes from the meeting",
  extraction: "!who said what|!quote the bits|!quote the parts|list the rows|list the entries|list the readings|list the records|list the lines|list the transactions|list only the|just list the|!extract*|!give me a csv|!csv with columns|!into a csv|!as a csv|as csv|pull out|!pull out every|!pull out all|as json|list every|list all|!give me every|!pull every|!pull these|!pull them|into a table|as a table|in a table|as a markdown table|in a markdown table|into a markdown table|!only what's stated|!only what is stated|leave the cell empty|leave the cell blank|!as a shopping list|!into a shopping list|!out of this email|!out of these emails|!out of this text|!out of this recipe|!out of this document|!out of this pdf|!out of this invoice|!out of this receipt|!out of these receipts|!out of this thread|!out of this transcript|!out of these notes",
  classification: "!classif*|!split those by whether|!split them by whether|!split these by whether|!group them by whether|!two groups please|!sort them into two groups|!put them into two groups|!split them into two groups|!categoriz*|!categoris*|which category|what category|into categories|one of the categories|one of these categories|one of those categories|into the categories|into these categories|by category|per category|a category to each|a category for each|categories like|categories such as|sentiment|spam|!label each|!label every|!flag each|!mark each|!bucket each|!categorize each|!tag each|!tag every|!assign each|priority to each|!put each one under|!put each under|!put each of them under|!file each one under|!sort each one into|!code each of them to|!code each one to",
  code_generation: "write a function|write a script|write a program|implement*",
  code_review: "code review|code reviewer*|review this|refactor*|debug*|stack trace|traceback|failing test*|bug|bugs|buggy|bugfix*",
  analysis: "comparables|!which mattered most|!which of those mattered most|!which of these mattered most|!which of them mattered most|!which one mattered most|!what mattered most|!what's the story here|!whats the story here|!what is the story here|!what's the story behind these numbers|!counterargument*|!counter-argument*|!strongest objection*|!steelman*|!help me interpret|!interpreting the|!interpreting this|!interpreting these|!help interpreting|!interpret this|!interpret these|!interpret the results|!interpret the output|!interpret the coefficients|!how do i interpret|!how should i interpret|!analyze|!analyse|!analyzed|!analysed|!analyzes|!analyses|!analyzing|!analysing|!analysis|analytics|compare|pros and cons|trade-off*|churn|retention|conversion rate*|cohort*|what factors|factors behind",
  creative_writing: "!poem*|short story|!haiku*|!sonnet*|!limerick*|lyrics|reply to|write back|draft a reply|draft a polite|an email to|a message to|joke|jokes|product description*|tagline*|slogan*|ad copy|!need to send something to|!something i can send|!something to send to",
  brainstorming: "!brainstorm*|!brain dump|!braindump|!all the ways we could|!all the ways i could|ideas for|come up with|!name ideas|!name options|!naming ideas|!names for|!ideas at me|!names at me|!throw some names|!throw names|!throw ideas|!throw some ideas|!throw me ideas|!throw me some ideas|give me ideas|some ideas|!ideas to|!ideas on how|concrete ideas|!possible angles|!every idea you|!throw every idea|!angles or headlines|!headline ideas|!headline options|!possible headlines|!possible names|!possible titles|!title ideas|!title options|!tagline ideas|!levers could we pull|!levers we could pull|!levers can we pull|!levers do we have|!throw everything at me|!everything you can think of|!slogan options|!tagline options|!slogan ideas|!motto options|!i'll pick one|!i'll pick the best|!i'll pick my favorite|!i'll pick my favourite|!so i can pick one|!so i can pick the best",
  chat: "hi|hello|hey|thanks|thank you|just wanted to vent|need to vent|rough day|long day|how's your day|how is your day",
  simple_qa: "what is the capital|who wrote|who invented|what year|quick q|quick question|!unrelated q|!unrelated question",
  math: "!solve|!equation*|integral*|derivative*|probability|odds of rolling|odds of winning|odds of getting|odds of drawing|odds of hitting|odds of picking|chances of winning|prove that|!show the math|!show the calc|!show the calculation|!show your work|!show your working|!show me the math|!show me the formula|!show the formula",
  deep_reasoning: "!prove or disprove|!or show a counterexample|!or give a counterexample|!or find a counterexample|!riddle*|puzzle*|step by step|!don't want a quick answer|!dont want a quick answer|!not looking for a quick answer|!don't want the easy answer|!think it through properly|!think this through carefully|!think it through carefully|!think through the competing|!argue it through|!reason it through|!competing obligations|!logic puzzle*|!brain teaser*|!brainteaser*|tells the truth|tell the truth|always lies|liar*|knights and knaves|weighings|weighing puzzle|fake coin|counterfeit coin|next number in the sequence|next number in this sequence|what's the next number|what comes next in|next term of the sequence|whats the next number|next number and why|!tricky one|!interacting constraints|!fits every constraint|!fit every constraint|!or tell me it's impossible|!or tell me if it's impossible|!or tell me it is impossible|!ordering problem|!scheduling problem|!constraint puzzle|!reason it out|!work through the logic|!rigorous reasoning|!reason rigorously|!reason through",
};

/** A table with the open-ended asks of `language-cues-open-asks.ts` added to each task's list. */
function withOpenAsks(lang: string, table: CueTable): CueTable {
  const extra = OPEN_ASKS[lang];
  if (extra === undefined) return table;
  const merged: Record<string, string> = { ...table };
  for (const [task, list] of Object.entries(extra)) merged[task] = merged[task] === undefined ? list : `${merged[task]}|${list}`;
  return merged;
}

const TABLES: Readonly<Record<CueLanguage, CueTable>> = { en: EN, zh: ZH, es: ES, de: DE, fr: FR, ja: JA, pt: PT, ru: RU, ko: KO, it: IT, nl: NL, tr: TR, pl: PL, id: ID, vi: VI, ar: AR, hi: HI, sv: SV, el: EL, uk: UK, cs: CS, ro: RO, he: HE, fa: FA, th: TH, bn: BN, sw: SW, tl: TL, da: DA, nb: NB, fi: FI, hu: HU, ca: CA, ms: MS, ur: UR, sk: SK, bg: BG, sr: SR, hr: HR, sl: SL, lt: LT, lv: LV, et: ET, ta: TA, te: TE, mr: MR, az: AZ, kk: KK, "hi-Latn": HI_LATN, "ar-Latn": AR_LATN, "fa-Latn": FA_LATN, "ja-Latn": JA_LATN, "zh-Latn": ZH_LATN, "ko-Latn": KO_LATN, "ru-Latn": RU_LATN, am: AM, ha: HA, yo: YO, zu: ZU, ig: IG, ne: NE, gu: GU, pa: PA, si: SI, ml: ML, kn: KN };

/** Every language's table. */
export const LANGUAGE_CUES: Readonly<Record<CueLanguage, CueTable>> = Object.fromEntries(
  Object.entries(TABLES).map(([lang, table]) => [lang, withOpenAsks(lang, table)]),
) as Record<CueLanguage, CueTable>;

/** Languages whose cues are substrings rather than words. */
export const SUBSTRING_LANGUAGES: ReadonlySet<CueLanguage> = new Set(["zh", "ja", "th"]);
