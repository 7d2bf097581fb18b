/**
 * Thirteenth round, second audit of the fifteen tables of `language-cues-more.ts` (Dutch, Turkish, Polish, Indonesian,
 * Vietnamese, Arabic, Hindi) and `language-cues-extra.ts` (Swedish, Greek, Ukrainian, Czech, Romanian, Hebrew, Persian,
 * Thai), by the working sets' classes: polite and indirect forms of the task verbs ("poți să scrii o funcție", "ممكن
 * تكتب لي كود"), a view or a critique asked for ("wat vind je ervan", "słabe strony", "نقاط الضعف"), what an acronym
 * stands for ("neyin kısaltması", "का फुल फॉर्म", "ย่อมาจาก"), venting and questions to the assistant about itself
 * ("muszę się wygadać", "είσαι ρομπότ"), and the look-alikes: agent nouns of the task verbs (Turkish "çevirmen",
 * Swedish "översättare", Greek "μεταφράστρια", Ukrainian "перекладачка", Czech "překladatelka", Dutch "vertaalster",
 * Vietnamese "phiên dịch viên") and common words a stem opened (Indonesian "sarana", "skripsi", Italian "saranno",
 * Polish "całkiem", Turkish "mantıklı", "olasılıkla", Vietnamese "dịch vụ", "chứng minh nhân dân"). Each ask is the
 * team's own (never a working set's row) and is read over a base that says chat, so it fails without its new cue.
 */
import { describe, expect, it } from "vitest";
import { findCues } from "./cue-matcher.js";
import { classifyTask } from "../heuristic-task-classifier.js";
import { read, u } from "../../../test/support/conversation-kit.js";

/** The confidence the rules give an input no word of theirs names (read as chat). */
const UNKNOWN_INPUT_CONFIDENCE = 0.3;

/** Asks a defining cue names: read over a base that says chat. */
const named: [string, string, string][] = [
  ["nl", "code_review", "Zou je even naar mijn code kunnen kijken?"],
  ["tr", "brainstorming", "Kafem için birkaç isim bulabilir misin?"],
  ["pl", "code_review", "Rzuć okiem na mój kod, proszę"],
  ["hi", "brainstorming", "मेरे यूट्यूब चैनल के लिए कुछ विकल्प सुझाएं"],
  ["ro", "code_generation", "Poți să scrii o funcție care sortează o listă?"],
  ["ar", "code_review", "ممكن تشوف الكود وتقول لي وين الخطأ؟"],
  ["el", "code_generation", "Μπορείς να γράψεις μια συνάρτηση που ταξινομεί λίστα;"],
  ["uk", "code_generation", "Напишіть функцію, яка сортує список"],
  ["cs", "code_review", "Mrkni na můj kód, něco tam nesedí"],
  ["he", "creative_writing", "תכתוב מכתב תודה למורה של הבת שלי"],
  ["fa", "code_generation", "میشه یه تابع بنویسی که لیست رو مرتب کنه؟"],
  ["sv", "creative_writing", "Kan du skriva ett brev till min hyresvärd?"],
  ["vi", "creative_writing", "Soạn email xin nghỉ phép gửi sếp giúp mình"],
  ["id", "classification", "Tolong tentukan kategori untuk setiap tiket di bawah ini"],
  ["th", "creative_writing", "ช่วยร่างอีเมลถึงลูกค้าหน่อย"],
];

/** A view or an acronym asked for: the cue is an everyday phrase, so an unsure reading that every cue supports. */
const phrased: [string, string, string][] = [
  ["nl", "analysis", "Wat vind je ervan? Ik wil een eerlijke mening over mijn ondernemingsplan"],
  ["nl", "simple_qa", "Waar staat de afkorting KPI eigenlijk voor?"],
  ["nl", "creative_writing", "Kunt u een brief opstellen voor de huurcommissie?"],
  ["tr", "simple_qa", "NATO neyin kısaltması?"],
  ["tr", "analysis", "Bu iş planı hakkında ne düşünüyorsun, zayıf noktaları neler?"],
  ["pl", "analysis", "Co o tym myślisz? Jakie są słabe strony tego planu?"],
  ["pl", "simple_qa", "Od czego jest skrót PKB?"],
  ["id", "simple_qa", "Kepanjangan dari BUMN itu apa ya?"],
  ["id", "analysis", "Bagaimana pendapatmu soal rencana bisnis ini? Apa kelemahannya?"],
  ["vi", "simple_qa", "KPI là viết tắt của từ gì vậy?"],
  ["vi", "analysis", "Bạn nghĩ sao về kế hoạch này? Điểm yếu nằm chỗ nào?"],
  ["ar", "simple_qa", "ما معنى اختصار NASA؟"],
  ["ar", "analysis", "ما هي نقاط الضعف في هذه الخطة؟ أريد تقييم صريح"],
  ["hi", "simple_qa", "GST का फुल फॉर्म क्या है?"],
  ["hi", "analysis", "इस योजना पर आपकी क्या राय है? इसकी कमियाँ बताइए"],
  ["sv", "simple_qa", "Vad står förkortningen EU för?"],
  ["sv", "analysis", "Vad tycker du om min affärsplan? Var är de svaga punkterna?"],
  ["el", "simple_qa", "Τι σημαίνει το ακρωνύμιο ΦΠΑ;"],
  ["el", "analysis", "Τι πιστεύεις για αυτό το σχέδιο; Ποια είναι τα αδύναμα σημεία;"],
  ["uk", "simple_qa", "Як розшифровується ЗСУ?"],
  ["uk", "analysis", "Що ви думаєте про цей план? Де слабкі місця?"],
  ["cs", "simple_qa", "Co znamená zkratka DPH?"],
  ["cs", "analysis", "Co si o tom myslíš? Jaké má ten plán slabiny?"],
  ["ro", "simple_qa", "Ce înseamnă abrevierea ANAF?"],
  ["ro", "analysis", "Ce părere ai despre planul meu? Care sunt punctele slabe?"],
  ["he", "simple_qa", "מה פירוש הקיצור מע\"מ?"],
  ["he", "analysis", "מה דעתך על התוכנית? מה נקודות החולשה?"],
  ["fa", "simple_qa", "ناتو مخفف چیه؟"],
  ["fa", "analysis", "نظرت چیه درباره این طرح؟ نقاط ضعفش کجاست؟"],
  ["th", "simple_qa", "NASA ย่อมาจากอะไร"],
  ["th", "analysis", "คุณคิดยังไงกับแผนนี้ จุดอ่อนอยู่ตรงไหน"],
];

/** Venting, sharing news, and questions to the assistant about itself. */
const talk: [string, string][] = [
  ["nl", "Ik moet even mijn verhaal kwijt, ik hoef geen advies"],
  ["tr", "Sadece içimi dökmem lazım, tavsiye istemiyorum"],
  ["pl", "Muszę się wygadać, nie chcę rad, po prostu posłuchaj"],
  ["id", "Aku cuma mau cerita, nggak butuh nasihat kok"],
  ["vi", "Mình chỉ muốn kể cho ai đó nghe thôi, không cần lời khuyên"],
  ["ar", "بس حبيت أقول لأحد، ما أبي نصيحة"],
  ["hi", "बस मन हल्का करना था, सलाह नहीं चाहिए"],
  ["sv", "Jag behöver bara prata av mig, vill inte ha råd"],
  ["el", "Είσαι ρομπότ ή άνθρωπος;"],
  ["uk", "Мені просто треба виговоритися, не потрібні поради"],
  ["cs", "Jsi robot, nebo člověk?"],
  ["ro", "Nu vreau sfaturi, voiam doar să povestesc cuiva"],
  ["he", "אתה רובוט או בן אדם?"],
  ["fa", "فقط میخواستم به یکی بگم، نصیحت نمیخوام"],
  ["th", "แค่อยากระบาย ไม่ต้องให้คำแนะนำนะ"],
];

describe("the fifteen tables' polite asks, views, acronyms and venting", () => {
  it.each(named)("%s: reads %s over a base that says chat: %s", (_lang, task, text) => {
    expect(read("chat", [u(text)])).toBe(task);
  });
  it.each(phrased)("%s: reads %s over an unsure base that says chat: %s", (_lang, task, text) => {
    expect(read("chat", [u(text)], 0.3)).toBe(task);
  });
  it.each(talk)("%s: the rules read chat by a cue, not as an unknown input: %s", (_lang, text) => {
    const reading = classifyTask({ latest: text, context: "" });
    expect([reading.label, reading.confidence > UNKNOWN_INPUT_CONFIDENCE]).toEqual(["chat", true]);
  });
  it("finds each ask's task among its own language's cues", () => {
    const all: [string, string, string][] = [...named, ...phrased, ...talk.map(([lang, text]): [string, string, string] => [lang, "chat", text])];
    for (const [lang, task, text] of all) {
      const hits = findCues(text.toLowerCase()).filter((hit) => hit.task === task).map((hit) => hit.lang);
      expect(hits, `${lang}: ${text}`).toContain(lang);
    }
  });
});

/** Everyday sentences, each with the task whose cue it used to open and must not. */
const lookAlikes: [string, string][] = [
  ["NATO neyin kısaltması?", "summarization"],
  ["Co znamená zkratka DPH?", "summarization"],
  ["Kardeşim çevirmen olarak çalışıyor", "translation"],
  ["Büyük olasılıkla yarın yağmur yağacak", "math"],
  ["Bu çok mantıklı bir karar", "deep_reasoning"],
  ["Mijn zus is vertaalster bij de EU", "translation"],
  ["Dat vind ik nogal bedenkelijk", "brainstorming"],
  ["Całkiem dobrze mi idzie w nowej pracy", "math"],
  ["Otwórz wiersz poleceń i wpisz tę komendę", "creative_writing"],
  ["Chyba żartujesz, to niemożliwe", "creative_writing"],
  ["Sarana olahraga di sekolah kami lengkap", "brainstorming"],
  ["Skripsi saya hampir selesai", "code_generation"],
  ["Jujur aku capek banget hari ini", "deep_reasoning"],
  ["Saranno in ritardo di mezz'ora", "brainstorming"],
  ["Dịch vụ khách hàng ở đây rất tốt", "translation"],
  ["Cô ấy là phiên dịch viên ở hội nghị", "translation"],
  ["Tôi quên số chứng minh nhân dân của mình", "math"],
  ["Min bror är översättare", "translation"],
  ["Η αδερφή μου είναι μεταφράστρια", "translation"],
  ["Моя сестра працює перекладачкою", "translation"],
  ["Moje sestra je překladatelka", "translation"],
  ["To je fakt vtipné", "creative_writing"],
  ["اسمه فارس وهو صديقي", "deep_reasoning"],
];

describe("the fifteen tables' look-alikes", () => {
  it.each(lookAlikes)("%s: fires no %s cue", (text, task) => {
    expect(findCues(text.toLowerCase()).filter((hit) => hit.task === task).map((hit) => `${hit.lang} '${hit.cue}'`)).toEqual([]);
  });
  it("reads an acronym question as the question it is, not as a summary", () => {
    expect(read("simple_qa", [u("NATO neyin kısaltması?")], 0.3)).toBe("simple_qa");
  });
});
