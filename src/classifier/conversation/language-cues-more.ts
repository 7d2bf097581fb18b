/**
 * Task cue words for seven more languages of LLM traffic beyond the ten (ninth round): Dutch, Turkish, Polish,
 * Indonesian, Vietnamese, Arabic and Hindi. Written by the team from general usage (never from evaluation data), in
 * the notation of `language-cues.ts`: `word` a whole word or phrase, `stem*` a word prefix, `!` a defining cue.
 * Fewer cues per task than the ten: the verbs that name each task and the commonest phrases.
 * @module
 */

type CueTable = Readonly<Record<string, string>>;

export const NL: CueTable = {
  translation: "!vertaal*|!vertaling|in het engels|naar het engels|in het nederlands|naar het nederlands|in het duits|in het frans|!vertalen",
  summarization: "!samenvat*|!vat dit samen|!vat het samen|!vat samen|kernpunten|in het kort|korter",
  extraction: "!extraheer*|haal alle|haal de|alle datums|alle namen|zet ze in een tabel|!extraheren|!eruit halen|!haal eruit",
  classification: "!classificeer*|!categoriseer*|positief of negatief|is dit spam|label elk|geef elk een label|!classificeren|!categoriseren|!indelen in|in categorieën",
  code_generation: "!schrijf een functie|!schrijf een script|!schrijf code|functie|!functie schrijven|!script schrijven|!code schrijven",
  code_review: "werkt niet|foutmelding|waarom werkt|de fout zit",
  analysis: "!analyseer*|vergelijk*|voor- en nadelen|wat is beter|wat is slimmer|!analyseren",
  creative_writing: "!gedicht*|verhaal*|verhaaltje|songtekst|schrijf een mail|schrijf een bericht|toespraak|grapje*|bijschrift*|tekstje",
  brainstorming: "!ideeën|!verzin*|bedenk*|suggesties|namen voor|namen verzinnen|!brainstormen",
  chat: "hoi|hallo|dankjewel|dankje|dank je|bedankt|fijn om te|hoe gaat het|goedemorgen",
  simple_qa: "hoofdstad|wie schreef|in welk jaar|wie heeft",
  math: "!bereken*|reken uit|vergelijking*|afgeleide|integraal|kansberekening|oppervlakte|omtrek|!uitrekenen",
  deep_reasoning: "raadsel*|puzzel*|stap voor stap|liegen|spreekt de waarheid",
};

export const TR: CueTable = {
  translation: "!çevir*|!tercüme*|ingilizceye|türkçeye|almancaya|ingilizce olarak|türkçe olarak",
  summarization: "!özetle*|!özet*|kısaca|ana noktalar",
  extraction: "!ayıkla*|çıkarır mısın|listele*|tüm tarihler|tüm isimler",
  classification: "!sınıflandır*|!kategorize*|kategori*|olumlu mu olumsuz mu|olumlu|olumsuz|spam mı|etiketle*",
  code_generation: "!fonksiyon yaz|!kod yaz|!script yaz|betik|fonksiyon*|sorgu yaz",
  code_review: "hata veriyor|çalışmıyor|neden çalışmıyor|hatayı bul|kodu incele",
  analysis: "!analiz*|karşılaştır*|artıları ve eksileri|avantaj*|dezavantaj*|hangisi daha iyi|mantıklı mı",
  creative_writing: "!şiir*|!e-posta yaz*|!e-postası yaz*|özür e-postası|özür mesajı|yazar mısın|hikaye*|öykü*|masal*|şarkı sözü|mesaj yaz|mektup|konuşma metni|!konuşma yaz*|fıkra*",
  brainstorming: "!fikir|!fikirler*|!fikre|!öneri*|isim önerisi|isim bul",
  chat: "merhaba|selam|teşekkür*|sağ ol|nasılsın|günaydın|içimi dökmek|dertleşmek|canım sıkkın",
  simple_qa: "başkenti|kim yazdı|hangi yıl|kaç yılında",
  math: "!çöz*|!hesapla*|denklem*|türev*|olasılık*|yüzde kaç",
  deep_reasoning: "bilmece*|bulmaca*|mantık*|adım adım|yalan söyle*|doğru söyle*",
};

export const PL: CueTable = {
  translation: "!przetłumacz*|!tłumaczeni*|na angielski|na polski|na niemiecki|po angielsku|po polsku|!przełóż na|!przełożyć na",
  summarization: "!streść*|!streszczeni*|!podsumuj*|podsumowani*|w skrócie|najważniejsze punkty|krócej|!podsumować|!streścić",
  extraction: "!wyodrębnij*|!wyciągnij*|wypisz wszystkie|wszystkie daty|wszystkie nazwiska|wypisz*|!wyodrębnić|!wyciągnąć|!wypisać",
  classification: "!sklasyfikuj*|!klasyfikuj*|!skategoryzuj*|kategori*|pozytywn*|negatywn*|neutraln*|czy to spam|oznacz każd*|!sklasyfikować|!przyporządkuj*|przypisz każd*",
  code_generation: "!napisz funkcję|!napisz skrypt|!napisz kod|funkcj*|skrypt*|zapytanie sql|!napisać funkcję|!napisać skrypt|!napisać kod",
  code_review: "nie działa|dlaczego ten kod|przejrzyj kod|znajdź błąd",
  analysis: "!przeanalizuj*|!analiz*|porównaj*|plusy i minusy|zalety i wady|co się bardziej opłaca|opłaca się|!przeanalizować|!porównać",
  creative_writing: "!wiersz*|opowiadani*|bajk*|piosenk*|napisz list|napisz wiadomość|życzenia|przemówieni*|żart*|!napisać wiersz|historyjk*|opowieść|hasło reklamowe|podpis pod zdjęcie",
  brainstorming: "!pomysł*|propozycj*|nazwy dla|wymyśl*|burza mózgów",
  chat: "cześć|hej|dzięki|dziękuję|jak się masz|dzień dobry",
  simple_qa: "stolica|kto napisał|w którym roku|kto wynalazł",
  math: "!rozwiąż*|!oblicz*|policz*|równani*|pochodn*|całk*|prawdopodobieństw*|!rozwiązać",
  deep_reasoning: "zagadk*|łamigłówk*|logiczn*|krok po kroku|kłamie|kłamią|mówi prawdę",
};

export const ID: CueTable = {
  translation: "!terjemahkan|!terjemahin|!terjemahan|ke bahasa inggris|ke bahasa indonesia|dalam bahasa inggris|!menerjemahkan|!diterjemahkan",
  summarization: "!ringkas*|!rangkum*|intinya|poin penting|singkatnya|!merangkum|!meringkas",
  extraction: "!ekstrak*|ambil semua|semua tanggal|semua nama|daftar semua|!mengekstrak",
  classification: "!klasifikasi*|!kategorikan|kategori*|positif atau negatif|sentimen|spam atau bukan|!mengklasifikasikan|!kelompokkan|!mengelompokkan",
  code_generation: "!buatkan fungsi|!bikin fungsi|!buat fungsi|!buatkan script|!bikinin script|!buatkan kode|fungsi*|skrip*|!buatkan kode|!tuliskan kode|!bikinin kode|!bikin kode",
  code_review: "tidak jalan|gak jalan|nggak jalan|kenapa kode|kenapa error",
  analysis: "!analisis*|!analisa*|bandingkan|kelebihan dan kekurangan|mending mana|lebih baik mana|untung rugi|!menganalisis|!menganalisa|!bandingin",
  creative_writing: "!puisi*|cerita*|cerpen|dongeng|lirik|pantun|ucapan*|tuliskan pesan|surat*|lelucon",
  brainstorming: "!ide bisnis|!ide usaha|!ide nama|!cari ide|!ada ide|!saran*|nama buat|nama untuk|!ide untuk|!kasih ide|minta ide",
  chat: "halo|hai|makasih|terima kasih|apa kabar|selamat pagi|curhat*",
  simple_qa: "ibu kota|siapa yang menulis|tahun berapa|siapa penemu",
  math: "!hitung*|!selesaikan*|persamaan*|turunan*|peluang*|!menghitung",
  deep_reasoning: "!teka-teki|!teka teki|tebak-tebakan|tebakan|logika*|langkah demi langkah|berbohong|jujur",
};

export const VI: CueTable = {
  translation: "!dịch|!dịch sang|sang tiếng anh|sang tiếng việt|bằng tiếng anh",
  summarization: "!tóm tắt|tóm lại|ý chính|ngắn gọn",
  extraction: "!trích xuất|!tách giúp|!tách ra|lọc ra|lấy ra|liệt kê tất cả|tất cả các ngày",
  classification: "!phân loại|tích cực hay tiêu cực|cảm xúc|gắn nhãn",
  code_generation: "!viết hàm|!viết code|!viết đoạn code|!viết script|câu truy vấn",
  code_review: "bị lỗi|báo lỗi|không chạy|sửa lỗi|tại sao code",
  analysis: "!phân tích|so sánh|ưu nhược điểm|nên chọn|có nên",
  creative_writing: "!bài thơ|!làm thơ|câu chuyện|truyện ngắn|lời bài hát|viết thư|lời chúc|viết tin nhắn|viết truyện|kể chuyện|khẩu hiệu|lời chúc|thiệp chúc|thiệp mừng",
  brainstorming: "!ý tưởng|gợi ý|đặt tên|tên cho",
  chat: "xin chào|chào bạn|cảm ơn|bạn khỏe không|tâm sự",
  simple_qa: "bao nhiêu|mấy phút|là gì|ở đâu|khi nào|thủ đô|ai viết|năm nào|ai phát minh",
  math: "!giải phương trình|!tính giúp|!hãy tính|phương trình|đạo hàm|tích phân|xác suất|diện tích",
  deep_reasoning: "câu đố|đố vui|từng bước|nói dối|nói thật",
};

export const AR: CueTable = {
  translation: "!ترجم*|!تترجم*|!يترجم*|للفرنسية|للإنجليزية|للانجليزية|الى الفرنسية|إلى الفرنسية|!ترجمة|إلى الإنجليزية|الى الانجليزية|إلى العربية|بالإنجليزي",
  summarization: "!لخص*|!ملخص|!تلخيص|باختصار|النقاط الرئيسية|!اختصر",
  extraction: "!استخرج*|استخراج|كل التواريخ|جميع الأسماء|!استخلص",
  classification: "!صنف*|!صنّف*|!تصنيف|إيجابي أم سلبي|إيجابي*|سلبي*|محايد*",
  code_generation: "!اكتب دالة|!اكتب كود|!اكتب سكربت|دالة|سكربت",
  code_review: "لا يعمل|ما يشتغل|مشكلة في الكود|ليش الكود|لماذا الكود",
  analysis: "!حلل*|!تحليل|رأيك|قارن|مقارنة|الإيجابيات والسلبيات|أيهما أفضل|ايهما افضل",
  creative_writing: "!قصيدة|!صياغة خطاب|!صياغة رسالة|!اكتب خطاب|خطاب شكر|رسالة شكر|!قصة|شعر|رسالة تهنئة|اكتب رسالة|نكتة",
  brainstorming: "!أفكار|!افكار|اقتراحات",
  chat: "مرحبا|السلام عليكم|شكرا|كيف حالك|صباح الخير|فضفضة",
  simple_qa: "عاصمة|من كتب|في أي سنة|من اخترع",
  math: "!احسب|!حل المعادلة|سؤال رياضيات|سؤال في الرياضيات|معادلة|مشتقة|تكامل|احتمال",
  deep_reasoning: "لغز|ألغاز|منطق|خطوة بخطوة|يكذب|يقول الحقيقة",
};

export const HI: CueTable = {
  translation: "!अनुवाद|!ट्रांसलेट|अंग्रेज़ी में|अंग्रेजी में",
  summarization: "!सारांश|!संक्षेप|मुख्य बातें|!सार",
  extraction: "!निकालो|!निकालें|सभी तारीखें|सभी नाम",
  classification: "!वर्गीकृत|!वर्गीकरण|सकारात्मक या नकारात्मक|सकारात्मक|नकारात्मक|श्रेणी",
  code_generation: "!फ़ंक्शन लिखो|!कोड लिखो|!स्क्रिप्ट लिखो|फंक्शन",
  code_review: "एरर|त्रुटि|काम नहीं कर रहा|क्यों नहीं चल",
  analysis: "!विश्लेषण|तुलना|फायदे और नुकसान|कौन सा बेहतर",
  creative_writing: "!कविता|कहानी|गीत|शायरी|!मैसेज लिख|!संदेश लिख|बधाई|चुटकुला|निबंध|नारा",
  brainstorming: "!आइडिया|!सुझाव|नाम सुझा|विचार",
  chat: "नमस्ते|धन्यवाद|शुक्रिया|कैसे हो|क्या हाल|सुप्रभात|कैसे हैं|शुभ संध्या",
  simple_qa: "राजधानी|किसने लिखा|किस साल",
  math: "!हल करो|!गणना|समीकरण|प्रायिकता|कितना होगा",
  deep_reasoning: "पहेली|तर्क|कदम दर कदम|झूठ बोलता|सच बोलता",
};
