/**
 * A published rule asked among the writer's own figures (moved out of `numeric-guard.ts` in the eighteenth round): a rate,
 * a limit, an allowance, a guideline value or a material's property is looked up, not worked out.
 * @module
 */
import { readNumericDomain } from "./numeric-domain.js";

/**
 * Asks for a rate or a limit to be looked up ("what's the standard UK VAT rate these days?", "wie viel ml darf ein
 * Behälter maximal haben?"), or says the writer will do the sum ("세율만 알려주시면 계산은 제가 할게요", "I'll do the
 * math myself"): a lookup, whatever figures the turn holds (thirteenth round).
 */
const RULE_LOOKUP = new RegExp(
  [
    /\bwhat(?:'s| is| are) the (?:standard|current|basic|default|legal|official|statutory|usual|general|applicable) [^?\n]{0,30}?(?:rate|limit|allowance|threshold|age|proof|strength)s?\b|\bhow (?:much|many)\b[^?\n]{0,50}\b(?:allowed|permitted)\b|\bmaximum (?:allowed|permitted)\b|\bhow (?:many|much) (?:weeks?|days?|months?|hours?)\b[^?\n]{0,60}\bentitled to\b|\bwhat(?:'s| is| are) the (?:\d{1,4}[a-z(][\w()]{0,4}|[^?\n\d]){0,40}?\b(?:contribution|deduction|income|age|speed|weight|baggage|luggage|size|credit|borrowing|withdrawal|gift|annual|yearly) (?:limit|cap|allowance|threshold)s?\b(?! (?:is|was|of \d))|\bwhat (?:does|do) (?:\S+ ){1,3}(?:actually |really |even )?measure\b|\bwhat(?:'s| is| are) the [^?\n\d]{0,40}?\bthresholds?\b(?! (?:is|was|of \d))|\bhow many points (?:does|do|is|are) (?:an? |the )?(?:\S+ ){1,3}(?:give|get|earn|worth|count)|\b(?:i'?ll|i will|i can) do the (?:math|maths|calc(?:ulation)?s?|sums?)\b|\bhow (?:many|much|long)\b[^?\n]{0,60}\b(?:legally|by law|under (?:the )?law)\b|\blegally (?:required|allowed|entitled|obliged)\b|\bwhat(?:s|'s| is) the max(?:imum)? [^?\n]{0,40}\b(?:allowed|permitted|you can (?:take|bring|carry))\b|\bwhat(?:s|'s| is) (?:the )?[^?\n]{0,30}?\b(?:flash|boiling|melting|freezing|dew) point\b|\b(?:molar|atomic) (?:mass|weight) of\b|\bminimum (?:tensile|yield|proof) (?:strength|load) (?:for|of)\b/.source,
    /wie viel[^?\n]{0,60}(?:darf|erlaubt)|rechne(?:n)? ich (?:selbst|selber|dann)|cu[aá]nto[^?\n]{0,40}(?:se permite|est[aá] permitido)|el c[aá]lculo lo hago yo|combien[^?\n]{0,40}(?:autoris|a-t-on le droit)|je ferai le calcul|quanto[^?\n]{0,40}(?:consentit|permitid)|il calcolo lo faccio io|a conta eu fa[çc]o/.source,
    // "Jaka jest obecnie stawka CIT…?", "¿cuál es el tipo vigente…?", "какая сейчас ставка…?" (fourteenth round).
    /jaka jest (?:obecnie |teraz |aktualna |aktualnie )+stawka|aktualna stawka|cu[aá]l es (?:el|la) (?:tipo|tasa|l[ií]mite) (?:actual|vigente)|wie hoch ist (?:derzeit |aktuell |momentan )(?:der|die) [^?\n]{0,20}(?:satz|grenze|freibetrag)|quel est (?:actuellement )?le (?:taux|plafond) (?:actuel|en vigueur)|qual (?:[ée]|a) (?:a )?(?:al[ií]quota|taxa) (?:atual|vigente)|qual [èe] (?:l'aliquota|il tasso|il limite) (?:attuale|vigente)|какая (?:сейчас |сегодня |текущая )+ставка|текущая ставка|qual (?:[ée] )?o (?:limite|teto) [^?\n]{0,40}(?:hoje|atual|vigente|em vigor)|cu[aá]l es el (?:l[ií]mite|tope) [^?\n]{0,40}(?:hoy|actual|vigente)/.source,
    // A published rule asked among the writer's own figures (seventeenth round): "What is the IRS elective deferral limit
    // for 2024?", "what's the default max_connections value in postgres?", "at what wage base does the Social Security tax
    // stop?", "How many BTU are in one kWh?" (a unit's size; "how many seconds are there
    // in a week" is worked out), "the maximum capital gains exclusion on a primary residence".
    /\bwhat(?:s|'s| is| are) the [^?\n\d]{0,40}?\b(?:limit|cap|allowance|threshold|exclusion|exemption|wage base|ceiling)s?\b(?! (?:is|was|of|as|when|for (?:each|every|these|our|my)\b))|\bwhat(?:s|'s| is| are) the (?:[^?\n\d]{0,30}? )?(?:irs|hmrc|cra|statutory|official|federal|legal|default|standard)\b[^?\n\d]{0,30}?\b(?:rate|value|setting|amount|age|fee|mileage rate)s?\b|\bat what (?:\S+ ){1,3}(?:does|do|is|are) [^?\n]{0,40}\b(?:tax|taxes|contributions?|credit|benefits?|deductions?|allowance|premiums?|pension)\b[^?\n]{0,30}\b(?:stop|start|kick in|phase out|apply|begin|end)\b|\bhow many \S+(?: \S+)? (?:are )?(?:there )?in (?:one|1) \S+(?: \S+)?\s*\?/.source,
    // A guideline or a regulation's value (seventeenth round): "What's the current WHO 24-hour guideline value for PM2.5?",
    // "What is the recommended minimum cover for…", "ambang batas … menurut Permen LHK", "GST की दर कितनी है?".
    /\bwhat(?:s|'s| is| are) the (?:[^?\n]{0,40}? )?(?:guideline|recommended|regulatory|permitted|allowed|legal|statutory) (?:[^?\n]{0,20}? )?(?:value|limit|level|minimum|maximum|dose|amount|cover|concentration|threshold|distance|height|width)s?\b|\bi'?ll (?:compare|check|do the rest|work (?:it|the rest) out) (?:it )?myself\b|\bwhat (?:ph|temperature|frequency|voltage|pressure|humidity|dose|dosage) range\b|\bwhat(?:s|'s| is) the (?:ph|temperature|frequency|voltage|pressure|humidity|dose|dosage|operating) range of\b|\baccording to (?:the )?(?:regulation|law|standard|guideline|code|directive)s?\b|berapa (?:ambang batas|batas (?:maksimum|minimum|maksimal)|tarif|nilai baku)|menurut (?:permen|peraturan|pp|uu|undang)|(?:की|का) दर (?:कितनी|क्या)|दर कितनी है/.source,
    // A constant looked up (nineteenth round): "mg/dL to µmol/L, what's the factor?", "what's the conversion factor".
    /\bwhat(?:'s| is) the (?:conversion )?factor\b|\bwhat(?:'s| is) the (?:actual |exact )?(?:dollar )?(?:amount|threshold|limit) that triggers\b/.source,
    // A maximum dose checked (twentieth round): "max single dose is 1000 mg and max 4 g per 24h… yes/no + correct me if off".
    /\bmax(?:imum)? (?:single |daily |total |recommended )?dos(?:e|age)\b[^\n]{0,100}\b(?:right|correct|yes\/no|correct me)\b/.source,
    // A maker's interval asked (twentieth round): "how often is honda's recommended interval for that car?".
    /\b(?:how often|what) (?:is|are) (?:the |[a-z]+'s )?(?:manufacturer'?s? |factory |official )?recommended (?:service |maintenance |replacement )?(?:interval|schedule)s?\b/.source,
    // A rule's count asked (nineteenth round): "how many online classes can count toward the full-time requirement?".
    /\bhow many [^?\n]{0,40}\b(?:can|may|could) (?:count|be counted) (?:toward|towards|for)\b/.source,
    // Hinglish and Hindi (nineteenth round): "late fee kitni lagti hai", "last date kya thi", "जुर्माना कितना लगता है".
    /\b(?:fee|fine|penalty|charge|jurmana|shulk|interest) (?:kitn[aie]) (?:lagti|lagta|lagegi|lagega|hoti|hota|padti|padta) (?:hai|h|thi|tha)\b|\blast date kya (?:hai|thi|h)\b|(?:जुर्माना|शुल्क|फीस|लेट फीस) कितन[ाी] (?:लगता|लगती|होता|होती) है|आखिरी तारीख क्या (?:है|थी)/.source,
    // Japanese (nineteenth round): "販売手数料って今何%でしたっけ？", "消費税率は何％".
    /(?:手数料|税率|料率|金利|利率)(?:って|は)?(?:今|現在)?何[%％]/.source,
    /посчитаю сам|сколько[^?\n]{0,40}разрешено|我自己算|我自己来算|最多可以带|計算は自分で|何mlまで|계산은 제가|세율만|최대 몇[^?\n]{0,10}까지/.source,
  ].join("|"),
);
/**
 * Whether the turn asks for a rule to be looked up: "how many minutes of downtime were allowed" under an SLA of 99.95%
 * the turn gives is worked out from that percentage (seventeenth round).
 */
export function looksUpRule(text: string): boolean {
  const asked = RULE_LOOKUP.exec(text);
  return asked !== null && !(asked[0].startsWith("how ") && text.includes("%"));
}


/** Which command does it, in the ten cue languages. */
const COMMAND_ASK =
  /\b(?:what(?:'s| is) the command|(?:which|what) command|the command (?:to|for))\b|(?:qu[ée]|cu[áa]l) comando|el comando para|(?:qual|que) comando|o comando para|(?:che|quale) comando|il comando per|quelle commande|la commande pour|welche[nm]? befehl|mit welchem befehl|der befehl für|какой командой|какая команда|команда для|什么命令|哪个命令|哪個命令|命令是什么|どのコマンド|コマンドは何|어떤 명령어|무슨 명령어|명령어가 뭐/;

/** Readings versions give a question which command to run, and the length of turn that question is read in. */
const COMMAND_READINGS = new Set(["math", "analysis", "code_review", "deep_reasoning"]);
const COMMAND_ASK_CHARS = 600;

/**
 * A short turn that names a running system's versions and asks which command does something, with no code pasted ("Ho
 * Node 18.19.0 e pnpm 8.15.1. Con che comando aggiorno pnpm?"): a lookup (thirty-first round). The caller rules out a
 * failure reported.
 */
export function asksForCommandOverVersions(task: string, text: string): boolean {
  if (!COMMAND_READINGS.has(task) || text.length >= COMMAND_ASK_CHARS || !COMMAND_ASK.test(text) || text.includes("```")) return false;
  const domain = readNumericDomain(text);
  return domain.system && !domain.log;
}
