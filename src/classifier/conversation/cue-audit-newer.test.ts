/**
 * Thirteenth round: the everyday ways of asking that the eighteen newer tables (`language-cues-more.ts`,
 * `language-cues-extra.ts`) missed, audited against one checklist per task: the output nouns ("hoofdpunten", "समरी"),
 * the polite and question forms ("kısaltır mısın", "sorgu yazar mısın"), the verbs of code review and judgement
 * ("waarom crasht", "sprawdź mój kod", "oceń", "قيّم") and the writing and naming asks. Each ask is read over a base that
 * says chat, so it fails without the new cue. The prompts are the team's own, not the working sets' rows.
 */
import { describe, expect, it } from "vitest";
import { findCues } from "./cue-matcher.js";
import { CUE_LANGUAGES, type CueLanguage } from "./language-cues.js";
import { read, u } from "../../../test/support/conversation-kit.js";
import { cuesWrittenTwice, lookAlikeHits, tableEntries } from "../../../test/support/cue-checks.js";

const asks: [string, string, string][] = [
  ["nl", "summarization", "Wat zijn de hoofdpunten van dit rapport over de verbouwing?"],
  ["nl", "extraction", "Zet het in een tabel: naam, datum en bedrag van elke factuur hieronder"],
  ["nl", "code_generation", "Schrijf een regex die Nederlandse postcodes herkent"],
  ["nl", "code_review", "Waarom crasht mijn app zodra ik op opslaan druk?"],
  ["nl", "analysis", "Beoordeel dit ondernemingsplan voor een koffiebar in Utrecht"],
  ["nl", "creative_writing", "Schrijf een toespraak voor de bruiloft van mijn zus"],
  ["nl", "math", "Los de vergelijking 3x + 5 = 20 op"],
  ["nl", "deep_reasoning", "Redeneer even mee: drie vrienden, één van hen liegt altijd. Wie is het?"],
  ["tr", "summarization", "Bu makaleyi kısaltır mısın, yarısı kadar olsun"],
  ["tr", "extraction", "Aşağıdaki mesajlardan isimleri çıkar, başka bir şey yazma"],
  ["tr", "code_generation", "Python'da bir sorgu yazar mısın, müşterileri şehre göre saysın"],
  ["tr", "code_review", "Kodumu incele, döngüde bir sorun var gibi"],
  ["tr", "analysis", "Bu iki iş teklifini değerlendirir misin?"],
  ["tr", "creative_writing", "Sevgilime yıldönümü için bir mektup yazar mısın?"],
  ["tr", "brainstorming", "Hadi biraz beyin fırtınası yapalım: yeni kafe için kampanya"],
  ["pl", "summarization", "Skróć ten tekst do jednego akapitu"],
  ["pl", "extraction", "Uzupełnij pola na podstawie tego maila: imię, telefon, adres"],
  ["pl", "code_generation", "Napisz zapytanie, które zwróci klientów z Krakowa"],
  ["pl", "code_review", "Sprawdź mój kod, coś jest nie tak z pętlą"],
  ["pl", "analysis", "Oceń ten biznesplan kawiarni w Gdańsku"],
  ["pl", "creative_writing", "Napisz maila do szefa, że jutro mnie nie będzie"],
  ["pl", "brainstorming", "Zaproponuj nazwę dla mojej piekarni"],
  ["pl", "math", "Wylicz, ile zapłacę za prąd w tym miesiącu"],
  ["id", "summarization", "Tolong persingkat paragraf ini ya"],
  ["id", "extraction", "Ambilkan nomor resi dari pesan-pesan di bawah ini"],
  ["id", "classification", "Beri label untuk setiap ulasan pelanggan ini"],
  ["id", "code_generation", "Buatin fungsi buat cek nomor NIK valid atau tidak"],
  ["id", "code_review", "Cek kode aku dong, kenapa hasilnya null terus"],
  ["id", "analysis", "Evaluasi rencana bisnis warung kopi ini"],
  ["id", "creative_writing", "Bikinin cerita pendek tentang kucing yang hilang"],
  ["id", "brainstorming", "Usulkan nama untuk toko kue aku"],
  ["vi", "summarization", "Rút gọn đoạn văn này giúp mình"],
  ["vi", "classification", "Gán nhãn cho từng bình luận dưới đây"],
  ["vi", "code_generation", "Viết chương trình đếm số từ trong một file"],
  ["vi", "code_review", "Kiểm tra code giúp mình với, nó cứ báo sai"],
  ["vi", "creative_writing", "Sáng tác một bài hát về mùa thu Hà Nội"],
  ["vi", "brainstorming", "Đề xuất vài tên cho quán cà phê của mình"],
  ["vi", "math", "Chứng minh rằng tổng hai số lẻ là một số chẵn"],
  ["ar", "summarization", "لخّص هذا المقال من فضلك"],
  ["ar", "extraction", "املأ الحقول التالية من هذا البريد: الاسم والهاتف"],
  ["ar", "code_generation", "اكتب برنامج يحسب عدد الكلمات في ملف"],
  ["ar", "code_review", "راجع الكود هذا وقل لي وين المشكلة"],
  ["ar", "analysis", "قيّم خطة المشروع هذه بصراحة"],
  ["ar", "creative_writing", "اكتب إيميل لمديري أطلب فيه إجازة"],
  ["ar", "brainstorming", "اقترح اسم لمطعمي الجديد"],
  ["hi", "summarization", "इस लेख की समरी दो"],
  ["hi", "extraction", "इस ईमेल से सभी नाम निकाल दो"],
  ["hi", "code_generation", "एक पायथन प्रोग्राम लिखो जो फाइलें गिने"],
  ["hi", "code_review", "मेरा कोड चेक करो, कुछ गड़बड़ है"],
  ["hi", "analysis", "इन दोनों फोन की तुलना करो"],
  ["hi", "creative_writing", "मेरी माँ के लिए एक प्यारा सा मैसेज लिखो"],
  ["hi", "math", "इसका हिसाब लगाओ: 1200 का 15 प्रतिशत"],
  ["sv", "summarization", "Kan du korta ner den här texten till hälften?"],
  ["sv", "extraction", "Fyll i fälten utifrån mejlet nedan: namn, telefon, adress"],
  ["sv", "code_generation", "Skriv ett program som räknar orden i en fil"],
  ["sv", "code_review", "Granska min kod, något är fel i loopen"],
  ["sv", "analysis", "Utvärdera de två offerterna från byggfirmorna"],
  ["sv", "creative_writing", "Skriv en berättelse om en räv som bor i Stockholm"],
  ["sv", "brainstorming", "Föreslå några namn på mitt nya kafé"],
  ["sv", "deep_reasoning", "Resonera dig fram: vem av de tre ljuger?"],
  ["el", "summarization", "Συντόμευσε αυτό το κείμενο στο μισό"],
  ["el", "extraction", "Θέλω μόνο τα ονόματα από το μήνυμα, σε λίστα"],
  ["el", "code_generation", "Γράψε ένα πρόγραμμα που μετράει τις λέξεις ενός αρχείου"],
  ["el", "code_review", "Έλεγξε τον κώδικα μου, κάτι δεν πάει καλά"],
  ["el", "analysis", "Αξιολόγησε αυτές τις δύο προσφορές εργασίας"],
  ["el", "brainstorming", "Πρότεινε μου ονόματα για ένα καφέ στη Θεσσαλονίκη"],
  ["el", "creative_writing", "Γράψε μια ιστορία για ένα σκυλί που χάθηκε"],
  ["uk", "summarization", "Перекажи коротко цю статтю"],
  ["uk", "extraction", "Заповни поля з цього листа: ім'я, телефон, адреса"],
  ["uk", "code_generation", "Напиши програму, яка рахує слова у файлі"],
  ["uk", "code_review", "Чому цей запит працює повільно?"],
  ["uk", "analysis", "Оціни цей бізнес-план кав'ярні"],
  ["uk", "brainstorming", "Запропонуй назву для моєї пекарні"],
  ["cs", "summarization", "Zkrať tenhle text na polovinu"],
  ["cs", "extraction", "Vyplň pole podle tohoto e-mailu: jméno, telefon, adresa"],
  ["cs", "code_generation", "Napiš program, který spočítá slova v souboru"],
  ["cs", "code_review", "Zkontroluj můj kód, něco je špatně"],
  ["cs", "analysis", "Zhodnoť tyhle dvě nabídky práce"],
  ["cs", "brainstorming", "Navrhni název pro moji kavárnu"],
  ["ro", "summarization", "Scurtează textul ăsta la jumătate"],
  ["ro", "extraction", "Completează câmpurile din emailul de mai jos"],
  ["ro", "code_generation", "Scrie un program care numără cuvintele dintr-un fișier"],
  ["ro", "code_review", "Verifică-mi codul, ceva nu e în regulă"],
  ["ro", "analysis", "Evaluează cele două oferte de muncă"],
  ["ro", "creative_writing", "Scrie o poveste despre o vulpe isteață"],
  ["he", "summarization", "תקצר את הטקסט הזה בבקשה"],
  ["he", "extraction", "תמלא את השדות מהמייל הזה"],
  ["he", "code_generation", "תכתוב לי קוד שסופר מילים בקובץ"],
  ["he", "code_review", "תבדוק לי את הקוד, משהו לא תקין"],
  ["he", "analysis", "תעריך את שתי ההצעות האלה"],
  ["he", "brainstorming", "תציע שם לבית הקפה שלי"],
  ["fa", "summarization", "این متن رو کوتاه کن"],
  ["fa", "extraction", "شماره تلفن‌ها رو از این متن دربیار"],
  ["fa", "code_generation", "یه تابع بنویس که کلمات رو بشماره"],
  ["fa", "code_review", "کد رو بررسی کن، یه جاش مشکل داره"],
  ["fa", "analysis", "این دو پیشنهاد کاری رو مقایسه کن"],
  ["fa", "creative_writing", "برای رئیسم یه ایمیل بنویس که فردا نمیام"],
  ["th", "summarization", "ช่วยย่อความบทความนี้หน่อย"],
  ["th", "extraction", "ดึงวันที่ทั้งหมดจากข้อความนี้"],
  ["th", "code_generation", "เขียนโปรแกรมนับคำในไฟล์"],
  ["th", "code_review", "ช่วยดูโค้ดให้หน่อย รันแล้วไม่ขึ้นอะไรเลย"],
  ["th", "analysis", "ช่วยประเมินแผนธุรกิจนี้หน่อย"],
  ["th", "brainstorming", "ช่วยตั้งชื่อร้านกาแฟให้หน่อย"],
  ["bn", "summarization", "এই লেখাটা সংক্ষিপ্ত করো"],
  ["bn", "code_generation", "একটা প্রোগ্রাম লিখে দাও যেটা শব্দ গোনে"],
  ["bn", "code_review", "আমার কোড চেক করো"],
  ["bn", "analysis", "এই দুটো ফোনের তুলনা করো"],
  ["bn", "creative_writing", "মায়ের জন্য একটা গল্প লিখে দাও"],
  ["bn", "math", "এই সমীকরণটা সমাধান করো"],
  ["sw", "summarization", "Ifupishe makala hii"],
  ["sw", "extraction", "Jaza sehemu hizi kutoka kwenye barua pepe"],
  ["sw", "code_generation", "Niandikie function ya kuhesabu maneno"],
  ["sw", "code_review", "Kagua code yangu, kuna tatizo"],
  ["sw", "analysis", "Tathmini mpango huu wa biashara"],
  ["sw", "creative_writing", "Niandikie hadithi fupi kuhusu simba"],
  ["tl", "summarization", "Pakibuod nga ito"],
  ["tl", "extraction", "Ilista ang mga petsa ng meeting mula sa email na ito"],
  ["tl", "code_generation", "Gumawa ng function na magbibilang ng salita"],
  ["tl", "code_review", "Pakicheck ang code ko, may mali"],
  ["tl", "analysis", "Suriin mo itong business plan"],
  ["tl", "creative_writing", "Sumulat ng liham para sa lola ko"],
  ["tl", "math", "Lutasin mo ito: 2x + 3 = 11"],
];

describe("the newer tables' everyday asks", () => {
  it.each(asks)("%s: reads %s over a base that says chat: %s", (_lang, task, text) => {
    expect(read("chat", [u(text)])).toBe(task);
  });
  it("finds each ask's cue in its own language's table", () => {
    for (const [lang, task, text] of asks) {
      const hits = findCues(text.toLowerCase()).filter((hit) => hit.task === task && hit.strong).map((hit) => hit.lang);
      expect(hits, `${lang}: ${text}`).toContain(lang);
    }
  });
});

/** Everyday words and the look-alikes checked for the new cues: none may fire another language's cue. */
const COMMON: Record<string, string> = {
  en: "rubber ruby ink inkwell legal look loop break went advance does different worker always although also well welcome toast crash crashes risk risks notes and android time timeout path pattern subject section payment paid global made down choice metrics those tier networks pending using one for all every this that change chat process problem project",
  it: "esprimere esprimo",
  de: "risiko krieg kritik gewinner",
  es: "reclama reclamar sobre",
  id: "jadi bukan beberapa",
};


const AUDITED: readonly CueLanguage[] = ["nl", "tr", "pl", "id", "vi", "ar", "hi", "sv", "el", "uk", "cs", "ro", "he", "fa", "th", "bn", "sw", "tl"];
/** Cues two tables shared before this round (a word both languages write the same way); this round adds none. */
const SHARED_BEFORE = new Set([
  ...["alle namen", "gedicht*", "hallo", "hej", "kategori*", "analiz*", "skript*", "derivata*", "logik*", "tradu*", "clasific*", "salut"],
  ...["позитивн*", "негативн*", "нейтральн*", "напиши скрипт", "напиши код", "загадк*", "головоломк*", "استخراج", "شعر", "احتمال", "منطق"],
]);

describe("the newer tables' look-alikes", () => {
  it("fires no cue of another language inside a common word", () => {
    expect(lookAlikeHits(COMMON)).toEqual([]);
  });
  it("writes no cue another table already has, nor one twice in a table", () => {
    const all = new Map(CUE_LANGUAGES.map((lang) => [lang, new Set(tableEntries(lang))]));
    const repeated = cuesWrittenTwice(AUDITED);
    for (const lang of AUDITED) {
      for (const cue of tableEntries(lang)) {
        if (SHARED_BEFORE.has(cue)) continue;
        for (const other of CUE_LANGUAGES) if (other !== lang && all.get(other)?.has(cue) === true) repeated.push(`${lang} '${cue}' is also ${other}'s`);
      }
    }
    expect(repeated).toEqual([]);
  });
});
