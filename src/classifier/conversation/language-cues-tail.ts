/**
 * Task cue words for eight more languages (eleventh round): Danish, Norwegian Bokmål, Finnish, Hungarian, Catalan,
 * Malay, Urdu and Slovak. Written by the team from general usage (never from evaluation data), in the notation of
 * `language-cues.ts`: `word` a whole word or phrase, `stem*` a word prefix, `!` a defining cue. Besides the imperative,
 * each defining verb is written in the forms people type when they ask politely or as a question (the infinitive after
 * "can you", the conditional: "kan du oversætte", "voisitko kääntää", "meg tudnád csinálni"), and each task names its
 * commonest output nouns.
 *
 * A cue counts once per table it is written in, so a form another table already has is not written again (the
 * look-alike test in `language-cues-tail.test.ts` fails on such a repeat):
 * - Bokmål shares much of its written Danish ("fungerer ikke", "hovedstad", "sammenlign", "kategoriser"): those are
 *   in `DA` only, and `NB` holds the forms that differ ("oversett", "oppsummer", "funksjon", "regn ut").
 * - Malay shares Indonesian's "terjemahkan", "ringkas", "puisi", "hitung"…: `ID` has them; `MS` holds Malay's own
 *   words ("senaraikan", "kapsyen", "berbaloi", "ibu negara"). Words that mean something else in Indonesian are left
 *   out ("kira" is "guess" there, "cadangan" "a backup", "ralat" "a correction").
 * - Catalan's "tradu…", "classifica", "calcula", "no funciona" are matched by the Italian, French and Spanish tables.
 * - Slovak's forms that Czech writes the same ("nefunguje", "nápady", "hádanka") are in `CS`.
 * - Urdu's "ترجمہ" is matched by Arabic's "ترجم*"; its words with Urdu letters (ہ ی ک ے ں) are its own.
 * Finnish and Hungarian add endings to a stem, so their verbs are stems (`!kääntä*`, `!összefoglal*`), cut where no
 * common word of another meaning starts the same way ("laske*" would catch "laskeutua", so it is not a stem).
 * @module
 */

type CueTable = Readonly<Record<string, string>>;

export const DA: CueTable = {
  translation: "!oversæt*|til engelsk|til dansk|på dansk|til tysk|hvad hedder det på",
  summarization: "!opsummer*|!sammenfat*|!sammendrag|!resumé|hovedpunkter*|de vigtigste pointer",
  extraction: "!udtræk*|!træk ud|træk alle|alle datoer|alle navne|alle beløb|liste over alle|en tabel med",
  classification: "!klassificer|!klassificere|!klassificering|!kategoriser|!kategorisere|!kategorisering|er det spam|hvilken kategori",
  code_generation: "!skriv kode|!skrive kode|!skriv et script|!skrive et script|!skrive en funktion|!skriv et program",
  code_review: "virker ikke|fungerer ikke|fejlmeddelelse*|hvorfor crasher|find fejlen|gennemgå koden|kig på koden",
  analysis: "!analyser|!analysere|!analysér|sammenlign*|fordele og ulemper|hvad er bedst|kan det betale sig|betaler det sig",
  creative_writing: "!digt|!digtet|!digte|historie om|novelle|eventyr|sangtekst*|skriv en mail|skriv en e-mail|skriv et brev|skrive en hilsen|skriv en hilsen|en hilsen til|en tale til|holde en tale|vittighed*|billedtekst*|opslag til",
  brainstorming: "!ideer|!forslag til|navneforslag|navne til|kom med forslag",
  chat: "tusind tak|mange tak|tak for hjælpen|hvordan har du det|hvordan går det|god morgen|godmorgen|trænger til at snakke|brug for at snakke|sikke en dag",
  simple_qa: "hovedstad*|hvem skrev|hvilket år|hvem opfandt",
  math: "!beregn*|!udregn*|!regn ud|!løs ligningen|ligning*|sandsynlighed*",
  deep_reasoning: "gåde|gåden|gåder|trin for trin|lyver|taler sandt|siger sandheden",
};

export const NB: CueTable = {
  translation: "!oversett*|til norsk|på norsk|hva heter det på",
  summarization: "!oppsummer*|!sammenfatt*|!resymé",
  extraction: "!trekk ut|!hent ut|alle datoene|alle navnene",
  classification: "!klassifiser*|merk hver",
  code_generation: "!skriv en funksjon|!skrive en funksjon|!lag en funksjon|!skriv et skript|!skrive et skript|funksjon",
  code_review: "feilmelding*|finn feilen|hvorfor krasjer|se over koden|gå gjennom koden",
  analysis: "fordeler og ulemper|hva er best|lønner det seg",
  creative_writing: "!skriv et dikt|!skrive et dikt|!skriv en fortelling|!skrive en fortelling|fortelling*|bildetekst*|skriv en e-post|skrive en e-post|vits|vitser",
  brainstorming: "!finn på|noen ideer|gi meg ideer",
  chat: "hei|takk|tusen takk",
  simple_qa: "hvem fant opp",
  math: "!regn ut|!løs likningen|likning*|sannsynlighet*|derivert*",
  deep_reasoning: "gåte|gåten|gåter|steg for steg|snakker sant|sier sannheten",
};

export const FI: CueTable = {
  translation: "!käännä*|!kääntä*|!käännö*|englanniksi|suomeksi|ruotsiksi|saksaksi",
  summarization: "!tiivistä*|!yhteenve*|tiivistelmä*|pääkohdat",
  extraction: "!poimi*|!erittele*|kaikki päivämäärät|kaikki nimet|listaa kaikki|luettele kaikki|taulukoksi|taulukkoon",
  classification: "!luokitel*|!luokittel*|!kategorisoi*|positiivinen vai negatiivinen|onko tämä roskapostia|mihin luokkaan|mihin kategoriaan",
  code_generation: "!kirjoita funktio|!kirjoita skripti|!kirjoita koodi|!kirjoita ohjelma|funktio|funktiota|skripti|skriptin",
  code_review: "ei toimi|virheilmoitus*|miksi tämä koodi|etsi virhe|korjaa koodi|katso koodi",
  analysis: "!analysoi*|!vertaile*|vertaa|hyvät ja huonot puolet|plussat ja miinukset|kannattaako",
  creative_writing: "!runo|!runon|!runoa|!runoja|tarina*|novelli*|laulun sanat|kirjoita sähköposti|kirjoita viesti|kirje|kirjeen|vitsi|vitsin|vitsejä|iskulause*|mainosteksti*|kuvateksti*",
  brainstorming: "!ideoi*|nimiehdotu*|keksisitkö|keksitkö|keksi nimi*|keksi ideoita|ehdotuksia",
  chat: "moi moi|moikka|kiitos|mitä kuuluu|huomenta|hyvää huomenta|en jaksa|purkaa tuntoja|avautua",
  simple_qa: "pääkaupunki*|kuka kirjoitti|minä vuonna|kuka keksi",
  math: "!laske|!laskea|!laskisitko|!laskeko|!ratkaise*|yhtälö*|derivaat*|integraali*|todennäköisyy*",
  deep_reasoning: "arvoitus*|arvoituk*|logiikka*|päättely*|askel askeleelta|vaihe vaiheelta|valehtelee|puhuu totta",
};

export const HU: CueTable = {
  translation: "!fordít*|!lefordít*|angolra|magyarra|németre|angolul",
  summarization: "!összefoglal*|!foglald össze|!foglalja össze|!összegez*|főbb pontok",
  extraction: "!gyűjtsd ki|!gyűjtse ki|!szedd ki|!kigyűjt*|minden dátum*|az összes nevet|táblázatba|listázd ki",
  classification: "!osztályoz*|!kategorizál*|!besorol*|!címkéz*|pozitív vagy negatív|spam-e|melyik kategóriá*",
  code_generation: "!írj egy függvényt|!írj függvényt|!írj egy szkriptet|!írj kódot|függvényt|szkript*",
  code_review: "nem működik|hibaüzenet*|miért nem működik|keresd meg a hibát|nézd át a kódot",
  analysis: "!elemez*|!elemz*|hasonlítsd össze|összehasonlít*|előnyei és hátrányai|előnyök és hátrányok|megéri",
  creative_writing: "!verset|!verseket|!versike*|mesét|esti mese|novellát|történet*|dalszöveg*|írj egy e-mailt|írj egy levelet|levelet|köszöntő*|szlogen*|vicc*|képaláírás*|posztot",
  brainstorming: "!ötlet*|névötlet*|javaslat*",
  chat: "szia|sziasztok|helló|köszönöm|köszi|kösz|hogy vagy|jó reggelt|csak beszélgetni",
  simple_qa: "fővárosa|ki írta|melyik évben|ki találta fel",
  math: "!számold ki|!számítsd ki|!oldd meg az egyenlet*|!kiszámol*|!kiszámít*|egyenlet*|derivált*|valószínűség*",
  deep_reasoning: "fejtörő*|rejtvény*|találós kérdés*|lépésről lépésre|hazudik|igazat mond",
};

export const CA: CueTable = {
  translation: "a l'anglès|a l’anglès|en anglès|al català|en català|al castellà",
  summarization: "!resumeix*|!resum|!fes un resum|!fes-me un resum|punts clau|més curt",
  extraction: "!extreu*|treu totes|treu tots|totes les dates|tots els noms|llista tots|llista totes|en una taula",
  classification: "!categoritz*|!etiquetes|!etiqueteu|!etiquetessis|!etiquetaries|positiu o negatiu|és spam|a quina categoria|quina categoria",
  code_generation: "!escriu una funció|!escriure una funció|!escriu un script|!escriu codi|funció|codi",
  code_review: "revisa aquest codi|per què no funciona|per què falla|troba l'error",
  analysis: "!analitza*|avantatges i desavantatges|avantatges i inconvenients|què és millor|val la pena",
  creative_writing: "!escriu un poema|una història|un relat|relat|cançó|escriu un correu|redacta un correu|eslògan*|felicitació|acudit*|un text curt",
  brainstorming: "!pluja d'idees|!pluja d’idees|idees per|idees de|suggereix*|proposa'm|noms per",
  chat: "bon dia|bona nit|bona tarda|gràcies|moltes gràcies|com estàs|què tal|estic esgotat*|estic rebentat*",
  simple_qa: "quina és la capital|qui va escriure|qui va inventar|en quin any",
  math: "!resol|!resoldre|!resols|!equació*|probabilitat*|demostra que",
  deep_reasoning: "!endevinall*|pas a pas|lògica*|raona*|menteix|menteixen|diu la veritat|diuen la veritat",
};

export const MS: CueTable = {
  translation: "!terjemah|!alih bahasa|ke bahasa inggeris|ke bahasa melayu|dalam bahasa inggeris",
  summarization: "isi penting|isi-isi penting|isi utama",
  extraction: "!senaraikan semua|!keluarkan semua|senarai semua|semua tarikh",
  classification: "!kelaskan|adakah ini spam|label setiap",
  code_generation: "!tulis fungsi|!tuliskan fungsi|!tulis kod|!tuliskan kod|!tulis skrip|!tuliskan skrip",
  code_review: "tak jalan|tak berfungsi|tidak berfungsi|kenapa kod|mesej ralat|ada ralat",
  analysis: "kebaikan dan keburukan|mana lebih baik|berbaloi",
  creative_writing: "sajak|kapsyen|jenaka|karangan|tuliskan mesej",
  brainstorming: "!idea untuk|!beri idea|!bagi idea|cadangan nama|beri cadangan|bagi cadangan",
  chat: "apa khabar|nak luah|nak meluah|nak bersembang",
  simple_qa: "ibu negara|siapa yang mencipta|tahun bila",
  math: "!kirakan|!tolong kira|!kira berapa|kebarangkalian",
  deep_reasoning: "bercakap benar|sentiasa menipu",
};

export const UR: CueTable = {
  translation: "انگریزی میں|اردو میں|انگلش میں",
  summarization: "!خلاصہ|!مختصر کر*|اہم نکات",
  extraction: "!نکال*|تمام تاریخیں|تمام نام|ایک فہرست|فہرست بنا*",
  classification: "!درجہ بندی|!زمرہ بندی|کس زمرے",
  code_generation: "!کوڈ لکھ*|!فنکشن لکھ*|!اسکرپٹ لکھ*|فنکشن",
  code_review: "کام نہیں کر رہا|ایرر|کوڈ میں مسئلہ",
  analysis: "!تجزیہ|موازنہ|فائدے اور نقصانات|فوائد اور نقصانات|کون سا بہتر",
  creative_writing: "!ایک نظم|!نظم لکھ*|!غزل|کہانی|افسانہ|شاعری|خط لکھ*|پیغام لکھ*|مبارکباد|لطیفہ",
  brainstorming: "!آئیڈیاز|!تجاویز|نام تجویز|کچھ نام",
  chat: "السلام علیکم|شکریہ|کیسے ہو|کیسی ہو|آپ کیسے ہیں",
  simple_qa: "دارالحکومت|کس نے لکھا|کس سال|کس نے ایجاد",
  math: "!حساب لگا*|!حل کریں|!حل کرو|مساوات",
  deep_reasoning: "پہیلی|قدم بہ قدم|جھوٹ بولتا|سچ بولتا",
};

export const SK: CueTable = {
  translation: "!prelož*|!preklad*|do slovenčiny|po anglicky|slovenčin*",
  summarization: "!zhrň*|!zhrn*|hlavné body",
  extraction: "!vytiahni|!vytiahnite|!vytiahnuť|vypíš všetk*|všetky dátumy|všetky mená|do tabuľky",
  classification: "!roztrieď*|!zaraď*|!kategorizuj*|pozitívne alebo negatívne|pozitívna alebo negatívna|pozitívny alebo negatívny",
  code_generation: "!napíš funkciu|!napísať funkciu|!napíš skript|!napísať skript|!napíš kód|funkciu|funkcia",
  code_review: "prečo nefunguje|nájdi chybu|skontroluj kód|prečo tento kód|chybové hlásenie",
  analysis: "porovnaj*|čo je lepšie|oplatí sa|!pre a proti|na našom mieste",
  creative_writing: "poviedk*|rozprávk*|príbeh*|text piesne|napíš e-mail|napíš list|napíš správu|blahoželanie|prianie",
  brainstorming: "návrhy mien|mená pre|názvy pre",
  chat: "ďakujem|vďaka|ako sa máš|ako sa darí|dobrý deň",
  simple_qa: "hlavné mesto|kto napísal|v ktorom roku|kto vynašiel",
  math: "!vypočítaj*|!vyrieš*|!spočítaj*|derivácia*|pravdepodobnosť*",
  deep_reasoning: "krok za krokom|klame|hovorí pravdu",
};
