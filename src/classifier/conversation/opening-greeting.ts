/**
 * A greeting that opens a turn ("Szia! Matekszakkörre készülök, és szeretnék egy … bizonyítást", "Bon dia, quina
 * diferència hi ha…?"): the model's chat reading may come from the greeting alone. Such a turn is read again without it
 * (`conversation-classifier.ts`); a reading of other work replaces the chat one (nineteenth round).
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";

/** A greeting that opens a turn, with its punctuation and a word of address, in the cue languages and more. */
export const OPENING_GREETING =
  /^(?:hi|hey|hello|hiya|good (?:morning|afternoon|evening)|hola|buen[oa]s(?: d[ií]as| tardes| noches)?|bon dia|bona tarda|bonjour|bonsoir|salut|coucou|hallo|moin|servus|guten (?:morgen|tag|abend)|ol[áa]|oi|bom dia|boa tarde|boa noite|ciao|salve|buongiorno|buonasera|hoi|hej|hei|moi|szia|sziasztok|helló|jó napot|ahoj|dobrý den|cześć|dzień dobry|bok|zdravo|merhaba|selam|salam|namaste|namaskar|halo|hai|xin chào|chào|habari|jambo|kumusta|sannu|sawubona|привет|здравствуйте|добрый день|доброе утро|вітаю|привіт|γεια σου|γεια σας|καλημέρα|שלום|مرحبا|السلام عليكم|سلام|नमस्ते|হ্যালো|สวัสดี(?:ครับ|ค่ะ)?|你好|您好|こんにちは|안녕하세요)(?: there| all| team| everyone| guys| folks)?[!,.~\s]*[\s,!.](?=\S)/u;
/** What must remain after the greeting for the turn to ask something of its own. */
const MIN_REST_CHARS = 40;

/** The latest turn without its opening greeting, for a chat reading of a turn that goes on to ask something; else undefined. */
export function withoutOpeningGreeting(reading: ConversationReading, task: string): { text: string; why: string } | undefined {
  if (task !== "chat" || reading.latestIndex < 0) return undefined;
  const lower = reading.latestLower;
  const greeting = OPENING_GREETING.exec(lower);
  if (greeting === null || lower.length - greeting[0].length < MIN_REST_CHARS) return undefined;
  const text = reading.latest.length === lower.length ? reading.latest : lower;
  return { text: text.slice(greeting[0].length).trim(), why: `the greeting '${greeting[0].trim()}' opens the turn; it was read without it` };
}
