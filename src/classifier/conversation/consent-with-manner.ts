/**
 * A yes that also says how the offered work should sound (round 53): "sim, por favor, curto e educado", "sim, pode
 * escrever, bem simpático", "yes please, short and friendly", "sí, breve y formal", "ja, kurz und höflich", "oui, court
 * et poli", "sì, breve e cordiale", "да, коротко и вежливо", "好的，简短礼貌一点", "はい、短く丁寧に", "네, 짧고 정중하게".
 * The yes consents to the assistant's offer as a bare yes does; the words after it only shape the piece (its length and
 * tone, an intensifier, the offered verb echoed: "pode escrever", "write it"). Any other word makes it a turn of its own
 * ("yes, and add the tracking number", "sí, pero en inglés"), which the other follow-up forms read.
 * Read only when the assistant's turn before ends with an offer ("Quer que eu escreva um e-mail…?"): without one, "ok,
 * nice" or "sim, bem simpático" praise an answer. Words are matched from sets, never by a pattern over the rest, so the
 * check stays linear.
 * @module
 */
import type { ChatMessage } from "../../core/types.js";
import type { FollowUp } from "./follow-up.js";
import { assistantBefore, offerClause } from "./offer.js";

/** The yes that opens the turn, with its comma or stop, in the ten cue languages. */
const YES = /^(?:yes|yep|yeah|sure|ok|okay|sí|si|sì|ja|oui|sim|да|ага|好的|好|可以|行|嗯|はい|ええ|네|예|응)(?:[,.!，、。！]\s*|\s+)/u;

/**
 * The words that may follow the yes (lower-case): please, the offered verb echoed, intensifiers and joining words, in
 * English, Spanish, Portuguese, German, French, Italian and Russian.
 */
const FILLER_WORDS: ReadonlySet<string> = new Set(
  [
    // please, go ahead, the offered verb echoed
    "please pls go ahead do it write draft send por favor porfa pode podes puedes escreve escrever escreva escribe escríbelo escribelo redacta bitte gerne schreib schreibe s'il te plaît vous plaît plait plaît écris écrivez vas-y per favore pure scrivi scrivilo пожалуйста давай напиши пиши",
    // joining words and intensifiers
    "and but not too very really a bit little quite e y und et и но mas pero aber mais ma bem muy muito sehr très molto очень немного bisschen etwas un poco um pouco un peu po' pouco poco peu",
    // praise of the answer or "of course", "just" (round 53's review): "ok, nice", "yes, very clear", "sí, claro", "да,
    // просто" after an offer react to the answer; beside a length or tone word they join it ("yes nice, short")
    "nice clear kind claro clara просто",
  ]
    .join(" ")
    .split(" "),
);
/** Length and tone words: one at least must follow the yes, so "ok go" or "sí, por favor" stay the forms they were. */
const MANNER_WORDS: ReadonlySet<string> = new Set(
  [
    // length
    "short brief concise quick curto curta breve corto corta kurz knapp court courte bref brève concis коротко кратко коротким",
    // tone
    "polite friendly formal informal casual warm professional simple gentle calm educado educada amable amigável simpático simpática cordial profissional profesional simples sencillo sencilla höflich freundlich förmlich locker nett sachlich poli polie aimable chaleureux chaleureuse professionnel cortese gentile cordiale amichevole professionale semplice вежливо дружелюбно официально формально тепло",
  ]
    .join(" ")
    .split(" "),
);
/** The same for Chinese, Japanese and Korean, which write no spaces: the length and tone pieces, then the fillers. */
const CJK_MANNER = /简短|简洁|简单|礼貌|客气|正式|友好|亲切|热情|轻松|专业|短く|簡潔に|簡単に|丁寧に|丁寧な|やさしく|優しく|フォーマルに|カジュアルに|짧고|짧게|간단히|간결하게|정중하게|친절하게|공손하게|부드럽게|격식 있게/g;
const CJK_FILLER = /请|麻烦|写吧|写|吧|一点|一些|点儿|点|地|的|和|又|で|お願いします|お願い|書いて|ください|해 ?줘|해 ?주세요|써 ?줘|써 ?주세요|부탁해/g;
/** Punctuation and spacing between the manner words. */
const SEPARATORS = /[\s,.;!?，、。！？；]+/gu;
/** A consent with manner words runs to this many characters at most: longer, it is a brief of its own. */
const MAX_CHARS = 80;

/** Whether `head` is a yes followed only by please, the offered verb and how the piece should sound (module comment). */
export function consentWithManner(head: string): boolean {
  if (head.length > MAX_CHARS) return false;
  const yes = YES.exec(head);
  if (yes === null) return false;
  const rest = head.slice(yes[0].length);
  const words = rest.split(SEPARATORS).filter((word) => word !== "");
  if (words.length === 0) return false;
  let manner = false;
  for (const word of words) {
    if (MANNER_WORDS.has(word)) manner = true;
    else if (FILLER_WORDS.has(word)) continue;
    else {
      const rest = word.replace(CJK_MANNER, "");
      if (rest.length < word.length) manner = true;
      if (rest.replace(CJK_FILLER, "") !== "") return false;
    }
  }
  return manner;
}

/** The consent a turn gives to the offer the assistant's turn before it ends with, when it is a yes with manner words. */
export function consentToOffer(messages: readonly ChatMessage[], latestIndex: number, latestLower: string): FollowUp | undefined {
  const head = latestLower.trim();
  if (!consentWithManner(head)) return undefined;
  const assistant = assistantBefore(messages, latestIndex);
  return assistant !== undefined && offerClause(assistant) !== undefined ? { kind: "act", phrase: head } : undefined;
}
