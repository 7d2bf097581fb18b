/**
 * Task cue words for seven more languages of LLM traffic beyond the ten (ninth round): Dutch, Turkish, Polish,
 * Indonesian, Vietnamese, Arabic and Hindi. Written by the team from general usage (never from evaluation data), in
 * the notation of `language-cues.ts`: `word` a whole word or phrase, `stem*` a word prefix, `!` a defining cue.
 * Audited (thirteenth round) against one checklist per task: besides the verbs, the output nouns people ask for
 * ("hoofdpunten", "समरी"), the polite and question forms, and the everyday asks of code review, judgement, writing and
 * small talk. A Latin-script cue is kept out when it fires inside another language's word ("espri*" in "esprimere") or
 * when its first three letters open common English words ("als …" as "also", "loopt" as "look").
 * @module
 */

type CueTable = Readonly<Record<string, string>>;

export const NL: CueTable = {
  translation: "!vertaal*|!vertaling|in het engels|naar het engels|in het nederlands|naar het nederlands|in het duits|in het frans|!vertalen|hoe zeg je|hoe zeg ik|naar het frans|naar het duits|naar het spaans|wat betekent dit in het",
  summarization: "!samenvat*|!vat dit samen|!vat het samen|!vat samen|kernpunten|in het kort|korter|de belangrijkste punten|!vat kort samen|!vat even samen|!inkorten|!korter maken|!maak notulen|de kern van|!hoofdpunten",
  extraction: "!extraheer*|haal alle|haal de|alle datums|alle namen|zet ze in een tabel|!extraheren|!eruit halen|!haal eruit|!haal uit|!zet in een tabel|!zet het in een tabel|!maak een lijst van alle|som alle|!vul de velden|vul deze velden",
  classification: "!classificeer*|!categoriseer*|positief of negatief|is dit spam|label elk|geef elk een label|!classificeren|!categoriseren|!indelen in|in categorieën|!labelen|!rubriceer*|in welke categorie|negatief of neutraal|!sentimentanalyse|!sorteer in",
  code_generation: "!schrijf een functie|!schrijf een script|!schrijf code|functie|!functie schrijven|!script schrijven|!code schrijven|!schrijf een programma|!schrijf een query|!schrijf een sql-query|!schrijf een regex|!schrijf een klasse|!schrijf een unittest|!schrijf een test|!schrijf een python|!schrijf een bash|!implementeer*|!programmeer*|!maak een functie|!maak een script|!programma schrijven|!query schrijven|!regex schrijven|een functie die|een script dat|code die",
  code_review: "werkt niet|foutmelding|waarom werkt|de fout zit|!waarom crasht|waarom is deze query|waarom is dit zo traag|zo traag|te traag|te langzaam|waarom duurt|!bekijk mijn code|!review mijn code|!controleer mijn code|!check mijn code|wat doet deze code|geeft een fout|geeft een foutmelding|krijg een fout|krijg een foutmelding|!debug dit",
  analysis: "!analyseer*|!vergelijk|!vergelijken|vergelijkt|vergeleken|voor- en nadelen|wat is beter|wat is slimmer|!analyseren|voordelen en nadelen|plussen en minnen|wat zou jij kiezen|de moeite waard|!evalueer*|!beoordeel*|risico's|wat zeggen deze cijfers|wat betekent deze trend|!afwegen|!evalueren|!beoordelen",
  creative_writing: "!gedicht*|verhaal*|verhaaltje|songtekst|schrijf een mail|schrijf een bericht|toespraak|grapje*|bijschrift*|tekstje|!schrijf een gedicht|!schrijf een verhaal|!schrijf een toespraak|!schrijf een liedje|!schrijf een e-mail|!schrijf een brief|!schrijf een mailtje|liedje|liedtekst*|moppen|een mop|sprookje*|rijmpje*|versje*|felicitatie*|verjaardagswens*|kerstwens*|reclametekst*|!schrijf een post|onderschrift|een brief aan|een e-mail aan|een mailtje aan|heildronk|een wenskaart",
  brainstorming: "!ideeën|!verzin|!verzint|!verzinnen|bedenk*|suggesties|namen voor|namen verzinnen|!brainstormen|ideetjes|!kom met ideeën|een naam voor|voorstellen voor|wat kan ik doen|wat zou ik kunnen|!geef me opties",
  chat: "hoi|hallo|dankjewel|dankje|dank je|bedankt|fijn om te|hoe gaat het|goedemorgen|goedenavond|goedemiddag|goeiemorgen|hoe is het|dank u|dank u wel|ik ben moe|ik ben zo moe|ik ben verdrietig|ik verveel me|gewoon praten|ik baal|ik voel me",
  simple_qa: "hoofdstad|wie schreef|in welk jaar|wie heeft|wie vond|uitgevonden|hoeveel minuten|hoe lang duurt|wat betekent het woord|de betekenis van|hoeveel inwoners",
  math: "!bereken*|reken uit|vergelijking*|afgeleide|integraal|kansberekening|oppervlakte|omtrek|!uitrekenen|!los de vergelijking|!los deze vergelijking|hoeveel procent|hoeveel betaal ik|hoeveel moet ik betalen|de kans dat|bewijs dat",
  deep_reasoning: "raadsel*|puzzel*|stap voor stap|liegen|spreekt de waarheid|logische puzzel|logicapuzzel*|denkpuzzel*|liegt altijd|leugenaar*|ridders|spreekt altijd de waarheid|wie is wie|!redeneer*|denk stap voor stap",
};

export const TR: CueTable = {
  translation: "!çevir*|!tercüme*|ingilizceye|türkçeye|almancaya|ingilizce olarak|türkçe olarak|ingilizcesi ne|ingilizcesi nedir|ingilizce ne demek|nasıl denir|ispanyolcaya|türkçesi ne|türkçesi nedir",
  summarization: "!özetle*|!özet*|kısaca|ana noktalar|ana fikir|ana hatlarıyla|en önemli noktaları|!kısalt*|birkaç cümlede|üç cümlede|iki cümlede|!tutanak*|!özetler misin",
  extraction: "!ayıkla*|çıkarır mısın|listele*|tüm tarihler|tüm isimler|sadece isimleri|sadece isimler|sadece tarihleri|sadece tutarları|tüm tutarlar|tüm tutarları|tüm adresler|tüm telefon numaraları|tüm e-posta adresleri|tablo halinde|tablo olarak|liste halinde|!alanları doldur|!bilgileri çıkar|!isimleri çıkar|!tarihleri çıkar",
  classification: "!sınıflandır*|!kategorize*|kategori*|olumlu mu olumsuz mu|olumlu|olumsuz|spam mı|etiketle*|duygu analizi|hangi kategoriye|hangi kategoride|olumlu, olumsuz|!kategorilere ayır|!gruplandır*",
  code_generation: "betik|fonksiyon*|!fonksiyon yaz*|!kod yaz*|!script yaz*|!program yaz*|!sorgusu yaz*|!sorgu yaz*|!regex yaz*|!sınıf yaz*|!birim testi|!test yaz*|!kodla*|!kodunu yaz*|!kodu yaz*",
  code_review: "hata veriyor|çalışmıyor|neden çalışmıyor|hatayı bul|kodu incele|hata alıyorum|hata mesajı|neden çöküyor|çöküyor|neden yavaş|çok yavaş|yavaş çalışıyor|!kodumu incele|!kodu kontrol et|!kodumu kontrol et|bu kod ne yapıyor|!bu kodu açıkla|!hatayı düzelt|bug var",
  analysis: "!analiz*|karşılaştır*|artıları ve eksileri|avantaj*|dezavantaj*|hangisi daha iyi|mantıklı mı|!değerlendir*|!kıyasla*|artıları eksileri|hangisi daha mantıklı|hangisini seçerdin|hangisini seçmeliyim|değer mi|riskleri|riskler|bu rakamlar|eğilim*",
  creative_writing: "!şiir*|!e-posta yaz*|!e-postası yaz*|özür e-postası|özür mesajı|yazar mısın|hikaye*|öykü*|masal*|şarkı sözü|mektup|konuşma metni|!konuşma yaz*|fıkra*|!hikaye yaz*|!bir hikaye|şarkı sözleri|kadeh kaldırma|doğum günü mesajı|tebrik*|kutlama mesajı|bayram mesajı|yılbaşı mesajı|reklam metni|!gönderi yaz*|!mail yaz*|!mektup yaz*|!mesaj yaz*|espri|espriler",
  brainstorming: "!fikir|!fikirler*|!fikre|!öneri*|isim önerisi|isim bul|!beyin fırtınası|isim önerileri|neler yapabilirim|ne yapabilirim",
  chat: "merhaba|selam|teşekkür*|sağ ol|nasılsın|günaydın|içimi dökmek|dertleşmek|canım sıkkın|iyi akşamlar|iyi geceler|naber|nasılsınız|sağ olun|çok yorgunum|yoruldum|sıkıldım|sohbet edelim|biraz sohbet|sadece konuşmak",
  simple_qa: "başkenti|kim yazdı|hangi yıl|kaç yılında|kim icat etti|kim buldu|kaç dakika|ne kadar sürer|kelimesinin anlamı|kelimesi ne demek|hangi yılda",
  math: "!çöz*|!hesapla*|denklem*|türev*|olasılık*|yüzde kaç|yüzdesi|kaç lira öderim|ne kadar öderim|ne kadar ödeyeceğim|ispatla*|kanıtla*",
  deep_reasoning: "bilmece*|bulmaca*|mantık*|adım adım|yalan söyle*|doğru söyle*|şövalye*|yalancı*|hep yalan|doğruyu söyle*|kim kimdir|zeka sorusu",
};

export const PL: CueTable = {
  translation: "!przetłumacz*|!tłumaczeni*|na angielski|na polski|na niemiecki|po angielsku|po polsku|!przełóż na|!przełożyć na|jak powiedzieć|jak się mówi|na hiszpański|na francuski|na włoski",
  summarization: "!streść*|!streszczeni*|!podsumuj*|podsumowani*|w skrócie|najważniejsze punkty|krócej|!podsumować|!streścić|najważniejsze informacje|w kilku zdaniach|w trzech zdaniach|w dwóch zdaniach|w punktach|!skróć*|sedno",
  extraction: "!wyodrębnij*|!wyciągnij*|wypisz wszystkie|wszystkie daty|wszystkie nazwiska|wypisz*|!wyodrębnić|!wyciągnąć|!wypisać|tylko nazwiska|tylko imiona|tylko daty|tylko kwoty|wszystkie kwoty|wszystkie adresy|wszystkie numery|wszystkie imiona|w formie tabeli|jako tabelę|w tabelce|jako json|w formacie json|jako listę|!uzupełnij pola|!wyłuskaj*",
  classification: "!sklasyfikuj*|!klasyfikuj*|!skategoryzuj*|kategori*|pozytywn*|negatywn*|neutraln*|czy to spam|oznacz każd*|!sklasyfikować|!przyporządkuj*|przypisz każd*|która kategoria|sentyment*|!otaguj*",
  code_generation: "!napisz funkcję|!napisz skrypt|!napisz kod|funkcj*|skrypt*|zapytanie sql|!napisać funkcję|!napisać skrypt|!napisać kod|!napisz program|!napisz zapytanie|!napisz klasę|!napisz test|!napisz testy|!napisz wyrażenie regularne|!napisz regex|!zaimplementuj*|!zaprogramuj*|!stwórz funkcję|!napisać program|!napisać zapytanie|kod, który",
  code_review: "nie działa|dlaczego ten kod|przejrzyj kod|znajdź błąd|wywala się|dlaczego się wywala|wyrzuca błąd|komunikat błędu|komunikat o błędzie|działa wolno|za wolno|dlaczego jest wolne|dlaczego to zapytanie|!sprawdź mój kod|!sprawdź kod|!przejrzyj mój kod|!wyjaśnij ten kod|co robi ten kod|zoptymalizuj*|mam błąd|wyskakuje błąd",
  analysis: "!przeanalizuj*|!analiz*|porównaj*|plusy i minusy|zalety i wady|co się bardziej opłaca|opłaca się|!przeanalizować|!porównać|!oceń*|co lepsze|co jest lepsze|który jest lepszy|która jest lepsza|co byś wybrał|co byś wybrała|czy warto|czy powinienem|czy powinnam|ryzyk*|wady i zalety|za i przeciw|co oznaczają te|ten trend|!ocenić",
  creative_writing: "!wiersz*|opowiadani*|bajk*|piosenk*|napisz list|napisz wiadomość|życzenia|przemówieni*|żart*|!napisać wiersz|historyjk*|opowieść|hasło reklamowe|podpis pod zdjęcie|!napisz opowiadanie|tekst piosenki|kawały|kawał o|przemowę|kartka z życzeniami|kartkę z życzeniami|slogan reklamowy|tekst reklamowy|!napisz post|!napisz maila|!napisz e-mail|!napisz e-maila|mail do|wiadomość do",
  brainstorming: "!pomysł*|propozycj*|nazwy dla|wymyśl*|burza mózgów|!zaproponuj*|!podsuń*|co mogę zrobić|co mógłbym|co mogłabym|jakieś opcje|!podaj pomysły",
  chat: "cześć|hej|dzięki|dziękuję|jak się masz|dzień dobry|dobry wieczór|siema|hejka|co słychać|co u ciebie|jestem zmęczony|jestem zmęczona|jest mi smutno|nudzi mi się|chcę pogadać|pogadać|dziękuję bardzo|dzięki wielkie",
  simple_qa: "stolica|kto napisał|w którym roku|kto wynalazł|kto wymyślił|ile minut|ile trwa|co oznacza słowo|co znaczy słowo|jak długo trwa",
  math: "!rozwiąż*|!oblicz*|policz*|równani*|pochodn*|całk*|prawdopodobieństw*|!rozwiązać|!wylicz*|ile to jest|ile zapłacę|ile procent|procent z|pierwiastek|udowodnij",
  deep_reasoning: "zagadk*|łamigłówk*|logiczn*|krok po kroku|kłamie|kłamią|mówi prawdę|rycerz*|kłamca|kłamcy|zawsze kłamie|zawsze mówi prawdę|kto jest kim",
};

export const ID: CueTable = {
  translation: "!terjemahkan|!terjemahin|!terjemahan|ke bahasa inggris|ke bahasa indonesia|dalam bahasa inggris|!menerjemahkan|!diterjemahkan|bahasa inggrisnya|inggrisnya apa|ke bahasa jepang|ke bahasa arab|ke bahasa mandarin|bagaimana mengatakan|gimana bilang",
  summarization: "!ringkas*|!rangkum*|intinya|poin penting|singkatnya|!merangkum|!meringkas|poin-poin penting|poin utama|garis besar|!persingkat|!singkatkan|dalam beberapa kalimat|dalam tiga kalimat|dalam 3 kalimat|!buat notulen",
  extraction: "!ekstrak*|ambil semua|semua tanggal|semua nama|daftar semua|!mengekstrak|hanya nama|cuma nama|semua nominal|semua jumlah|semua alamat|semua nomor telepon|semua nomor hp|dalam bentuk tabel|jadikan tabel|dalam format json|!isi kolom|!ambilkan|sebutkan semua",
  classification: "!klasifikasi*|!kategorikan|kategori*|positif atau negatif|sentimen|spam atau bukan|!mengklasifikasikan|!kelompokkan|!mengelompokkan|!labeli|!beri label|kategori mana|masuk kategori|!golongkan",
  code_generation: "!buatkan fungsi|!bikin fungsi|!buat fungsi|!buatkan script|!bikinin script|!buatkan kode|fungsi*|skrip*|!tuliskan kode|!bikinin kode|!bikin kode|!buatkan program|!buatkan query|!buatkan regex|!buatkan class|!buatkan unit test|!buat program|!bikin program|!bikinin program|!buatin fungsi|!buatin script|!buatin kode|!buatin program|!implementasikan",
  code_review: "tidak jalan|gak jalan|nggak jalan|kenapa kode|kenapa error|kenapa lambat|lambat banget|terlalu lambat|pesan error|muncul error|kena error|ada bug|!cek kode|!cek kodeku|!review kode|!jelaskan kode|kenapa crash|kenapa query|kode ini ngapain",
  analysis: "!analisis*|!analisa*|bandingkan|kelebihan dan kekurangan|mending mana|lebih baik mana|untung rugi|!menganalisis|!menganalisa|!bandingin|!evaluasi*|kekurangan dan kelebihan|lebih bagus mana|pilih mana|sebaiknya pilih|apa arti angka|tren ini|risikonya",
  creative_writing: "!puisi*|cerita*|cerpen|dongeng|lirik|pantun|ucapan*|tuliskan pesan|surat*|lelucon|!buatkan cerita|!tuliskan cerita|!bikin cerita|!bikinin cerita|lagu|pidato|sambutan|!buatkan caption|!bikinin caption|!tuliskan email|!buatkan email|!buatkan pesan|!buatkan surat|slogan untuk",
  brainstorming: "!ide bisnis|!ide usaha|!ide nama|!cari ide|!ada ide|!saran*|nama buat|nama untuk|!ide untuk|!kasih ide|minta ide|!berikan ide|usulan|!usulkan|nama yang bagus|rekomendasi nama|apa saja yang bisa|beberapa opsi",
  chat: "halo|hai|makasih|terima kasih|apa kabar|selamat pagi|curhat*|selamat malam|selamat siang|selamat sore|aku capek|aku sedih|lagi bosan|aku bosan|cuma mau ngobrol|ngobrol|makasih ya",
  simple_qa: "ibu kota|siapa yang menulis|tahun berapa|siapa penemu|siapa yang menemukan|berapa menit|berapa lama|arti kata|apa arti",
  math: "!hitung*|!selesaikan*|persamaan*|turunan*|peluang*|!menghitung|berapa persen|berapa yang harus|!buktikan|akar kuadrat",
  deep_reasoning: "!teka-teki|!teka teki|tebak-tebakan|tebakan|logika*|langkah demi langkah|berbohong|jujur|ksatria|pembohong|selalu berbohong|selalu jujur|berkata jujur|siapa yang jujur",
};

export const VI: CueTable = {
  translation: "!dịch|!dịch sang|sang tiếng anh|sang tiếng việt|bằng tiếng anh|!dịch giúp|!dịch hộ|nói thế nào|nói như thế nào|sang tiếng nhật|sang tiếng pháp|sang tiếng trung|sang tiếng hàn|!phiên dịch|!chuyển ngữ",
  summarization: "!tóm tắt|tóm lại|ý chính|ngắn gọn|những điểm chính|điểm chính|nội dung chính|!rút gọn|!viết ngắn lại|ngắn lại|trong ba câu|trong 3 câu|vài câu|gạch đầu dòng|biên bản cuộc họp|biên bản họp",
  extraction: "!trích xuất|!tách giúp|!tách ra|lọc ra|lấy ra|liệt kê tất cả|tất cả các ngày|chỉ lấy|lấy tất cả|tất cả tên|tất cả số điện thoại|tất cả địa chỉ|tất cả số tiền|dạng bảng|dạng json|dạng danh sách|!điền vào các trường|!rút trích",
  classification: "!phân loại|tích cực hay tiêu cực|cảm xúc|gắn nhãn|!gán nhãn|!phân nhóm|!xếp loại|tích cực|trung tính|thuộc loại nào|thuộc danh mục nào|có phải spam|thư rác",
  code_generation: "!viết hàm|!viết code|!viết đoạn code|!viết script|câu truy vấn|!viết chương trình|!viết một hàm|!viết truy vấn|!viết regex|!viết class|!viết unit test|!viết test|!viết mã|đoạn code|đoạn mã",
  code_review: "bị lỗi|báo lỗi|không chạy|sửa lỗi|tại sao code|quá chậm|tại sao chậm|bị crash|bị treo|!kiểm tra code|!review code|!xem giúp code|!giải thích đoạn code|code này làm gì|tối ưu câu truy vấn|tối ưu code",
  analysis: "!phân tích|so sánh|ưu nhược điểm|nên chọn|có nên|ưu và nhược điểm|ưu điểm và nhược điểm|cái nào tốt hơn|nên chọn cái nào|có đáng không|rủi ro|những con số này|xu hướng|đánh giá giúp",
  creative_writing: "!bài thơ|!làm thơ|câu chuyện|truyện ngắn|lời bài hát|lời chúc|viết tin nhắn|viết truyện|kể chuyện|khẩu hiệu|thiệp chúc|thiệp mừng|!viết thơ|bài hát|!sáng tác|truyện cười|chuyện cười|bài phát biểu|!viết email|!viết thư|!viết bài đăng|bài đăng facebook|quảng cáo",
  brainstorming: "!ý tưởng|gợi ý|đặt tên|tên cho|!đề xuất|vài phương án|có thể làm gì|!gợi ý cho",
  chat: "xin chào|chào bạn|cảm ơn|bạn khỏe không|tâm sự|khỏe không|buồn quá|muốn nói chuyện|cảm ơn nhiều|cám ơn",
  simple_qa: "bao nhiêu|mấy phút|là gì|ở đâu|khi nào|thủ đô|ai viết|năm nào|ai phát minh|ai là người phát minh|bao lâu|nghĩa là gì|có nghĩa là gì",
  math: "!giải phương trình|!tính giúp|!hãy tính|phương trình|đạo hàm|tích phân|xác suất|diện tích|!tính toán|!giải bài toán|!giải giúp|bài toán|phần trăm|bao nhiêu phần trăm|phải trả bao nhiêu|!chứng minh",
  deep_reasoning: "câu đố|đố vui|từng bước|nói dối|nói thật|hiệp sĩ|kẻ nói dối|luôn nói dối|luôn nói thật|ai là ai|bài toán logic|suy luận|đồng xu giả|đồng giả|cân đĩa|lần cân",
};

export const AR: CueTable = {
  translation: "!ترجم*|!تترجم*|!يترجم*|للفرنسية|للإنجليزية|للانجليزية|الى الفرنسية|إلى الفرنسية|!ترجمة|إلى الإنجليزية|الى الانجليزية|إلى العربية|بالإنجليزي|كيف أقول|كيف اقول|كيف تقول|كيف نقول|بالإنجليزية|بالانجليزية|بالانجليزي|الى العربية|للعربية",
  summarization: "!لخص*|!ملخص|!تلخيص|باختصار|النقاط الرئيسية|!اختصر|!لخّص*|أهم النقاط|اهم النقاط|النقاط الأساسية|الأفكار الرئيسية|الفكرة العامة|الزبدة|في جملتين|في ثلاث جمل|محضر الاجتماع|!قصّر النص|!اختصرها|!ملخّص",
  extraction: "استخراج|كل التواريخ|جميع الأسماء|!استخلص|الأسماء فقط|التواريخ فقط|المبالغ فقط|فقط الأسماء|جميع التواريخ|كل الأسماء|كل المبالغ|أرقام الهواتف|جميع العناوين|في جدول|على شكل جدول|بصيغة json|على شكل قائمة|!املأ الحقول|!استخرج*",
  classification: "!صنف*|!صنّف*|!تصنيف|إيجابي أم سلبي|إيجابي*|سلبي*|محايد*|أي فئة|إلى أي فئة|تحليل المشاعر|رسالة مزعجة|سبام|!حدد الفئة|!صنفها|!صنّفها",
  code_generation: "!اكتب دالة|!اكتب كود|!اكتب سكربت|دالة|سكربت|!اكتب برنامج|!اكتب استعلام|!اكتب كلاس|!اكتب فنكشن|!اكتب دالّة|!اكتب اختبار|!اكتب لي كود|!اكتبلي كود|!سوي كود|!اعمل كود|!برمج*|كود بايثون",
  code_review: "لا يعمل|ما يشتغل|مشكلة في الكود|ليش الكود|لماذا الكود|خطأ في الكود|رسالة خطأ|رسالة الخطأ|يعطيني خطأ|يطلع خطأ|يعطي خطأ|لماذا يتوقف|لماذا بطيء|بطيء جدا|بطيء جداً|!راجع الكود|!راجع كودي|!اشرح الكود|!اشرح هذا الكود|ماذا يفعل هذا الكود",
  analysis: "!حلل*|!تحليل|رأيك|قارن|مقارنة|الإيجابيات والسلبيات|أيهما أفضل|ايهما افضل|!قيّم|المزايا والعيوب|إيجابيات وسلبيات|ايجابيات وسلبيات|أيهما تختار|ايهما تختار|هل يستحق|هل يستاهل|المخاطر|ماذا تعني هذه الأرقام|!قارن بين",
  creative_writing: "!قصيدة|!صياغة خطاب|!صياغة رسالة|!اكتب خطاب|خطاب شكر|رسالة شكر|!قصة|شعر|رسالة تهنئة|اكتب رسالة|نكتة|أغنية|كلمات أغنية|نكت|نكتة عن|خطبة|بطاقة تهنئة|شعار|نص إعلاني|منشور|بوست|!اكتب إيميل|!اكتب ايميل|!اكتب بريد|!اكتب قصة|!اكتب قصيدة|!اكتب لي رسالة|!اكتب خاطرة",
  brainstorming: "!أفكار|!افكار|اقتراحات|!اقترح*|!عصف ذهني|ماذا يمكنني|شو ممكن|أسماء لـ|أسماء مقترحة",
  chat: "مرحبا|السلام عليكم|شكرا|كيف حالك|صباح الخير|فضفضة|أهلا|اهلا|مساء الخير|كيفك|شلونك|ازيك|تعبان|تعبانة|زهقان|زهقانة|حزين|حزينة|أشعر بالملل|بدي احكي|أريد أن أتحدث|شكراً|شكرًا|مشكور",
  simple_qa: "عاصمة|من كتب|في أي سنة|من اخترع|كم دقيقة|كم يستغرق|ما معنى كلمة|معنى كلمة|في أي عام|متى تأسست",
  math: "!احسب|!حل المعادلة|سؤال رياضيات|سؤال في الرياضيات|معادلة|مشتقة|تكامل|احتمال|!احسبي|!احسب لي|!حل المسألة|!حل هذه المعادلة|!أثبت أن|!اثبت ان|نسبة مئوية|النسبة المئوية|كم سأدفع|مسألة رياضية|المعادلة|المشتقة|التكامل|الاحتمال|احتمالية",
  deep_reasoning: "لغز|ألغاز|منطق|خطوة بخطوة|يكذب|يقول الحقيقة|فارس|فرسان|كاذب|كذاب|يكذب دائما|يكذب دائماً|دائما يكذب|يقول الصدق|الصدق دائما|أحجية|فزورة|فوازير",
};

export const HI: CueTable = {
  translation: "!अनुवाद|!ट्रांसलेट|अंग्रेज़ी में|अंग्रेजी में|इंग्लिश में|कैसे कहते हैं|कैसे बोलते हैं|!भाषांतर",
  summarization: "!सारांश|!संक्षेप|मुख्य बातें|!सार|!समरी|मुख्य बिंदु|खास बातें|मुख्य पॉइंट|!छोटा कर*|कुछ वाक्यों में|तीन वाक्यों में|बैठक का विवरण",
  extraction: "!निकालो|!निकालें|सभी तारीखें|सभी नाम|!निकाल दो|!निकालिए|सिर्फ नाम|केवल नाम|सारी तारीखें|सभी पते|फ़ोन नंबर|फोन नंबर|टेबल में|तालिका में",
  classification: "!वर्गीकृत|!वर्गीकरण|सकारात्मक या नकारात्मक|सकारात्मक|नकारात्मक|श्रेणी|किस श्रेणी|तटस्थ|स्पैम|!लेबल लगा*|!टैग करो|!छांटो|!श्रेणी में रख*",
  code_generation: "फंक्शन|!फ़ंक्शन लिख*|!फंक्शन लिख*|!कोड लिख*|!स्क्रिप्ट लिख*|!प्रोग्राम लिख*|!क्वेरी लिख*|!प्रोग्राम बना*|!कोड बना*",
  code_review: "एरर|त्रुटि|काम नहीं कर रहा|क्यों नहीं चल|काम नहीं कर रही|क्रैश|धीमा क्यों|बहुत धीमा|स्लो क्यों|!कोड चेक|!कोड की समीक्षा|!कोड रिव्यू|यह कोड क्या करता|!कोड समझा*|बग",
  analysis: "!विश्लेषण|तुलना|फायदे और नुकसान|कौन सा बेहतर|!तुलना कर*|फ़ायदे और नुकसान|लाभ और हानि|कौन सी बेहतर|कौन सा अच्छा|जोखिम|!मूल्यांकन|इन आंकड़ों",
  creative_writing: "!कविता|कहानी|गीत|शायरी|बधाई|चुटकुला|निबंध|नारा|गाना|गाने के बोल|जोक|भाषण|शुभकामना|शुभकामनाएं|शुभकामनाएँ|स्लोगन|विज्ञापन|कैप्शन|!ईमेल लिख*|!पत्र लिख*|!चिट्ठी लिख*|!मैसेज लिख*|!संदेश लिख*|!कविता लिख*|!कहानी लिख*",
  brainstorming: "!आइडिया|!सुझाव|विचार|आइडियाज़|आइडियाज|नाम सुझा*|!उपाय बताओ|!ब्रेनस्टॉर्म",
  chat: "नमस्ते|धन्यवाद|शुक्रिया|कैसे हो|क्या हाल|सुप्रभात|कैसे हैं|शुभ संध्या|हेलो|हाय|शुभ रात्रि|कैसी हो|थक गया|थक गई|उदास|बोर हो रहा|बोर हो रही|बात करनी है|थैंक्स|थैंक यू",
  simple_qa: "राजधानी|किसने लिखा|किस साल|किसने आविष्कार|किसने बनाया|किस वर्ष|कितने मिनट|कितना समय|का अर्थ|का मतलब क्या",
  math: "!हल करो|!गणना|समीकरण|प्रायिकता|कितना होगा|!हल कीजिए|!हल करें|!गणना कर*|!हिसाब लगा*|!कैलकुलेट|प्रतिशत|कितना देना होगा|अवकलज|समाकलन|!सिद्ध करो|!साबित करो|कितने समय में|कितना समय लगेगा",
  deep_reasoning: "पहेली|तर्क|कदम दर कदम|झूठ बोलता|सच बोलता|हमेशा झूठ|हमेशा सच|झूठा|कौन कौन है|तार्किक",
};
