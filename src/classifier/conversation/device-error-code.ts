/**
 * A household device's error code asked what it means (thirty-second round): "エラーコード E-204 と E-311 がエアコンに表示されています。
 * どういう意味ですか？", "my boiler shows F28, what does that mean?", "la lavadora marca E21, ¿qué significa?". The code
 * is looked up in the maker's table, not debugged: "error" and the code's figures read as a program's failure. A lookup
 * when the turn names an appliance, an error code and asks its meaning, with no code, log or program named.
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** Appliances and home devices, in the ten cue languages. */
const DEVICE = new RegExp(
  [
    "(?<![\\p{L}])(?:boiler|furnace|air ?con(?:ditioner)?|a/c unit|heat pump|washing machine|washer|dryer|dishwasher|fridge|refrigerator|freezer|oven|microwave|water heater|thermostat)(?![\\p{L}])",
    "(?<![\\p{L}])(?:caldera|calentador|aire acondicionado|lavadora|secadora|lavavajillas|nevera|frigor[ií]fico|horno|termo|kessel|therme|heizung|klimaanlage|waschmaschine|trockner|sp[üu]lmaschine|geschirrsp[üu]ler|k[üu]hlschrank|backofen|chaudi[èe]re|climatiseur|clim|lave-linge|s[èe]che-linge|lave-vaisselle|frigo|four|pompe à chaleur|caldeira|aquecedor|ar-condicionado|ar condicionado|m[áa]quina de lavar|lava-lou[çc]as|geladeira|forno|caldaia|condizionatore|climatizzatore|lavatrice|asciugatrice|lavastoviglie|frigorifero|scaldabagno|котл\\p{L}*|кот[её]л|кондиционер\\p{L}*|стиральн\\p{L}* машин\\p{L}*|посудомо\\p{L}*|холодильник\\p{L}*|бойлер\\p{L}*|духовк\\p{L}*)(?![\\p{L}])",
    "エアコン|洗濯機|食洗機|乾燥機|給湯器|ボイラー|冷蔵庫|電子レンジ|空调|空調|洗衣机|洗衣機|洗碗机|热水器|熱水器|燃气灶|壁挂炉|冰箱|微波炉|烘干机|에어컨|세탁기|식기세척기|건조기|보일러|냉장고|전자레인지|온수기",
  ].join("|"),
  "u",
);
/** An error code shown: "E-204", "F28", "error code", "código de error", "エラーコード", "故障码". */
const ERROR_CODE = /(?<![\p{L}\d])[ef]-?\d{1,3}(?![\p{L}\d])|error codes?|fault codes?|c[óo]digos? de (?:error|erro)|fehlercodes?|codes? (?:d')?erreur|codice (?:di )?errore|код\p{L}* ошибк\p{L}*|エラーコード|エラー表示|故障码|故障代码|错误代码|错误码|에러 ?코드|오류 ?코드/iu;
/** Asks what it means, in the ten cue languages. */
const MEANING = /what does (?:it|that|this|each|they) mean|what do (?:they|these|those) mean|what(?:'s| is| are) (?:that|this|these|it)\b|what (?:it|they) means?|qu[ée] significa|qu[ée] quiere decir|was bedeutet|was hei[ßs]t|que (?:signifie|veut dire)|qu'est-ce que ça veut dire|o que significa|o que quer dizer|cosa (?:significa|vuol dire)|che significa|что (?:значит|означает|это значит)|什么意思|是什么意思|甚麼意思|意味は|どういう意味|何の意味|무슨 뜻|무슨 의미|뜻이 뭐/u;
/** A program, a log or code named: then it is debugging after all. */
const SOFTWARE = /```|\b(?:stack ?trace|traceback|exception|npm|pip|docker|kubectl|http|api|app|server|function|script|compile|firmware update)\b|例外|程序|代码里|コード内|프로그램/i;
/** Readings an appliance's error code is misread as. */
const MISREADS = new Set(["code_review", "code_generation", "analysis", "math", "deep_reasoning"]);
const MAX_CHARS = 300;

export function deviceErrorCodeGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!MISREADS.has(task) || reading.agent.coding) return undefined;
  const text = reading.latestLower;
  if (text.length > MAX_CHARS || !ERROR_CODE.test(text) || !MEANING.test(text) || SOFTWARE.test(text)) return undefined;
  const device = DEVICE.exec(text);
  if (device === null) return undefined;
  return { task: "simple_qa", why: `an error code of a ${device[0]}, asked what it means: looked up, not debugged` };
}
