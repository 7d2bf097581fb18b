/**
 * A piece of code or configuration asked to be written in an agent's run (round 39): "write the package.json overrides
 * block to pin the transitive ones", "Write a Prometheus alerting rule that fires when…", "also write a .dockerignore
 * while you are at it", "Draft the kubectl/psql commands I should run to confirm…", "Write the CSP header change that
 * fixes it", "schreib mir die Alert-Regel dafür", "escríbeme el comando para…", "写一个告警规则", "設定ファイルを書いて".
 * The run's tools brought a log, an audit, a ticket or a plan, so the turn was read as the run's diagnosis, a label or a
 * lookup; the turn opens by asking for the artifact itself, which is code to write. A text for people (a status update, a PR
 * description, an email) is no artifact here, and a turn outside an agent's run is left to the other readings.
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** Up to five words between the verb and the artifact ("the package.json overrides", "a Prometheus alerting"). */
const WORDS = "(?:[^\\s!?:;]{1,40}\\s){0,5}?";
/**
 * Where the ask may open: the turn's start, or (round 55) a sentence's start after a question or a sentence before it
 * ("how many restarts would trigger the alert? write me the alert rule"). The look-behind reads at most four characters.
 */
const START = "(?:^|(?<=[.?!;？。！；]\\s{0,3}))";
/** A short lead before the verb: "ok", "now", "also", "can you". */
const LEAD = `${START}(?:(?:ok(?:ay)?|now|also|and|then|great|cool|pls|please|can you|could you|next)[,!.]?\\s){0,3}`;
/** A command-line tool whose commands are asked ("the kubectl/psql commands"). */
const CLI = "(?:kubectl|psql|shell|bash|sql|cli|gcloud|aws|az|terraform|helm|git|curl|redis-cli|mysql)";
/** The artifact, in English. */
const ARTIFACT_EN =
  `(?:alert(?:ing)? rules?|recording rules?|\\.dockerignore|dockerfile|\\.gitignore|(?:csp|http|response|security) headers?(?: change)?|overrides? block|${CLI}(?:/${CLI})? commands?|cron(?:tab)? (?:line|entry)|systemd unit|(?:iam|bucket|network|retention|lifecycle) policy|(?:nginx|yaml|json|helm|k8s|kubernetes|config|configuration) (?:block|snippet|file|manifest|values)|manifest|migration|workflow file|github actions? workflow|patch)`;
/** English: a verb of writing opening the turn, then the artifact within a few words. */
const ENGLISH = `${LEAD}(?:write|draft|generate|create|produce|add|rewrite)\\s(?:me\\s)?${WORDS}${ARTIFACT_EN}(?![\\p{L}])`;
/** The nine other cue languages: the verb, then the artifact (CJK: the artifact, then the verb, or 写 first). */
const FOREIGN = [
  `${START}(?:escr[ií]be(?:me)?|redacta|genera|crea|reescribe)\\s${WORDS}(?:la regla|las reglas|el comando|los comandos|el script|la cabecera|la pol[ií]tica|el dockerfile|el \\.dockerignore|el manifiesto|la migraci[oó]n)(?![\\p{L}])`,
  `${START}(?:schreib(?:e)?|erstell(?:e)?|generier(?:e)?)\\s(?:mir\\s|uns\\s)?${WORDS}(?:\\S*-?regel|befehle|die befehle|den befehl|das skript|die konfig(?:uration)?|den header|die policy|das dockerfile|die \\.dockerignore|das manifest|die migration)(?![\\p{L}])`,
  `${START}(?:[ée]cris|r[ée]dige|g[ée]n[èe]re|cr[ée]e|r[ée][ée]cris)(?:-moi)?\\s${WORDS}(?:la r[èe]gle|les r[èe]gles|la commande|les commandes|le script|l'en-t[êe]te|la politique|le dockerfile|le \\.dockerignore|le manifeste|la migration)(?![\\p{L}])`,
  `${START}(?:scrivi(?:mi)?|genera|crea|riscrivi)\\s${WORDS}(?:la regola|le regole|il comando|i comandi|lo script|l'header|la policy|il dockerfile|il \\.dockerignore|il manifest|la migrazione)(?![\\p{L}])`,
  `${START}(?:escreve|escreva|gera|gere|cria|crie|reescreve|reescreva)\\s${WORDS}(?:a regra|as regras|o comando|os comandos|o script|o cabe[çc]alho|a pol[ií]tica|o dockerfile|o \\.dockerignore|o manifesto|a migra[çc][ãa]o)(?![\\p{L}])`,
  `${START}(?:напиши|составь|сгенерируй|создай|перепиши)\\s${WORDS}(?:правило|правила|команд[уы]|скрипт|заголовок|политику|dockerfile|\\.dockerignore|манифест|миграцию)(?![\\p{L}])`,
  `${START}(?:帮我)?(?:写|生成|重写)[^。？！\\n]{0,20}?(?:告警规则|规则|脚本|命令|配置|策略|dockerfile|迁移)`,
  `${START}[^。？！\\n]{0,20}?(?:アラートルール|ルール|スクリプト|コマンド|設定ファイル|ポリシー|dockerfile|マイグレーション)を?(?:書いて|作って|作成して|生成して)`,
  `${START}[^.?!\\n]{0,20}?(?:알림 규칙|규칙|스크립트|명령어|설정 파일|정책|dockerfile|마이그레이션)(?:을|를)?\\s?(?:작성해|써 ?줘|만들어)`,
];
const ARTIFACT_ASK = new RegExp([ENGLISH, ...FOREIGN].join("|"), "u");
/** "rewrite createSession so…", "rewrite parse_token": a named function rewritten over the code a tool brought. */
const REWRITE_NAMED = /^(?:(?:ok|now|then|pls|please)[,!.]?\s)?rewrite\s(?:[a-z]+[A-Z_][A-Za-z0-9_]{1,40}|[a-z]+_[a-z0-9_]{1,40})(?:\(\))?\s(?:so|to|without|with|using|in)\b/u;
/** Characters the ask may run to: a request, not a pasted file with a verb in it. */
const MAX_CHARS = 400;

/** The turn asks for code or configuration in an agent's run: "also write a .dockerignore" is no follow-up of the run's ask. */
export function asksForArtifact(reading: ConversationReading): boolean {
  return artifactAskGuard(reading) !== undefined;
}

/**
 * Code to write for an artifact of code or configuration asked in an agent's run (module comment), whatever the reading:
 * a code reading is kept from the guards that would make the run's diagnosis of it.
 */
export function artifactAskGuard(reading: ConversationReading): GuardResult | undefined {
  if (reading.agent.toolMessages === 0) return undefined;
  const text = reading.latest.trim();
  if (text.length > MAX_CHARS) return undefined;
  const asked = ARTIFACT_ASK.exec(text.toLowerCase()) ?? REWRITE_NAMED.exec(text);
  return asked === null ? undefined : { task: "code_generation", why: `'${asked[0].trim()}' asks for code or configuration to write in an agent's run` };
}
