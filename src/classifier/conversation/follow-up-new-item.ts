/**
 * The same ask of a new item the turn brings (round 37n): a conjunction alone before a quoted item ("and 'the room is
 * booked until 5'?" after a phrase translated, "ok and 'I disagree, …'" after a message labelled, "y «…»?", "und „…“?",
 * "et « … » ?", "а «…»?", "那「…」呢？"), or a bare "and X?" with a short clause that presents the new material after it
 * ("and the people? there's a second paragraph: '…'"). The follow-up head stops at the quote or the colon, so these
 * were read as new requests. And the same filter moved to other items ("and the ones under 5?" after "which are out of
 * stock?", "y los de menos de 5?", "und die unter 5?", "et ceux sous 5 ?", "e quelli sotto 5?", "e os abaixo de 5?", "а те,
 * что меньше 5?"), which runs past the three words of a bare "and X?". The task stays the anchor's.
 * @module
 */
import { bareAndItem } from "./follow-up-shapes.js";

/** A conjunction (after at most a word of assent), the whole head before the quoted item. */
const CONJUNCTION_ONLY =
  /^(?:(?:ok(?:ay)?|now|so|alright|great|thanks|vale|bueno|gut|super|bon|d'accord|ótimo|certo|ладно|хорошо)[,!.]?\s+)?(?:and|or|and now|and then|what about|how about|y|o|und|oder|et|ou|e|и|а|那|那么|还有|じゃあ|では|それと|그럼|그리고)$/u;
/** Marks that open a quoted item. */
const QUOTE_OPEN = /^["“„«「『‘']/u;
/** Words the clause that presents the new material may have ("there's a second paragraph", "here it is"). */
const MAX_PRESENTING_WORDS = 8;

/** "and the ones under 5?": a conjunction, the items pointed back at, and the new condition, in seven cue languages. */
const AND_THE_ONES = new RegExp(
  [
    "^(?:and|what about|how about|ok and) (?:the ones|those|the ones that are|the items|the rows|the others) (?:under|over|above|below|with|without|that|where|in|from|at|less than|more than|older than|newer than)\\s\\S{1,20}(?:\\s\\S{1,20}){0,3}\\s*[?？]$",
    "^[¿]?(?:y|e) (?:los|las|os|as|quelli|quelle) (?:de|con|sin|que|com|sem|sotto|sopra|con|senza|che|abaixo|acima|bajo|debajo|menos|mais|m[áa]s)\\s\\S{1,20}(?:\\s\\S{1,20}){0,3}\\s*[?？]$",
    "^und die (?:unter|über|mit|ohne|bei|von|ab)\\s\\S{1,20}(?:\\s\\S{1,20}){0,3}\\s*[?？]$",
    "^et (?:ceux|celles) (?:sous|sur|au-dessus|en dessous|avec|sans|de|qui|[àa])\\s\\S{1,20}(?:\\s\\S{1,20}){0,3}\\s*[?？]$",
    "^(?:а|и) (?:те|тех),? (?:что|где|у которых|с|без|меньше|больше|ниже|выше)\\s\\S{1,20}(?:\\s\\S{1,20}){0,3}\\s*[?？]$",
  ].join("|"),
  "u",
);

/** The conjunction (or the bare "and X?") that asks the same of a new item the turn brings, if the turn is one. */
export function newItemAfterAnd(head: string, lower: string): string | undefined {
  if (AND_THE_ONES.test(head)) return head;
  const rest = lower.trimStart().slice(head.length).trimStart();
  if (rest === "") return undefined;
  if (CONJUNCTION_ONLY.test(head) && QUOTE_OPEN.test(rest)) return head;
  const question = head.search(/[?？]/u);
  if (question < 0) return undefined;
  const item = bareAndItem(head.slice(0, question + 1));
  const presenting = head.slice(question + 1).trim();
  return item !== undefined && presenting !== "" && presenting.split(/\s+/u).length <= MAX_PRESENTING_WORDS ? item : undefined;
}
