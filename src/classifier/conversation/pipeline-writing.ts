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
  "\\b(?:write|writes|writing|draft|drafts|compose|composes|generate|generates|create|creates|produce|produces|turn)\\b|escrib|redact|gener|cre[ao]|schreib|verfass|erstell|generier|[ée]cri|r[ée]dig|g[ée]n[èée]r|escrev|redig|scriv|redig|gener|пиш|составля|генерир|撰写|编写|写|生成|创作|書|作成|生成|작성|생성|써";
/** Genres of copy a writing pipeline produces. */
const GENRE =
  "descriptions?|copy|copies|release notes|headlines?|titles?|taglines?|slogans?|captions?|posts?|ads?|blurbs?|bios?|newsletters?|listings?|descripci[oó]n|descripciones|textos? publicitarios?|titulares?|esl[oó]ganes|publicaciones|beschreibung|produkttext|werbetext|überschrift|slogans?|beitr[äa]ge|accroches?|l[ée]gendes?|publications?|descri[çc][õo]es|descri[çc][ãa]o|legendas?|an[úu]ncios?|descrizion[ei]|didascali[ae]|annunci|описани[яей]|заголовк|слоган|рекламн|文案|描述|标题|口号|广告语|説明文|コピー|キャッチコピー|見出し|紹介文|설명|문구|카피|제목|슬로건";
/** Ideas, names, suggestions: a brainstorming job. */
const IDEAS =
  /\b(?:ideas|suggestions|name ideas|names for|brainstorm\w*)\b|\bideas? (?:de|para)\b|ideen|vorschl[äa]ge|id[ée]es|ideias|sugest[õo]es|idee\b|suggeriment|идеи|идей|варианты названи|点子|创意|主意|アイデア|案を出|아이디어/;
/** A summarizer named by its role. */
const SUMMARIZER = /\bsummari[sz]er\b|resumidor|riassuntore|sintetizzatore|суммаризатор|摘要(?:器|工具|助手|机器人)|要約(?:ツール|エンジン|システム|ボット|アシスタント|係)|요약(?:기|봇|도구|엔진|시스템)/;

const WRITER = new RegExp(`(?:${WRITE_VERB})[^.\\n。]{0,40}?(?:${GENRE})`);
/** "…proposes / suggests / comes up with … ideas". */
const PROPOSE = /\b(?:suggest|propose|come up with|generate|give)\b|propon|propos|sugier|sugere|suggeri|schl[äa]gst|vorschlag|предлага|придумыва|提出|提供|出す|제안|떠올/;

/** The task a writing, ideas or summarizer pipeline's system prompt (lower-cased) sets, if it is one. */
export function writingPipelineOf(system: string): "creative_writing" | "brainstorming" | "summarization" | undefined {
  if (SUMMARIZER.test(system)) return "summarization";
  if (IDEAS.test(system) && PROPOSE.test(system)) return "brainstorming";
  if (WRITER.test(system)) return "creative_writing";
  return undefined;
}
