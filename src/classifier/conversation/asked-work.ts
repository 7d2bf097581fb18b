/**
 * Asks a reading of the turn's words can miss, in the cue languages:
 * - a choice among options ("which combo makes most sense?", "어디가 나을까?", "nên thuê hay mua?"), or a writer who
 *   cannot decide ("sono indeciso", "twijfelen tussen"; tenth round), asks to weigh them: analysis;
 * - a pick among named labels for each item ("for each request tell me if it's OK or OUR FAULT"; tenth round):
 *   classification;
 * - a log pasted under an ask to summarize, extract, classify or translate it ("give me a short summary of last night's
 *   ETL run for #data-ops") asks for that work, not for debugging, unless the ask is a diagnosis; and the reverse, a
 *   summary word inside a pasted failing log under "CI is red and I don't get it" asks for debugging (tenth round);
 * - a question why code fails or is slow asks for a review, not code, unless it asks for the change; and a reading of
 *   ideas with only a piece's cues in the turn is that piece, and the reverse (twelfth round).
 * @module
 */
import type { CueHit } from "./cue-matcher.js";
import { looksLikeLog, mayReportFailure, readNumericDomain } from "./numeric-domain.js";
import { PER_ITEM } from "./pipeline-labels.js";
import { showsCode, type ConversationReading } from "./read-conversation.js";

/** A guard's verdict: the task and why (the same shape as `task-guards.ts`'s). */
export interface AskedWork {
  task: string;
  why: string;
}

/** Asks to choose among options ("which is the best option?", "¿cuál elijo?", "welche soll ich nehmen", "选哪个"). */
export const CHOICE_ASK = new RegExp(
  [
    /\b(?:which (?:one |option |plan |type |instance |tier |combo |combination )?(?:is |would be )?(?:the )?(?:best|better|cheapest|cheaper)|which (?:one )?(?:should|would) (?:we|i) (?:pick|choose|use|go with|take|adopt|buy|book)|which (?:combo|combination|option|one) makes? (?:the )?most sense|makes? (?:the )?most sense|(?:pick|choose) (?:an?|the|one|between)|best option|go with|which (?:one |option |of (?:them|these|those) )?(?:would|do) you (?:recommend|pick|choose|go with|go for|suggest))\b/.source,
    /cu[aá]l (?:elijo|escojo|elegir|me conviene|es (?:la )?mejor)|welche[nrs]? (?:soll|sollte|ist (?:besser|am besten)|nehm|lohnt)|lequel (?:choisir|est le meilleur|prendre)|laquelle (?:choisir|est la meilleure|prendre)/.source,
    /qual (?:escolher|compensa|vale mais|[ée] (?:a )?melhor)|quale (?:scegliere|conviene|[èe] (?:la )?migliore)|какой (?:выбрать|лучше)|что (?:выбрать|лучше|выгоднее)/.source,
    /cu[aá]l (?:deber[ií]amos|deber[ií]a|debo) (?:elegir|escoger|contratar|usar)|(?:lequel|laquelle) (?:devrions-nous|devrais-je|faut-il) (?:choisir|prendre|retenir)|quale (?:dovremmo|dovrei) (?:scegliere|prendere)|qual (?:devemos|devo|dever[ií]amos) (?:escolher|contratar)/.source,
    /选哪|选择哪|選擇哪|哪个更合适|哪个(?:更)?适合|どちらを選|どっちを選|どれを選|어느 쪽을 (?:선택|고르)|哪个更好|哪个好|哪个划算|どれがいい|どっちがいい|どちらがいい|어느 (?:게|것이|쪽이) (?:나아|좋|나을)|어디가 나을|뭐가 나을|nên chọn|nên (?:thuê|mua|đi|lấy|học)[^?]{0,30} hay|أيهما|ايهما|أي وحدة|اي وحدة|أي واحدة/.source,
  ].join("|"),
);

/** Asks for more of them ("give me more names like the second one"), in the cue languages. */
const MORE_IDEAS = /\b(?:more|another|other|others|new ones)\b|\bm[áa]s\b|\bmehr\b|\bplus de\b|\bmais\b|\baltri\b|\bещё\b|\bеще\b|更多|再来|もっと|他の|더 /;

/** Readings a choice among options is mistaken for. */
const CHOICE_MISREAD = new Set(["simple_qa", "chat"]);
/**
 * A choice asked as a judgement, not a sum (seventeenth round): "which of the two is riskier for the programme then,
 * honestly?", "Which is actually better value for us once you factor everything in", "which of these is the best deal in
 * your opinion?", "did the promo actually improve repeat purchases, or did it just pull orders forward?". A maths or
 * quick-answer reading of it weighs options; "which is cheaper per kg?" stays a computation.
 */
export const JUDGED_CHOICE =
  /\bwhich (?:one |option |offer |plan |of (?:the two|these|them|those|the [a-z]+) )?(?:is|would be|looks|seems) (?:actually |really |honestly |overall )?(?:the )?(?:better value|best value|best deal|better deal|riskier|riskiest|safer|safest|smarter|wiser|more sensible|better bet|best bet)\b|\bwhich (?:one |of (?:these|them|those|the two) )?[^?\n]{0,40}\bin your (?:honest )?opinion\b|\bdid (?:it|this|that|they|we|the [^?\n]{1,40}?) (?:actually|really) [a-z]+[^?\n]{0,80}, or (?:did|was|is) (?:it|they|this|that) just\b|\b(?:is (?:that|this|it) )?a good (?:sign|thing) or (?:a )?bad\b|\bhelp (?:me|us) (?:pick|choose|decide) (?:between|among|which)\b/;
/** Whether `text` holds a word every {@link JUDGED_CHOICE} phrase holds: a cheap test before the long pattern. */
const judgedWord = (text: string): boolean => text.includes("which") || text.includes("just") || text.includes("good s") || text.includes("good t") || text.includes("help ");
const JUDGED_CHOICE_MISREAD = new Set(["math", "simple_qa", "chat", "extraction"]);

/**
 * Says the writer cannot decide between options ("I'm torn between", "sono indeciso", "twijfelen tussen", "j'hésite
 * entre", "纠结", "迷ってる", "고민 중"): the turn asks to weigh them, whatever its other words (tenth round).
 */
export const INDECISION = new RegExp(
  [
    /\b(?:i'?m (?:torn|undecided|on the fence)|(?:can'?t|cannot) decide (?:between|whether|if)|torn between|trying to decide (?:between|whether)|help (?:me|us) (?:decide|choose)|on the fence about|we (?:need|have) to (?:choose|pick|decide) (?:between|which|whether))\b/.source,
    // "nous devons choisir un prestataire", "tenemos que elegir", "dobbiamo scegliere", "нужно выбрать", "कौन सा लूँ"
    /(?:nous devons|on doit|il faut) choisir|(?:tenemos|hay) que (?:elegir|escoger|decidir)|wir m[üu]ssen (?:uns )?(?:entscheiden|zwischen)|dobbiamo (?:scegliere|decidere)|(?:precisamos|temos que) (?:escolher|decidir)|(?:нужно|надо|должны) выбрать|कौन सा (?:लूँ|लूं|चुनूँ|चुनूं)|किसे चुनूँ|दुविधा|\b(?:kaunsa|konsa|kaun sa|kon sa) (?:lu|lun|loon|lena|lena chahiye|better|sahi|best)\b|مرددیم|دو دل/.source,
    /(?:estoy|ando) (?:indecis[oa]|dudando entre)|no s[eé] si (?:elegir|escoger|quedarme)|ay[uú]dame a (?:decidir|elegir)|ich (?:bin (?:mir )?unschl[üu]ssig|schwanke zwischen|kann mich nicht entscheiden)|j'h[ée]site entre|je (?:n'arrive pas|ne sais pas) (?:à|a)? ?(?:choisir|d[ée]cider)|aide-moi à (?:choisir|d[ée]cider)/.source,
    /(?:sono|sto) (?:indecis[oa]|in dubbio)|non so se (?:scegliere|fare|prendere)|aiutami a (?:scegliere|decidere)|(?:estou|t[ôo]) (?:indecis[oa]|em d[úu]vida entre|na d[úu]vida)|me ajuda a (?:decidir|escolher)|не могу выбрать|помоги выбрать|сомневаюсь между/.source,
    /kan inte bestämma mig|kan ikke bestemme mig|kan ikke beslutte mig|en osaa päättää|nem tudok dönteni|nu mă pot decide|не можу (?:вирішити|визначитися|обрати)|nemůžu se rozhodnout|neviem sa rozhodnúť|δεν μπορώ να αποφασίσω|twijfel(?:en|t)? tussen|kan niet kiezen|arada kaldım|karar veremiyorum|nie mogę się zdecydować|waham się|bingung (?:pilih|memilih|antara)|phân vân|纠结|糾結|拿不定主意|不知道(?:该|應該|应该)?(?:选|選)|迷って(?:る|い)|決められない|고민 ?중|고민이에요|결정을 못/.source,
  ].join("|"),
);
/**
 * Asks what the assistant would do in the writer's place, or says the writer faces a dilemma ("Co byś zrobił na moim
 * miejscu?", "Wat zou jij in onze situatie doen?", "Mam dylemat", "τι θα έκανες στη θέση μου;"): a decision to weigh,
 * however the long personal message before it reads (fourteenth round).
 */
const ADVICE_ASK = new RegExp(
  [
    /\bwhat would you do (?:in my (?:place|shoes|position)|if you were (?:me|us)|in (?:our|my) situation)|\bif you were (?:me|in my shoes)\b|\bi(?:'m| am) (?:in|facing) a (?:real )?dilemma\b/.source,
    // "not really the numbers, more is it still worth it" (twentieth round): a judgement asked.
    /\bis (?:it|this|that) (?:still |even |really |actually )?worth (?:it|the (?:effort|hassle|money|time|trouble))\b/.source,
    /wat zou (?:jij|u) (?:in (?:onze|mijn) (?:situatie|plaats) )?doen|co by(?:ś|s) (?:zrobił|zrobiła|zrobil|zrobila)(?:a)?(?: na moim miejscu)?|mam (?:spory |duży |poważny )?dylemat|was (?:würdest du|würden sie) (?:an meiner stelle |in meiner lage )?tun|qu'est-ce que (?:tu ferais|vous feriez)|que (?:ferais-tu|feriez-vous) (?:à ma place)?|qu[eé] (?:har[ií]as|har[ií]a usted)(?: t[uú])?(?: en mi lugar)?|o que (?:voc[êe] faria|farias)(?: no meu lugar)?|cosa (?:faresti|farebbe)(?: al mio posto)?/.source,
    /что (?:бы )?(?:ты|вы) (?:бы )?(?:сделал|сделали|сделала)(?: на моём месте| на моем месте)?|у меня дилемма|що б (?:ти|ви) (?:зробив|зробили)|ne yapard[ıi]n(?:[ıi]z)?|senin yerinde olsam|τι θα έκανες|τι θα κάνατε|co (?:bys|byste) (?:udělal|udělala)|vad skulle du (?:ha )?gjort|vad skulle du göra|hvad ville du gøre|hva ville du gjort|mitä (?:sinä )?tekisit|mit tennél|ce ai face în locul meu|מה היית עושה|جای من بودی|ماذا كنت ستفعل|ماذا ستفعل لو كنت مكاني|你会怎么做|你會怎麼做|换作是你|換作是你|如果是你|あなたならどうし|당신이라면 어떻게|너라면 어떻게/.source,
    // Which one the assistant recommends, or which change most likely caused it: "أيهما تنصحني به ولماذا؟", "你觉得最可能是哪个改动导致的？".
    /أيهما تنصح|بماذا تنصح|你(?:会|會)?推荐哪|推荐哪个|推薦哪個|你会选哪|你會選哪|どれがおすすめ|どちらがおすすめ|どれを選ぶ|어느 (?:쪽|것)을 추천|뭘 추천|welche[ns]? (?:würdest du|würden sie) (?:empfehlen|nehmen)|lequel (?:tu me |vous me )?recommande|cu[aá]l (?:me )?recomienda[s]?|qual (?:voc[êe] )?(?:me )?recomenda|quale (?:mi )?consigli|какой (?:бы )?(?:ты |вы )?(?:мне )?посовету|hangisini önerir|który (?:byś )?polecił|którą (?:byś )?polecił|welke (?:zou je|raad je)|melyiket (?:ajánlanád|ajánlod|választanád|javasolnád|javaslod)|któr[ąaey] (?:byś )?(?:wybrał|wybrała|polecasz)|która (?:oferta|opcja) ma najwięcej sensu|pe care (?:l-ai|o-ai) (?:alege|recomanda)|kumman valitsisit|kumpaa suosittelet|kterou (?:bys )?doporučil|který (?:bys )?doporučil|mana yang (?:kamu |anda )?(?:sarankan|rekomendasikan)|bạn (?:khuyên|gợi ý) (?:nên )?chọn|який (?:би )?(?:ти |ви )?порадив|hangisini (?:seçerdin|tavsiye eder)|\bwhich (?:one |option |of them |of these |of the two )?would you (?:recommend|choose|pick|go for) and why\b|最(?:有)?可能是哪(?:个|個)|最可能的原因|가장 가능성이 높은/.source,
    // Which option suits the writer, asked of the assistant (twenty-fifth round): "你觉得哪个方案更适合我？", "¿cuál me conviene más?".
    /\bwhich (?:one |option |plan )?(?:would )?(?:suits?|fits?) me (?:better|best)\b|你觉得哪个|你覺得哪個|更适合我|更適合我|cu[aá]l me conviene|welche[rs]? (?:passt|eignet sich) besser (?:zu|für) mir|welche[rs]? passt besser zu mir|lequel me convient|laquelle me convient|qual (?:combina|serve) melhor (?:comigo|pra mim|para mim)|quale mi conviene|quale (?:[èe]|sarebbe) pi[ùu] adatt[oa] a me|какой (?:мне )?(?:больше |лучше )?подходит|どちらが(?:私に)?合って|どっちが(?:私に)?合って|어느 (?:쪽|게|것)이? (?:저한테|나한테|제게) (?:더 )?맞/.source,
    // Swahili and Tagalog (nineteenth round): "nielekeze nguvu zaidi wapi na kwa nini?" (not a bare "unaonaje", what do you think), "ano ang gagawin mo?".
    /\bungenishauri\b|\bunanishauri\b|\bnielekeze nguvu\b|\bniweke nguvu\b|\bungefanya nini\b|\bano ang (?:gagawin mo|maipapayo mo|payo mo)\b|\balin ang (?:irerekomenda|ipapayo) mo\b/.source,
  ].join("|"),
);
/** Readings a question what the assistant would do in the writer's place is mistaken for: the message's own words pull them. */
const ADVICE_MISREAD = new Set(["translation", "summarization", "extraction", "classification", "simple_qa", "chat", "math", "deep_reasoning", "creative_writing"]);
/** Readings an undecided writer's options are mistaken for (maths only when nothing is asked to be computed). */
const INDECISION_MISREAD = new Set(["simple_qa", "chat", "deep_reasoning", "math", "brainstorming", "extraction"]);

/**
 * Says the choice is to be weighed, not made in the code ("weigh it up for me, no code changes", "just compare them,
 * don't touch anything"): in a coding agent, a code reading of the choice yields too.
 */
const WEIGH_ONLY =
  /\b(?:weigh (?:it|them|this|these|the options)(?: up)?|pros and cons|trade-?offs?|no code changes?|without (?:changing|touching) (?:anything|the code)|don'?t (?:change|touch|edit) (?:anything|the code))\b/;
/** Asks whether a change is worth making ("is it actually worth adding orjson as a dependency for this?"; fourteenth round). */
const WORTH_THE_CHANGE = /\bis it (?:actually |really |even )?worth (?:adding|switching|introducing|pulling in|migrating)\b/;

/** Analysis for a quick-answer or chat reading of a turn that asks which option to take (see the module comment). */
export function choiceGuard(task: string, reading: ConversationReading): AskedWork | undefined {
  if (reading.latestIndex < 0) return undefined;
  const text = reading.latestLower;
  if (INDECISION_MISREAD.has(task) && INDECISION.test(text) && !(task === "math" && readNumericDomain(text).compute)) {
    return { task: "analysis", why: "cannot decide between options" };
  }
  if (ADVICE_MISREAD.has(task) && !reading.cues.some((cue) => cue.strong && cue.task === task) && ADVICE_ASK.test(text)) {
    return { task: "analysis", why: "asks the assistant's advice on a decision" };
  }
  // "which one would you pick and why?" after names the assistant listed weighs them; asking for more names does not.
  const pickAmongIdeas = task === "brainstorming" && reading.latestIndex > 0 && !reading.cues.some((cue) => cue.task === "brainstorming") && !MORE_IDEAS.test(text);
  // In a coding agent's conversation, "is it actually worth adding orjson for this?" weighs a change, unless something fails.
  const weighCode = reading.agent.coding && ((task === "code_generation" && WEIGH_ONLY.test(text)) || (task === "code_review" && WORTH_THE_CHANGE.test(text) && !FAILURE_WORD.test(text)));
  if (JUDGED_CHOICE_MISREAD.has(task) && judgedWord(text) && JUDGED_CHOICE.test(text) && !reading.cues.some((cue) => cue.strong && cue.task === task) && !(task === "math" && readNumericDomain(text).compute)) {
    return { task: "analysis", why: "asks for a judgement between options" };
  }
  const misread = CHOICE_MISREAD.has(task) || pickAmongIdeas || weighCode;
  if (!misread || !(CHOICE_ASK.test(text) || (weighCode && task === "code_review"))) return undefined;
  return { task: "analysis", why: "asks which option to take" };
}

/**
 * The pick named in the turn: "tell me if it's: OK, CLIENT FAULT or OUR FAULT", "si es deducible o no deducible", "ob
 * es A oder B ist", "A, B or C" after a colon. Bounded runs, so the match is linear.
 */
const PICK_AMONG =
  /[:：][^\S\n]*[^,\n.:：]{1,30}(?:,[^\S\n]*[^,\n.:：]{1,30}){1,8},?[^\S\n]+(?:or|o|ou|oder|или|oppure)[^\S\n]+[^\s,.:]|\b(?:if|whether|si|ob|se)\b(?! (?:i|we) (?:should|could|would|can|need|ought))[^.\n?]{0,60}?(?:it'?s|it is|es|ist|est|é|è|son|sind|sont|são|sono)?[^\S\n]?[^\s,.?]{2,25} (?:or|o|oder|ou|oppure) (?:not |no |nicht |non |não )?[^\s,.?]{2,25}|\b(?:label|mark|tag|flag|categori[sz]e|classify) (?:it|them|each(?: one)?|every one)(?: as)? [^\s,.?]{2,25}(?:,[^\S\n]*[^\s,.?]{2,25}){0,6},?[^\S\n]+or[^\S\n]+[^\s,.]|(?:это|является)[^.\n?]{0,20} или |是[^。\n？]{1,12}还是|[«"“][^"”»\n]{1,25}[»"”][^\n]{0,80}?[^\S\n](?:or|o|ou|oder|или|oppure|of|lub|veya|atau)[^\S\n]+[«"“]/;
/** What every {@link PICK_AMONG} match holds, an "or" between spaces or a quotation mark: looked for before the long pattern. */
const MAY_PICK = /[^\S\n](?:or|o|ou|oder|или|oppure)[^\S\n]|还是|[«"“]/;
/**
 * Labels written with slashes ("OK / AT RISK / BREACH", "bug / feature / question / docs", "네트워크 / DB / 인증 / 기타";
 * fourteenth round), unless the slashes name a table's columns ("as owner / task / due date, table please").
 */
const SLASHED_LABELS = /[^\s/]{1,20}(?: [^\s/]{1,15})? \/ [^\s/]{1,20}(?: [^\s/]{1,15})? \/ [^\s/]/;
/** Three or more short labels in corner brackets or CJK quotes: 「異常」「要注意」「正常」, “高”“中”“低” (fourteenth round). */
const BRACKETED_LABELS = /[「“『][^」”』\n]{1,15}[」”』][^「“『\n]{0,40}[「“『][^」”』\n]{1,15}[」”』][^「“『\n]{0,40}[「“『][^」”』\n]{1,15}[」”』]/;
/**
 * A group asked for each item among groups listed after a colon, in Chinese and Japanese: "分别该转给哪个组：物流组、售后
 * 维修组、财务组、技术支持组", "どの部署か：営業、経理、人事" (review of the twenty-fifth round).
 */
const CJK_WHICH_OF_LISTED = /(?:哪(?:个|一|类|种)|どの)[^\n：:]{0,10}[:：][^\n。、]{1,15}(?:、[^\n、。]{1,15}){2,}/;
const COLUMNS = /\b(?:table|columns?|csv|json|spreadsheet)\b|\beach \S+(?: \S+)? with\b|表格|テーブル|표로/;
/**
 * Labelling asked without "each" (seventeenth round): "score these leads as HOT / WARM / COLD", "can you just mark them",
 * "this keyword list tagged by search intent", "pro Spieler", "per student" (not "per line": "yield % per line"), "распредели
 * заявки по отделам" (twentieth round).
 */
const LABELLING_VERB =
  /\b(?:score|mark|label|tag|rate|classify|sort|flag|grade|bucket|categori[sz]e|route)d? (?:these|them|those|all|each|every)\b|\bput (?:each|every) (?:\S+ )?(?:into|under|in)\b|\b(?:tagged|labell?ed|categori[sz]ed|sorted|bucketed) (?:by|as|into|for|with)\b|\bpro (?:spieler|schüler|schülerin|person|kunde|kundin|mitarbeiter|zeile|eintrag|bewerber|bewerbung|ticket|team)\b|\bper (?:student|player|customer|ticket|lead|batch|employee|review|email|message|pupil|applicant|candidate)\b|(?:распредели|рассортируй|раздели|разнеси)[а-я]* [^.\n]{0,40}?по (?:отделам|категориям|группам|папкам|типам|темам|приоритетам)/;
/** A yes/no-style pair ("yes/no per applicant", "pass/fail"; not "Y/N", a column's values) or bands given to label by ("Use these bands: 0–30 Good, …"). */
const LABEL_PAIR_OR_BANDS = /\b(?:yes\/no|pass\/fail|go\/no-go|true\/false|ok\/not ok)\b|\b(?:use|using|with|apply|by) (?:these|the following|our|this|the) (?:bands|categories|tiers|levels|grades|buckets|labels|ranges)\b/;
/** "sort our 2023 donors into giving tiers", "split the leads into buckets": labels named by the groups to sort into. */
const SORT_INTO = /\b(?:sort|split|group|bucket|put) (?:our |my |the |these |all )?(?:\S+ ){0,2}into (?:giving |price |risk |size )?(?:tiers|groups|buckets|categories|bands|segments)\b/;
/** Labels in capitals offered as a pick: "ADMIS ou NON ADMIS", "PASS or FAIL", "GO / NO-GO". */
const CAPITAL_PICK = /(?<![\p{L}])(\p{Lu}[\p{Lu}-]{1,19}(?: \p{Lu}[\p{Lu}-]{1,19})?)(?: ?,? (?:or|ou|oder|o|of|или|lub|veya|ή|sau|atau|hoặc|vagy|nebo|alebo|tai|eller|au|або|או|أو|یا) (?:(?:a|an|een|ein|eine|un|una|une|um|uma|uno|el|la|le|der|die|das|de|het) )?| \/ )(?!\1(?![\p{L}]))\p{Lu}[\p{Lu}-]{1,19}(?![\p{L}])/u;
const CAPITAL_WORD = /(?<![\p{L}])\p{Lu}[\p{Lu}-]{2,19}(?![\p{L}])/gu;

/** Labels written in capitals: a pick between them, or (after a labelling verb) two different ones ("PASS if …, anything else FAIL"). */
/**
 * A label asked for by its noun in other languages ("sadece etiket yaz", "przypisz etykietę", "címkét adj"; eighteenth
 * round): with two labels in capitals, a labelling ask.
 */
const LABEL_NOUN = /(?<![\p{L}])(?:etiket\p{L}*|etykiet\p{L}*|etiketti\p{L}*|címk\p{L}*|štítek|štítky|nhãn|etichet\p{L}*|ετικέτ\p{L}*|мітк\p{L}*|метк\p{L}*)|लेबल|תווית|برچسب|ป้ายกำกับ/u;

function capitalLabels(head: string, labelling: boolean): boolean {
  if (CAPITAL_PICK.test(head)) return true;
  return labelling && new Set(head.match(CAPITAL_WORD)).size >= 2;
}

/** Readings a per-item pick among named labels is mistaken for: the items' own content pulls them. */
const LABELLING_MISREAD = new Set(["code_review", "extraction", "analysis", "simple_qa", "math", "summarization", "chat", "translation", "code_generation"]);
/**
 * What makes a labelling ask read as code generation a real one: code to write ("a function that puts each order into
 * a bucket: LOW, MID, HIGH"). Upper-case labels and dates alone moved a plain "put each invoice into a bucket: CURRENT,
 * LATE, COLLECTIONS" to code_generation on a retrain (twenty-second round).
 */
const CODE_OBJECT = /\b(?:function|script|code|regex|sql|query|program|class|method|lambda|python|javascript|typescript|java|rust|golang|bash|shell|excel|sheets?|spreadsheet|formula|macro|udf)\b/;
/** Characters of the turn's head where a labelling ask is read. */
const LABELLING_HEAD_CHARS = 300;

/**
 * Classification for a turn whose head asks a pick among named labels for each item below ("for each request tell me
 * if it's OK, CLIENT FAULT or OUR FAULT", "Dime para cada gasto si es deducible o no deducible") (tenth round).
 */
export function labellingAskGuard(task: string, reading: ConversationReading): AskedWork | undefined {
  // "Pull every invoice into a JSON array: …, paid (true/false/unknown)": fields to fill, whatever values they may take.
  if (!LABELLING_MISREAD.has(task) || reading.latestIndex < 0 || reading.cues.some((cue) => cue.strong && cue.task === "extraction")) return undefined;
  const head = reading.latestLower.slice(0, LABELLING_HEAD_CHARS);
  if (task === "code_generation" && (CODE_OBJECT.test(head) || reading.agent.coding || reading.cues.some((cue) => cue.task === "code_generation"))) return undefined;
  const labelling = LABELLING_VERB.test(head) || (head.includes(" into ") && SORT_INTO.test(head)) || LABEL_NOUN.test(head);
  if (!labelling && !PER_ITEM.test(head)) return undefined;
  const written = BRACKETED_LABELS.test(head) || CJK_WHICH_OF_LISTED.test(head) || LABEL_PAIR_OR_BANDS.test(head) || (head.includes(" / ") && SLASHED_LABELS.test(head) && !COLUMNS.test(head)) || capitalLabels(reading.latest.slice(0, LABELLING_HEAD_CHARS), labelling);
  // "each team rolls 3 dice … the total is 10 or more: what's the probability?": an "or" among maths words names no labels.
  if (!written && !(MAY_PICK.test(head) && PICK_AMONG.test(head) && !readNumericDomain(head).math)) return undefined;
  return { task: "classification", why: "asks for a pick among named labels for each item" };
}

/** Work asked of a pasted log that is not debugging it, with the verb the reason names it by. */
const LOG_WORK: ReadonlyMap<string, string> = new Map([
  ["summarization", "summarize"],
  ["extraction", "extract from"],
  ["classification", "classify"],
  ["translation", "translate"],
]);
/** A diagnosis ask: the log is then to debug whatever else the turn asks. */
const DIAGNOSIS = /\b(?:why|what'?s (?:likely |probably )?wrong|what caused|root cause|causes?|fix|debug|diagnos\w*|what went wrong|what broke|investigate|what'?s going on|what'?s happening|what is (?:going on|happening))\b|por ?qu[eé]|warum|pourquoi|perch[eé]|почему|为什么|なぜ|왜/;
/** Characters of the turn's head, above the pasted log, where its ask is read. */
const ASK_HEAD_CHARS = 300;

/** A question why, in the cue languages. */
export const WHY = /\bwhy\b|por ?qu[eé]|warum|pourquoi|(?:vois|sais|comprends) pas (?:pk|pq)\b|perch[eé]|почему|为什么|なぜ|왜|чому|dlaczego|proč|prečo|waarom|neden|mengapa|kenapa|tại sao|varför|hvorfor|miksi|miért|de ce|למה|چرا|لماذا|क्यों|কেন|ทำไม/;
/** English words that report a failure. */
const FAILURE_WORD = /\b(?:fail(?:s|ing|ed)?|broken|break(?:s|ing)?|crash(?:es|ing|ed)?|errors?|exceptions?|not working|doesn'?t work|hangs?|so slow)\b/;
/** Asks for the change itself: the turn then wants code written, whatever it asks why. */
const CHANGE_ASK = /\b(?:fix|optimi[sz]e|rewrite|refactor|improve|speed (?:it )?up)|arregl|corrig|optimiz|optimis|optimier|beheb|ottimizz|sistemal[oa]|sistemami|исправ|оптимиз|перепиш|виправ|оптиміз|修复|优化|改一下|直して|最適化|修正して|고쳐|최적화|napraw|zoptymalizuj|oprav(?!du)|optimaliz|düzelt|perbaiki|sửa|tối ưu/;

/**
 * Debugging for a code-writing reading of a turn that asks why its code fails or is slow ("чому цей SQL-запит працює
 * дуже повільно і що з ним не так?", "why is this loop so slow?"): a cue of code review, a question why, and neither a
 * defining cue of writing code nor an ask for the change ("fix it", "optimiza la consulta") (twelfth round).
 */
export function diagnosisAskGuard(task: string, reading: ConversationReading): AskedWork | undefined {
  if (task !== "code_generation") return undefined;
  const head = reading.latestLower.slice(0, ASK_HEAD_CHARS);
  // English has no review cues in the tables; its failure words say the same ("why's it failing?"; thirteenth round).
  const review = reading.cues.find((cue) => cue.task === "code_review")?.word ?? FAILURE_WORD.exec(head)?.[0];
  if (review === undefined || reading.cues.some((cue) => cue.task === "code_generation" && cue.strong)) return undefined;
  const why = WHY.exec(head);
  if (why === null || CHANGE_ASK.test(reading.latestLower)) return undefined;
  return { task: "code_review", why: `'${why[0]}' asks what is wrong ('${review}'), not for code to be written` };
}

/**
 * "What am I doing wrong?" over code the turn shows (a query whose totals come out too high, in the cue languages):
 * debugging, whatever the figures or the pasted rows suggest (fourteenth round).
 */
export const WRONG_ASK =
  /\bwhat (?:am i|are we|is it) doing wrong\b|\bwhat'?s wrong with (?:it|this|my|the|that)\b|\bwhere(?:'s| is) (?:the |my )?(?:bug|mistake)\b|\bwhere did (?:i|we) go wrong\b|qu[eé] (?:estoy haciendo|hago|hice) mal|qu'est-ce que (?:je fais|j'ai fait) (?:de )?mal|o que (?:estou fazendo|estou a fazer|fiz) de errado|cosa (?:sbaglio|ho sbagliato)|was mache ich falsch|was habe ich falsch gemacht|что я делаю не так|哪里错了|哪裡錯了|どこが間違|뭐가 잘못|وين الغلط|وين الخطأ|أين الخطأ|اين الخطأ|فين الغلط|ايش الغلط|شو الغلط/;
/** A SQL query laid out over lines: a SELECT line, then a FROM line within twenty lines. */
const SQL_QUERY = /^[^\S\n]*select\s[^\n]{0,200}\n(?:[^\n]{0,200}\n){0,20}?[^\S\n]*from\s/m;
/** Readings the pasted rows or figures of a question what is wrong with shown code give. */
const NOT_DIAGNOSIS = new Set(["extraction", "summarization", "math", "analysis", "simple_qa", "classification"]);

/** Debugging for a reading the figures or pasted rows gave, when the turn asks what is wrong with the code it shows. */
export function wrongCodeAskGuard(task: string, reading: ConversationReading): AskedWork | undefined {
  if (!NOT_DIAGNOSIS.has(task)) return undefined;
  // Cheap conditions first: the pattern is long, and most turns that reach here named their work by a defining verb.
  if (reading.cues.some((cue) => cue.strong && cue.task === task) || !reading.latestLower.includes("\n")) return undefined;
  const wrong = WRONG_ASK.exec(reading.latestLower);
  if (wrong === null || !(showsCode("user", reading.latest) || SQL_QUERY.test(reading.latestLower))) return undefined;
  return { task: "code_review", why: `'${wrong[0]}' asks what is wrong with the code the turn shows` };
}

/** Writing one piece and listing many ideas: the two tasks a reading most often swaps for the other. */
const PIECE_OR_IDEAS: Readonly<Record<string, string>> = { brainstorming: "creative_writing", creative_writing: "brainstorming" };

/**
 * The other of writing and ideas when only the other's cues are in the turn: "能不能帮我写一段祝寿词" (a birthday speech)
 * read as ideas, "ช่วยคิดหัวข้อคอนเทนต์" (think up topics) read as a piece to write (twelfth round).
 */
export function pieceOrIdeasGuard(task: string, reading: ConversationReading): AskedWork | undefined {
  const other = PIECE_OR_IDEAS[task];
  if (other === undefined) return undefined;
  let named: CueHit | undefined;
  for (const cue of reading.cues) {
    if (cue.task === task) return undefined;
    if (cue.task === other) named ??= cue;
  }
  return named === undefined ? undefined : { task: other, why: `'${named.word}' (${named.lang}) names ${other === "creative_writing" ? "a piece to write" : "ideas to list"}` };
}

/** The work a code-review reading of a pasted log should yield to (see the module comment). */
export function pastedLogAskGuard(task: string, reading: ConversationReading): AskedWork | undefined {
  const text = reading.latestLower;
  if (task !== "code_review" || !text.includes("\n")) return undefined;
  const blank = text.indexOf("\n\n");
  const headEnd = Math.min(blank > 0 ? blank : text.indexOf("\n"), ASK_HEAD_CHARS);
  const head = text.slice(0, headEnd);
  if (DIAGNOSIS.test(head)) return undefined;
  const asked = soleLogWork(reading.cues, headEnd);
  if (asked === undefined || !looksLikeLog(text)) return undefined;
  return { task: asked.task, why: `'${asked.word}' (${asked.lang}) asks to ${LOG_WORK.get(asked.task) ?? asked.task} the pasted log` };
}

/** The turn's own words say something is broken or not understood ("CI is red on this and I don't get it"). */
const DEBUG_ASK = new RegExp(`${DIAGNOSIS.source}|\\b(?:(?:is|are|went|turned|goes|stays) red|failing|don'?t (?:get|understand) (?:it|this|why)|what'?s (?:wrong|going on))\\b`);
/** Characters of a turn's last paragraph, below a pasted log, that may hold its ask ("can you summarize what failed?"). */
const ASK_TAIL_CHARS = 300;

/**
 * Debugging for a summary, extraction, classification or translation reading that only a word inside a pasted failing
 * log set ("=== short test summary info ===" under "CI is red on this and I don't get it"): no cue of the read task
 * is in the turn's own words above or below the paste (tenth round).
 */
export function failingLogCueGuard(task: string, reading: ConversationReading): AskedWork | undefined {
  const text = reading.latestLower;
  const blank = LOG_WORK.has(task) ? text.indexOf("\n\n") : -1;
  if (blank < 0) return undefined;
  const headEnd = Math.min(blank, ASK_HEAD_CHARS);
  // Cheapest first: the work named in the turn's own words above or below the paste, then a failure word below the
  // head, then the turn saying something is broken.
  if (reading.cues.some((cue) => cue.task === task && cue.at < headEnd)) return undefined;
  const tailStart = text.lastIndexOf("\n\n");
  const tailCue = tailStart > headEnd && text.length - tailStart <= ASK_TAIL_CHARS && reading.cues.some((cue) => cue.task === task && cue.at > tailStart);
  if (tailCue && !looksLikeLog(text.slice(tailStart))) return undefined;
  if (!mayReportFailure(text, headEnd)) return undefined;
  if (!DEBUG_ASK.test(text.slice(0, headEnd)) || !readNumericDomain(text).failure) return undefined;
  return { task: "code_review", why: `the ${task} cue is inside the pasted failing log; the turn asks to debug it` };
}

/**
 * The one log-work task the strong cues of the head name, if they all name one; failing a strong cue, the one the
 * head's cues name when every cue there names it ("list every request that took over 1000 ms: timestamp, method…").
 */
function soleLogWork(cues: readonly CueHit[], headEnd: number): CueHit | undefined {
  return soleHeadCue(cues, headEnd, true) ?? soleHeadCue(cues, headEnd, false);
}

function soleHeadCue(cues: readonly CueHit[], headEnd: number, strongOnly: boolean): CueHit | undefined {
  let found: CueHit | undefined;
  for (const cue of cues) {
    if ((strongOnly && !cue.strong) || cue.at >= headEnd) continue;
    if (!LOG_WORK.has(cue.task) || (found !== undefined && found.task !== cue.task)) return undefined;
    found ??= cue;
  }
  return found;
}
