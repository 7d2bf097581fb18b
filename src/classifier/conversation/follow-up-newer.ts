/**
 * Short follow-ups in the eighteen languages added in the ninth and tenth rounds (nl, tr, pl, id, vi, ar, hi and
 * Hinglish, sv, el, uk, cs, ro, he, fa, th, bn, sw, tl), which until now had cue words but no follow-up patterns: a
 * shorter version, another one or the same for this one, a restyle, and "why?" / "explain it"; (eleventh round) "now in
 * English", "a few more", "and what if …?" and a consent ("ga je gang", "devam et", "napiš to", "sige"). Written by the team from general usage, the commonest phrasings only;
 * read after the ten languages' patterns (`follow-up.ts`).
 * @module
 */
/** A follow-up found (the shape of `follow-up.ts`'s `FollowUp`, which reads this module). */
export interface NewerFollowUp {
  kind: "shorten" | "explain" | "inherit" | "translate" | "act";
  phrase: string;
}

/** Per kind, one list per language. */
const SHORTER = [
  "korter|maak het korter|beknopter", "daha kısa|kısalt", "krócej|skróć", "lebih singkat|lebih pendek|persingkat|pendek lagi|ringkas lagi|singkat lagi",
  "ngắn hơn|ngắn gọn hơn|rút gọn", "أقصر|اختصر", "छोटा करो|और छोटा|chhota karo|short karo", "kortare|korta ner",
  "πιο σύντομο|συντόμευσέ το|συντόμευσε", "коротше|скороти", "kratší|zkrať to|zkrať", "mai scurt|scurtează",
  "יותר קצר|קצר יותר|תקצר", "کوتاه‌تر|کوتاهتر|خلاصه‌تر", "ছোট করো|আরও ছোট", "fupisha zaidi|fupi zaidi", "mas maikli|paikliin",
];
const ANOTHER = [
  "nog een|nog eentje|nog één|deze ook|hetzelfde voor|zelfde stijl|zelfde toon", "bir tane daha|bunu da|aynısını|aynı tarzda|aynı tonda|aynı üslupla", "jeszcze jeden|jeszcze jedną|to też|to samo dla|tym samym stylem|tym samym tonem",
  "satu lagi|yang ini juga|ini juga|sama untuk", "thêm một|thêm 1|cái này nữa|câu này nữa", "واحد كمان|واحدة كمان|وهذا أيضا|وهذه أيضا|نفس الشيء",
  "एक और|ek aur|ye bhi|yeh bhi|isko bhi", "en till|ett till|den här också|samma för|samma stil|samma ton", "άλλο ένα|και αυτό|το ίδιο για|ίδιο ύφος",
  "ще один|ще одну|і це теж|те саме для|тим самим стилем", "ještě jeden|ještě jednu|tohle taky|to samé pro|stejným stylem", "încă unul|încă una|și asta|la fel pentru|același stil|același ton",
  "עוד אחד|עוד אחת|אותו דבר עבור|באותו סגנון|באותו טון|גם את זה", "یکی دیگه|یکی دیگر|اینو هم|اینم همینطور", "আরেকটা|এটাও", "nyingine moja|moja zaidi|na hii pia|hii pia|na hii je|na hili je",
  "isa pa|ito rin|pati ito",
];
const RESTYLE = [
  "formeler|vriendelijker|informeler|grappiger|professioneler", "daha resmi|daha samimi|daha kibar|daha komik", "bardziej formaln\\S{0,4}|grzeczniej|luźniej|zabawniej",
  "lebih formal|lebih santai|lebih sopan|lebih lucu", "trang trọng hơn|lịch sự hơn|thân thiện hơn|vui hơn", "أكثر رسمية|رسمي أكثر|ألطف|أكثر ودية",
  "aur formal|zyada formal|thoda formal", "formellare|mer formell|vänligare|roligare|varmare", "πιο επίσημο|πιο φιλικό|πιο ζεστό",
  "формальніше|ввічливіше|дружніше", "formálněji|zdvořileji|přátelštěji", "mai formal|mai politicos|mai prietenos",
  "יותר רשמי|יותר מנומס|יותר חם", "رسمی‌تر|رسمیتر|مودبانه‌تر|صمیمی‌تر", "আরও ফরমাল|আরও ভদ্র", "rasmi zaidi|kwa upole zaidi",
  "mas pormal|mas magalang",
];
const EXPLAIN = [
  "leg (?:dat|het) uit", "açıkla", "wyjaśnij", "jelaskan", "giải thích", "اشرح|وضح", "समझाओ|samjhao|samjha do", "förklara",
  "εξήγησέ (?:μου )?το|εξήγησε", "поясни", "vysvětli", "explică", "תסביר|הסבר", "توضیح بده", "বুঝিয়ে দাও|ব্যাখ্যা করো", "eleza", "ipaliwanag",
];
/** "Now in English" (or another language named): a language after the preposition each language puts before it. */
const IN_LANGUAGE = [
  "(?:in|naar) het (?:engels|nederlands|duits|frans|spaans|italiaans)", "(?:ingilizce|almanca|fransızca|ispanyolca|türkçe|arapça)(?:\\S{0,4})",
  "po (?:angielsku|niemiecku|francusku|hiszpańsku|polsku)|na (?:angielski|niemiecki|francuski|hiszpański|polski)",
  "(?:versi |dalam |ke |pakai )?bahasa (?:inggris|indonesia|jerman|prancis|perancis|spanyol|arab|jepang|mandarin|melayu)(?:nya)?|inggrisnya",
  "(?:bằng |sang )?tiếng (?:anh|việt|pháp|đức|nhật|trung|hàn)", "بال(?:إنجليزي|انجليزي|إنجليزية|انجليزية|فرنسي|فرنسية|ألماني|ألمانية|عربي|عربية)|(?:إلى|الى) (?:الإنجليزية|الانجليزية|العربية|الفرنسية)",
  "(?:अंग्रेज़ी|अंग्रेजी|हिंदी|हिन्दी) में|(?:english|hindi|angrezi) (?:mein|me|mai)", "(?:på|till) (?:engelska|svenska|tyska|franska|spanska)",
  "στα (?:αγγλικά|ελληνικά|γερμανικά|γαλλικά|ισπανικά)", "англійською|українською|німецькою|французькою|польською",
  "anglicky|česky|německy|francouzsky|španělsky|do (?:angličtiny|češtiny|němčiny|francouzštiny)", "în (?:engleză|română|germană|franceză|spaniolă)",
  "ב(?:אנגלית|עברית|ערבית|צרפתית|גרמנית|רוסית)", "به (?:انگلیسی|فارسی|عربی|آلمانی|فرانسوی)", "ইংরেজিতে|বাংলায়|হিন্দিতে",
  "kwa (?:kiingereza|kiswahili|kifaransa|kiarabu)", "sa (?:ingles|tagalog|filipino)",
];
/** "A few more", "more ideas", "give me others". */
const MORE = [
  "nog (?:een paar|wat|meer)|meer (?:ideeën|opties|namen|voorbeelden)", "(?:biraz |birkaç tane )daha|daha fazla|başka (?:öneri|fikir|isim)",
  "jeszcze (?:kilka|parę|trochę)|więcej (?:pomysłów|opcji|propozycji)", "(?:kasih |tambah(?:in)? |tambahkan )?(?:lagi dong|beberapa lagi|yang lain lagi)|tambah lagi|kasih lagi",
  "thêm (?:vài|mấy|một vài|ít) (?:ý|cái|gợi ý|tên)|thêm (?:ý|gợi ý|nữa)|cho thêm", "(?:كمان|المزيد من) (?:أفكار|اقتراحات|أسماء)|أعطني المزيد|بدي كمان",
  "(?:kuch|aur) (?:aur|do|batao|ideas)|और (?:बताओ|दो|सुझाव)|कुछ और", "(?:några|ett par) till|fler (?:idéer|förslag|namn)",
  "κι άλλ(?:α|ες|ους)|περισσότερ(?:α|ες) (?:ιδέες|προτάσεις)", "ще (?:кілька|декілька|ідей|варіантів)", "ještě (?:pár|několik|další)|další (?:nápady|návrhy)",
  "(?:încă|mai dă-mi) (?:câteva|câțiva)|mai multe (?:idei|variante)", "עוד כמה|עוד (?:רעיונות|אפשרויות)", "چندتا دیگه|(?:ایده|پیشنهاد)(?:‌های)? بیشتر",
  "আরও কয়েকটা|আরো কিছু", "(?:mengine|nyingine) zaidi|ongeza (?:mengine|zaidi)", "(?:magbigay|bigyan mo ako) (?:pa|ng iba pa)|iba pa|dagdagan mo",
];
/**
 * A consent that opens the turn ("go ahead", "do it", "yes please", "write it"): act on the work just discussed or
 * offered. Read at the head of the turn only, after an acknowledgement at most.
 */
const ACT = [
  "ga je gang|ga maar door|doe maar|doe het maar|ja graag|ja,? doe maar|schrijf (?:het|hem|maar)", "devam et|yap bakalım|evet lütfen|evet,? yap|hadi yap|yaz bakalım|yaz onu",
  "dawaj|zrób to|tak,? poproszę|tak,? zrób|napisz (?:to|go|ją)|śmiało", "lanjut(?:kan)?|gas(?:kan)?|iya(?:,)? tolong|boleh(?:,)? (?:lanjut|tolong|buatkan)|bikinin|buatin|tulis(?:kan)? aja",
  "làm đi|ok làm đi|viết đi|tiến hành đi|được,? làm đi", "كمل|اعملها|نعم(?:،)? من فضلك|يلا|تمام(?:،)? (?:كمل|اعمل|اكتب)|اكتبها|نفذ",
  "haan(?:,)? (?:karo|kar do|likh do|please)|kar do|chalo karo|likh do|हाँ(?:,)? (?:करो|कर दो|लिख दो)|कर दो|लिख दो", "kör på|kör bara|gör det|ja tack|skriv den|skriv det",
  "προχώρα|κάν(?:'|ε) το|ναι παρακαλώ|γράψ(?:ε)? το", "давай|зроби(?: це)?|так,? будь ласка|напиши (?:це|його|її)|вперед",
  "(?:jo|ano)(?:,)? (?:napiš to|udělej to|prosím|pusť se do toho)|napiš to|udělej to|pusť se do toho|do toho", "da(?:,)? te rog|fă-o|dă-i drumul|scrie-l|scrie-o|continuă",
  "קדימה|תעשה את זה|כן(?:,)? בבקשה|תכתוב (?:את זה|אותו)|סבבה(?:,)? תעשה", "آره(?:،)? (?:بنویس|انجام بده|لطفا)|انجامش بده|برو جلو|بله(?:،)? لطفا|بنویسش",
  "হ্যাঁ(?:,)? (?:করো|লিখে দাও)|করে দাও|লিখে দাও|এগিয়ে যাও", "endelea|fanya hivyo|ndiyo(?:,)? tafadhali|andika (?:hiyo|hivyo)", "sige(?:,)? (?:gawin mo|isulat mo|na)?|gawin mo|oo(?:,)? (?:please|sige)|isulat mo",
];

/** "And what if …?": the question moves within the same task. Read at the head of the turn only. */
const WHAT_IF = [
  "en als|wat als|en wat als", "peki ya|ya (?:eğer)", "a co(?:,)? jeśli|a jeśli|a gdyby", "(?:terus |lalu )?(?:bagaimana|gimana) (?:kalau|jika|kalo)",
  "(?:còn|thế|vậy) nếu", "(?:و)?(?:ماذا|شو|ايش) لو|طيب لو|ولو", "aur agar|और अगर|अगर", "och om|tänk om|vad händer om",
  "και αν|τι γίνεται αν", "а якщо|що як", "a co když|a kdyby|co když", "(?:și|dar) dacă|ce-ar fi dacă", "ומה אם|ואם", "(?:حالا )?(?:اگه|اگر)",
  "আর যদি|যদি", "je kama|na kama|vipi kama", "paano kung|eh kung|e kung",
];

/**
 * "And X?" as a whole short turn, after a fact was given (round 43: "والمرضية؟", and sick leave?): the question moves to
 * the next item of the same work. Arabic and Hebrew join "and" to the word; Persian asks "X چی؟", Hindi "aur X?",
 * Vietnamese "còn X thì sao?", Indonesian "kalau X gimana?".
 */
const AND_ABOUT = [
  "^(?:طيب |وماذا عن |و(?!لماذا|ليش|ليه))\\S{2,24}(?: \\S{1,16})?\\s*[؟?]$", "^(?:ומה עם |ו)\\S{2,20}(?: \\S{1,16})?\\s*\\?$", "^(?:و )?\\S{2,20}(?: \\S{1,16})? (?:چی|چطور)\\s*[؟?]$",
  "^(?:aur|और) \\S{2,20}(?: \\S{1,16})?(?: ka kya| का क्या)?\\s*\\?$", "^còn \\S{1,16}(?: \\S{1,16}){0,3}(?: thì sao)?\\s*\\?$", "^(?:kalau|kalo) \\S{2,20}(?: \\S{1,16})? (?:gimana|bagaimana)\\s*\\??$",
];
const AND_ABOUT_RE = new RegExp(AND_ABOUT.join("|"), "u");

const WHY = "waarom|neden|niye|dlaczego|czemu|kenapa|mengapa|tại sao|vì sao|ليش|لماذا|ليه|क्यों|kyun|kyu|varför|γιατί|чому|proč|de ce|למה|چرا|কেন|kwa nini|kwanini|bakit";

/** Thai writes no spaces: its phrases are matched without word boundaries. */
const THAI = { shorten: "สั้นกว่านี้|สั้นลง|ย่อให้สั้น", inherit: "อีกอัน|อีกข้อ|อันนี้ด้วย|ทางการกว่านี้|สุภาพกว่านี้|เป็นกันเองกว่านี้", explain: "^ทำไม|อธิบาย" };

const BOUNDED = (list: readonly string[]): string => `(?<![\\p{L}\\p{M}])(?:${list.join("|")})(?![\\p{L}\\p{M}])`;
const TRANSLATE_RE = new RegExp(`${BOUNDED(IN_LANGUAGE)}|(?:เป็น)?ภาษา(?:อังกฤษ|ไทย|จีน|ญี่ปุ่น)`, "u");
const MORE_RE = new RegExp(`${BOUNDED(MORE)}|(?:ขอ)?อีก(?:หลาย|สัก)?(?:อัน|ข้อ|ไอเดีย)`, "u");
const ACT_RE = new RegExp(`^[\\s¡!]*(?:(?:ok|okay|oke|tamam|dobře|bine|باشه|sawa)[\\s,.!]+)?(?:${ACT.join("|")})(?![\\p{L}\\p{M}])|^(?:ได้|โอเค)?(?:จัดไป|ทำเลย|เขียนเลย)`, "u");
const WHAT_IF_RE = new RegExp(`^[\\s¿¡]*(?:${WHAT_IF.join("|")})(?![\\p{L}\\p{M}])|^ถ้า`, "u");
const SHORTEN_RE = new RegExp(`${BOUNDED(SHORTER)}|${THAI.shorten}`, "u");
const INHERIT_RE = new RegExp(`${BOUNDED([...ANOTHER, ...RESTYLE])}|${THAI.inherit}`, "u");
/** "why?" alone or with a few words ("waarom 24?", "لماذا؟"), or an ask to explain. */
const EXPLAIN_RE = new RegExp(`^[\\s¿¡]*(?:${WHY})(?![\\p{L}\\p{M}])[^\\n?？؟]{0,40}[?？؟]?\\s*$|${BOUNDED(EXPLAIN)}|${THAI.explain}`, "u");

/** The follow-up a short head in one of the eighteen newer languages is, if any (see the module comment). */
export function newerLanguageFollowUp(head: string): NewerFollowUp | undefined {
  const shorten = SHORTEN_RE.exec(head);
  if (shorten !== null) return { kind: "shorten", phrase: shorten[0] };
  const explain = EXPLAIN_RE.exec(head);
  if (explain !== null) return { kind: "explain", phrase: explain[0].trim() };
  const act = ACT_RE.exec(head);
  if (act !== null) return { kind: "act", phrase: act[0].trim() };
  const translate = TRANSLATE_RE.exec(head);
  if (translate !== null) return { kind: "translate", phrase: translate[0] };
  const inherit = INHERIT_RE.exec(head) ?? MORE_RE.exec(head) ?? WHAT_IF_RE.exec(head) ?? AND_ABOUT_RE.exec(head);
  return inherit !== null ? { kind: "inherit", phrase: inherit[0].trim() } : undefined;
}
