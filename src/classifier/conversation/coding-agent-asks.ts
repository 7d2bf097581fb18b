/**
 * Asks in a coding agent's run that are not code work though the run is (thirty-seventh round, dev-181): items of the
 * project asked for as a list or a table ("Which functions does src/billing/models.ts export? I need the list",
 * "just give me the unique names with their default, as a table"), and a correctness argued or proved ("is this correct
 * for all inputs? argue it rigorously or give a counterexample"). Read so whether the model read a change to make or
 * the agent guard would have made one of it; a change or a bug named in the turn keeps the code reading.
 * @module
 */
import { showsCode } from "./code-shape.js";
import { CODE_CHANGE } from "./code-change.js";
import { LANGUAGE_ALONE } from "./follow-up-languages.js";
import { STATISTIC_NAMES } from "./statistic-names.js";
import { countNumbers } from "./count-numbers.js";
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";
import { BUG_WORDS, CHANGE_REQUEST, asksChange } from "./task-words.js";
import { VERSE, asksForCommitMessage } from "./commit-message.js";

/** Items asked for as a list or a table, in the ten cue languages. */
const LIST_ASK = new RegExp(
  [
    /\b(?:as an? (?:table|list|markdown table|bullet list)|in(?:to)? an? (?:markdown )?table|(?:i need|give me|want) a list of|(?:i need|give me|just) the list|signatures only|which exact (?:versions|packages|files|functions)|list (?:them|all|every|each|only)|just give me the \w+|grouped by (?:owner|file|author|team|module|package))\b|^(?:a )?table:/.source,
    /en (?:una )?tabla|como (?:una )?lista|als (?:tabelle|liste)|in (?:einer )?tabelle|sous forme de (?:tableau|liste)|en tableau|em (?:uma )?tabela|numa tabela|in una tabella|come (?:un )?elenco|таблиц(?:ей|у)|списком|列成表|做成表|列个表|列出来|一覧(?:にして|で)|表にして|표로 (?:정리|만들)|목록으로/.source,
    // "just the errors as file:line, one per line", "just names + line numbers", "pull the IPs that got 429s" (round 44).
    /\bone per line\b|\bas file:line\b|\bjust a (?:list|table)\b|\b(?:list )?names only\b|\b(?:just|only) (?:the )?names? (?:\+|and|with) line numbers?\b|\bpull (?:out )?(?:the|all|every) [\w-]+ (?:that|which|with|where)\b/.source,
    // "just the image ref and the memory limit, nothing else", "hosts and limits as a flat key=value list", "only the breaking
    // changes in 5.0.0, bullet list", "give me just the unique request ids that 500'd": values picked from the output (round 46).
    /\b(?:just|only) (?:the )?[^.?!\n]{1,60}\b(?:nothing else|no prose|no explanation)\b|\bas an? (?:flat |plain )?(?:key=value|key: ?value) list\b|\bbullet list\b|\b(?:give me|just|only) (?:just |only )?the (?:unique|distinct) [\w-]{1,20}\b/.source,
    // "Sacame de este package.json una lista con las dependencias en 0.x": a list of the project's items (round 44).
    /una lista (?:con|de|des|del)\b|eine liste (?:der|mit|von|aller)\b|une liste (?:des|de|du)\b|uma lista (?:com|de|das|dos)\b|un elenco (?:di|dei|degli|delle)\b|список (?:всех|из|с)(?![а-яё])|列一个(?:清单|列表)|给我一个(?:清单|列表)|リストを(?:ください|出して|作って)|목록을 (?:줘|뽑아|만들어)/.source,
  ].join("|"),
);
/** Findings picked out of a tool's output as the items to list ("just the errors (not warnings)"), not a bug reported. */
const PICKED_FINDINGS = /\b(?:just|only|all|every) (?:the )?(?:errors|warnings|failures|failing tests|exceptions)(?: \([^)\n]{0,40}\))?/g;
/** A correctness asked to be argued or proved, or a counterexample, in the ten cue languages. */
const RIGOUR_ASK =
  /\b(?:argue (?:it |this )?rigorously|rigorous(?:ly)?|prove (?:that|it|this)|(?:prove or )?disprove|counter-?example|think it through carefully|think (?:it|this) through(?=[:,.])|walk (?:me )?through it step by step|walk (?:me )?through the interleaving|reason through the|is (?:this|it) sound|show me a concrete (?:interleaving|counterexample|schedule|execution|ordering)|with what interleaving|reason (?:it |this )?(?:carefully|rigorously)|walk (?:me )?through (?:the |all |every )?(?:possible )?(?:interleavings|orderings|schedules|executions)|enumerate (?:the |all |every )?(?:possible )?(?:interleavings|orderings|failure windows|race windows|failure modes|ways (?:this|it) can (?:fail|break))|exactly which (?:interleaving|ordering|sequence|schedule))\b|razona (?:con cuidado|detenidamente|paso a paso)|denk (?:sorgf[äa]ltig|gr[üu]ndlich) nach|r[ée]fl[ée]chis (?:bien|soigneusement)|raisonne (?:soigneusement|rigoureusement)|ragiona con (?:attenzione|cura)|raciocine com cuidado|pense com cuidado|рассужда\p{L}* (?:внимательно|аккуратно|строго)|подумай внимательно|仔细推理|仔細推理|认真推理|仔细想想|よく考えて|慎重に考えて|신중하게 (?:생각|추론)|꼼꼼히 (?:생각|따져)|demuestra que|contraejemplo|beweise,? dass|gegenbeispiel|d[ée]montre que|prouve que|contre-exemple|prove que|demonstre que|contraexemplo|dimostra che|controesempio|докажи|контрпример|证明|反例|証明して|반례|증명해/u;

/**
 * A change named inside a question the argument answers ("whether X alone would fix it", "if Y would solve it"), or a
 * change word used as a noun ("which ordering loses an update").
 */
const WEIGHED_CHANGE = /\b(?:would|could|might|will|does|do) (?:\S+ ){0,2}?(?:fix|change|solve|remove)\b|\b(?:an?|the|lost|loses?|losing) (?:update|change|fix)\b|\b(?:write|read|copy|fix)-(?:through|back|behind|around|only|on-write|up)\b/g;
const REASONING: GuardResult = { task: "deep_reasoning", why: "asks for a correctness argued or proved, not a change" };

/**
 * A figure asked to be worked out: a probability, how long something takes, what it costs, an estimate "show it" (dev-182:
 * "roughly what is the probability of at least one collision within a year? … show it").
 */
const FIGURE_ASK = /\b(?:what(?:'s| is) the (?:probability|chance|odds)|probability (?:of|that)|how long will it take|what (?:does|will) (?:it|that|this) cost|how much will (?:it|that|this) cost|back[- ]of[- ]the[- ]envelope)\b/;
const FIGURE_ASK_ALL = new RegExp(FIGURE_ASK.source, "g");
/** Numbers the turn gives for the figure to be worked out from. */
const MIN_FIGURES = 2;

/** An algorithm's complexity asked for. */
const COMPLEXITY_ASK = /\b(?:time|space) complexity\b|\bbig-?o\b|\bcomplexity\b[^?.\n]{0,60}\b(?:for|in terms of|as a function of) n\b|\bworst[- ]case (?:number of|complexity|running time|runtime)\b/;
/** A complexity stated and doubted ("are you sure it is O(n)?"): the claim is checked, not worked out. */
const DOUBTED = /\b(?:are you sure|really|is it actually|you sure)\b/;

/** Code ruled out for now: "don't code yet", "no code", "not implementing anything yet". */
const NO_CODE_YET = /\b(?:don'?t|do not|no need to|not) (?:write (?:any )?|start )?(?:code|coding|implement\w*)(?: (?:it|anything))?(?: (?:yet|now|for now))?\b|\bno code(?: yet)?\b|\bbefore (?:we|i|you) (?:write|start) (?:any )?code\b|\bbefore (?:you|we) (?:code|implement|build|write) (?:it|this|that|anything)\b/;
/** A piece asked to be written in a playful voice, or in a story's or a poem's form: writing for people. */
const CREATIVE_ASK =
  /\b(?:write|draft|rewrite|turn|give me|come up with)\b[^\n]{0,80}?(?:\b(?:playful|whimsical|witty|funny|cheeky|quirky|humou?rous|light-?hearted|tongue-in-cheek|punny)\b|\b(?:short story|bedtime story|fairy tale|poem|haiku|limerick|sonnet)\b)/;
/** Code named as what is written ("a function that returns funny error messages"): the code is the work. */
const CODE_NAMED = /\b(?:write|draft|create|add|give me) (?:me )?(?:(?:an?|the|some) )?(?:[\w-]+ ){0,3}?(?:function|script|class|method|unit tests?|regex|query|component|endpoint|hook|generator)\b/;
/** The change summed up for people: release notes, a PR's description, what changed between versions. */
const CHANGE_SUMMED_UP =
  /\b(?:pr|pull request|merge request|mr) description\b|\brelease notes\b|\bchangelog (?:entry|entries|section)\b|\bwhat changed (?:between|since)\b|\bwhat (?:did you|have you|we) (?:actually )?change(?:d)? in this session\b/;
/**
 * A postmortem or an incident report asked written from the run (round 56): "write the postmortem for the wiki: impact,
 * cause, what we did", "напиши постмортем для вики", "写一份事后复盘报告", "ポストモーテムを書いて", "redacta el informe del
 * incidente". The incident summed up for people, as the development rows label "draft the postmortem" (dev-196); the verb
 * opens the turn, so "need a minute before I write the postmortem" is no such ask, and an e-mail or a verse is writing.
 */
const POSTMORTEM_ASKED =
  /^(?:(?:ok(?:ay)?|now|then|please|pls|great|cool|and|so|ahora|bueno|jetzt|dann|alors|maintenant|ora|allora|agora|então|теперь|ну|а)[,.!]?\s+){0,3}(?:write|draft|prepare|put together|do|escribe|redacta|prepara|schreib\p{L}*|verfass\p{L}*|erstell\p{L}*|[ée]cris|r[ée]dige|pr[ée]pare|scrivi|redigi|escreve|escreva|redija|напиши|составь|подготовь)(?: (?:me|mir|moi|me|мне))?(?: (?:the|a|an|el|la|un|una|das|ein|den|le|une|il|lo|o|um|uma|our|unser\p{L}*))? ?(?:(?:short|quick|blameless|brief|kurz\p{L}*|breve|court\p{L}*|краткий|короткий) )?(?:postmortem|post-mortem|incident (?:report|review|write-?up)|informe (?:del? )?incidente|störungsbericht|incident-?bericht|rapport d'incident|rapporto (?:dell'|di )?incidente|relat[óo]rio (?:do |de )?incidente|постмортем|отч[её]т (?:об|по) инцидент)|写(?:一份|一个|个|一下)?[^。？！\n]{0,8}(?:复盘|事后分析|故障报告|事故报告)|(?:ポストモーテム|障害報告書?)を?(?:書いて|作って|まとめて|作成して)|(?:포스트모템|장애 ?보고서)(?:를|을)? ?(?:써|작성)/u;
/** A piece for people other than the incident's summary: an e-mail, a message, a verse. */
const NOT_A_REPORT = /\b(?:e-?mail|haiku|poem|song|tweet|letter)\b|correo|carta|brief an|lettre|lettera|письмо|邮件|メール|메일/u;
/**
 * A postmortem asked as a joke, a fiction or in a style (review 56, second pass): "write a postmortem-style parody of our
 * standup", "напиши постмортем в стиле Шекспира", "écris un post-mortem fictif, pour rire", "写一个搞笑的复盘段子".
 */
const PLAYED =
  /\b(?:funny|parody|fictional|fiction|satir\w*|ironic|joke|humou?r\w*|comed\w*|style of|story)\b|-style\b|divertid|gracios|ficticio|par[óo]dia|ir[óo]nic|cuento|lustig|witzig|parodie|fiktiv|ironisch|im stil|dr[ôo]le|pour rire|fictif|ironique|histoire|scherz|finto|stile|storia|engra[çc]ad|fict[íi]ci|estilo|hist[óo]ria|в стиле|шуточн|смешн|пароди|выдуман|рассказ|搞笑|段子|幽默|虚构|风格|故事|ジョーク|面白|パロディ|風に|物語|웃기|패러디|유머|스타일|이야기/u;
/** A postmortem's tooling or form asked ("the postmortem template as a markdown file", "the postmortem script"): code (review 56). */
const REPORT_TOOLING = /\b(?:template|script|tool\w*|bot|generator|file|component|endpoint|form|schema|workflow|checklist|agenda|ideas)\b|plantilla|vorlage|skript|mod[èe]le|modello|modelo|шаблон|скрипт|模板|脚本|工具|テンプレート|スクリプト|템플릿|스크립트/u;
/** Ideas asked for by number or by kind, or things one could do. */
const IDEAS_LIST =
  /\b(?:pitch|give|throw|suggest|brainstorm)(?: me| us)? (?:\w+ ){0,3}?(?:\d+(?:[-–]\d+)?|a few|some|several|a bunch of|a handful of) (?:[\w-]+ ){0,4}?ideas\b|\ban? (?:\w+ )?(?:name|mascot|logo|slogan) (?:and an? (?:name|mascot|logo|slogan) )?idea\b|\bname ideas\b|\bwhat are some (?:things|ways|options|metrics|signals) (?:we|i) (?:could|can|might)\b/;
/** Labels asked for each item: a list of them is the labelling's form, not items pulled out. */
const LABELS_ASKED =
  /\b(?:label|classify|categori[sz]e|tag|mark|sort|bucket|triage)(?: (?:them|each|these|those|every|all|it)\b| [^.?!\n]{0,30}\b(?:as|into)\b)|分類|分类|归类|clasific|klassifizier|einordnen|cat[ée]goris|classer|classifica|categoriz|классифиц|분류/u;
/** Labels written out: "code, test, docs, ci, deps", "advance / hold / reject", "bug | feature". */
const LABEL_LIST_GIVEN = /(?:[\w-]{1,20} ?[/|] ?){1,8}[\w-]{1,20}|(?:[\w-]{1,20}, ){2,8}(?:or |and )?[\w-]{1,20}/g;
/** A label asked per item in so many words: "just label them", "for each, infra problem or code problem?". */
const LABELS_GIVEN_ASK = /\bjust (?:label|tag|bucket|classify|categori[sz]e) (?:them|each|these|those|it)\b|\b(?:for each|each one|each of (?:these|them|those))[,:]? (?:is it )?(?:an? )?[\w-]{1,20}(?: [\w-]{1,20})? or (?:an? )?[\w-]{1,20}(?: [\w-]{1,20})?\?/;
/** The same keys asked of a strings file in another locale. */
const SAME_KEYS = /\b(?:with )?(?:the )?same keys\b/;
/** The keys checked or compared by code ("a test that checks every locale file has the same keys"): code to write. */
const KEYS_CHECKED = /\b(?:tests?|checks?|validat\w*|lint\w*|asserts?|compares?|diff)\b/;
/** A locale named as a code or a locale file: "pt-BR", "values-pt-rBR", "de/settings.json", "es.json", "locales/ja". */
const LOCALE_NAMED = /\b[a-z]{2}[-_](?:[a-z]{2}|r[a-z]{2})\b|\b(?:values-|locales?\/)[a-z]{2}\b|\b[a-z]{2}(?:\/[\w-]{1,30})?\.(?:json|xml|ya?ml|po|strings|properties|arb|xliff)\b/;
/** Ideas or options asked for. */
const IDEAS_ASKED = /\b(?:ideas?|options|approaches|alternatives|brainstorm\w*|ways (?:to|we could|i could)|(?:possible|different|candidate) designs)\b/;

/**
 * Statistics asked of figures ("the mean and median?", "stddev", "p95 by interpolation", "what share of commits", "the
 * percentage point change", "throughput in MB/s"): worked out, not looked up (round 46, dev-216 and dev-220). "I mean, …" is no
 * mean, and a value in GB is looked up.
 */
const STATS_ASK = new RegExp(
  `\\b(?:(?<!\\bi )mean|${STATISTIC_NAMES}|percentiles?|p(?:50|75|90|95|99|999)\\b(?= (?:by|from|using|via|estimate|for each|per|across|and))|what share|share of (?:the )?(?:total|commits|requests|traffic|errors|time)|throughput in)\\b|\\bestimate p\\d{2}\\b`,
);
/** Readings the two asks take over: a change to make, or the readings the agent guard turns into one. */
const TAKEN_OVER = new Set(["code_generation", "code_review", "extraction", "deep_reasoning", "simple_qa", "chat", "analysis", "math", "creative_writing", "brainstorming", "classification"]);

/**
 * A change to the repository's history asked at the head of the turn (round 55): "squash the top three into one commit
 * called 'billing: proration'", "amend the last commit message to say …", "haz rebase sobre main", "сделай rebase на main",
 * "把最后三个提交合并成一个", "最後の3つのコミットをまとめて", "마지막 커밋 세 개를 합쳐줘". The commit's name is given, not
 * written: the change is the work, not a summary of it.
 */
const HISTORY_ACTION =
  /^(?:(?:ok(?:ay)?|now|then|please|pls|can you|could you|also|great|cool)[,.!]?\s+){0,3}(?:(?:haz|hazme|fais|faz|fai|mach|сделай)(?: un| el| le| o| il| einen| den)? )?(?:squash|rebase|amend|reword|cherry-pick|fixup|сквош\p{L}*)(?![\p{L}])|(?:提交|commit)[^。？！\n]{0,6}(?:合并成|压缩成|合成)|コミット[^。？！\n]{0,6}(?:まとめて|統合して)|커밋[^.?!\n]{0,8}(?:합쳐|스쿼시)/u;
/** The message given by the writer ("called …", "to say …", "with the message …", a quoted name): nothing to write. */
const MESSAGE_GIVEN = /\b(?:called|named|titled|to say|saying|with (?:the )?(?:message|msg|title))\b|["'“‘«「]/u;

/**
 * Squash, amend and reword also say other things ("amend the email to the client to say…", "squash my worries"): said in
 * English, they ask a history change only with a commit, a branch or the history named (review 55).
 */
const PROSE_VERB = /^(?:(?:ok(?:ay)?|now|then|please|pls|can you|could you|also|great|cool)[,.!]?\s+){0,3}(?:squash|amend|reword)(?![\p{L}])/u;
const GIT_OBJECT = /\b(?:commits?|history|head|branch|main|master|origin|upstream|them|these|those|the (?:top|last) (?:one|two|three|four|five|\d+)|c\d+|[0-9a-f]{7,40})\b/u;

/** Whether the turn asks a change to the repository's history whose message, if any, it gives (see {@link HISTORY_ACTION}). */
function asksHistoryChange(text: string): boolean {
  if (!HISTORY_ACTION.test(text) || (PROSE_VERB.test(text) && !GIT_OBJECT.test(text))) return false;
  return !asksForCommitMessage(text) || MESSAGE_GIVEN.test(text);
}

/** A coding agent's turn that asks for listed items or a proof, not a change (module comment). */
export function codingRunAskGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (reading.agent.coding && task !== "code_generation" && asksHistoryChange(reading.latestLower.trim())) return { task: "code_generation", why: "asks a change to the repository's history, its message given" };
  if (!reading.agent.coding || !TAKEN_OVER.has(task)) return undefined;
  const text = reading.latestLower;
  // "ok the tests pass now. commit message?", "commit what's staged, msg should explain the why": the change summed up in a
  // message (round 43: three independent writers label it a summary; a commit message asked as a poem is writing).
  if (task !== "summarization" && asksForCommitMessage(text) && !asksHistoryChange(text.trim())) return { task: "summarization", why: "asks for a commit message, the change summed up" };
  // "I want to add caching to the product API. what are my options? don't code yet, just ideas" (round 43).
  if (task !== "brainstorming" && NO_CODE_YET.test(text) && IDEAS_ASKED.test(text)) return { task: "brainstorming", why: "asks for ideas and says not to write code yet" };
  // "Write the 404 page copy, whimsical, lost-on-the-trail theme", "the release notes as a bedtime story" (round 44).
  if (CREATIVE_ASK.test(text) && !BUG_WORDS.test(text) && !CODE_NAMED.test(text)) return { task: "creative_writing", why: "asks for writing for people in a playful voice or a story's form, not code" };
  // "release notes for 5.2, customer-facing", "draft the PR description first", "what changed between v2.3.0 and v2.4.0?
  // in a paragraph for support": the change summed up for people, as a commit message is (round 44).
  if (task !== "summarization" && CHANGE_SUMMED_UP.test(text) && !VERSE.test(text) && !LABELS_ASKED.test(text) && !BUG_WORDS.test(text)) return { task: "summarization", why: "asks for the change summed up for people (release notes, a PR description)" };
  if (task !== "summarization" && POSTMORTEM_ASKED.test(text.trimStart()) && !NOT_A_REPORT.test(text) && !REPORT_TOOLING.test(text) && !PLAYED.test(text) && !VERSE.test(text)) return { task: "summarization", why: "asks for the incident written up as a postmortem, the run summed up" };
  // "pitch me 6-8 hack week project ideas", "a name and a mascot idea for the deploy bot", "what are some things we could
  // measure…": ideas asked in a coding run (round 44).
  if (task !== "brainstorming" && IDEAS_LIST.test(text) && !CHANGE_REQUEST.test(text.replace(IDEAS_LIST, " "))) return { task: "brainstorming", why: "asks for ideas, not a change" };
  // "what's the time complexity of TokenBucket.take, and space? big-O", "complexity of the fixed version vs the old one for n
  // items?": an algorithm's cost worked out (round 45: 14 of the 21 development turns that ask so are labelled maths).
  if (task !== "math" && COMPLEXITY_ASK.test(text) && !DOUBTED.test(text) && !asksChange(text) && !/\b(?:cyclomatic|cognitive|simplif\w*)\b/.test(text)) return { task: "math", why: "asks for an algorithm's complexity, worked out" };
  // "total mem across the api pods only, in GiB, and the stddev", "what share of commits is Priya, and the median", "estimate
  // p95 by linear interpolation within the bucket" after the tool's output: statistics of what the run brought (round 46).
  if (task !== "math" && reading.agent.toolMessages > 0 && STATS_ASK.test(text) && !CHANGE_REQUEST.test(text) && !CODE_CHANGE.test(text) && !CODE_NAMED.test(text) && !BUG_WORDS.test(text) && !showsCode("user", reading.latest)) return { task: "math", why: "asks for statistics of the run's output, worked out" };
  // "bucket these: code, test, docs, ci, deps", "which of these are real bugs vs noise? just label them", "for each, infra
  // problem or code problem?": labels asked for the run's items, the labels given (round 46, dev-220).
  if (task !== "classification" && (LABELS_GIVEN_ASK.test(text) || (LABELS_ASKED.test(text) && LABEL_LIST_GIVEN.test(text))) && !CODE_CHANGE.test(text.replace(LABEL_LIST_GIVEN, " ")) && !CODE_NAMED.test(text)) return { task: "classification", why: "asks a label for each of the run's items, the labels given" };
  // "need pt-BR values-pt-rBR/strings.xml with same keys", "produce es.json and it.json with the same keys": the strings in
  // another locale, a translation, though a file is written (round 46, dev-216 and dev-220).
  if (task !== "translation" && SAME_KEYS.test(text) && (LOCALE_NAMED.test(text) || LANGUAGE_ALONE.test(text)) && !KEYS_CHECKED.test(text) && !CODE_CHANGE.test(text)) return { task: "translation", why: "asks for the strings in another locale, with the same keys" };
  if (CHANGE_REQUEST.test(text)) {
    // "…, then whether SKIP LOCKED alone would fix it": a change weighed in the argument, not one asked for (round 38).
    return task !== "deep_reasoning" && RIGOUR_ASK.test(text) && !CHANGE_REQUEST.test(text.replace(WEIGHED_CHANGE, " ")) ? REASONING : undefined;
  }
  if (task !== "extraction" && !(task === "brainstorming" && IDEAS_ASKED.test(text)) && !(task === "classification" && LABELS_ASKED.test(text)) && !BUG_WORDS.test(text.replace(PICKED_FINDINGS, " ")) && LIST_ASK.test(text)) return { task: "extraction", why: "asks for the project's items as a list or a table, not a change" };
  if (task !== "deep_reasoning" && RIGOUR_ASK.test(text)) return REASONING;
  // "what does it cost?" holds bug words ("what does"): they are read outside the figure asked. A maths reading is kept
  // explicitly, since the agent guard would otherwise read a figure without its own verb as code work.
  if (FIGURE_ASK.test(text) && countNumbers(text, MIN_FIGURES) >= MIN_FIGURES && !BUG_WORDS.test(text.replace(FIGURE_ASK_ALL, " ")) && !showsCode("user", reading.latest)) {
    return { task: "math", why: "asks for a figure worked out from the turn's numbers, not a change" };
  }
  return undefined;
}

/** Whether the agent guard should leave a coding agent's extraction or reasoning reading of `text` alone (module comment). */
export function asksOwnWorkInCodingRun(task: string, text: string, bug: boolean): boolean {
  if (task === "extraction") return !bug && LIST_ASK.test(text) && !CHANGE_REQUEST.test(text);
  return task === "deep_reasoning" && RIGOUR_ASK.test(text);
}
