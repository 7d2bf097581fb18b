/**
 * An action asked of an ops agent's host after its read-only look (round 52): "ok restart it" after `systemctl status`,
 * "了解、ログを切り詰めてから再起動して" after `df`/`du`, "bitte neu starten", "перезапусти его", "重启一下". ADR 0043 keeps such
 * a turn the change it asks (`code_generation`): a command that changes the host. The turn was read without the run's
 * tool results (they are no code work, `toolContextReread`), and alone "restart it" names no work, so it was small talk
 * or a lookup. Only in a run whose shell only inspected hosts (`hostInspectionRun`), only for those two readings, and
 * only for a short turn that opens (after assent) with the action, or in Chinese, Japanese and Korean ends on it. A
 * question ("should we restart it?") asks a decision and is left to the other guards.
 * @module
 */
import { hostInspectionRun } from "./host-inspection.js";
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** Words of assent or sequence a turn may open with, in the ten cue languages. */
const ASSENT = String.raw`(?:ok(?:ay)?|yes|yeah|yep|sure|right|alright|fine|go ahead and|please|pls|then|so|now|just|can you|could you|ja|gut|okay|bitte|dann|jetzt|sí|si|vale|dale|bueno|oui|d'accord|alors|va|vas-y|sì|certo|allora|sim|beleza|pode|tá|да|хорошо|ладно|давай|тогда|好|好的|行|那|了解|はい|じゃあ|네|응|그럼|좋아)`;
/** An action that changes a host, at the head of a turn (European languages). */
const ACTION_HEAD = new RegExp(
  String.raw`^(?:${ASSENT}[,.!、，]?\s*){0,3}(?:restart|reboot|bounce|roll ?back|kill|remove|delete|stop|disable|uninstall|evict|entferne|lösche|stoppe|deaktiviere|elimina|borra|detén|desactiva|supprime|arrête|désactive|rimuovi|ferma|disattiva|remova|apaga|desative|удали|останови|отключи|scale (?:it|up|down|out)|rotate|truncate|drain|cordon|redeploy|purge|prune|flush|fail ?over|free up|clean (?:up|it|out)|clear (?:it|the|out)|neu ?starten|starte(?: [\p{L}\p{N}._/-]+){1,3} neu|neustarten|rebooten|leeren|bereinige|reinicia|reinicie|reinícialo|reinicialo|reinicie-o|vacía|limpia|limpa|redémarre|relance|vide|riavvia|riavvialo|svuota|pulisci|перезапусти|перезагрузи|откати|очисти|почисти)(?![\p{L}])`,
  "u",
);
/** An action that changes a host, in a short Chinese, Japanese or Korean turn (the verb may follow its object). */
const ACTION_CJK = /重启|重新启动|回滚|清理|扩容|删除|删掉|停掉|再起動|ロールバック|切り詰め|ローテート|削除して|止めて|재시작|재부팅|롤백|정리해|삭제해|지워|중지해/u;
/**
 * The action declined, or reported done, in Chinese, Japanese and Korean (review of round 52): "不用重启了", "它自己重启了",
 * "再起動したら直った", "再起動しないで", "재시작했더니 됐어", "재부팅은 안 해도 돼". The European forms need the verb at the head, so
 * "don't restart" and "restarted it myself" are none already (the verb must end there).
 */
const ACTION_NOT_ASKED_CJK = /不用|不要|别|無需|无需|不需要|不必|先不|已经|已經|自己|(?:重启|重新启动|回滚|清理|扩容|删除|删掉|停掉)(?:过|完|好)?了|(?:再起動|ロールバック|切り詰め|ローテート)(?:しないで|しなくて|は(?:しない|不要|いらない)|した|しました|済み|され)|(?:재시작|재부팅|롤백|정리)(?:했|됐|되었|은 안|는 안| 안|하지 ?마|하지 ?말|할 필요 없|은 필요 없)/u;
/**
 * What follows the action when it is no host's (round 53, left by round 52's review): a text or its tone ("kill the jargon",
 * "vale, limpia el texto", "clean up the wording"), the writer's own time ("free up my afternoon", "clear my calendar"), or
 * the writer ("relance-moi demain"). Read on the object's first word after its determiners, never anywhere in the
 * words after the verb (round 53's review): "restart the mail server", "clear the text cache", "reboot web-2 this
 * afternoon", "reinicia mi servidor" and "redémarre-moi le serveur" are actions on the host. Words from sets: linear.
 */
const TEXT_OBJECT = words(
  "jargon text texts wording tone copy draft email mail intro paragraph sentence sentences summary list notes prose style calendar schedule agenda inbox " +
    "texto tono borrador correo frase párrafo estilo calendario texte ton brouillon courriel paragraphe entwurf satz absatz stil kalender testo bozza paragrafo stile rascunho parágrafo " +
    "текст тон черновик стиль письмо абзац календарь",
);
/** The writer's time: an object only after a possessive ("my afternoon"); "reboot it this afternoon" says when. */
const TIME_OBJECT = words("afternoon morning evening day week meetings meeting tarde après-midi matinée soirée journée nachmittag vormittag abend tag pomeriggio mattina giornata manhã день вечер утро");
/** The writer, as the object ("relance-moi demain"); with a determiner after it, an ethical dative ("redémarre-moi le serveur"). */
const WRITER = words("-moi -me -mi moi me mich mir");
/** Possessives of the writer. */
const POSSESSIVE = words("my mi mis mon ma mes mein meine meinen meinem mio mia miei mie meu minha meus minhas мой мою мои моё");
/** Determiners skipped before the object's first word. */
const DETERMINER = words("the a an this that these those your our el la los las un una le les l' du des ce cette der die das den dem ein eine einen il lo gli i o a os as uma этот эту это");
/** Nouns of the host that a text or time word may qualify: "the mail server", "the text cache", "the notes service". */
const HOST_HEAD = words(
  "server servers service services queue queues cache caches table tables daemon job jobs worker workers container containers pod pods process processes db database index cluster host node box instance disk volume partition bucket logs log cron unit " +
    "servidor servicio serviço cola caché fila serveur file dienst warteschlange servizio coda сервер сервис очередь кэш",
);
/** Words after the action read for its object. */
const OBJECT_WORDS = 4;

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(" "));
}

/** Whether the object after the action is a text, the writer's time or the writer: no host's action. */
function objectIsNoHost(text: string, end: number): boolean {
  const after = text.slice(end).replace(/^-/u, " -").split(/[\s,.!;:]+/u).filter((word) => word !== "").slice(0, OBJECT_WORDS);
  let at = 0;
  let owned = false;
  while (at < after.length && (DETERMINER.has(after[at] as string) || POSSESSIVE.has(after[at] as string))) owned ||= POSSESSIVE.has(after[at++] as string);
  const head = after[at];
  const next = after[at + 1];
  if (head === undefined) return false;
  if (WRITER.has(head)) return next === undefined || !DETERMINER.has(next);
  if (next !== undefined && HOST_HEAD.has(next)) return false;
  return TEXT_OBJECT.has(head) || (owned && TIME_OBJECT.has(head));
}

/** Readings of an action asked with no object of code: it names no work read alone. */
const MISREAD: ReadonlySet<string> = new Set(["chat", "simple_qa"]);
/** Characters such a turn runs to. */
const MAX_CHARS = 120;

/** Readings of an action asked that ADR 0043's diagnosis would take for a question over the host's output (round 55). */
const DIAGNOSIS_READINGS: ReadonlySet<string> = new Set(["code_review", "analysis"]);

/**
 * "remove the two old runners" after `docker ps -a`, "lösche die alten Snapshots", "удали старые поды" (round 55): a
 * review or analysis reading of an action asked, which the diagnosis guard (applied before {@link opsActionGuard}) would
 * settle as `analysis`. Read first, for those two readings only: the action is the change ADR 0043 keeps `code_generation`.
 */
export function opsActionOverDiagnosis(task: string, reading: ConversationReading): GuardResult | undefined {
  return DIAGNOSIS_READINGS.has(task) ? actionAsked(reading) : undefined;
}

/** `code_generation` for a short action asked of an ops run that only inspected hosts so far (module comment). */
export function opsActionGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  return MISREAD.has(task) ? actionAsked(reading) : undefined;
}

function actionAsked(reading: ConversationReading): GuardResult | undefined {
  const text = reading.latestLower.trim();
  if (text.length > MAX_CHARS || text.includes("?") || text.includes("？")) return undefined;
  const action = ACTION_HEAD.exec(text) ?? (ACTION_NOT_ASKED_CJK.test(text) ? null : ACTION_CJK.exec(text));
  if (action === null || objectIsNoHost(text, action.index + action[0].length) || !hostInspectionRun(reading)) return undefined;
  return { task: "code_generation", why: `'${action[0].trim()}' asks an action on the host the run inspected (ADR 0043)` };
}
