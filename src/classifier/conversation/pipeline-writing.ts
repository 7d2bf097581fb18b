/**
 * A pipeline whose system prompt declares a writing or an ideas job (seventh round), or names its job by a role noun
 * the cue lists do not hold ("resumidor de actas"), read in the ten cue languages:
 * - "You write App Store release notes from our changelog", "Você escreve descrições de produtos", "Du schreibst
 *   Produkttexte", "你负责撰写商品文案": a verb of writing before a genre of copy → creative_writing;
 * - "Tu proposes des idées de titres", "You suggest names for…", "アイデアを出す": ideas → brainstorming;
 * - "Eres un resumidor de actas", "riassuntore", "要約エンジン": a summarizer → summarization.
 * The user's turn then carries only the input (a spec sheet, a changelog, a theme). Read only for a conversation
 * without tool calls, since an agent with tools has turns that say what they want.
 * @module
 */

/** A verb of writing, per language (bounded distance to the genre below). */
const WRITE_VERB =
  "\\b(?:write|writes|writing|draft|drafts|compose|composes|generate|generates|create|creates|produce|produces|turn|craft|crafts|prepare|prepares)\\b|escrib|redact|gener(?!al|ic)|cre[ao]|elabor|schreib|verfass|erstell|generier|formulier|entw[iu]rf|[ée]cri|r[ée]dig|g[ée]n[èée]r(?!al|iq)|compos|escrev|redig|elabor|scriv|redig|gener(?!al|ic)|compon|пиш|составля|генерир|сочиня|готови|撰写|编写|写|生成|创作|起草|拟|書|作成|生成|作る|作って|작성|생성|써|만들";
/** Genres of copy a writing pipeline produces. */
const GENRE = [
  // Whole English words: "Write PostgreSQL", "write the address parser" name no copy (eighteenth round); nor does the end
  // of a product's name ("a general assistant in the Quillpad sidebar": "general" is no verb, "-pad" no ad; round 47).
  "\\b(?:descriptions?|copy|copies|release notes|headlines?|titles?|taglines?|slogans?|captions?|posts?|ads?|blurbs?|bios?|newsletters?|listings?|greetings?|greeting cards?|wishes|toasts?|speeches|invitations?|poems?|limericks?|lyrics|jingles?|stories|tweets?)\\b",
  "descripci[oó]n|descripciones|textos? publicitarios?|titulares?|esl[oó]ganes|publicaciones|felicitaci[oó]n|felicitaciones|invitaciones|discursos?|brindis|poemas?|cuentos?|rimas?|anuncios?",
  "beschreibung|produkttext|werbetext|überschrift|slogans?|beitr[äa]ge|glückwünsche|glückwunsch|grußkarten?|einladungen?|festreden?|tischreden?|ansprachen?|trinksprüche|gedichte?|geschichten|reime|werbeanzeigen|inserate",
  "accroches?|l[ée]gendes?|publications?|félicitations|v(?:œ|oe)ux|cartes de v(?:œ|oe)ux|invitations?|discours|toasts?|poèmes?|histoires|comptines?|annonces?|titres?",
  "descri[çc][õo]es|descri[çc][ãa]o|legendas?|an[úu]ncios?|parab[ée]ns|felicita[çc][õo]es|convites?|discursos?|brindes?|poemas?|hist[óo]rias|t[íi]tulos?",
  "descrizion[ei]|didascali[ae]|annunci|auguri|biglietti di auguri|inviti|discorsi|brindisi|poesie|filastrocche|storie|titoli",
  "описани[яей]|заголовк|слоган|рекламн|поздравлени|пожелани|приглашени|тост|реч[иь]|стих|рассказ|подпис[ия] к|объявлени",
  "文案|描述|标题|口号|广告语|祝福语|祝福|贺词|贺卡|邀请函|致辞|祝酒词|诗|故事|朋友圈",
  "説明文|コピー|キャッチコピー|見出し|紹介文|お祝い|祝辞|招待状|挨拶文|スピーチ|詩|物語|キャプション|メッセージ",
  "설명|문구|카피|제목|슬로건|축하|축사|초대장|인사말|연설문|건배사|시를|이야기|캡션|메시지",
].join("|");
/** Ideas, names, suggestions: a brainstorming job. */
const IDEAS =
  /\b(?:ideas|suggestions|name ideas|names for|brainstorm\w*)\b|\bideas? (?:de|para)\b|\bnombres para\b|ideen|vorschl[äa]ge|namen für|id[ée]es|noms pour|ideias|sugest[õo]es|nomes para|idee\b|suggeriment|nomi per|идеи|идей|варианты названи|названия для|点子|创意|主意|想法|名字|アイデア|案を出|ネーミング|名前の候補|아이디어|이름 후보/;
/** A summarizer named by its role. */
const SUMMARIZER =
  /\bsummari[sz]er\b|resumidor|riassuntore|sintetizzatore|суммаризатор|摘要(?:器|工具|助手|机器人)|要約(?:ツール|エンジン|システム|ボット|アシスタント|係)|요약(?:기|봇|도구|엔진|시스템)|(?<![a-zäöüß])fass(?:t|e|st|en)?\b[^.\n]{0,80}\bzusammen\b/;

/** A verb of writing before its genre, or after it in Japanese and Korean ("축사를 작성합니다", "紹介文を書く"). */
const WRITER = new RegExp(`(?:${WRITE_VERB})[^.\\n。]{0,40}?(?:${GENRE})|(?:${GENRE})[^.\\n。]{0,20}?(?:作成|書い|書く|書き|作って|作る|작성|써|만들)`);
/** "…proposes / suggests / comes up with … ideas". */
const PROPOSE =
  /\b(?:suggest|suggests|propose|proposes|come up with|comes up with|generate|generates|give|gives|offer|offers|brainstorm|list)\b|propon|propos|sugier|sugere|suger|suggeri|ofrec|schl[äa]gst|schl[äa]gt|vorschlag|vorschläge mach|lieferst|liefert|trouve|trouves|trov[aio]|предлага|придумыва|предлож|придума|подбира|提出|提供|给出|给|想出|想几个|列出|出几个|来几个|出す|考え|提案|제안|떠올|추천|생각해|내놓/;

/** The task a writing, ideas or summarizer pipeline's system prompt (lower-cased) sets, if it is one. */
export function writingPipelineOf(system: string): "creative_writing" | "brainstorming" | "summarization" | undefined {
  if (SUMMARIZER.test(system)) return "summarization";
  if (IDEAS.test(system) && PROPOSE.test(system)) return "brainstorming";
  if (WRITER.test(system)) return "creative_writing";
  return undefined;
}
