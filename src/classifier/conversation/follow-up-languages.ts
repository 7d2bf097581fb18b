/**
 * Languages named in a follow-up ("now in French", "auf Deutsch", "用英文", "French?"), in the ten cue languages and
 * by the English names of the rest.
 * @module
 */
import { MORE_LANGUAGE_NAMES } from "./language-names.js";
import { pattern } from "./follow-up-pattern.js";

const LANGUAGE_NAMES = [
  "english|french|german|spanish|italian|portuguese|chinese|mandarin|cantonese|japanese|korean|russian|arabic|hindi|dutch|polish|turkish|vietnamese|thai|greek|swedish|ukrainian|hebrew|indonesian",
  // The rest of the languages people ask for by their English name (eighteenth round): "now the same in Swahili please".
  MORE_LANGUAGE_NAMES.join("|"),
  "inglés|francés|alemán|español|italiano|portugués|chino|japonés|coreano|ruso|árabe|neerlandés|holandés|catalán|polaco|turco|griego",
  // As typed on a phone, without accents (eleventh round).
  "ingles|frances|aleman|espanol|portugues|japones|arabe|catalan|francais|alemao|franzosisch|turkisch",
  "englisch|französisch|deutsch|spanisch|italienisch|portugiesisch|chinesisch|japanisch|koreanisch|russisch|arabisch|niederländisch|polnisch|türkisch|griechisch|schwedisch|ukrainisch",
  "anglais|français|allemand|espagnol|italien|portugais|chinois|japonais|coréen|russe|arabe|néerlandais|polonais|turc|grec|suédois|ukrainien",
  "inglês|francês|alemão|espanhol|português|chinês|japonês|russo|coreano|holandês|polonês|turco|grego",
  "inglese|francese|tedesco|spagnolo|portoghese|cinese|giapponese|russo|coreano|arabo|olandese|polacco|greco",
  "английск\\S*|французск\\S*|немецк\\S*|испанск\\S*|итальянск\\S*|португальск\\S*|китайск\\S*|японск\\S*|корейск\\S*|русск\\S*|арабск\\S*|польск\\S*|турецк\\S*|украинск\\S*",
].join("|");
const CJK_LANGUAGE_NAMES =
  "英文|英语|英語|法语|法文|德语|德文|西班牙语|日语|日文|韩语|韩文|中文|俄语|意大利语|葡萄牙语|越南语|泰语|阿拉伯语|粤语|繁体中文|フランス語|ドイツ語|スペイン語|日本語|中国語|韓国語|ロシア語|イタリア語|ポルトガル語|ベトナム語|タイ語|アラビア語|영어|프랑스어|독일어|스페인어|일본어|중국어|한국어|러시아어|이탈리아어|포르투갈어|베트남어|태국어|아랍어";
/** A language after a preposition ("now in French", "auf Deutsch", "на английский", "用英文"). */
export const TRANSLATE = pattern(`(?:in|into|to|en|al|em|para o|para|auf|ins|на|по-)\\s?(?:${LANGUAGE_NAMES})`, `(?:用|换成|換成|翻成|改成|译成)(?:${CJK_LANGUAGE_NAMES})|(?:${CJK_LANGUAGE_NAMES})(?:で|로|으로)|(?:${CJK_LANGUAGE_NAMES}) ?(?:版|バージョン|버전)`);
/** A language named alone ("French?", "Deutsch bitte"). */
export const LANGUAGE_ALONE = pattern(`(?:${LANGUAGE_NAMES})`, CJK_LANGUAGE_NAMES);
export const MAX_WORDS_FOR_LANGUAGE_ALONE = 3;
