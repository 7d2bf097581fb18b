/**
 * A verdict asked on the code in a coding run, before it goes on ("passt das so oder übersehe ich was?", "is this safe to
 * merge?", "¿está bien así?", "これで大丈夫？"): the code is read and judged, a review, not a change to make (round 49).
 * Read in the ten cue languages by the shape of the ask: the work is fine as it stands, something was missed, or it may
 * now be merged or shipped.
 * @module
 */

/**
 * Leave asked to deploy or release the work as it stands (round 56): "このままデプロイしていい？", "이대로 배포해도 돼?",
 * "可以直接上线吗？", "kann ich das so deployen?", "¿puedo desplegarlo así?", "je peux déployer comme ça ?", "posso fazer deploy
 * assim?", "можно так выкатывать?". "As it stands" is part of the ask: "puedo desplegar el viernes?" asks a schedule, and
 * so do "now" and "already" ("posso fare il deploy adesso o c'è il freeze?", "можно уже деплоить или ждём CI?", review 56);
 * "so …, dass" asks a manner, and a second question after it ("…吗？还是要先打包？") asks how or when.
 */
/**
 * A second question after the leave asked (review 56): "可以直接部署吗？还是要先打包成镜像？". One question with an alternative
 * ("можно так выкатывать или что-то поправить?") still asks the verdict.
 */
const OTHER_ASK = /[?？]\s*[^?？\s][^?？]*[?？]/u;
const SHIP_AS_IS = new RegExp(
  "kann ich (?:das|es) so (?:deployen|ausrollen|releasen)(?!,? (?:dass|wie))|puedo (?:desplegarlo|desplegar|hacer (?:el )?deploy) (?:as[ií]|tal cual)|je peux (?:le )?(?:d[ée]ployer|livrer) (?:comme (?:ça|ca)|tel quel|en l'[ée]tat)|posso (?:fare il deploy|deployare|rilasciar(?:e|lo)) (?:così|cosi)|posso (?:fazer (?:o )?deploy|subir) assim|можно так (?:деплоить|выкатывать|релизить)|(?:このまま|これで)(?:デプロイ|リリース)して(?:も)?(?:いい|大丈夫)|(?:이대로|그대로) 배포해도 (?:돼|될까|괜찮)|(?:可以|能)(?:直接|这样)(?:部署|上线|发布)吗|这样(?:可以|能)(?:部署|上线|发布)吗", "u");

const VERDICT = new RegExp(
  [
    // en: "does this look ok?", "is that right?", "am I missing something?", "good to merge?", "before I merge"
    "\\b(?:look|looks|seem|seems) (?:ok|okay|good|right|fine|correct|sane|safe)\\b|\\bis (?:this|that|it) (?:ok|okay|right|correct|fine|safe|sane|good)\\b|\\b(?:am i|are we) missing (?:something|anything)\\b|\\bdid (?:i|we) miss (?:something|anything)\\b|\\b(?:good|safe|ok|okay|ready) to (?:merge|ship|deploy|go)\\b|\\bbefore (?:i|we) (?:merge|ship|deploy|approve|push)\\b",
    // a risk asked of the code before it goes out (round 54): "anything risky in there?", "¿algo peligroso?", "что-то рискованное?"
    "\\banything (?:risky|dangerous|scary)\\b|\\b(?:irgendwas|etwas) (?:riskantes|gef[äa]hrliches)|\\balgo (?:arriesgado|peligroso|arriscado|perigoso)\\b|\\bquelque chose de (?:risqu[ée]|dangereux)|\\bqualcosa di (?:rischioso|pericoloso)|что-(?:то|нибудь) (?:рискованн|опасн)\\p{L}*|有(?:什么|没有)风险|危な(?:い|そうな)(?:ところ|所|箇所)|위험한 (?:거|부분|곳)|bevor ich (?:pushe|push)|antes de (?:hacer )?push|avant de (?:pousser|pusher)|перед (?:тем как )?(?:пушить|запушить)|推送之前|プッシュする前に|푸시하기 전에",
    // de, es, fr, pt, it, ru
    "\\bpasst (?:das|es)\\b|übersehe ich (?:was|etwas)|(?:hab|habe) ich (?:was|etwas) übersehen|\\bist (?:das|es) so (?:richtig|ok|okay|korrekt|in ordnung)|bevor ich (?:merge|mergen|deploye)|kann ich (?:das|es) (?:so )?mergen",
    "est[aá] bien as[ií]|me (?:falta|he dejado|dejo) algo|se me (?:escapa|pasa) algo|¿?es correcto\\?|antes de (?:hacer (?:el )?)?merge|puedo (?:hacer (?:el )?)?merge",
    "(?<![\\p{L}])(?:ça|ca) (?:(?:te )?va comme (?:ça|ca)|te va|(?:te )?(?:para[iî]t (?:bon|correct)|semble (?:bon|ok|correct))(?: comme (?:ça|ca))?)\\s*\\?|c'est (?:bon|correct|ok) (?:comme (?:ça|ca)|pour toi)|j'ai (?:rat[ée]|oubli[ée]|loup[ée]) quelque chose|avant de (?:merger|fusionner|livrer)|je peux (?:merger|fusionner)",
    "(?:t[aá]|est[aá]) (?:certo|ok|bom) assim|(?:deixei passar|esqueci) (?:algo|alguma coisa)|antes de (?:fazer o )?merge|posso (?:fazer o )?merge",
    "va bene così|è corretto così|mi (?:sfugge|sono perso) qualcosa|prima di (?:fare (?:il )?)?merge|posso (?:fare (?:il )?)?merge",
    "так (?:нормально|норм|правильно|ок)\\b|всё (?:ли )?(?:правильно|нормально|ок)\\b|(?:ничего|что-то) не упустил|перед (?:тем как )?(?:мержить|мерджить|мерж)|можно (?:мержить|мерджить)",
    // "do you see any problem?" in the ten languages (review 51: "revísalo, ¿ves algún problema de seguridad?" over a handler)
    "\\b(?:do you|can you) see (?:any|a) (?:problem|issue|bug|risk)s?\\b|\\bves (?:alg[uú]n|un) (?:problema|fallo|riesgo)|\\bsiehst du (?:ein|irgendein)\\p{L}{0,2} (?:problem|risiko)|\\btu vois (?:un|des) (?:probl[eè]me|souci|risque)s?|\\bv[êe]s? (?:algum|um) (?:problema|risco)|\\bvedi (?:qualche|un|dei) (?:problem|risch)\\p{L}{0,2}|видишь (?:ли )?(?:тут )?(?:какие-(?:то|нибудь) )?(?:проблем|риск)|看到(?:什么|任何)?问题|問題(?:が|は)?見え|문제가? 보여",
    // safety asked of the code (round 55): "is this secure?", "ist das sicher?", "¿es seguro?", "これ、セキュリティ的に大丈夫？"
    // … closing its sentence or followed by "as is", "so", "to merge" (review 55): "is this secure enough for my bike?", "ist es
    // sicher, morgen mit dem Zug zu fahren?", "¿es seguro viajar a Lima?" ask of something else.
    "(?:\\bis (?:this|that|it) (?:secure|safe enough)|\\bist (?:das|es) (?:so )?sicher|\\bes seguro|\\bc'est s[ée]curis[ée]e?|\\best-ce (?:que c'est )?s[ûu]r|\\b[èe] sicuro|\\b[ée] seguro|(?:это )?безопасно ли|это безопасно)(?: enough| genug)?" +
      "(?=\\s{0,3}(?:[?？.!。]|$|(?:as is|as written|now|so|así|asi|ainsi|comme ça|così|assim|to (?:merge|ship|deploy|release|use|run))(?![\\p{L}])))|" +
      "\\bany security (?:issues?|problems?|holes?)\\b|安全吗|有没有安全(?:问题|隐患|漏洞)|セキュリティ(?:的に|上)(?:は)?(?:大丈夫|問題)|安全(?:ですか|かな|？)|보안(?:상|적으로) (?:괜찮|문제)",
    // zh, ja, ko
    "这样(?:可以|行|对)吗|有没有(?:问题|遗漏)|合并之前|能合(?:并)?吗|これで(?:大丈夫|いい|OK|ok)|見落とし|マージする前に|マージして(?:いい|大丈夫)|이대로 (?:괜찮|맞)|놓친 (?:거|게)|머지하기 전에|머지해도 (?:돼|될까)",
  ].join("|"),
  "u",
);

/**
 * A problem asked of the code under a condition (round 50): "is there a problem if two requests come in at once?", "il y a
 * un souci si deux requêtes arrivent en même temps ?", "gibt es ein Problem, wenn …", "会不会有问题", "同時に来たら問題ある？".
 * The condition names a situation ("si l'utilisateur est modifié"), not a change asked: see {@link outsideCondition}.
 */
const PROBLEM_IF = new RegExp(
  [
    "\\b(?:is there|are there|would there be|will there be|could there be|any) (?:an? |any )?(?:problem|issue|bug|race|risk)s? (?:if|when|with)\\b",
    "(?:il y a|y a-t-il|y aura-t-il|est-ce qu'il y a|il y aura) (?:un |des )?(?:souci|probl[eè]me|bug|risque)s? (?:si|quand|avec|en cas)\\b|\\bgibt es (?:ein(?:en)? )?(?:problem|bug|risiko)\\p{L}{0,2},? (?:wenn|falls|bei)\\b",
    "\\bhay (?:alg[uú]n |un )?(?:problema|fallo|riesgo|bug) (?:si|cuando|con)\\b|\\b(?:tem|h[aá]) (?:algum |um )?(?:problema|bug|risco) (?:se|quando|com)\\b|c'è (?:un |qualche )?(?:problema|bug|rischio) (?:se|quando|con)\\b",
    "(?:будет|есть|будут) (?:ли )?(?:проблем|баг)\\p{L}{0,2},? (?:если|когда|при)(?![\\p{L}])",
    "会不会有问题|会有问题吗|問題(?:ある|ない|になる|にならない)[？?]|문제 (?:있어|없어|생기|있을까|없을까)",
  ].join("|"),
  "u",
);

/**
 * An action asked beside the verdict: "looks good, commit it and push", "passt das so? wenn nicht, dreh …", "合并之前把测试
 * 补上" (review 49), "…? Falls ja, bau einen Lock ein", "si es así, …" (review of round 50). The turn asks the agent to act,
 * not only to judge.
 */
const ACTION_BESIDE =
  /\b(?:commit|push|merge|ship|deploy|land) (?:it|this|that|them)\b|\bgo ahead\b|\b(?:if (?:not|yes|so|ok|it is)|otherwise)\b|\b(?:wenn|falls) ja\b|\bsi oui\b|si c'est le cas|si es as[ií]|se for o caso|se [èe] cos[iì]|\bse sim\b|\bse s[iì]\b|если да|よければ|良ければ|問題なければ|マージして(?!も?(?:いい|大丈夫|問題|平気))|如果可以|可以的话|没问题就|괜찮으면|되면 |\bwenn nicht\b|\bsonst\b|\bsi no\b|\bsinon\b|\bse n[ãa]o\b|\bsen[ãa]o\b|\baltrimenti\b|если нет|иначе|否则|不然|补上|加上|ダメなら|でなければ|아니면/u;

/**
 * Whether the turn asks a verdict on the code as it stands (see {@link VERDICT}), and no action beside it. An action named
 * in a "before" clause ("before you merge it, is there a problem if …?") is the step the verdict comes before (review 51).
 */
export function asksVerdict(lower: string): boolean {
  return (VERDICT.test(lower) || PROBLEM_IF.test(lower) || shipAsIs(lower)) && !ACTION_BESIDE.test(lower.replace(BEFORE_CHANGE, " "));
}

/** Characters a leave-to-ship ask runs to: a short turn, so a long one is not scanned twice (review 56). */
const MAX_SHIP_ASK = 300;

/** Leave to ship the work as it stands, alone in a short turn (see {@link SHIP_AS_IS}, {@link OTHER_ASK}). */
function shipAsIs(lower: string): boolean {
  return lower.length <= MAX_SHIP_ASK && SHIP_AS_IS.test(lower) && !OTHER_ASK.test(lower.trim());
}

/** Whether the turn asks leave to ship the work as it stands (see {@link SHIP_AS_IS}), and no action beside it. */
export function asksLeaveToShip(lower: string): boolean {
  return shipAsIs(lower) && !ACTION_BESIDE.test(lower);
}

/**
 * "nochmal kurz, bevor du was änderst: gibt es ein Problem, wenn …?", "before you change anything, is there an issue if …?"
 * (round 51): a change named in a "before" clause is the step the verdict comes before, not a change asked.
 */
const BEFORE_CHANGE =
  /(?<![\p{L}])(?:before (?:you|we|i) |bevor (?:du|wir|ich) |antes de (?:que )?|avant (?:de |d'|que )|prima (?:di |che )|прежде чем |до того,? как |перед тем,? как )[^,:;.?!\n]{0,60}|[^\s,，:：。？?]{1,12}(?:之前|前に|전에)/gu;

/** Marks that end a condition: its question mark, an exclamation, a line break or a full stop in CJK. */
const CONDITION_END: ReadonlySet<string> = new Set(["?", "？", "!", "！", "\n", "。"]);

/** Whether the condition ends at `i`: at one of {@link CONDITION_END}, or a full stop before a space or the end. */
function endsCondition(lower: string, i: number): boolean {
  const c = lower[i] ?? "";
  if (CONDITION_END.has(c)) return true;
  const next = lower[i + 1];
  return c === "." && (next === undefined || next === " ");
}
/** Characters a condition may run to before its question mark. */
const MAX_CONDITION_CHARS = 200;

/**
 * The turn without the condition of a problem asked (see {@link PROBLEM_IF}), from the problem word to the question mark
 * or the sentence's end, so a change word inside it ("… ou si l'utilisateur est modifié ?", "if the user gets updated?")
 * is not read as a change asked.
 */
export function outsideCondition(input: string): string {
  const lower = input.replace(BEFORE_CHANGE, " ");
  const asked = PROBLEM_IF.exec(lower);
  if (asked === null) return lower;
  const from = asked.index + asked[0].length;
  let to = from;
  const last = Math.min(lower.length, from + MAX_CONDITION_CHARS);
  // The condition ends with its question or its sentence: "is there an issue with the memo. rewrite it with an LRU" asks
  // the rewrite (review of round 50).
  while (to < last && !endsCondition(lower, to)) to++;
  return lower.slice(0, asked.index) + " " + lower.slice(to);
}
