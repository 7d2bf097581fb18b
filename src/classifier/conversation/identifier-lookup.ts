/**
 * Numbers that are identifiers, asked what they name (thirty-first round): "股票代码 600519、000858、300750 分别是哪几家公司？",
 * "快递单号 SF1402837755190 和 YT7719024466021 分别是哪家快递公司的？", "postcodes 10115 and 80331 — which cities?". A
 * stock code, a tracking number, a postcode or a flight number is looked up, not computed nor weighed: a lookup, when the
 * turn names the kind of identifier and asks which company, place or carrier it belongs to, and holds no maths.
 * @module
 */
import { hasExplicitMath, readNumericDomain } from "./numeric-domain.js";
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** The kinds of identifier, in the ten cue languages. */
const IDENTIFIER = new RegExp(
  [
    "(?<![\\p{L}])(?:tickers?|stock (?:codes?|symbols?)|tracking (?:numbers?|codes?)|post ?codes?|zip ?codes?|flight numbers?|area codes?|dialling codes?|dialing codes?|isbns?|ibans?|swift codes?|iata codes?|airport codes?|sort codes?)(?![\\p{L}])",
    "(?<![\\p{L}])(?:c[óo]digos? postal(?:es)?|n[úu]meros? de (?:seguimiento|vuelo|rastreo)|c[óo]digos? de (?:seguimiento|rastreo|rastreamento)|ceps?|n[úu]mero do voo|postleitzahl(?:en)?|plz|sendungsnummer(?:n)?|flugnummer(?:n)?|vorwahl(?:en)?|codes? postaux?|num[ée]ros? de (?:suivi|vol)|codice postale|codici postali|numer[oi] di (?:tracking|spedizione|volo)|почтов\\p{L}* индекс\\p{L}*|трек-номер\\p{L}*|номер\\p{L}* рейс\\p{L}*|тикер\\p{L}*)(?![\\p{L}])",
    "股票代码|股票代碼|证券代码|證券代碼|基金代码|快递单号|快遞單號|运单号|運單號|邮政编码|郵遞區號|邮编|航班号|航班號|郵便番号|証券コード|銘柄コード|追跡番号|お問い合わせ番号|伝票番号|우편번호|종목 ?코드|송장 ?번호|운송장 ?번호|항공편 ?번호",
  ].join("|"),
  "u",
);
/** Which company, place or carrier: what an identifier is asked to name. */
const WHOSE = new RegExp(
  [
    "(?<![\\p{L}])(?:which|what) (?:company|companies|courier|couriers|carrier|carriers|city|cities|town|towns|country|countries|airline|airlines|bank|banks|firm|firms|state|states|place|places|region|area)(?![\\p{L}])|(?<![\\p{L}])(?:where (?:is|are)|whose|who owns|belongs? to)(?![\\p{L}])",
    "(?<![\\p{L}])(?:qu[ée]|cu[aá]l(?:es)?) (?:empresas?|compa[ñn][íi]as?|ciudad(?:es)?|aerol[íi]neas?|pa[íi]s(?:es)?|mensajer[íi]as?)|(?:qual|quais|que) (?:empresas?|cidades?|transportadoras?|companhias?)|(?:d[óo]nde|onde fica|de onde)(?![\\p{L}])",
    "(?<![\\p{L}])(?:welche[rsnm]? (?:firma|firmen|unternehmen|stadt|städte|ort|orte|fluggesellschaft|bank)|wo (?:ist|liegt|liegen))(?![\\p{L}])|(?<![\\p{L}])(?:quel(?:le)?s? (?:entreprises?|soci[ée]t[ée]s?|villes?|transporteurs?|compagnies?)|o[ùu] se trouve)(?![\\p{L}])",
    "(?<![\\p{L}])(?:quale|quali|che) (?:aziend[ae]|societ[àa]|citt[àa]|corriere|compagnia)|dove si trova(?![\\p{L}])|(?:как(?:ая|ой|ие|им) (?:компани\\p{L}*|город\\p{L}*|фирм\\p{L}*)|что за компани\\p{L}*|где находится)",
    "哪家|哪几家|哪幾家|哪个公司|哪個公司|什么公司|什麼公司|哪个城市|哪個城市|哪里|哪裡|どこ|どの会社|何県|어디|어느 회사|어느 지역|무슨 회사",
  ].join("|"),
  "u",
);
/** Readings the numbers of an identifier give: a sum, a weighing, a puzzle, code or a sorting. */
const IDENTIFIER_MISREADS = new Set(["math", "analysis", "deep_reasoning", "code_review", "code_generation", "classification", "extraction"]);
/** Code asked for about identifiers ("a function that validates postcodes"): code work, not a lookup. */
const CODE_ASK = /\b(?:write|function|script|regex|program|code (?:to|that))\b|函数|函數|脚本|程序|编写|正则|関数|スクリプト|正規表現|함수|스크립트|정규식/;
/** A turn this long at most is a question about the identifiers, not a document that holds some. */
const MAX_CHARS = 400;

export function identifierLookupGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!IDENTIFIER_MISREADS.has(task) || reading.agent.coding) return undefined;
  const text = reading.latestLower;
  if (text.length > MAX_CHARS || !/\d/.test(text) || hasExplicitMath(text) || CODE_ASK.test(text)) return undefined;
  // "每股1500元，涨了3%，赚了多少？": a sum asked over the identifier's figures stays a sum.
  const domain = readNumericDomain(text);
  if (domain.compute || domain.figure || domain.calculate) return undefined;
  const kind = IDENTIFIER.exec(text);
  if (kind === null || !WHOSE.test(text)) return undefined;
  return { task: "simple_qa", why: `'${kind[0]}' are identifiers, asked what they name` };
}
