/**
 * "List the action items / next steps / decisions / owners" over a transcript, notes or a thread is extraction: the
 * items are in the text, to be pulled out as they are (a summary would condense the whole text; "condense into
 * action items" keeps its verb). Read in the ten cue languages, only when there is a text to list from: pasted
 * earlier, pasted in the turn, or fetched by the agent's tools for it.
 * @module
 */
import type { GuardResult } from "./task-guards.js";
import type { ConversationReading } from "./read-conversation.js";

/** A verb that asks for a list, in the ten cue languages (not "give me" or "what are": "what are the next steps?" over a plan asks for advice). */
const LIST_VERB =
  /\b(?:list|enumerate|pull out|extract|write down|note down|gather|collect|who owns)\b|enumera|\blista\b|\blistar?\b|saca\b|nenne|liste\b|auflist|énumère|relève|elenca|перечисли|выпиши|列出|列一下|整理出|挙げて|リストアップ|書き出して|一覧|나열|뽑아|목록/;
/** What a meeting or a thread yields: action items, next steps, decisions, owners, deadlines, open questions. */
const MEETING_ITEMS =
  /\b(?:action items?|next steps?|to-?dos?|decisions?|owners?|deadlines?|open questions?|follow-?ups?|who owns|who does what|assignees?)\b|tareas pendientes|próximos pasos|decisiones|responsables|acuerdos|plazos|aufgaben|nächsten schritte|entscheidungen|verantwortlich|fristen|prochaines étapes|décisions|responsables|échéances|itens de ação|próximos passos|decisões|responsáveis|prazos|prossimi passi|decisioni|responsabili|scadenze|следующие шаги|решения|ответственн|сроки|договор[её]нност|待办|行动项|下一步|决定|决策|负责人|截止|アクションアイテム|次のステップ|決定事項|担当|宿題|期限|액션 아이템|다음 단계|결정 사항|담당자|할 일|마감/;
/** A text to list from: this many characters pasted before the turn, or in it. */
const MIN_SOURCE_CHARS = 200;
const MIN_TURN_WITH_TEXT_CHARS = 300;
/** Readings a listing of a text's items can be mistaken for. */
const LISTING_READINGS = new Set(["simple_qa", "analysis", "chat", "brainstorming", "deep_reasoning", "summarization", "classification"]);

/** Extraction for a request to list a text's action items, decisions or owners (see the module comment). */
export function listingGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!LISTING_READINGS.has(task) || reading.agent.coding) return undefined;
  const text = reading.latestLower;
  const hasSource = reading.contextTextChars >= MIN_SOURCE_CHARS || reading.agent.toolCallsAfterLatest > 0 || text.length >= MIN_TURN_WITH_TEXT_CHARS;
  if (!hasSource || reading.cues.some((cue) => cue.strong && cue.task !== "extraction")) return undefined;
  const verb = LIST_VERB.exec(text);
  if (verb === null) return undefined;
  const items = MEETING_ITEMS.exec(text.slice(verb.index));
  if (items === null) return undefined;
  return { task: "extraction", why: `'${verb[0]} … ${items[0]}' lists items of a given text` };
}
