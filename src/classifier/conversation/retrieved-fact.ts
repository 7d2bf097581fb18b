/**
 * A fact asked of a retrieval agent is a question, not an extraction (round 40): "who owns Ørsted" to a knowledge
 * assistant whose wiki lookup returned the company's page, "when was it founded?", "wer ist der CEO?", "¿dónde tiene su
 * sede?". The model reads an answer found in a retrieved text as pulling it out of the text; the user asked one fact,
 * which the team reads as `simple_qa`. Only a short turn that opens with a question word of fact (in the ten cue
 * languages), with no items, fields or format asked ("which ones are late?", "who's on the hook for what", "give me account,
 * email, amount": the team's rows read those as extraction), outside a coding agent's run.
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** A question word of one fact opening the turn: who, when, where, which, what is/was, how many/old… */
const FACT_QUESTION = new RegExp(
  [
    /^(?:and |so )?(?:who(?:'s| is| was| owns| owned| founded| runs| leads| wrote| made)?|when (?:is|was|did|does)|where (?:is|was|are|were|does|did)|which (?:\w{1,20} )?(?:is|was)|what(?:'s| is| was| are| were) (?:the )?(?:name|capital|population|address|date|ceo|owner|price|height)|how (?:many|much|old|tall|long|far|big)) /.source,
    /^(?:und )?(?:wer|wem|wessen|wann|wo|welche[rs]) |^(?:y )?(?:qui[eé]n|cu[aá]ndo|d[oó]nde|cu[aá]l) |^(?:et )?(?:qui|[àa] qui|quand|o[uù]|quel(?:le)?) |^(?:e )?(?:chi|a chi|quando|dove|quale) |^(?:e )?(?:quem|de quem|quando|onde|qual) /.source,
    /^(?:а )?(?:кто|кому|когда|где|какой|какая|сколько) |^(?:那)?(?:谁|什么时候|哪里|哪个|哪家|多少)|^(?:誰|いつ|どこ|どの)|^(?:누가|누구|언제|어디|어느|몇)/.source,
  ].join("|"),
  "u",
);
/** Items, fields or a format asked: an extraction, left alone. */
const EXTRACTION_ASK =
  /\b(?:list|extract|pull|all|every|each|ones|table|json|csv|fields?|columns?|rows?|bullet\w*|give me|for what)\b|alle|jede|tabelle|todos|todas|cada|tabla|tous|toutes|chaque|tutti|tutte|ogni|tabella|tabela|все|каждый|таблиц|所有|每个|表格|全て|すべて|一覧|表に|모든|각각|표로/;
/** Characters such a turn runs to. */
const MAX_CHARS = 100;

/** Simple QA for a short question of one fact asked of a retrieval agent, read as extraction (module comment). */
export function retrievedFactGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (task !== "extraction" || reading.agent.toolMessages === 0 || reading.agent.coding) return undefined;
  const text = reading.latestLower.trim().replace(/^[¿¡]/u, "");
  if (text.length > MAX_CHARS || EXTRACTION_ASK.test(text)) return undefined;
  const asked = FACT_QUESTION.exec(text);
  if (asked === null) return undefined;
  return { task: "simple_qa", why: `'${asked[0].trim()}' asks one fact the agent's lookup found, not items pulled out of it` };
}
