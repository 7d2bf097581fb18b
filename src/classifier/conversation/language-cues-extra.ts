/**
 * Task cue words for eleven more languages (tenth round): Swedish, Greek, Ukrainian, Czech, Romanian, Hebrew, Persian,
 * Thai, Bengali, Swahili and Tagalog (as Taglish is typed, English words in it are the English cues'). Written by the team from general usage (never from evaluation data), in the notation of
 * `language-cues.ts`: `word` a whole word or phrase, `stem*` a word prefix, `!` a defining cue. Thai has no spaces
 * between words, so its cues are substrings, as Chinese and Japanese are. Like the seven of `language-cues-more.ts`,
 * the verbs that name each task and the commonest phrases only.
 * @module
 */

type CueTable = Readonly<Record<string, string>>;

export const SV: CueTable = {
  translation: "!översätt*|!översättning|till engelska|till svenska|på engelska|till tyska",
  summarization: "!sammanfatta*|!sammanfattning|huvudpunkter|kortare",
  extraction: "!extrahera*|plocka ut|ta fram alla",
  classification: "!klassificera*|!kategorisera*|positiv eller negativ|är det spam|märk varje",
  code_generation: "!skriv en funktion|!skriv ett skript|!skriv kod|skript*",
  code_review: "funkar inte|fungerar inte|felmeddelande|varför kraschar|hitta felet",
  analysis: "!analysera*|jämför*|för- och nackdelar|vad är bäst|lönar sig",
  creative_writing: "!dikt|dikten|dikter|berättelse*|saga|sångtext|skriv ett mejl|skriv ett brev|!skriva ett tal|!skriv ett tal|kort tal|hålla tal|tal till|skämt|bildtext*|en hälsning|gratulation*",
  brainstorming: "!idéer|!förslag|kom på|namnförslag|namn till|!hitta på|komma på",
  chat: "hej|tack|tack så mycket|hur mår du|god morgon",
  simple_qa: "huvudstad|vem skrev|vilket år|vem uppfann",
  math: "!beräkna*|!räkna ut|!lös ekvationen|ekvation*|derivata*|sannolikhet*",
  deep_reasoning: "gåta|gåtor|logik*|steg för steg|ljuger|talar sanning",
};

export const EL: CueTable = {
  translation: "!μετάφρασ*|!μετέφρασ*|στα αγγλικά|στα ελληνικά|στα γερμανικά|!μεταφράσ*|!μεταφράζ*",
  summarization: "!σύνοψη|!συνόψισ*|κύρια σημεία|!συνοψίσ*|!συνοψίζ*|!περίληψ*|!περιλήψ*",
  extraction: "!εξάγαγε|!εξαγωγή|βγάλε όλες|όλες τις ημερομηνίες|όλα τα ονόματα",
  classification: "!ταξινόμησ*|!κατηγοριοποίησ*|θετικό ή αρνητικό|θετικ*|αρνητικ*|ουδέτερ*|!ταξινομήσ*|!κατηγοριοποιήσ*",
  code_generation: "!γράψε μια συνάρτηση|!γράψε κώδικα|!γράψε ένα script|συνάρτηση",
  code_review: "δεν δουλεύει|δεν λειτουργεί|βγάζει σφάλμα|γιατί δεν τρέχει|βρες το λάθος",
  analysis: "!ανάλυσ*|!ανάλυσε|σύγκρινε|σύγκριση|υπέρ και κατά|πλεονεκτήματα και μειονεκτήματα|τι είναι καλύτερο|!αναλύσ*",
  creative_writing: "!ποίημα|ιστορία|παραμύθι|στίχους|γράψε ένα μήνυμα|γράψε ένα email|γράψε μια επιστολή|ανέκδοτο|ποιήματα|διήγημα|ευχές|λεζάντα|σλόγκαν",
  brainstorming: "!ιδέες|προτάσεις|ονόματα για|σκέψου",
  chat: "γεια|γεια σου|ευχαριστώ|τι κάνεις|καλημέρα",
  simple_qa: "πρωτεύουσα|ποιος έγραψε|ποια χρονιά|ποιος εφηύρε",
  math: "!υπολόγισε|!λύσε την εξίσωση|εξίσωσ*|παράγωγ*|ολοκλήρωμα|πιθανότητ*|!υπολογίσ*|!υπολογίζ*",
  deep_reasoning: "γρίφο*|γρίφος|αίνιγμα|λογική*|βήμα βήμα|λέει ψέματα|λέει την αλήθεια",
};

export const UK: CueTable = {
  translation: "!переклад*|!перекласти|!перекладіть|англійською|українською|на англійську|на українську",
  summarization: "!підсумуй*|!підсумок|!стисло|основні тези|головне|!підсумувати|!стисни",
  extraction: "!витягни|!витягніть|виокрем*|випиши всі|усі дати|всі імена|!витягнути|!виписати",
  classification: "!класифікуй*|!класифікація|позитивн*|негативн*|нейтральн*|це спам|категорі*|!класифікувати",
  code_generation: "!напиши функцію|!напиши скрипт|!напиши код|функці*|скрипт*|запит sql",
  code_review: "не працює|помилка|чому цей код|перевір код|знайди баг",
  analysis: "!проаналізуй*|!аналіз*|порівняй*|плюси і мінуси|що краще|що вигідніше|!проаналізувати|!порівняти",
  creative_writing: "!вірш*|оповідання|казк*|пісню|привітання|напиши лист|напиши повідомлення|жарт*|історію|розповідь|листівк*",
  brainstorming: "!ідеї|!ідей|варіанти назв|назви для",
  chat: "привіт|дякую|як справи|доброго ранку|добрий день|доброго дня",
  simple_qa: "столиця|хто написав|в якому році|хто винайшов",
  math: "!розв'яжи*|!розв’яжи*|!розв'язати|!розв’язати|!обчисли*|порахуй*|рівнянн*|похідн*|інтеграл*|ймовірніст*",
  deep_reasoning: "загадк*|головоломк*|логічн*|крок за кроком|бреше|каже правду",
};

export const CS: CueTable = {
  translation: "!přelož*|!překlad*|angličtin*|češtin*|němčin*|anglicky",
  summarization: "!shrň*|!shrnutí|!shrnout|hlavní body",
  extraction: "!vytáhni|!extrahuj*|vypiš všechn*|všechna data|všechna jména|!vytáhnout|!vypsat",
  classification: "!klasifikuj*|!roztřiď*|kategori*|pozitivní nebo negativní|pozitivní|negativní|je to spam|!klasifikovat|!roztřídit|!zařaď*",
  code_generation: "!napiš funkci|!napiš skript|!napiš kód|funkci|skript*|!napsat funkci|!napsat skript|!napsat kód",
  code_review: "nefunguje|chybová hláška|najdi chybu|zkontroluj kód",
  analysis: "!analyzuj*|!analýz*|porovnej*|výhody a nevýhody|co je lepší|vyplatí se|!analyzovat|!porovnat",
  creative_writing: "!báseň|!básničk*|povídk*|pohádk*|text písně|napiš e-mail|napiš dopis|napiš zprávu|proslov|vtip*|příběh*|přání",
  brainstorming: "!nápady|!nápadů|vymysli*|návrhy názvů|názvy pro",
  chat: "ahoj|díky|děkuji|jak se máš|dobré ráno",
  simple_qa: "hlavní město|kdo napsal|ve kterém roce|kdo vynalezl",
  math: "!vypočítej*|!spočítej*|!vyřeš*|rovnic*|derivac*|integrál*|pravděpodobnost*|!vypočítat|!spočítat",
  deep_reasoning: "hádank*|hlavolam*|logick*|krok za krokem|lže|mluví pravdu",
};

export const RO: CueTable = {
  translation: "!tradu*|!traducere|în engleză|în română",
  summarization: "!rezum*|!sintetizeaz*|ideile principale|punctele principale",
  extraction: "!extrage*|scoate toate|toate datele|toate numele",
  classification: "!clasific*|!categorisește|pozitiv sau negativ|este spam|etichetează",
  code_generation: "!scrie o funcție|!scrie o functie|!scrie un script|!scrie cod",
  code_review: "nu merge|nu funcționează|nu functioneaza|eroare|de ce nu merge|găsește bug",
  analysis: "!analizeaz*|!analiz*|compară|avantaje și dezavantaje|avantaje si dezavantaje|ce e mai bine|merită",
  creative_writing: "!poezie|!poem|poveste|povestire|versuri|scrie un mesaj|scrie un email|scrisoare|discurs|glumă|banc|felicitare|urare",
  brainstorming: "!idei|!propuneri|sugestii|nume pentru|găsește nume",
  chat: "salut|bună|mulțumesc|multumesc|ce mai faci|bună dimineața",
  simple_qa: "capitala|cine a scris|în ce an|cine a inventat",
  math: "!calculeaz*|!rezolvă|!rezolva|ecuați*|ecuati*|probabilități|!calculezi",
  deep_reasoning: "ghicitoare|ghicitori|logică|logica|pas cu pas|minte mereu|spune adevărul",
};

export const HE: CueTable = {
  translation: "!תרגם|!תרגמי|!תתרגם|!תרגום|לאנגלית|לעברית|!לתרגם|!תתרגמי",
  summarization: "!סכם|!תסכם|!סכמי|!תקציר|!סיכום|נקודות עיקריות|!לסכם",
  extraction: "!חלץ|!תחלץ|!שלוף|כל התאריכים|כל השמות|!לחלץ|!תוציא",
  classification: "!סווג|!תסווג|!מיין|חיובי או שלילי|חיובי|שלילי|ספאם|!לסווג",
  code_generation: "!כתוב פונקציה|!תכתוב פונקציה|!כתוב קוד|!תכתוב קוד|!כתוב סקריפט|פונקציה|סקריפט|!לכתוב פונקציה|!לכתוב קוד|!לכתוב סקריפט",
  code_review: "לא עובד|שגיאה|באג|למה הקוד|תבדוק את הקוד",
  analysis: "!נתח|!תנתח|!ניתוח|השווה|תשווה|השוואה|יתרונות וחסרונות|מה עדיף|!לנתח",
  creative_writing: "!שיר|סיפור|אגדה|ברכה|תכתוב הודעה|כתוב הודעה|מכתב|נאום|בדיחה",
  brainstorming: "!רעיונות|הצעות|שמות ל*|תחשוב על",
  chat: "שלום|היי|תודה|מה שלומך|מה נשמע|בוקר טוב",
  simple_qa: "עיר הבירה|בירת|מי כתב|באיזו שנה|מי המציא",
  math: "!חשב|!תחשב|!פתור|!תפתור|משוואה|נגזרת|אינטגרל|הסתברות|!לחשב|!לפתור",
  deep_reasoning: "חידה|חידות|היגיון|שלב אחר שלב|משקר|דובר אמת",
};

export const FA: CueTable = {
  translation: "!ترجمه|!ترجمه کن|به انگلیسی|به فارسی|انگلیسی‌اش",
  summarization: "!خلاصه|!خلاصه کن|نکات اصلی",
  extraction: "!استخراج|درآر|همه تاریخ‌ها|همه اسم‌ها",
  classification: "!دسته‌بندی|!دسته بندی|طبقه‌بندی|مثبت یا منفی|مثبت|منفی|اسپم",
  code_generation: "!یک تابع بنویس|!کد بنویس|!اسکریپت بنویس|اسکریپت",
  code_review: "کار نمی‌کنه|کار نمیکنه|کار نمی‌کند|خطا|ارور|باگ|چرا این کد",
  analysis: "!تحلیل|!تحلیل کن|مقایسه|مزایا و معایب|کدوم بهتره|کدام بهتر",
  creative_writing: "!شعر|داستان|قصه|متن ترانه|پیام بنویس|نامه|سخنرانی|جوک|!داستان کوتاه|!شعر بگو|!شعر بنویس",
  brainstorming: "!ایده|پیشنهاد|اسم برای",
  chat: "سلام|مرسی|ممنون|خوبی|حالت چطوره|صبح بخیر",
  simple_qa: "پایتخت|چه کسی نوشت|چه سالی|مخترع",
  math: "!حساب کن|!حل کن|معادله|مشتق|انتگرال|احتمال",
  deep_reasoning: "معما|چیستان|منطق|قدم به قدم|دروغ می‌گوید|راست می‌گوید",
};

export const TH: CueTable = {
  translation: "!แปล|เป็นภาษาอังกฤษ|เป็นภาษาไทย|ภาษาอังกฤษว่า",
  summarization: "!ช่วยสรุป|!สรุปให้|!สรุปบทความ|!สรุปเนื้อหา|ใจความสำคัญ|ประเด็นหลัก",
  extraction: "!ดึงข้อมูล|ดึงออกมา|วันที่ทั้งหมด|ชื่อทั้งหมด",
  classification: "!จัดหมวดหมู่|!จำแนก|!แยกประเภท|บวกหรือลบ|เชิงบวก|เชิงลบ|สแปม",
  code_generation: "!เขียนฟังก์ชัน|!เขียนโค้ด|!เขียนสคริปต์|ฟังก์ชัน",
  code_review: "รันไม่ผ่าน|ใช้ไม่ได้|เออเร่อ|ข้อผิดพลาด|บั๊ก|ทำไมโค้ด",
  analysis: "!วิเคราะห์|เปรียบเทียบ|ข้อดีข้อเสีย|อันไหนดีกว่า|คุ้มไหม",
  creative_writing: "!แต่งนิทาน|!แต่งเรื่อง|!แต่งเพลง|!แต่งกลอน|!กลอน|บทกวี|นิทาน|เรื่องสั้น|เนื้อเพลง|เขียนข้อความ|คำอวยพร",
  brainstorming: "!ไอเดีย|ขอไอเดีย|ตั้งชื่อ|ข้อเสนอแนะ",
  chat: "สวัสดี|ขอบคุณ|ขอบใจ|สบายดีไหม|เป็นยังไงบ้าง",
  simple_qa: "เมืองหลวง|ใครเขียน|ปีไหน|ใครคิดค้น|อะไรบ้าง|ที่ไหน|เมื่อไหร่|กี่โมง",
  math: "!คำนวณ|ต้องจ่ายเท่าไหร่|จ่ายเท่าไหร่|ตกเดือนละ|!แก้สมการ|สมการ|อนุพันธ์|ปริพันธ์|ความน่าจะเป็น|พื้นที่|เศษส่วน",
  deep_reasoning: "ปริศนา|คำทาย|ตรรกะ|ทีละขั้น|โกหก|พูดความจริง",
};

export const BN: CueTable = {
  translation: "!অনুবাদ|ইংরেজিতে|বাংলায় লিখে দাও",
  summarization: "!সারাংশ|!সংক্ষেপে|মূল কথা|মূল পয়েন্ট|!সারসংক্ষেপ",
  extraction: "!বের করো|!বের করে দাও|সব তারিখ|সব নাম",
  classification: "!শ্রেণীবদ্ধ|!শ্রেণিবিভাগ|ইতিবাচক না নেতিবাচক|ইতিবাচক|নেতিবাচক",
  code_generation: "!কোড লিখে দাও|!কোড লেখো|!ফাংশন লিখ|স্ক্রিপ্ট",
  code_review: "কাজ করছে না|এরর|ত্রুটি|বাগ",
  analysis: "!বিশ্লেষণ|তুলনা|সুবিধা অসুবিধা|কোনটা ভালো",
  creative_writing: "!কবিতা|গল্প|ছড়া|গান লিখ|চিঠি|শুভেচ্ছা বার্তা|মেসেজ লিখে দাও",
  brainstorming: "!আইডিয়া|!ধারণা দাও|নাম সাজেস্ট|পরামর্শ",
  chat: "নমস্কার|আসসালামু আলাইকুম|ধন্যবাদ|কেমন আছ",
  simple_qa: "রাজধানী|কে লিখেছেন|কোন সালে|কে আবিষ্কার",
  math: "!অংক*|!অঙ্ক*|!হিসাব করো|সমীকরণ|ক্ষেত্রফল|পরিসীমা|সম্ভাবনা|শতাংশ",
  deep_reasoning: "ধাঁধা|যুক্তি|ধাপে ধাপে|মিথ্যা বলে|সত্য বলে",
};

export const SW: CueTable = {
  translation: "!tafsiri|kwa kiingereza|kwa kiswahili|!nitafsirie|!kutafsiri",
  summarization: "!fupisha|!muhtasari|kwa ufupi|mambo makuu|!nifupishie|!kufupisha",
  extraction: "!toa tarehe|!orodhesha|tarehe zote|majina yote",
  classification: "!panga kwa makundi|!ainisha|chanya au hasi|chanya|hasi|!kuainisha",
  code_generation: "!niandikie code|!niandikie programu|!niandikie script",
  code_review: "haifanyi kazi|inaleta error|kosa kwenye code|hitilafu",
  analysis: "!changanua|!chambua|linganisha|faida na hasara|ipi ni bora|kipi ni bora",
  creative_writing: "!shairi|hadithi|wimbo|niandikie ujumbe|barua|hotuba|utani",
  brainstorming: "!mawazo|!mapendekezo|majina mazuri|nipe majina|mawazo ya majina",
  chat: "habari|mambo|asante|shikamoo|hujambo|vipi",
  simple_qa: "naomba kujua|ni upi|ni nani|ni lini|ngapi|mji mkuu|nani aliandika|mwaka gani|nani aligundua",
  math: "!hesabu|!tatua|mlinganyo|uwezekano|asilimia ngapi|!nihesabie|!kokotoa",
  deep_reasoning: "kitendawili|vitendawili|fumbo|mantiki|hatua kwa hatua|anadanganya|anasema ukweli",
};

export const TL: CueTable = {
  translation: "!isalin|!isalin mo|sa tagalog|sa ingles|!pakisalin|!i-translate",
  summarization: "!ibuod|!buod|sa madaling salita",
  extraction: "!kunin mo lahat|!ilista lahat|lahat ng petsa|lahat ng pangalan",
  classification: "!ikategorya|positibo o negatibo",
  code_generation: "!gawan mo ako ng code|!gumawa ng code|!gawan ng function|!gawan mo ng script",
  code_review: "ayaw gumana|hindi gumagana|may error|nag-e-error",
  analysis: "!ikumpara|!pagkumparahin|alin ang mas maganda|alin ang mas mabuti|alin ang mas sulit",
  creative_writing: "!tula|!gawan mo ako ng tula|kwento|kuwento|kanta|liham|mensahe para|speech para|gawan ng caption|gawan mo ako ng caption|ng caption",
  brainstorming: "!mga ideya|!ideya para|pangalan para|suggest ka ng",
  chat: "grabe|hay nako|nakakapagod|pagod na ako|wala lang|kwentuhan|kumusta|salamat|gusto ko lang ng kausap|gusto ko lang ilabas",
  simple_qa: "ibig sabihin|ano ang|sino ang|saan ang|kailan ang|magkano ang",
  math: "!kalkulahin|!kompyutin|ilan lahat",
  deep_reasoning: "bugtong|palaisipan|hakbang-hakbang|nagsisinungaling|nagsasabi ng totoo",
};
