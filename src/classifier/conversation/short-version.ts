/**
 * A pasted text asked back in a few sentences (twenty-fourth round): "Our bank sent this. In two or three plain sentences,
 * what changes for us?", "Was heißt das konkret für uns? Kurzfassung bitte:", "用两三句大白话告诉我…", then a letter full of
 * rates and fees. The length the writer sets ("in two or three sentences", "short version", "두세 문장으로") over a text
 * they pasted asks for its gist, whatever figures the text holds or however the question is put. The length words are
 * written per language by the team; where the pasted text starts is read by its marks (`instruction-cues.ts`).
 *
 * A version named as such (round 41: "the 2-sentence version of these test results for the PR", "as one tweet-length
 * line" after a summary) asks for a shorter text in every turn, pasted text or not, however full of a system's figures.
 * @module
 */
import { materialStart } from "./instruction-cues.js";
import { readNumericDomain } from "./numeric-domain.js";
import type { ConversationReading } from "./read-conversation.js";

/** A correction and why it was made (the shape of `task-guards.ts`'s `GuardResult`). */
interface GuardResult {
  task: string;
  why: string;
}

/** A few sentences or a short version asked for, in the ten cue languages. */
const LENGTH_ASK = new RegExp(
  [
    /\b(?:in|into) (?:one|two|three|four|a few|\d)(?:(?: or |-| to )(?:two|three|four|five|\d))? (?:plain |short |simple |clear )?(?:sentences|lines|bullets|bullet points)\b|\bshort version\b|\bin a nutshell\b/.source,
    /(?<![a-zà-ÿ])en (?:una|dos|tres|cuatro|pocas|\d)(?: o (?:dos|tres|cuatro|cinco|\d))? (?:frases|l[ií]neas|oraciones)|versi[oó]n corta|en pocas palabras/.source,
    /(?<![a-zà-ÿ])em (?:uma|duas|tr[êe]s|quatro|poucas|\d)(?: ou (?:duas|tr[êe]s|quatro|\d))? (?:frases|linhas)|vers[ãa]o curta|em poucas palavras/.source,
    /(?<![a-zà-ÿ])in (?:einem|zwei|drei|vier|wenigen|\d)(?:(?:,| oder|-) ?(?:zwei|drei|vier|fünf|\d))? (?:einfachen |kurzen )?(?:s[äa]tzen|zeilen)|kurzfassung|kurz und knapp/.source,
    /(?<![a-zà-ÿ])en (?:une|deux|trois|quatre|quelques|\d)(?: ou (?:deux|trois|quatre|\d))? (?:phrases|lignes)|version courte|en deux mots/.source,
    /(?<![a-zà-ÿ])in (?:una|due|tre|quattro|poche|\d)(?: o (?:due|tre|quattro|\d))? (?:frasi|righe)|versione breve|in due parole/.source,
    /(?<![а-яё])(?:в|одним|двумя|тремя) (?:\S+ ){0,2}(?:предложени|строк)|вкратце|в двух словах|(?:^|[.?!:] ?)коротко/.source,
    /[一两二三几]{1,2}句|简短版|长话短说|[1-3１-３一二三](?:[〜~、-][1-3１-３一二三])?文で|短くまとめ|手短に|(?:한|두|세|두세|\d) ?문장으로|짧게 정리|짧게 요약/.source,
  ].join("|"),
);

/** Readings the figures or the question of such a turn give it. */
const GIST_MISREADS = new Set(["analysis", "math", "simple_qa"]);
/** The pasted text is at least this long. */
const MIN_TEXT_CHARS = 200;

/** A text the writer pasted, asked back in a few sentences by the writer's own words before it: its summary. */
export function shortVersionGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!GIST_MISREADS.has(task) || reading.agent.coding) return undefined;
  const lower = reading.latestLower;
  const start = materialStart(lower);
  if (start < 0 || lower.length - start < MIN_TEXT_CHARS) return undefined;
  const ask = lower.slice(0, start);
  const length = LENGTH_ASK.exec(ask);
  // "Translate it in two lines", "in two sentences, what do I owe?": other work, or a sum, asked at that length.
  if (length === null || reading.cues.some((cue) => cue.strong && cue.at < start && cue.task !== "summarization")) return undefined;
  const domain = readNumericDomain(ask);
  if (domain.calculate || domain.figure || domain.math) return undefined;
  return { task: "summarization", why: `'${length[0].trim()}' asks for the gist of the pasted text` };
}

/**
 * A shorter version of a text named as such: "the 2-sentence version", "a one-paragraph recap", "tweet-length", "as a
 * tweet", "the tl;dr version". A length asked of an answer ("explain it in two sentences", "short version, I keep
 * forgetting") names no version and is left to {@link shortVersionGuard}.
 */
const VERSION_NAMED =
  /\b(?:(?:\d|one|two|three|a|single)[- ](?:sentence|line|paragraph|tweet)s?(?:[- ]long)? (?:version|summary|recap|tl;?dr)|tweet[- ]length|as (?:a|one) tweet\b|(?:the|a) (?:short|shorter|brief|quick|tl;?dr) version)/;
/** Readings such a turn gets from the figures in its text: a reading, a diagnosis, a lookup or a sum of them. */
const VERSION_MISREADS = new Set(["analysis", "code_review", "simple_qa", "math"]);

/** A summary asked as a named shorter version of a text, read as a question about its figures (see {@link VERSION_NAMED}). */
export function namedVersionGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!VERSION_MISREADS.has(task)) return undefined;
  const named = VERSION_NAMED.exec(reading.latestLower);
  return named === null ? undefined : { task: "summarization", why: `'${named[0]}' asks for a shorter version of a text, not a reading of its figures` };
}
