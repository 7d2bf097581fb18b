/**
 * A choice among options ("which combo makes most sense?", "어디가 나을까?", "nên thuê hay mua?"), or a writer who cannot
 * decide ("sono indeciso", "twijfelen tussen"; tenth round), asks to weigh them: analysis. Moved out of `asked-work.ts`,
 * unchanged.
 * @module
 */
import type { AskedWork } from "./asked-work.js";
import { FAILURE_WORD } from "./code-diagnosis-asks.js";
import { readNumericDomain } from "./numeric-domain.js";
import type { ConversationReading } from "./read-conversation.js";

/**
 * Asks to choose among options ("which is the best option?", "¿cuál elijo?", "welche soll ich nehmen", "选哪个"). "I'll go with
 * current_date" announces a choice made, not one asked (round 47).
 */
export const CHOICE_ASK = new RegExp(
  [
    /\b(?:which (?:one |option |plan |type |instance |tier |combo |combination )?(?:is |would be )?(?:the )?(?:best|better|cheapest|cheaper)|which (?:one )?(?:should|would) (?:we|i) (?:pick|choose|use|go with|take|adopt|buy|book)|which (?:combo|combination|option|one) makes? (?:the )?most sense|makes? (?:the )?most sense|(?:pick|choose) (?:an?|the|one|between)|best option|(?<!\b(?:i['’]?ll|i will|we['’]?ll|we will|gonna|going to|i['’]?m going to|we['’]?re going to) )go with|which (?:one |option |of (?:them|these|those) )?(?:would|do) you (?:recommend|pick|choose|go with|go for|suggest))\b/.source,
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
