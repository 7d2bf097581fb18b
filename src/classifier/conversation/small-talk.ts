/**
 * Small talk's words: thanks, greetings and acknowledgements in a few words, as the task guards and agent guards read
 * them.
 * @module
 */

/** Small talk even in an agent's conversation: thanks or an acknowledgement in a few words. */
export const SMALL_TALK =
  /^(hi|hello|hey|thanks|thank you|thx|ok|okay|great|cool|nice|perfect|awesome|danke|gracias|merci|grazie|obrigad\w|спасибо|谢谢|ありがとう|고마워)\b[^\n]{0,30}$|^(super|genial|parfait|perfetto|perfeito|отлично|完美|太好了|完璧|좋아요|감사합니다|고맙습니다)[^\n]{0,30}$/;

/**
 * Whether a chat cue may be a greeting or thanks, which open requests of every kind: a single word ("tack", "merci",
 * "hai") or a greeting or thanks phrase ("buenas tardes", "תודה רבה"). Other chat phrases ("erinnern Sie sich", "volevo
 * solo dirle", "keine Tipps") talk to the assistant and name chat (thirteenth round).
 */
export function isGreetingOrThanks(word: string): boolean {
  return !word.includes(" ") || SMALL_TALK.test(word) || GREETING_WORD.test(word);
}
/** Greetings and thanks of the cue languages, as cue words. */
export const GREETING_WORD =
  /^(?:hi|hey|hello|hola|buen[oa]s|buenos d[ií]as|gracias|hallo|servus|moin|guten (?:morgen|tag|abend)|danke|salut|bonjour|bonsoir|coucou|merci|ol[áa]|oi|bom dia|boa (?:tarde|noite)|obrigad[oa]|ciao|salve|buongiorno|buonasera|grazie|привет|здравствуй|добр(?:ый|ое) |спасибо|你好|您好|谢谢|こんにちは|おはよう|ありがとう|안녕|감사|고마워|thank you|many thanks|muchas gracias|vielen dank|merci beaucoup|muito obrigad|grazie mille|dzień dobry|dziękuję|god (?:morgon|dag|kväll|morgen|aften)|tack så|goede(?:morgen|middag|navond)|hartelijk dank|xin chào|cảm ơn|selamat (?:pagi|siang|sore|malam)|terima kasih|dobr(?:ý|é|y|e) (?:den|ráno|večer)|bun[ăa] (?:ziua|diminea|seara)|καλημέρα|καλησπέρα|доброго|добрий|добър ден|iyi (?:günler|akşamlar)|çok teşekkür|teşekkür ederim|hyvää (?:päivää|huomenta|iltaa)|jó (?:napot|reggelt|estét)|bon dia|bona tarda|dobar dan|laba diena|labas rytas|labdien|tere hommikust|assalamu|السلام عليكم|صباح الخير|مساء الخير|शुभ प्रभात|नमस्ते|בוקר טוב|ערב טוב|סלאם|سلام عليكم|habari za|magandang (?:umaga|hapon|gabi)|maraming salamat|תודה רבה|شكرا جزيلا|خیلی (?:ممنون|مرسی)|बहुत धन्यवाद|bahut (?:shukriya|dhanyavaad)|çok (?:teşekkürler|sağ ol)|ευχαριστώ πολύ|большое спасибо|спасибо большое|дуже дякую|щиро дякую|moc děkuj|díky moc|bardzo dziękuję|dzięki wielkie|mange tak|tusen takk|kiitos paljon|köszönöm szépen|mulțumesc mult|makasih banyak|mil gracias|danke (?:schön|sehr)|非常感谢|多谢|本当にありがとう|정말 (?:감사|고마))/;

/** Whether a lower-cased, trimmed turn is thanks, a greeting or an acknowledgement in a few words. */
export function isSmallTalk(text: string): boolean {
  return SMALL_TALK.test(text);
}
