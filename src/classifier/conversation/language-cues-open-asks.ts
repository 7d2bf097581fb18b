/**
 * Open-ended asks in the ten most-used languages (twenty-first round), added to their tables by `language-cues.ts`.
 * A parallel set the team wrote (the same ninety requests in ten languages, `training/parallel-languages-*.jsonl`)
 * showed English read right where the other nine were not, on asks that name no task verb:
 * - why something happened and by what mechanism, what a change means for whom, weighing options: analysis;
 * - banter aimed at the assistant ("don't you get bored answering …"): chat (laughter such as "jaja" or "kkk" was tried and
 *   dropped: it ends many a follow-up that asks for real work);
 * - a poem form ("haïku", "хокку", "하이쿠") or a script for an ad, a video or a podcast (not a program): creative writing;
 * - "as many as you can", "the wilder the better": brainstorming; "what would have happened if …": brainstorming, as
 *   English reads its "what if" (a defining cue: the past counterfactual names the ask by itself);
 * - a trick in a puzzle ("careful, there's a trap"): deep reasoning; "squeeze this report into three sentences": summary.
 *
 * Written from general usage, never from an evaluation set's rows. The notation is `language-cues.ts`' own.
 * @module
 */
/** Per language (ISO 639-1), per task: `|`-separated cues. */
export const OPEN_ASKS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: {
    creative_writing: "!ad script|radio ad|radio spot|!video script|!podcast script|!commercial script|!screenplay*|!script for a radio|!script for a video|!script for a youtube|!script for a podcast|!script for an ad|!script for a commercial|!script for a tv",
  },
  zh: {
    analysis: "机制|!权衡|取舍|意味着什么|连锁影响|连锁反应|波及效应|背后的原因|!深入分析",
    chat: "你不无聊吗|你会不会无聊|你不会无聊吗|你不觉得无聊",
    creative_writing: "!广告脚本|!视频脚本|!播客脚本|!短视频脚本|!广告词|!电台广告|剧本|台词|十四行诗|打油诗",
    brainstorming: "尽量多|越多越好|脑洞|!如果当初|!要是当初|!假如当初",
    deep_reasoning: "陷阱",
  },
  ja: {
    analysis: "仕組み|メカニズム|!トレードオフ|波及効果|!利点と欠点|どういう影響|どのような影響|どんな影響|!主な違い|違いは何|主な要因|理由を説明|!考察して",
    chat: "飽きたりしない|飽きないの|退屈じゃない",
    creative_writing: "推薦状|ブログ記事|!記事を書|!記事を作成|!原稿を書|!原稿を作|!草案を書|!下書きを書|台本|エッセイ|作文|!メールの書き方|!手紙の書き方|川柳|短歌|ラジオcm",
    brainstorming: "できるだけ多く|なるべく多く|思いつく限り|!どうなっていた|!どうなったでしょう",
  },
  ko: {
    analysis: "메커니즘*|!트레이드오프*|파급 효과*|파급효과*|장단점|!따져 보*|!따져보*|어떤 영향*|무슨 의미|이유가 뭐",
    chat: "지루하지 않아|안 지루해",
    creative_writing: "하이쿠*|소네트*|!대본*|광고 대본",
    brainstorming: "최대한 많이|!많이 뽑아*|엉뚱한 것도|!어떻게 됐을까|!어떻게 되었을까|!어떻게 달라졌을까",
  },
  es: {
    analysis: "mecanismo*|!sopesa*|disyuntiva*|qué implica*|qué significa para|efecto dominó|efectos en cadena|explica el porqué",
    chat: "te aburres|no te aburres",
    creative_writing: "soneto*|guion de|guion para|cuña de radio|anuncio de radio|spot de radio",
    brainstorming: "todas las que puedas|todos los que puedas|cuantas más mejor|cuantos más mejor|!qué habría pasado si|!qué hubiera pasado si|!qué habría sucedido si",
    deep_reasoning: "pregunta trampa|tiene truco|hay truco|tiene trampa|hay trampa",
  },
  fr: {
    analysis: "mécanisme*|!mets en balance|!mettre en balance|!analyse*|compromis|qu'est-ce que ça implique|qu'est-ce que cela implique|effet domino|effets en cascade",
    chat: "t'ennuyer|tu t'ennuies|t'ennuies pas",
    creative_writing: "pub radio|spot radio|spot publicitaire|script d'une pub|script d'une vidéo|script pour une vidéo|script pour une pub",
    brainstorming: "autant que possible|le plus d'idées possible|un maximum d'idées|!que se serait-il passé si|!qu'est-ce qui se serait passé si|!que serait-il arrivé si",
    deep_reasoning: "piège*|question piège",
  },
  de: {
    analysis: "mechanismus|mechanismen|!abwägen|!abzuwägen|zielkonflikt*|was bedeutet das für|was heißt das für|kettenreaktion|dominoeffekt|erklär mir warum",
    chat: "ist dir nicht langweilig|wird dir nicht langweilig",
    creative_writing: "sonett*|radiospot*|werbespot*|!drehbuch*|videoskript*|podcast-skript*",
    brainstorming: "so viele wie möglich|so viele du kannst|möglichst viele|!was wäre passiert, wenn|!was wäre passiert wenn|!was wäre gewesen, wenn|!was wäre gewesen wenn",
    deep_reasoning: "fangfrage*|hat einen haken|die falle",
  },
  pt: {
    analysis: "mecanismo*|!pese os|!pesar os|!pondere*|o que significa para|efeito dominó|efeito cascata",
    chat: "fica entediado|fica entediada|você se entedia",
    creative_writing: "haicai*|haikai*|soneto*|!roteiro*|spot de rádio|anúncio de rádio|comercial de rádio",
    brainstorming: "o máximo possível|o máximo que puder|quanto mais melhor|tempestade de ideias|!o que teria acontecido se|!como seria o mundo se",
    deep_reasoning: "pegadinha*",
  },
  ru: {
    analysis: "механизм*|!взвесь*|!взвесить|компромисс*|!проанализируй*|что это значит для|что это означает для|цепная реакция|эффект домино|объясните почему",
    chat: "тебе не надоедает|тебе не скучно",
    creative_writing: "хокку|хайку|сонет*|сценарий ролика|сценарий для рекламы|сценарий видео|рекламный ролик|радиоролик*|рекламу для радио",
    summarization: "!сожми*",
    brainstorming: "как можно больше|побольше идей|!что было бы, если бы|!что было бы если бы|!что бы случилось, если бы",
    deep_reasoning: "подвох*",
  },
  it: {
    analysis: "meccanism*|!soppesa*|compromess*|cosa significa per|cosa comporta per|effetto domino|reazione a catena",
    chat: "ti annoi|non ti annoi",
    creative_writing: "sonetto*|sceneggiatura|copione|spot radiofonico|spot radio|script per uno spot",
    brainstorming: "il più possibile|quante più|più idee possibili|!cosa sarebbe successo se|!che cosa sarebbe successo se",
    deep_reasoning: "trabocchetto|tranello",
  },
};
