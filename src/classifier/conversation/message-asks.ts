/**
 * A message asked to be written, in the ten cue languages (twenty-fourth round): a verb of writing or drafting, then,
 * within a few words of the same sentence, the kind of message (an email, a note, a post, a letter, an announcement, a
 * reply). Chinese puts the verb first too ("帮我给会计写一封简短的邮件"); Japanese and Korean put the message first
 * ("短いメールを書いてください", "짧은 이메일 좀 써 줘요"). Read by `figure-asks.ts` over turns that carry figures.
 * @module
 */

/** Words allowed between the verb and the message (no sentence end, no colon). */
const GAP = "[^.!?\\n:;。！？：]{0,45}?";
/** The same for Chinese, Japanese and Korean, counted in characters. */
const CJK_GAP = "[^。！？\\n：]{0,20}?";

const VERBS = [
  // en (an ask: a sentence opens with the verb, or a request leads to it; "you helped me draft those emails" reports),
  // es, pt, de, fr, it, ru (their imperatives ask by their form). After a sentence end, blanks but no line break:
  // the last line break before the verb starts the match, so a run of blank lines is not rescanned from each start.
  `(?:^|[.!?\\n:;][^\\S\\n]*|\\b(?:please|pls|can you|could you|would you|help me|now|then|and|just|also) )(?:${"write|draft|compose"})\\b`,
  "(?<![a-zà-ÿ])(?:escr[ií]be(?:me|le|nos)?|escriba|redact(?:a|e|ame|áme)|redáctame)(?![a-zà-ÿ])",
  "(?<![a-zà-ÿ])(?:escreve|escreva|redija|redige|rascunh(?:a|e))(?![a-zà-ÿ])",
  "(?<![a-zà-ÿ])(?:schreib(?:e|en sie)?|entwirf|entwerfen sie|verfass(?:e|en sie)?|formulier(?:e|en sie)?)(?![a-zà-ÿ])",
  "(?<![a-zà-ÿ])(?:[ée]cris(?:-moi|-nous)?|[ée]crivez(?:-moi|-nous)?|r[ée]dige(?:-moi|z)?)(?![a-zà-ÿ])",
  "(?<![a-zà-ÿ])(?:scriv(?:i|imi|ici|a|ete)|redigi|prepara (?:la |una )?bozza)(?![a-zà-ÿ])",
  "(?<![а-яё])(?:напиш(?:и|ите|ешь|ете)|набросай(?:те)?|набросаешь|состав(?:ь|ьте)|(?:можешь|можете) написать)(?![а-яё])",
].join("|");

const MESSAGES = [
  "\\b(?:e-?mails?|mails?|notes?|messages?|posts?|letter|announcements?|repl(?:y|ies)|memos?|notices?|newsletters?|tweets?)\\b",
  "(?<![a-zà-ÿ])(?:correos?|nota|mensajes?|carta|aviso|comunicado|publicaci[oó]n|e-?mail|mensage(?:m|ns)|cartas?|nachricht|notiz|brief|ankündigung|mitteilung|rundmail|anschreiben|courriel|lettre|annonce|messaggio|lettera|avviso|comunicazione)(?![a-zà-ÿ])",
  "(?<![а-яё])(?:письм|сообщени|заметк|пост|объявлени|записк|обращени)",
].join("|");

/** Chinese: a verb of writing, then the message. */
const CHINESE = `(?:写|起草|拟)${CJK_GAP}(?:邮件|郵件|信|通知|说明|帖子|消息|公告|回复|短信|文案)`;
/** Japanese: the message, then a verb of writing or drafting. */
const JAPANESE = `(?:メール|投稿|お知らせ|手紙|メッセージ|返信|文面|案内文)${CJK_GAP}(?:書いて|書け|下書き|作って|作成して)`;
/** Korean: the message, then a verb of writing. */
const KOREAN = `(?:이메일|메일|공지|메시지|편지|답장|안내문)${CJK_GAP}(?:써|작성)`;

/**
 * Help asked with the message ("Hilf mir bei einer Mail an…", "ayúdame con un correo", "помоги с письмом"): the message
 * follows at once, after an article and at most one word; "help me with the maths in this email" asks for the maths.
 */
const HELP_WITH =
  "(?:\\bhelp me with|(?<![a-zà-ÿ])(?:hilf mir bei|helfen sie mir bei|ay[úu]dame con|aide-moi (?:avec|pour)|aiutami con|me ajuda com|ajude-me com)|(?<![а-яё])помоги(?:те)? с)(?: (?:a|an|my|this|the|un|una|uno|um|uma|une|einer|einem|der|dem|meiner|ma|mon|mia|mio|la|le|el))?(?: [^ .!?\\n:;,]{1,20})? ";

export const MESSAGE_ASKS = new RegExp(`(?:${VERBS})${GAP}(?:${MESSAGES})|${HELP_WITH}(?:${MESSAGES})|${CHINESE}|${JAPANESE}|${KOREAN}`);

/**
 * The literal starts of {@link MESSAGE_ASKS}' verbs (and of Japanese and Korean messages): a cheap look that most turns
 * fail, before the full pattern with its look-behinds runs.
 */
export const MESSAGE_ASK_HINT =
  /write|draft|compose|help me|escr|redact|redáct|rascunh|redij|redig|schreib|entw|verfass|formulier|hilf|helfen|écri|ecri|rédig|scriv|bozza|ayud|aide-moi|aiutami|ajud|напиш|наброс|состав|помоги|写|起草|拟|メール|投稿|お知らせ|手紙|メッセージ|返信|文面|案内文|이메일|메일|공지|메시지|편지|답장|안내문/;
