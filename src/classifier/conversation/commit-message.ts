/**
 * A commit message asked of a coding agent (round 43; the other cue languages in round 56; verbs of coming up with one in
 * round 57). Moved out of `coding-agent-asks.ts` so that the cue guards can read it too.
 * @module
 */
/** A commit message asked for. */
const COMMIT_MESSAGE = /\bcommit (?:message|msg)s?\b|\bmsg should\b|\b(?:write|draft|suggest|give me) (?:me )?(?:a |the )?commit\b/;
/**
 * The commit message named in the other cue languages (round 56): "escreve a mensagem do commit", "schreib die
 * Commit-Nachricht", "напиши сообщение коммита", "コミットメッセージを書いて". Read only when the turn asks the message
 * alone: a commit asked with it ("很好，提交一下，写个像样的提交信息", "committa con un messaggio decente") is the commit, and
 * another piece asked beside it ("un mensaje de commit y una entrada para el canal #deploys") is that piece's writing, as the
 * development rows before this round label them.
 */
const COMMIT_MESSAGE_NAMED = /mensagem (?:do|de|pro|para o) commit|mensaje (?:del|de|para el) commit|commit-?nachricht|message (?:de|du) commit|messaggio (?:del|di|per il) commit|сообщени[еяю] (?:к |для )?коммита?|коммит-сообщени|提交信息|提交说明|提交消息|コミットメッセージ|커밋 ?메시지/u;
const COMMIT_ASKED = /(?<![\p{L}])(?:commita|commite|committa|commitea|commite|committe|закоммить|закомить)(?![\p{L}])|haz (?:el |un )?commit|fais (?:le |un )?commit|fai (?:il |un )?commit|faz (?:o |um )?commit|сделай коммит|提交一下|提交吧|帮我提交|先提交|コミットして|커밋해/u;
/** A verse named in the other cue languages ("em forma de poema", "als Gedicht", "en haïku", "стихами", "写成诗"). */
const VERSE_NAMED = /poema|poesia|poes[ií]a|gedicht|reim|po[èe]me|ha[iï]ku|rima|стих|рифм|诗|詩|俳句|시로/u;
const PIECE_BESIDE = /(?<![\p{L}])(?:y|e|und|et|и|а также) (?:una?|uma?|eine[nm]?|une?|ещё) /u;
/**
 * The message asked written (review 56, second pass): a write, draft or suggest verb in the ten languages; from round 57
 * a verb of coming up with it too ("inventa un mensaje de commit", "denk dir eine Commit-Nachricht aus", "想一个提交信息"). A message only
 * named ("quién escribió el mensaje del commit anterior?", "커밋 메시지 규칙이 뭐야?", "提交信息里的工单号是多少？") is asked about.
 */
const MESSAGE_WRITTEN =
  /(?<![\p{L}])(?:escreve|escreva|escribe|escr[íi]be(?:me|lo)|redacta|red[áa]cta(?:me|lo)|redija|schreib(?:e|st)?|formulier(?:e)?|verfass(?:e)?|[ée]cris|r[ée]dige|scrivi|scrivimi|redigi|напиши|составь|придумай|предложи|sugier\p{L}*|suger\p{L}*|sugg[èe]re\p{L}*|suggerisci|propon\p{L}*|propose\p{L}*|gib|dame|donne|dammi|d[áa]-me|me d[áa]|дай|gera|gere|genera|generiere|g[ée]n[èe]re|сгенерируй|mach|faz|fa[çc]a|haz|fais|fai)(?![\p{L}])|写|拟|起个|来个|给个|生成|書いて|考えて|作って|써|작성|만들어|생성/u;
/**
 * A verb of coming up with the message, right before it (round 57; review 57 tied it to the message): "inventa un mensaje
 * de commit", "trouve un message de commit", "denk dir eine Commit-Nachricht aus", "想一个提交信息", "커밋 메시지 하나
 * 생각해 줘". Not "trouve le commit dont le message de commit…", "denk dran: die Commit-Nachricht…", "我在想一个问题：提交信息…",
 * "어떻게 생각해?", nor a joke or a story about the message ("inventa un chiste sobre el mensaje del commit").
 */
const MESSAGE_COINED =
  /(?<![\p{L}])(?:inventa|invente|inventez|imagina|imagine|trouve|pensa|crie|cria)(?:-?(?:moi|me|mi|nos))? (?:(?:a|à|un|una|uno|um|uma|une|le|la|il|lo|o|el|ad|al|bon|buen|bom|buon|beau|bel|bello|nuevo|nouveau|novo|nuovo|otro|autre|outro|altro|petit|court|corto|curto) ){0,3}(?:mensaje|message|messaggio|mensagem)|(?<![\p{L}])denk (?:dir|mal) (?:(?:eine|einen|ne|kurze|gute|neue|passende) ){0,2}commit-?nachricht|想(?:一)?个(?:好的|简短的|新的)?提交(?:信息|说明|消息)|커밋 ?메시지(?:를|좀|하나| ){0,3}생각해 ?(?:줘|봐|주세요)/u;
/** The message's tooling or another language asked of it: "un hook qui vérifie le message de commit", "übersetze die Commit-Nachricht". */
const MESSAGE_TOOLING =
  /hook|script|skript|скрипт|check|pr[üu]f|v[ée]rifi|verific|controll|valid|lint|regex|pre-commit|проверк|провер|шаблон|template|plantilla|vorlage|mod[èe]le|modello|tradu|[üu]bersetz|переве|钩子|检查|校验|脚本|模板|翻译|フック|チェック|検証|スクリプト|テンプレート|翻訳|훅|검사|검증|스크립트|템플릿|번역/u;
export const VERSE = /\b(?:poem|song|shanty|haiku|limerick|rap|verse|rhym\w*)\b/;

/** Whether the turn asks for a commit message (not one in verse). */
export function asksForCommitMessage(text: string): boolean {
  if (VERSE.test(text)) return false;
  return COMMIT_MESSAGE.test(text) || (COMMIT_MESSAGE_NAMED.test(text) && (MESSAGE_WRITTEN.test(text) || MESSAGE_COINED.test(text)) && !MESSAGE_TOOLING.test(text) && !COMMIT_ASKED.test(text) && !PIECE_BESIDE.test(text) && !VERSE_NAMED.test(text));
}
