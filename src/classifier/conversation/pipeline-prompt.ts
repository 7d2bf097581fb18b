/**
 * The shape of a pipeline's system prompt, when no defining verb names its task: a list of labels to pick one of
 * ("Possible labels: ALLOW, SPAM, HATE", "Etichette possibili: …", "Reply with one label") is classification; a
 * JSON object with named fields to fill ("Return JSON with name, email, skills", "Devuelve un JSON con proveedor,
 * nif, …") is extraction; a localization or translation engine is translation. Read in the ten cue languages.
 * @module
 */

import { declaresLabelling } from "./pipeline-labels.js";
import { writingPipelineOf } from "./pipeline-writing.js";

/** Nouns for the set a classifier picks from, in the ten cue languages. */
const LABEL_NOUNS =
  "labels?|categor(?:y|ies)|classes|queues?|folders?|albums?|intents?|buckets?|etiquetas?|categor[ií]as?|carpetas?|kategorien?|ordner|étiquettes?|catégories?|dossiers?|r[óo]tulos?|categorias?|pastas?|etichett[ae]|categori[ae]|cartelle|метк[аиу]|метками|категори[яиюй]|папк[аиу]";
/** "Labels: a, b, c", "Possible labels: …", "Categorías: …", "Метки: …". */
// Every repeat is bounded, so a long line without a comma costs linear time (no backtracking blow-up).
const LABEL_LIST = new RegExp(`(?<![a-zà-ÿа-я])(?:${LABEL_NOUNS})(?![a-zà-ÿа-я])[^.\\n:]{0,25}:[^\\S\\n]*\\S{1,40}[^.\\n,]{0,160},`);
/** "Reply with one label", "answer with the folder name only", "output one of: …", "solo la categoría", "одной меткой". */
const ONE_LABEL = new RegExp(
  [
    `\\b(?:reply|respond|answer|output|return)\\b[^.\\n]{0,30}\\b(?:one|a single|exactly one|only the|the)\\b[^.\\n]{0,12}\\b(?:label|category|class|queue|folder|intent|tag)\\b`,
    `\\b(?:output|return|answer with|reply with|respond with) (?:exactly )?one of\\b`,
    `(?:solo|sólo|nur|seulement|uniquement|apenas|somente|solamente|soltanto|только)\\s+(?:(?:la|el|le|l'|o|a|il|lo|con|com|mit|den|die|das|avec)\\s*)*(?:${LABEL_NOUNS})`,
    `(?:одн(?:ой|у) (?:метк|категори))`,
    `(?:标签|类别|分类|ラベル|カテゴリ|分類|라벨|레이블|카테고리|분류)[^。\\n]{0,20}(?:之一|中的一个|のいずれか|いずれか|だけ|のみ|중 하나|만 )|(?:只(?:输出|返回|回答)|のいずれか)`,
  ].join("|"),
);
/**
 * A list after a colon whose items are set apart by a separator that is not a comma ("allow | review | remove",
 * "スパム／誹謗中傷／問題なし", "账单；技术支持；销售", "账单、登录、故障"): three or more short items, the way a label
 * set is written. Items are bounded and exclude the separator, so the match is linear.
 */
const SEPARATED_LIST = /[:：][^\S\n]*(?:[^|／、；;:：\n]{1,25}\|){2,12}[^|／、；;:：\n]{1,25}|[:：][^\S\n]*(?:[^|／、；;:：\n]{1,25}[／、；;]){2,12}[^|／、；;:：\n]{1,25}/;
/** …and asks for a pick among them: decide, classify, label, judge, output/return/answer with one ("判定", "分类", "只输出"). */
const PICK =
  /\b(?:decide|decision|classify|label|judge|pick|choose|assign|rate|flag|categori[sz]e|tag|output|return|answer|reply|respond|route|triage)\b|clasific|klassifizier|entscheide|classe|classifi|classific|классифиц|определи|判定|判断|分类|分到|归类|归入|分配|分類|选择|選ん|只输出|のいずれか|分け|분류|판정|골라|선택/;

/** A JSON object to return or fill ("Return JSON", "Devuelve un JSON", "以 JSON 输出", "JSON で返して"). */
const JSON_OUTPUT = /\bjson\b/;
/** Named fields: "fields", "keys", extraction verbs, or a list of three or more after the JSON ("with a, b, c"). */
const FIELDS =
  /\b(?:fields?|keys|properties|schema)\b|campos|champs|felder|campi|пол[яей]|字段|项目|フィールド|項目|필드|extract|pars(?:e|ing|er)\b|extra[ei]|extrais|extrahier|estra[ei]|извлек|提取|抽取|抽出|추출|json[^.\n]{0,20}(?:with|con|avec|mit|com|c|:|：)[^.\n,、]{0,120}[,、][^.\n,、]{0,120}[,、]/;
/** A localization or translation engine ("You are a localization agent", "translation engine"). */
const TRANSLATOR = /\b(?:locali[sz]ation|translation) (?:agent|engine|pipeline|assistant|bot|service)\b|\blocali[sz]e\b/;

/** Tasks a pipeline's system prompt can set by its shape. */
export type PipelineTask = "classification" | "extraction" | "translation" | "creative_writing" | "brainstorming" | "summarization";

/**
 * The task a pipeline's system prompt (lower-cased) sets by its shape, if it has one. The seventh round's shapes
 * (`pipeline-labels.ts`, `pipeline-writing.ts`) are read only in a conversation without tool use: a pipeline
 * transforms what it is sent, an agent with tools is asked things.
 */
export function pipelineTaskOf(system: string, toolUse = false): PipelineTask | undefined {
  if (system.length === 0) return undefined;
  if (LABEL_LIST.test(system) || ONE_LABEL.test(system) || (SEPARATED_LIST.test(system) && PICK.test(system))) return "classification";
  // "You are a localization agent … Preserve JSON keys": the JSON is what it translates, not fields to fill (seventeenth round).
  if (TRANSLATOR.test(system)) return "translation";
  const json = JSON_OUTPUT.test(system) && FIELDS.test(system);
  if (json) return "extraction";
  if (toolUse) return undefined;
  if (declaresLabelling(system)) return "classification";
  return writingPipelineOf(system);
}
