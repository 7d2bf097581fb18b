/**
 * A file asked written from what an agent's tools brought back (round 57): "mach daraus ein Balkendiagramm und speicher es
 * als q3.png", "이 결과를 CSV로 저장해 줘, dormant.csv로", "export that to top_customers.xlsx", "guárdalo en ventas.csv",
 * "enregistre le graphique sous ventes.png", "salvalo in report.json", "сохрани это в result.csv", "把结果导出成 result.csv",
 * "グラフにして chart.png に保存して". The agent writes the file with its tools: code work (`code_generation`), as round 56's
 * "now plot it as a line chart with matplotlib and save it as signups.png" is labelled, whatever the figures read as. A file
 * named with a data or image extension and a save, export or plot verb in the ten cue languages; a question about the file
 * ("where did you save q3.png?", "why is result.csv empty?"), an explanation, or a translation or a piece of writing to save
 * is left to the other readings.
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** A file name with a data or image extension. */
const FILE_NAMED = /(?<![\p{L}\d_-])[\p{L}\d_-]{1,60}\.(?:png|jpe?g|svg|csv|tsv|xlsx?|json|parquet|html)(?![A-Za-z\d])/u;
/** A save, export or plot verb in the ten cue languages. */
const SAVE_VERB =
  /(?<![\p{L}])(?:save|export|write (?:it|them|that|this|the \p{L}+) (?:to|as|into)|plot (?:it|them|that|this|the)|dump|speicher\p{L}*|exportier\p{L}*|schreib\p{L}* (?:es|sie|das) (?:in|als)|gu[aá]rd(?:a|e|alo|ala|alos|alas|amelo|ar|arlo|arla)|exporta\p{L}*|enregistre\p{L}*|sauvegarde\p{L}*|exporte\p{L}*|salva(?:lo|la|li|le|re|mi)?|esporta\p{L}*|salve (?:em|como|isso|o|a|os|as|num|numa)|сохрани\p{L}*|экспортир\p{L}*|выгрузи\p{L}*)(?![\p{L}])|保存(?!期|した|済|しな)|导出|存成|存为|エクスポート|書き出して|저장(?!소|했)|내보내/u;
/**
 * A question about the file or an explanation: no file to write. Nor a save declined, done already or put off (review
 * 57): "don't export anything to customers.csv, just tell me the top 3", "I saved it as q3.png already, no need to save it
 * again", "pas besoin d'exporter ventes.csv", "сохранить в result.csv не нужно", "write it to a file later".
 */
const NOT_WRITTEN =
  /[?？]$|(?<![\p{L}])(?:don'?t|do not|no need|already|later|need(?:n'?t| not)|pas besoin|d[ée]j[àa]|plus tard|nicht|sp[äa]ter|no hace falta|no (?:lo |la )?(?:guardes|exportes)|ya|despu[ée]s|non (?:serve|salvar\p{L}*|esportar\p{L}*)|gi[àa]|dopo|n[ãa]o (?:precisa|salve|exporte)|j[áa]|depois|не (?:надо|нужно|сохраняй)|уже|позже|потом)(?![\p{L}])|不用|不要|已经|以后|しないで|しなくて|いらない|後で|하지 마|안 해도|필요 ?없|이미|나중에|(?<![\p{L}])(?:why|where|how|explain|warum|wo|wie|erkl[äa]r\p{L}*|por ?qu[eé]|d[óo]nde|c[óo]mo|explica\p{L}*|pourquoi|o[uù]|comment|expliqu\p{L}*|perch[ée]|dove|come|spiega\p{L}*|onde|como|почему|где|как|объясни\p{L}*)(?![\p{L}])|为什么|在哪|怎么|解释|なぜ|どこ|説明|왜|어디|설명/u;
/**
 * Text work whose result is then saved ("agora traduz tudo isso … me mostra antes de salvar em locales/pt-BR/cart.json"):
 * the translation or the writing is the work, the file only where it goes.
 */
const TEXT_WORK: ReadonlySet<string> = new Set(["translation", "summarization", "creative_writing"]);
/** Characters such a turn runs to. */
const MAX_CHARS = 200;

/** `code_generation` when the latest turn asks the agent to write a named file from its tools' results (module comment). */
export function fileOutputGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (task === "code_generation" || TEXT_WORK.has(task) || reading.agent.toolMessages === 0) return undefined;
  const text = reading.latestLower.trim();
  if (text.length > MAX_CHARS || !FILE_NAMED.test(text) || !SAVE_VERB.test(text) || NOT_WRITTEN.test(text)) return undefined;
  return { task: "code_generation", why: "asks the agent to write a named file from what its tools brought back" };
}
