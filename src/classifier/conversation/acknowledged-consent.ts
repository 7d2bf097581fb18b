/**
 * An acknowledgement before a whole-message consent (thirty-third round): "ok vai pure", "ok dale", "perfetto, vai pure",
 * "ok, ja gerne" consent as "vai pure" and "dale" do alone, but the consent forms are whole-message patterns, so the "ok"
 * hid them, and in a coding agent's conversation "ok …" in a few words then read as small talk. The acknowledgement is
 * taken off and the rest read as a bare yes or a consent; "ok gracias" and "ok, dale un nombre mejor a la variable" are
 * not consents (the rest must be the consent, whole).
 * @module
 */
import { BARE_YES, CONSENT } from "./follow-up-phrases.js";

/** Acknowledgement words before the consent, each with its comma or stop ("ok,", "perfetto.", "vale"). */
const ACKNOWLEDGEMENT =
  /^(?:ok|okay|k|great|cool|nice|perfect|alright|vale|bueno|genial|perfecto|gut|super|prima|passt|d'accord|parfait|bon|beleza|certo|ótimo|perfeito|perfetto|ottimo|bene|ладно|хорошо|отлично|ок)[,.!]?\s+/u;

/** Whether `head` is an acknowledgement followed by a consent and nothing else. */
export function acknowledgedConsent(head: string): boolean {
  const ack = ACKNOWLEDGEMENT.exec(head);
  if (ack === null) return false;
  const rest = head.slice(ack[0].length);
  return BARE_YES.test(rest) || CONSENT.test(rest);
}
