/**
 * Defining words in a context where they name no task (twenty-fifth round):
 * - a debugging word with nothing to debug: "Mes stats de tennis… doubles fautes 4,2 par match… Qu'est-ce qui cloche
 *   vraiment ?", "逆变器也没报错" (the inverter shows no error) over a year of solar output. Such a word names debugging
 *   when the turn holds software to debug: code, a log, a running system's figures, or a word of software. Over figures
 *   of anything else (a player's, a machine's, a household's) it asks what the figures say;
 * - Russian перевод among money words: a transfer, not a translation.
 * @module
 */
import { countNumbers, readNumericDomain } from "./numeric-domain.js";
import { showsCode } from "./code-shape.js";
import type { ConversationReading } from "./read-conversation.js";

/** Figures a turn holds for a debugging word over them to be read as a question about them. */
const MIN_FIGURES = 3;
/** Words of software in the ten cue languages, beyond the running system's `numeric-domain.ts` reads. */
const SOFTWARE =
  /\b(?:apps?|api|server|code|script|bugs?|build|deploy\w*|database|query|website|browser|software|program|function|plugin|firmware|docker|cluster|error code)\b|aplicaci|servidor|c[oó]digo|programm|logiciel|applicazione|codice|aplicativo|приложени|сервер|(?<![а-яё])код|программ|应用|程序|代码|服务器|接口|数据库|网站|软件|脚本|アプリ|サーバ|コード|プログラム|ソフト|スクリプト|앱|서버|코드|프로그램|소프트웨어|스크립트/;

/** Whether the latest turn carries figures and nothing software-like to debug (see the module comment). */
export function nothingToDebug(reading: ConversationReading): boolean {
  const lower = reading.latestLower;
  if (reading.agent.coding || countNumbers(lower, MIN_FIGURES) < MIN_FIGURES || SOFTWARE.test(lower) || showsCode("user", reading.latest)) return false;
  const domain = readNumericDomain(lower);
  return !(domain.system || domain.log || domain.failure);
}

/**
 * Russian перевод is a translation and a money transfer: "комиссию 1,5% от суммы перевода", "банковский перевод",
 * "перевести деньги". Among such words the translation cue names no translation (twenty-fifth round).
 */
const MONEY_TRANSFER =
  /(?:сумм\S* |комисси\S* (?:за |от |с )?(?:сумм\S* )?|банковск\S* |денежн\S* |международн\S* |межбанковск\S* )перевод|перевод\S* (?:денег|средств|на карту|на сч[её]т|в банк|по номеру)|перев(?:ести|еду|еди|одить|ожу|едём|едем) (?:\S+ )?(?:деньги|средства|\d[\d\s.,]*(?:₽|\$|€|руб|евро|доллар|тыс))|отправля\S* [^.?!\n]{0,40}(?:долларов|евро|рубл)/g;

/**
 * Whether every Russian translation cue of the latest turn is a money transfer (see {@link MONEY_TRANSFER}): the cue
 * must sit inside the money words, so "Банковский перевод 1 500 евро… Переведи это на английский" still asks a
 * translation (review of the twenty-fifth round).
 */
export function isMoneyTransfer(reading: ConversationReading): boolean {
  const lower = reading.latestLower;
  const cueAts = reading.cues.filter((cue) => cue.strong && cue.task === "translation" && cue.lang === "ru").map((cue) => cue.at);
  const spans = [...lower.matchAll(MONEY_TRANSFER)].map((match) => [match.index, match.index + match[0].length] as const);
  return cueAts.length > 0 && cueAts.every((at) => spans.some(([start, end]) => at >= start && at < end));
}
