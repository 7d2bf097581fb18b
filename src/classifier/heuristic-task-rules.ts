/**
 * Weighted keyword and pattern rules for the heuristic task classifier. Every rule is a general
 * cue (a verb, the noun it acts on, a notation, a question form), never a memorised phrase.
 * Patterns run on lowercased text; each pattern scores at most once per text.
 * @module
 */
import { deriveGate, gateKey } from "./rule-gate.js";

/** The task types the heuristic rules can label (the built-in task table). */
export const HEURISTIC_TASKS = [
  "classification",
  "translation",
  "summarization",
  "extraction",
  "code_generation",
  "code_review",
  "analysis",
  "creative_writing",
  "brainstorming",
  "deep_reasoning",
  "math",
  "simple_qa",
  "chat",
] as const;
export type HeuristicTask = (typeof HEURISTIC_TASKS)[number];

/** One cue: when `pattern` matches the lowercased text, `task` gains `weight`. */
export interface TaskRule {
  task: HeuristicTask;
  pattern: RegExp;
  weight: number;
  /** Gate keys of word prefixes one of which the text must contain for `pattern` to match; undefined: always test. */
  gate: readonly number[] | undefined;
}

const LANGUAGES =
  "english|french|spanish|german|italian|portuguese|chinese|mandarin|cantonese|japanese|korean|russian|arabic|hindi|" +
  "dutch|swedish|norwegian|danish|finnish|polish|turkish|greek|hebrew|vietnamese|thai|indonesian|latin|ukrainian|czech|swahili";
const PROGRAMMING =
  "python|javascript|typescript|java|c\\+\\+|c#|rust|golang|kotlin|swift|ruby|php|scala|haskell|sql|bash|powershell|" +
  "html|css|react|node\\.?js|django|flask|pandas|numpy|regex|regular expression|shell script|go program|lua|perl|matlab";
const CODE_NOUNS =
  "function|method|class|script|program|algorithm|api|endpoint|query|regex|component|module|library|cli|unit tests?|" +
  "code|snippet|implementation|app|application|website|web page|bot|data structure|linked list|binary tree|parser|server|" +
  "http requests?|dockerfile|makefile|game";
const WRITING_NOUNS =
  "poem|poetry|story|stories|tale|essay|blog|email|e-mail|letter|song|lyrics|haiku|limerick|sonnet|speech|screenplay|" +
  "dialogue|monologue|toast|eulogy|article|tweet|post|caption|bio|slogan|tagline|advertisement|jingle|fable|novel|" +
  "chapter|scene|rap|ballad|obituary|invitation|announcement|newsletter|press release|cover letter|product description|" +
  "message|note|riddle|joke|skit|play|verse|script|review|podcast|op-ed|editorial|column|memoir|recommendation";
const FACT_TOPICS =
  "capital|population|president|inventor|invented|discovered|founded|born|died|wrote|author|directed|sang|painted|" +
  "located|tallest|largest|smallest|longest|first|oldest|name of|meaning of|chemical symbol|currency|won|played";

/** Builds the rule table from compact `[pattern source, weight]` lists per task. */
function rules(task: HeuristicTask, list: ReadonlyArray<readonly [string, number]>): TaskRule[] {
  return list.map(([source, weight]) => ({ task, pattern: new RegExp(source), weight, gate: deriveGate(source)?.map(gateKey) }));
}

/** The rule table. Weights: 3-4 a defining verb, 2-2.5 a strong cue, 1-1.5 supporting evidence. */
export const TASK_RULES: readonly TaskRule[] = [
  ...rules("translation", [
    ["\\btranslat(e|es|ed|ing|ion)\\b", 4],
    [`\\b(into|to) (${LANGUAGES})\\b`, 1.5],
    [`\\bhow (do|would|can|does|did) [a-z ]{1,20} say\\b`, 2.5],
    [`\\b(this|that|it|these|those|the following)\\b[^.?!\\n]{0,40}\\b(in|into) (${LANGUAGES})\\b`, 2.5],
    [`\\bin (${LANGUAGES})\\b`, 0.7],
    [`\\b(${LANGUAGES}) (version|translation|equivalent|subtitles)\\b`, 2.5],
    [`\\b(render|put|say|write|convert|rewrite)\\b[^.?!\\n]{0,60}\\b(in|into) (${LANGUAGES})\\b`, 2.5],
    [`\\bthe (${LANGUAGES}) (for|word for|phrase for)\\b|['"‘“][^'"’”]{1,80}['"’”] in (${LANGUAGES})\\b`, 3],
    ["\\b(tradu[cz]\\w*|traduis\\w*|übersetz\\w*|vertaal\\w*)", 3],
  ]),
  ...rules("summarization", [
    ["\\bsummar(y|ies|ize|ise|ized|ised|izing|ising)\\b", 3.5],
    ["\\btl;?dr\\b|\\b(sum (it |this |that |these |them )?up|short version|bottom line|in short|cliff'?s? ?notes|high-level overview)\\b", 3],
    ["\\b(condense|recap|gist|synopsis|key takeaways|main points|key points|boil (it )?down|in a nutshell|shorter version|shorten)\\b", 2],
    ["\\bin (one|two|three|a few|\\d+) (sentences?|bullet points?|bullets|lines|words)\\b", 1],
  ]),
  ...rules("classification", [
    ["\\bclassif(y|ies|ied|ication|ier)\\b", 3.5],
    ["\\bcategori[sz](e|es|ed|ing|ation)\\b", 3.5],
    ["\\b(sentiment|spam|toxic(ity)?|intent)\\b", 1.5],
    ["\\b(options|choices|categories|labels)\\s*:|\\bchoose (from|between|one of)\\b|\\b(belong|belongs) (to|in)\\b", 1.5],
    ["\\b(positive|negative|neutral)\\b", 1],
    ["\\blabel (it|this|each|these|them|the)\\b", 2.5],
    ["\\b(put|assign|map|sort|place|divide|split|group|bucket)\\b[^.?!\\n]{0,40}\\b(into|to|by|with) (a |an |the |one )?(categor\\w*|groups?|buckets?|departments?|class(es)?|types?|labels?|priorit\\w*|levels?|tiers?|regions?|genres?|themes?|teams?|queues?)\\b", 3],
    ["\\b(mark|decide|determine|indicate|say) (whether|if)\\b|\\b(yes or no|true or false|fact or (an )?opinion)\\b", 1.5],
    [", ([a-z]+,? )?or [a-z]+([?:.]|$)", 1.5],
    ["\\b(which|what) (category|class|genre|label|topic|department) (does|is|would|best|should)\\b", 2.5],
    ["\\b(tag|sort|bucket|group) (these|each|every|the following)\\b", 2],
    ["\\b(answer|reply|respond) with (only |just )?(one|a single) (word|label|category)\\b", 2],
    ["\\bis (this|the following|it) (an? )?[a-z ]{1,25} or (an? )?[a-z ]{1,25}\\?", 1.5],
    // "formal or informal", "urgent or not urgent": "or" leads (so the rule can be gated), the word before it is looked behind.
    ["\\bor (?:not |in|un|non-?|im|ir|dis)([a-z]{3,})\\b(?<=\\b\\1 or (?:not |in|un|non-?|im|ir|dis)[a-z]{3,})", 2.5],
    ["\\bwhich (of these|of the|ones?)\\b[^?.]{0,50}\\b(are|is)\\b", 2.5],
    ["\\b(mark|rate|score|grade|label|tag|flag|classify|sort|group|bucket|rank|sort out) (each|every|all|these|them|the following|any)\\b", 2.5],
  ]),
  ...rules("extraction", [
    ["\\bextract(s|ed|ing|ion)?\\b", 3.5],
    ["\\b(pull|grab|get|fish) out\\b|\\b(pull|grab|get)\\b[^.?!\\n]{0,40}\\b(from|out of)\\b", 2],
    ["\\b(list|find|identify|return|collect|highlight) (all|every)( of)? (the )?[a-z]+", 1.5],
    ["\\b(mentioned|named|listed|referenced|cited|appear|appears|occur|occurs) in (the|this|these|that|my)\\b", 2],
    ["\\b(give me|return|output|list|show me) (just|only) the\\b|\\bfrom (the|this|these|that|my) [a-z]+( [a-z]+)? (below|above|attached)\\b", 2],
    ["\\b(list|find|identify|return|collect) (all|every|each)( of)? (the )?(names?|emails?|e-mail addresses|dates?|numbers?|people|persons|companies|organi[sz]ations|entities|urls?|links|addresses|amounts|prices|products|keywords|skills|ingredients|locations|phone numbers)\\b", 3],
    ["\\b(from|in|out of) (the|this|these|that|my) (following |attached |below )?(text|passage|paragraph|document|email|article|invoice|receipt|resume|cv|transcript|log|page|html|table|message|review|report|contract|posting|listing|notes|form|statement|thread|conversation|pdf|file|spreadsheet|records?|profile|website)\\b", 1.5],
    ["\\b(json|csv|key-value|structured (data|format|output)|fields)\\b", 1],
    ["\\bnamed entit(y|ies)\\b", 3],
    ["\\b(find|get|list|identify|pull|show me|what are|which are) (the|all|every|any)\\b[^.?!\\n]{0,40}\\b(in|from) (this|these|the following|the attached|that|my)\\b", 2.5],
    ["\\bparse (this|the|these|that|my|out)\\b", 2.5],
  ]),
  ...rules("code_generation", [
    [`\\b(write|implement|create|build|develop|generate|code|make|give me|show me|need|want)\\b[^.?!\\n]{0,60}\\b(${CODE_NOUNS})s?\\b`, 4.5],
    ["\\bimplement(s|ed|ing|ation)?\\b", 1.5],
    [`\\b(${PROGRAMMING})\\b`, 1.5],
    [`\\b(in|using|with) (${PROGRAMMING}|go)\\b`, 1],
    ["^\\s*(from [\\w.]+ import|import |def |function |class |#include|public |const |let |async )", 2.5],
    ['"""|\'\'\'|>>> ', 1.5],
  ]),
  ...rules("code_review", [
    [`\\b(review|refactor|debug|fix|optimi[sz]e|improve|clean up|simplify|audit|speed up)\\b[^.?!\\n]{0,50}\\b(${CODE_NOUNS}|pr|pull request|diff|commit)\\b`, 3.5],
    ["\\b(what'?s|what is|anything) wrong with\\b", 2],
    ["\\bwhy (does|doesn'?t|is|isn'?t|do|don'?t)\\b[^?]{0,60}\\b(work|compile|run|return|fail|crash|throw|print|output|hang|leak|slow|freeze|break|loop)", 2.5],
    ["\\b(bugs?|buggy|errors?|exceptions?|traceback|stack trace|segfault|null pointer|memory leak|race condition|code smells?|vulnerab\\w*|security (issues?|holes?)|off-by-one)\\b", 1.5],
    ["\\b(code review|refactor\\w*|debug\\w*|idiomatic|lint(er|ing)?)\\b", 3],
    ["\\b(this|my|our|the following|attached) ([a-z+#]+ )?(code|function|script|snippet|module|class|method|program|query|component|implementation|pr|pull request|schema|regex|unit tests?|tests?|codebase|repo|loop)\\b", 2],
    ["\\b(look over|go over|check|inspect|critique)\\b[^.?!\\n]{0,30}\\b(this|my|the following) (code|function|script|snippet|query|class|method|implementation|pr|sql|program)\\b", 2.5],
    ["\\b(explain|walk me through|what does) (this|the following|my)( \\w+)? (code|function|snippet|script|query|regex|method|class)\\b", 2.5],
  ]),
  ...rules("analysis", [
    ["\\banaly[sz](e|es|ed|is|ing)\\b", 3],
    ["\\b(compare|comparison|contrast|differences? between|pros and cons|trade-?offs?|advantages and disadvantages|strengths and weaknesses|swot)\\b", 2.5],
    ["\\b(evaluate|assess|assessment|critique|implications?|impact (of|on)|effects? (of|on)|consequences|root causes?|interpret|insights?|break down)\\b", 1.5],
    ["\\bwhat (might|could|would) explain\\b|\\bexplain (the|why|how)\\b", 1.5],
    ["\\bwhich (is|are|would be) (better|best|worse|preferable|more|less|cheaper|faster)\\b|\\b(and|but) why\\b", 2],
    ["\\bwhat (could|might|would) be (going on|happening|causing|the (cause|reason|problem))\\b", 2],
    ["\\bwhat (do|does) (this|these|that|those|it|the)\\b[^?]{0,40}\\b(tell|say|mean|suggest|imply|indicate)\\b", 2],
    ["\\bhow (did|does|do|has|have|will|would|might) [^?]{1,60}\\b(change|affect|impact|influence|shape|transform)", 2],
    ["\\b(data|dataset|trends?|metrics|statistics|market|strategy|performance|survey|results|quarterly|revenue|policy|economy|economic)\\b", 0.7],
    ["\\bwhy (did|do|does|is|are|has|have|was|were)\\b", 0.7],
  ]),
  ...rules("creative_writing", [
    [`\\b(write|compose|draft|create|craft|pen|produce|structure|prepare|need|want)\\b[^.?!\\n]{0,50}\\b(${WRITING_NOUNS})s?\\b`, 3.5],
    ["\\b(poem|poetry|story|haiku|limerick|sonnet|fiction|fairy tale|narrative|protagonist|villain|plot twist|rhym(e|es|ing)|stanzas?|lyrics|screenplay)\\b", 1.5],
    ["\\b(creative|imaginative|whimsical|humorous|funny|witty|heartfelt|persuasive|engaging|catchy|vivid|poetic)\\b", 1],
    ["\\b(in the style of|from the perspective of|written as|told from|once upon a time)\\b", 1.5],
  ]),
  ...rules("brainstorming", [
    ["\\bbrainstorm(s|ed|ing)?\\b", 4],
    ["\\b(ideas?|suggestions?|names? for|ways to|ways of|tips|alternatives|possibilities|themes? for|topics|concepts for|angles)\\b", 1.5],
    ["\\b(list|give me|suggest|come up with|generate|think of|propose|pitch)\\b[^.?!\\n]{0,30}\\b(\\d+|some|several|a few|a list|ten|five|three|twenty|more|creative|different|unique|fun|possible)\\b", 1.5],
    ["\\bwhat if\\b", 2.5],
    ["\\b(come up with|think up|dream up|spitball)\\b", 1.5],
    ["\\bwhat (are|would be|could be) (some|good|possible|the best)\\b", 1.5],
    ["\\bhow (might|could) (we|i)\\b", 1],
  ]),
  ...rules("deep_reasoning", [
    ["\\b(puzzle|riddle|brain ?teaser|logic (problem|puzzle|grid)|paradox|dilemma|syllogism|deduc(e|tion|tive)|infer(ence)?)\\b", 2],
    ["\\bclues?\\b", 2],
    ["\\b(step[- ]by[- ]step|think (carefully|step|through|hard)|reason(ing)? (through|about))\\b", 1.5],
    ["\\b(explain|justify|walk me through) (your|the) (reasoning|answer|thinking|estimate|logic)\\b|\\b(show|take [a-z ]{1,20} through) your (reasoning|thinking)\\b|\\bwhy (does|would) (this|that|it) work\\b", 1.5],
    ["\\b(always (lies|tells the truth)|liars?|truth-?tellers?|knights? and knaves|intuition|trick question)\\b", 2],
    ["\\b(each|every) (person|one|friend|house|of them)\\b[^.]{0,60}\\bdifferent\\b|\\bwho (owns|has|lives|drinks|sits|is in)\\b", 1.5],
    ["\\b(figure|work) out (which|who|how|whether)\\b|\\bwhy do (people|most people|we) (get|think|assume|fall|say)\\b", 1.5],
    ["\\b(work|reason|think) (it )?(through|out)\\b|\\bboth (views|sides|positions|perspectives)\\b", 1.5],
    ["\\b(directly|immediately|somewhere to the) (left|right|next to|behind|in front of|above|below)\\b", 1.5],
    ["\\b(philosoph\\w*|ethic(s|al)|moral(ly|ity)?|free will|consciousness|thought experiment|counterintuitive|trolley problem)\\b", 1.5],
    ["\\b(premises?|necessarily|contradiction|logically|valid argument|fallac(y|ies|ious)|conclude|follows? that|flaw(ed)? in|the argument)\\b", 1.5],
    ["\\b(estimate|roughly how many|approximately how)\\b", 1],
  ]),
  ...rules("math", [
    ["\\b(integral|integrate|derivative|differentiate|equations?|theorem|lemma|probability|polynomial|matri(x|ces)|eigen\\w*|logarithm|factorial|combinatorics|modulo|quadratic|trigonometr\\w*|algebra\\w*|geometr\\w*|calculus|arithmetic)\\b", 2.5],
    ["\\b(solve|simplify|factori[sz]e|calculate|compute|prove|find the (value|sum|area|volume|roots?|derivative|probability|number|remainder|perimeter|length|radius|angle|average|mean|median|product|smallest|largest|greatest|least|total|cost))\\b", 2.5],
    ["\\\\(frac|sqrt|boxed|int|sum|cdot|times|pi|theta|alpha|leq?|geq?|infty)\\b|\\$[^$\\n]{1,80}\\$", 3],
    ["\\d\\s*[+*/^×÷=]\\s*\\d|\\d\\s+-\\s+\\d|\\^\\s*[\\da-z(]|\\([a-z]\\)\\s*=|\\b(sin|cos|tan|log|ln|sqrt|exp)\\(|\\d[a-z]\\b\\s*[-+=]", 2],
    ["\\b(area|perimeter|radius|diameter|circumference|hypotenuse|triangle|circle|rectangle|polygon|slope|vertices|endpoints?|chord|square units|cubic)\\b", 1.5],
    ["\\b(expected value|divisors?|number of ways|how many ways|permutations?|combinations|arrange the|arrangements of|a number|twice|three times|half (of|as))\\b", 2],
    ["%\\s*of\\b", 2],
    ["\\b(percent|ratio|average|mean|median|sum|total|remainder|digits?|integers?|primes?|divisible|multiple of|fraction|decimal|per (hour|day|week|month|year))\\b", 1],
    ["%", 1],
    ["\\bhow (many|much)\\b", 1],
    ["\\bhow many (seconds|minutes|hours|days|weeks|months|years|meters|feet|inches|miles|kilometers|grams|pounds|liters|gallons|ounces|cups)\\b", 1.5],
  ]),
  ...rules("simple_qa", [
    ["^(who|what(?! if)|when|where|which|whose|how (many|much|long|old|tall|far|big|deep))\\b", 1],
    ["\\bwhich [^?.]{1,60}\\?\\s*$|\\b(is|are|was|were|of|by|called|known as)\\s*$", 1],
    [`\\b(${FACT_TOPICS})\\b`, 1],
    ["^(is|are|was|were|does|did|has|have) [^?]{3,80}\\?\\s*$", 1],
    ["^(define|what does [^?]{1,40} mean|what is (a|an|the) [a-z -]{1,30}\\??\\s*$)", 1.5],
  ]),
  ...rules("chat", [
    ["^(hi|hello|hey|yo|hiya|good (morning|afternoon|evening)|thanks|thank you|how are you|what'?s up|sup)\\b", 3],
    ["\\b(how are you|nice to meet|about yourself|who are you|your name|let'?s (chat|talk)|i feel|i'?m feeling|i am feeling|i'?m (so )?(bored|sad|lonely|stressed|tired|happy|nervous|anxious)|cheer me up|my day)\\b", 2],
    ["\\b(pretend|role-?play|act as|you are now|in character|imagine you are|introduce yourself)\\b|^as an? [^,]{1,50}, (how|what|would)|\\bif you were\\b", 2.5],
    ["\\b(would|will|do|can) you\\b|\\byourself\\b", 0.7],
    ["\\b(do you (ever|like|think|feel|have|enjoy|get)|are you (ever|happy|real|conscious|okay)|your (favorite|favourite|opinion|thoughts))\\b", 2],
  ]),
];
