/**
 * A fact about the project or the running system asked in an agent's run (round 38): "which python version does this
 * repo target?", "what image tag is the api running in staging?", "¿qué versión de Node usa este proyecto?", "welche
 * Node-Version erwartet das Projekt?", "这个项目用的是哪个 Python 版本？". One short question for one value a file or a
 * tool holds (a version, a tag, a port, a branch): a lookup, though the run is code work or a system's logs.
 * The agent guard already keeps such a question when the model reads it as a lookup (nineteenth round); this reads it so
 * when the model reads it as a review, a change or an analysis. A bug word, a why, a change asked or code in the turn
 * leaves the reading alone ("which version introduced this bug?", "which version should we move to? update the CI").
 * @module
 */
import { showsCode } from "./code-shape.js";
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";
import { BUG_WORDS, asksChange } from "./task-words.js";

/**
 * The value asked for: a version, an image tag, a port, a branch, a runtime, in the ten cue languages (a word of its own:
 * "conversion" holds "version"). A region or a figure is data the agent reads, not a setting: left out.
 */
const VALUE =
  /\b(?:version|versions|image tag|tag|port|branch|runtime|env var|env variable|environment variable|config key|(?:replica|pod|worker|thread|connection|node) count|replicas|test runner|package manager|build tool|linter|formatter|orm|license|(?:exact )?(?:exception|error|return) type|line(?: number)?)\b|(?<![\p{L}])(?:versi[oó]n|versão|versione|версия|версию|версии|тег|порт|ветк[аиу]|puerto|porta|porto|rama|branche|zweig)(?![\p{L}])|版本|标签|端口|分支|镜像|バージョン|タグ|ポート|ブランチ|버전|태그|포트|브랜치/u;
/** A question word that asks which one or what, opening the turn or its second clause. */
const WHICH =
  /^(?:(?:ok|okay|so|and|also|btw|wait|quick q|quick question)(?: while [^:?\n]{1,40})?[,:]?\s+)?(?:which|whats|what(?:'s| is)?)\b|^[¿]?(?:(?:en|a|de|con|em|su|sur|auf|in) )?(?:qu[eé]|cu[aá]l(?:es)?)(?![\p{L}])|^(?:(?:auf|in|mit) )?welche[rsnm]?\b|^(?:(?:sur|sous|avec) )?(?:quel(?:le)?s?|quelle)\b|^(?:(?:em|em que|su|in|con) )?(?:qual|quais|quale|quali)\b|^(?:как(?:ая|ую|ой|ие)|что за)(?![\p{L}])|哪个|哪個|什么|什麼|どの|何の|어떤|무슨|몇/u;
/**
 * Japanese and Korean ask the value at the end, right after its name: "Next.js のバージョンは？", "Node 버전이 뭐야?" (round
 * 56). The name stands just before the ending (review 56): "バージョンを上げたら、リスクは？" and "이 브랜치 전략의 단점이
 * 뭐야?" ask a risk and a drawback, not the value.
 */
const VALUE_ASKED_LAST =
  /(?:バージョン|タグ|ポート|ブランチ|イメージ|ランタイム|version|tag|port|branch|runtime)\s?(?:は|って)(?:何|なに|いくつ)?(?:です|だ|でしょう)?(?:か|っけ)?[?？]$|(?:버전|태그|포트|브랜치|이미지|런타임|version|tag|port|branch|runtime)\s?(?:이|가|은|는)? ?(?:뭐야|뭐예요|뭐에요|뭐지|뭐였지|뭔가요|무엇인가요)[?？]?$/u;
/**
 * Who last changed a file, or owns it (round 44): "Who last touched config/feature_flags.yml?" after `git log`, a
 * lookup of the history's author, not a review of the change.
 */
const WHO_CHANGED = /^(?:(?:ok|okay|so|and|also|btw|quick q|quick question)[,:]?\s+)?who (?:last )?(?:touched|changed|edited|modified|committed|owns|wrote)\b/u;
/** A value to choose, not to look up: "which node version should we upgrade to?". */
const ADVICE = /\bshould (?:we|i)\b|\b(?:recommend|best|better)\b|deber[ií]amos|sollten wir|devrions|dovremmo|devemos|стоит ли|应该|應該|べき|해야/u;
/** A judgement of the code asked, however briefly ("is this code correct? one word"): a review, not a fact. */
const JUDGED = /\b(?:correct|safe|wrong|okay|fine|good|bad|leak\w*|secure|valid)\b|\b(?:is|are) (?:this|that|it|these|those)\b[^?\n]{0,30}\b(?:right|ok)\b/;
/** "port" asked as a value ("the default port", "which host port"), which the change words read as a verb ("port it to…"). */
const PORT_NOUN = /\b(?:the |default |which |what )(?:(?:host|container|local|db|database|server|http|grpc|admin|metrics|debug) )?port\b/g;
/**
 * What a command-line flag or a setting does, or where a name is defined (round 46, dev-216 and dev-220): "what does
 * --prefer-offline actually do for npm ci", "what's --force-with-lease", "bail: 1 means what exactly", "so where is it
 * defined, just the file + line pls". The bug words read "what does" and "where is" as a diagnosis; here the thing asked
 * is named, an option or a definition, so it is looked up.
 */
const OPTION_OR_PLACE =
  /^(?:(?:ok|okay|so|and|wait|quick q|quick question|btw)[,:]?\s+)?(?:what(?:'s| is| does| do)(?: the)? `?--?[a-z][\w-]{0,30}(?:[= ][\w.-]{1,12})?`?(?: (?:flag|option|switch|setting))?(?: (?:actually|really|exactly|even))?(?: (?:do|does|mean))?\b|`?[a-z][\w.-]{1,30}: ?[\w.-]{1,12}`? means what\b|where(?:'s| is| are| do| does)(?: (?:it|this|that|they|the [\w.-]{1,30}|[\w.:#-]{2,40}))? (?:defined|declared|configured|registered|implemented|exported|initiali[sz]ed|set up)\b)/u;
/**
 * The question closes the turn, or only a remark that nothing should change follows it ("what node version does this repo
 * require? just tell me, don't change anything"; round 44).
 */
const ASKED_ALONE = /[?？]\s*(?:(?:just tell me|just answer|don'?t change anything|don'?t touch anything|no changes?(?: please)?|no edits?|read-only|one word|one line|yes\/no|yes or no|short answer|(?:i )?don'?t need a lecture)[,.!]?\s*)*$/u;
/**
 * A property asked yes or no, or one of two, of something the run read, with the answer's form named ("is this code sync
 * or async? one word", "is that file under version control or generated? dont need a lecture"; round 45, dev-206).
 */
const PROPERTY_ASKED = /^(?:(?:ok|okay|so|wait|quick q|quick question)[,:]?\s+)?(?:is|are|does|do) (?:this|that|it|the|these|those)\b[^?\n]{1,60}[?？]\s*(?:one word|yes\/no|yes or no|short answer|(?:i )?don'?t need a lecture|just tell me)\b/u;
/** One sentence without a closing mark (a dot inside a name, "JobQueue.pop", is no sentence's end). */
const UNPUNCTUATED = /^(?:[^.!?？\n]|\.(?=\w)){1,100}$/u;
/** A short question: one sentence, a value asked for. */
const MAX_CHARS = 120;
/**
 * Readings a lookup in an agent's run is mistaken for: the run's own work, or a reading the agent guard turns into code
 * work (a lookup itself is kept here, so the guard's English-only fact question is not needed for it). Text work
 * ("what's the German version of this string?") is left alone.
 */
const RUN_READINGS = new Set(["code_review", "code_generation", "analysis", "simple_qa", "chat", "classification", "extraction", "deep_reasoning", "math"]);

/** A lookup for a short question in an agent's run that asks for one value of the project or the system (module comment). */
export function projectFactGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!RUN_READINGS.has(task) || !(reading.agent.coding || reading.agent.toolMessages > 0)) return undefined;
  const text = reading.latestLower.trim();
  if (text.length <= MAX_CHARS && OPTION_OR_PLACE.test(text) && !asksChange(text) && !/\b(?:why|wrong|fails|failed|error|broken)\b/.test(text)) return { task: "simple_qa", why: "asks what a flag does or where a name is defined, a lookup" };
  // A question typed without its mark ("which line is ProjectsController#index defined on") is one sentence, unpunctuated.
  const asked = ASKED_ALONE.test(text) || (UNPUNCTUATED.test(text) && (WHICH.test(text) || VALUE_ASKED_LAST.test(text)));
  if (text.length > MAX_CHARS || !asked || !((WHICH.test(text) && VALUE.test(text)) || VALUE_ASKED_LAST.test(text) || WHO_CHANGED.test(text) || PROPERTY_ASKED.test(text))) return undefined;
  // "port" the value is no "port it to Go" asked (round 44: "what's the default port for the vite dev server again?").
  if (BUG_WORDS.test(text) || asksChange(text.replace(PORT_NOUN, " ")) || ADVICE.test(text) || JUDGED.test(text) || showsCode("user", reading.latest)) return undefined;
  return { task: "simple_qa", why: "asks for one value of the project or the system, a lookup" };
}
