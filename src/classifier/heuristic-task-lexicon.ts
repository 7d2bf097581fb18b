/**
 * A weighted word list per task: the breadth behind the heuristic task rules. Phrase rules
 * (heuristic-task-rules.ts) catch constructions; this lexicon catches vocabulary, so a prompt
 * that says "sum up" or "localize" instead of "summarize" or "translate" still scores.
 *
 * Words are compared after a light suffix-stripping stem, applied the same way to the lexicon and
 * to the text, so "summaries", "summarizing" and "summarized" meet "summary" and "summarize".
 * @module
 */
import { HEURISTIC_TASKS, type HeuristicTask } from "./heuristic-task-rules.js";
import { gateKey } from "./rule-gate.js";

/**
 * `word` or `word:weight` (default 1), per task. Defining verbs weigh 3-4, strong nouns 1.5-2,
 * domain vocabulary 0.5-1.
 */
const LEXICON_SOURCE: Readonly<Partial<Record<HeuristicTask, string>>> = {
  classification:
    "classify:3.5 classification:3.5 classifier:2 categorize:3.5 categorise:3.5 categorization:3 category:1.5 " +
    "categories:1.5 label:1.5 labels:1.5 tag:1 bucket:1.5 triage:2 route:1 sentiment:2 spam:1.5 sarcastic:1.5 " +
    "sarcasm:1.5 clickbait:1.5 toxic:1.5 toxicity:1.5 phishing:1 genre:1 intent:1 whether:0.7 positive:0.7 " +
    "negative:0.7 neutral:1 belongs:1 rate:0.5 flag:1 correct:0.5 incorrect:1 appropriate:0.5 scam:1.5 fraud:1 " +
    "legit:1 legitimate:1 fake:1 rating:1 stars:0.7 mood:0.5",
  translation:
    "translate:4 translation:4 translator:3 localize:3 localise:3 localization:3 subtitles:1.5 " +
    "english:0.5 french:0.7 spanish:0.7 german:0.7 italian:0.7 portuguese:0.7 chinese:0.7 mandarin:0.7 " +
    "cantonese:0.7 japanese:0.7 korean:0.7 russian:0.7 arabic:0.7 hindi:0.7 dutch:0.7 swedish:0.7 " +
    "norwegian:0.7 danish:0.7 finnish:0.7 polish:0.7 turkish:0.7 greek:0.7 hebrew:0.7 vietnamese:0.7 " +
    "thai:0.7 indonesian:0.7 latin:1 ukrainian:0.7 czech:0.7 swahili:0.7 tagalog:0.7 bengali:0.7 urdu:0.7 " +
    "persian:0.7 farsi:0.7 phrase:0.5 say:0.5 mean:0.3 native:0.5 fluent:1",
  summarization:
    "summarize:4 summarise:4 summary:4 summaries:4 recap:3 tldr:3 synopsis:3 abstract:1.5 gist:3 digest:2 " +
    "digestible:2 highlights:1.5 overview:1.5 condense:3 shorten:2 compress:2 brief:1 briefly:1 " +
    "takeaways:2.5 bullet:1 outline:0.7 skim:1.5 essence:1.5 nutshell:2 concise:1 concisely:1 " +
    "transcript:0.7 memo:0.7 thread:0.5 minutes:0.3 notes:0.5 length:0.3",
  extraction:
    "extract:4 extraction:3.5 pull:1.5 grab:1 pick:1 scan:1 identify:1 parse:2 capture:1 fields:1.5 " +
    "field:1 json:1 csv:1 structured:1 table:0.5 entities:2 names:0.7 dates:1 emails:1 addresses:1 " +
    "phone:0.7 urls:1 links:0.5 hashtags:1.5 mentions:1 amounts:1 prices:0.7 codes:0.5 clauses:1 " +
    "values:0.7 headers:0.7 sender:1 recipient:1 invoice:1 receipt:1 resume:0.7 contract:0.5 every:0.5 mentioned:1.5",
  code_generation:
    "implement:2 implementation:1.5 function:1.5 script:1 program:1 code:1 class:0.5 method:0.7 api:1 " +
    "endpoint:1.5 regex:1.5 algorithm:1.5 python:1.5 javascript:1.5 typescript:1.5 java:1.5 rust:1.5 " +
    "golang:1.5 kotlin:1.5 swift:1 ruby:1 php:1.5 scala:1.5 haskell:1.5 sql:1.5 bash:1.5 powershell:1.5 " +
    "html:1.5 css:1.5 react:1 node:0.7 django:1.5 flask:1 pandas:1.5 numpy:1.5 docker:1.5 dockerfile:2 " +
    "kubernetes:1.5 yaml:1 github:1 workflow:0.7 npm:1.5 cli:1.5 compile:1 library:0.5 terminal:1 " +
    "database:0.7 schema:0.7 query:0.7 json:0.5 http:1 frontend:1 backend:1 component:1 unittest:1.5 " +
    "scraper:1.5 parser:1 recursion:1.5 recursive:1.5 array:1 string:0.5 integer:0.5 boolean:1.5 " +
    "cpp:1.5 csharp:1.5 lua:1.5 perl:1.5 matlab:1 snippet:1 linux:0.5",
  code_review:
    "review:1 refactor:3.5 refactoring:3.5 debug:3.5 debugging:3.5 bug:2 bugs:2 buggy:2 error:1 " +
    "exception:1.5 traceback:2 segfault:2.5 crash:1.5 crashes:1.5 failing:1 fails:1 leak:2 leaks:2 " +
    "vulnerability:2 vulnerable:2 injection:2 idiomatic:2.5 readability:2 lint:2 smell:2 clunky:1.5 " +
    "messy:1 cleaner:1 improve:1 improvements:1 optimize:1.5 optimise:1.5 spot:1 wrong:1 off:0.5 " +
    "critique:1 naming:1.5 undefined:1.5 null:1 pull:0.5 diff:1.5 commit:1 race:1 deadlock:2 crashes:1.5",
  analysis:
    "analyze:3 analyse:3 analysis:3 compare:2.5 comparison:2.5 contrast:2.5 versus:1.5 vs:1.5 " +
    "evaluate:2 assess:2 assessment:2 weigh:2 examine:2 critique:1.5 implications:2 impact:1.5 " +
    "effects:1.5 consequences:1.5 causes:1.5 factors:2 drivers:1.5 explain:0.7 why:1 relate:1.5 " +
    "relationship:1.5 correlation:1.5 tradeoffs:2.5 benefits:1.5 risks:1.5 advantages:2 disadvantages:2 " +
    "strengths:2 weaknesses:2 pros:2 cons:2 swot:3 realistic:1.5 feasible:1.5 viable:1.5 invest:1 " +
    "strategy:1 trends:1.5 trend:1.5 data:0.7 numbers:0.7 metrics:1 results:0.7 symbolism:2 themes:1 " +
    "interpret:2 interpretation:2 insights:1.5 historical:0.5 economic:1 economy:1 market:1 policy:1",
  creative_writing:
    "poem:3 poems:3 poetry:3 story:2.5 stories:2.5 tale:2 haiku:3 limerick:3 sonnet:3 lyrics:3 song:2 " +
    "rap:2 verse:2 essay:2 blog:2 speech:2 toast:2.5 eulogy:3 monologue:2.5 dialogue:2 screenplay:3 " +
    "script:1 letter:2 email:1.5 caption:2 captions:2 slogan:2 tagline:2 jingle:2.5 fable:2.5 novel:1.5 " +
    "chapter:1 fiction:2.5 narrative:1.5 character:1 villain:1.5 hero:1 protagonist:2 plot:1 scene:1.5 " +
    "post:1 tweet:1 bio:1.5 invitation:1.5 card:1 apology:1 announcement:1.5 newsletter:1 " +
    "creative:1 funny:1 humorous:1.5 whimsical:1.5 heartfelt:1.5 witty:1.5 persuasive:1.5 rhyme:2 " +
    "rhyming:2 imaginative:1.5 vivid:1 draft:1.5 compose:2 write:1 pen:1",
  brainstorming:
    "brainstorm:4 ideas:2.5 idea:2 suggestions:2 suggest:1.5 options:1 ways:1.5 uses:1.5 alternatives:1.5 " +
    "possibilities:1.5 themes:1.5 topics:1.5 names:1 inspiration:2 some:0.5 several:1 various:1 " +
    "different:0.5 unusual:1 creative:0.7 fun:0.5 list:0.7 possible:0.7 could:0.5 might:0.3",
  deep_reasoning:
    "puzzle:2.5 riddle:2.5 paradox:2.5 dilemma:2 syllogism:3 deduce:2.5 deduction:2.5 infer:2 inference:2 " +
    "logic:2 logical:2 logically:2 reason:1.5 reasoning:1.5 argue:1.5 argument:1.5 premise:2 premises:2 " +
    "conclude:2 conclusion:1.5 contradiction:2 fallacy:2.5 flaw:1.5 valid:1 rational:1.5 truth:1 lie:1 " +
    "lies:1 liar:2 knave:2.5 knaves:2.5 clue:2 clues:2 necessarily:2 must:0.7 carefully:1 philosophy:2 " +
    "philosophical:2 ethical:1.5 ethics:1.5 moral:1.5 morally:1.5 consciousness:1.5 counterfactual:1 " +
    "hypothetical:1 estimate:1 fermi:2 intuition:1.5 counterintuitive:2 weighings:2 labelled:0.5 labeled:0.5",
  math:
    "integral:3 derivative:3 differentiate:3 equation:2.5 equations:2.5 theorem:2.5 lemma:2.5 proof:1.5 " +
    "prove:1.5 probability:2.5 polynomial:2.5 matrix:2.5 eigenvalues:3 logarithm:2.5 factorial:2.5 " +
    "quadratic:2.5 algebra:2.5 geometry:2.5 calculus:2.5 arithmetic:2 solve:2 simplify:2 factor:1 " +
    "calculate:2.5 compute:2 sum:1 product:0.5 remainder:2 divisible:2.5 prime:1.5 primes:1.5 " +
    "integer:1 integers:1.5 fraction:2 decimal:1.5 percent:1.5 percentage:1.5 ratio:1.5 average:1 " +
    "mean:0.5 median:1.5 deviation:2 variance:2 angle:1.5 angles:1.5 triangle:1.5 circle:1 radius:2 " +
    "diameter:2 perimeter:2 area:1 volume:1 hexagon:2 polygon:2 sphere:1.5 cube:1 cylinder:1.5 " +
    "slope:1.5 vertices:1.5 lowest:0.5 digits:1 modulo:2.5 mod:1.5 vector:1.5 vectors:1.5 limit:1 " +
    "infinity:1.5 sequence:1 series:0.7 exponent:2 logarithms:2.5 sqrt:2 calculator:1.5 depreciates:1",
  simple_qa:
    "capital:1 population:1 invented:1 discovered:1 founded:1 born:1 died:0.7 author:0.7 directed:1 " +
    "painted:1 located:1 tallest:1 largest:0.7 longest:1 oldest:1 currency:1 symbol:0.7 element:0.5 " +
    "year:0.3 who:0.5 when:0.5 where:0.5",
  chat:
    "hi:2 hello:2 hey:2 thanks:1.5 thank:1.5 lol:2 haha:2 bored:1.5 lonely:2 sad:1.5 excited:1.5 vent:2 " +
    "miss:1 feel:1 feeling:1 talk:1 chat:1 roleplay:2.5 pretend:2 yourself:1 buddy:1 friend:0.5 " +
    "ugh:1.5 yay:2 wow:1 night:0.5 morning:0.5 day:0.3 mood:1 happy:0.5",
};

/** One lexicon hit: the task, its index in {@link HEURISTIC_TASKS}, and the weight. */
export interface LexiconEntry {
  task: HeuristicTask;
  taskIndex: number;
  weight: number;
}

/** Strips common English suffixes so that word forms meet. Applied to lexicon words and text words alike. */
export function stemWord(word: string): string {
  let w = word.endsWith("'s") ? word.slice(0, -2) : word;
  // Every suffix ends in one of these letters: most words skip the loop on a single comparison.
  const last = w.charCodeAt(w.length - 1);
  if (w.length < 4 || !(last === 115 || last === 100 || last === 103 || last === 101 || last === 121 || last === 110)) return w;
  for (const suffix of SUFFIXES) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length) + (suffix === "ies" || suffix === "ied" ? "y" : "");
      break;
    }
  }
  return w;
}
const SUFFIXES = ["ations", "ation", "izing", "ising", "izes", "ises", "ized", "ised", "ize", "ise", "ings", "ing", "ies", "ied", "es", "ed", "ly", "s", "e"];

/** The lexicon keyed by stem. */
export const TASK_LEXICON: ReadonlyMap<string, readonly LexiconEntry[]> = buildLexicon();

/**
 * Gate keys (first three characters) of every lexicon stem. Stemming never shortens a word below
 * three characters, so a word whose key is missing here cannot be in the lexicon and is skipped
 * without being sliced or stemmed.
 */
export const LEXICON_GATE_KEYS: ReadonlySet<number> = new Set([...TASK_LEXICON.keys()].map(gateKey));

function buildLexicon(): Map<string, LexiconEntry[]> {
  const lexicon = new Map<string, LexiconEntry[]>();
  for (const [task, source] of Object.entries(LEXICON_SOURCE) as Array<[HeuristicTask, string]>) {
    for (const item of source.split(/\s+/)) {
      if (item === "") continue;
      const [word = "", weight = "1"] = item.split(":");
      const stem = stemWord(word);
      const entries = lexicon.get(stem) ?? [];
      // Two forms of one word (e.g. "summary", "summaries") share a stem: keep the larger weight once.
      const existing = entries.find((entry) => entry.task === task);
      if (existing) existing.weight = Math.max(existing.weight, Number(weight));
      else entries.push({ task, taskIndex: HEURISTIC_TASKS.indexOf(task), weight: Number(weight) });
      lexicon.set(stem, entries);
    }
  }
  return lexicon;
}
