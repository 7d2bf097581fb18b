/**
 * A turn that thanks or assents, says it moves on, and then asks new work of its own (round 51): "thanks! now this one:
 * write me a haiku about …", "great. next one: write a python function …", "grazie, ora questa: scrivi una funzione …",
 * "谢谢！现在帮我写一封邮件 …", "valeu! agora me explica …". The head ("this one", "next one", "questa") made the turn a
 * follow-up that inherited the anchor's summary or translation, and where no follow-up was found the earlier turns pulled
 * the learned reading to the anchor's work. A person reads the ask after the head: it opens with a verb that asks a new
 * piece, and brings its own object. Read in the ten cue languages by shape: an optional word of thanks or assent, a word
 * that moves on (now, next, jetzt, ahora, maintenant, ora, agora, теперь, 现在, 次は, 이제…), an optional pointer ("this
 * one", "questa"), then an ask opener (write, explain, give me, schreib, escribe, écris, scrivi, escreve, напиши, 帮我…;
 * in Japanese and Korean the ask's ending, "…して", "…해줘"). An opener that points back ("now translate it", "ora
 * riscrivilo", "tests for it") is an edit of the work before and is left to the follow-up readings, as is an ask that
 * names a language ("now give me the French version"); so is material after the head ("next one: 'the room is booked
 * until 5'"), which opens with no ask.
 * @module
 */
import { LANGUAGE_ALONE } from "./follow-up-languages.js";

/** A word of thanks or assent before the move ("thanks!", "great.", "谢谢！"), at most two of them. */
const ASSENT =
  "(?:thanks?(?: you)?|thx|ty|great|perfect|nice|cool|ok(?:ay)?|awesome|good|danke(?: dir| schön)?|super|perfekt|prima|gut|gracias|genial|vale|perfecto|bien|merci|parfait|g[ée]nial|bon|grazie|perfetto|ottimo|bene|obrigad[oa]|valeu|[óo]timo|perfeito|beleza|спасибо|отлично|супер|хорошо|ок|谢谢|好的|太好了|好|ありがとう|いいね|了解|고마워|감사합니다|좋아|좋네)";
/** The word that moves on to the next ask. */
const MOVE =
  "(?:(?:and )?now|next(?: one)?|(?:und )?(?:jetzt|nun)|(?:y )?ahora|(?:et )?maintenant|(?:e )?(?:ora|adesso)|(?:e )?agora|(?:а )?теперь|现在|接下来|次は|今度は|이제|다음은?)";
/** An optional pointer at the next item ("this one", "questa", "este"). */
const POINTER = "(?:(?:this|that) one|this|questa|questo|este|esta|esto|celui-ci|celle-ci|das hier|diese[sn]?|этот|эта|это|这个|これ|이거)";
/** Verbs (or openers) that ask a new piece, in the ten cue languages; "me" / "mir" / "moi" clitics included. */
const OPENER =
  "(?:write|draft|compose|create|make me|give me|generate|explain|tell me|list|suggest|brainstorm|come up with|help me|can you|could you|" +
  "schreib\\p{L}*|erkl[äa]r\\p{L}*|gib mir|erstell\\p{L}*|nenn\\p{L}*|hilf mir|kannst du|" +
  "escrib\\p{L}*|expl[ií]ca\\p{L}*|dame|hazme|crea|redacta|ay[uú]dame|puedes|" +
  "[ée]cri[st]\\p{L}*|explique\\p{L}*|donne-moi|fais-moi|cr[ée]e|r[ée]dige\\p{L}*|aide-moi|peux-tu|" +
  "scriv\\p{L}*|spiega\\p{L}*|dammi|fammi|redigi|aiutami|puoi|" +
  "escrev\\p{L}*|(?:me )?explica|(?:me )?d[aá]|cria|redija|(?:me )?ajuda|pode|" +
  "напиши|объясни|дай|придумай|составь|помоги|можешь|" +
  "帮我|请|写|给我|解释)";
/**
 * An ask that points back at the work before ("now translate it", "list the phrases that mention it", "tests for it", "the
 * French version of all three") or asks more of it ("now give me 10 more"): an edit or more of the same, left to the follow-up readings. Articles that are also
 * pronouns (la, le, das, es) are not read.
 */
const POINTS_BACK =
  /(?<![\p{L}])(?:it|them|these|those|above|all (?:three|four|five|of them)|both|ça|isso|isto|это|его|их|них|more|another|again|same|mehr|noch|weitere|m[áa]s|otr[oa]s?|plus|encore|autres?|altr[ie]|ancora|mais|outr[oa]s?|ещ[её]|друг\p{L}*)(?![\p{L}])|它|上面|それ|그거|更多|再|もっと|他の|더/u;
/**
 * An ask of the reader's own thing ("next one: Write your name on the form …", "now explain your reasoning", "ora scrivi il
 * tuo nome", "现在写你的名字"): the next item of a series written to its reader (material for the anchor's work), or the
 * answer before pointed at (review 51). Left to the follow-up readings like an ask that points back. Possessives only:
 * "tu" is read in Spanish where it is the possessive (the pronoun is "tú").
 */
const YOUR =
  /(?<![\p{L}])(?:your|yours|tu|tus|tuo|tua|tuoi|tue|vostr[oaie]|votre|vos|ton|ta|tes|teu|tua|teus|tuas|seu|sua|seus|suas|dein\p{L}*|ваш\p{L}*|тво[йеёия]\p{L}*)(?![\p{L}])|你的|您的|あなたの|당신의/u;
/** The head goes on to a colon, after a particle ("次はこれをお願いします：…"): what follows is the material. */
const HEAD_GOES_ON = /^[をはもがの]|[:：]/u;
const HEAD = new RegExp(`^(?:${ASSENT}[\\s!.,:;。！，、]*){0,2}${MOVE}(?:[\\s,:：，、]+${POINTER})?[\\s!.,:：;，、！]*`, "u");
const OPENS_ASK = new RegExp(`^${OPENER}(?![\\p{L}])|^(?:帮我|请|写|给我)`, "u");
/** Japanese and Korean ask at the end of the sentence: "…を書いて", "…써줘". */
const ASK_ENDING = /(?:して|いて|って|んで|書いて|教えて)(?:ください|くれる?|ほしい)?[。!！]?$|(?:줘|주세요|해줘)[.!！]?$/u;
/** Characters of the ask read: its first line, so a huge pasted turn costs no more than a short one. */
const MAX_ASK_CHARS = 300;

/** The ask after a head that moves on, when the turn opens with one and then asks new work of its own; else undefined. */
export function movesOnToOwnAsk(lower: string): string | undefined {
  const text = lower.slice(0, MAX_ASK_CHARS + 80).trimStart();
  const head = HEAD.exec(text);
  if (head === null || head[0].trim() === "") return undefined;
  const rest = text.slice(head[0].length);
  const newline = rest.indexOf("\n");
  const ask = (newline < 0 ? rest : rest.slice(0, newline)).slice(0, MAX_ASK_CHARS).trim();
  if (ask === "" || POINTS_BACK.test(ask) || YOUR.test(ask) || HEAD_GOES_ON.test(ask) || LANGUAGE_ALONE.test(ask)) return undefined;
  return OPENS_ASK.test(ask) || ASK_ENDING.test(ask) ? ask : undefined;
}
