/**
 * Task cue words for eleven more languages (tenth round): Swedish, Greek, Ukrainian, Czech, Romanian, Hebrew, Persian,
 * Thai, Bengali, Swahili and Tagalog (as Taglish is typed, English words in it are the English cues'). Written by the team from general usage (never from evaluation data), in the notation of
 * `language-cues.ts`: `word` a whole word or phrase, `stem*` a word prefix, `!` a defining cue. Thai has no spaces
 * between words, so its cues are substrings, as Chinese and Japanese are. Like the seven of `language-cues-more.ts`,
 * the verbs that name each task and the commonest phrases, audited (thirteenth round) against the same checklist as
 * those seven.
 * @module
 */

type CueTable = Readonly<Record<string, string>>;

export const SV: CueTable = {
  translation: "!översätt*|!översättning|till engelska|till svenska|på engelska|till tyska|hur säger man|till franska|till spanska",
  summarization: "!sammanfatta*|!sammanfattning|huvudpunkter|kortare|de viktigaste punkterna|viktigaste punkterna|huvudpoängen|kort och gott|mötesanteckningar|!korta ner|!förkorta*",
  extraction: "!extrahera*|plocka ut|ta fram alla|!plocka ut alla|!lista alla|bara namnen|bara datumen|bara beloppen|!gör en tabell|!fyll i fälten",
  classification: "!klassificera*|!kategorisera*|positiv eller negativ|är det spam|märk varje|!sortera in|vilken kategori|negativ eller neutral|sentimentanalys|!märk upp|!tagga|!taggar|!tagga varje",
  code_generation: "!skriv en funktion|!skriv ett skript|!skriv kod|skript*|!skriv ett program|!skriv en sql-fråga|!skriv ett regex|!skriv en klass|!skriv ett enhetstest|!skriv ett test|!implementera*|!programmera*|!skriva en funktion|!skriva ett skript|!skriva kod",
  code_review: "funkar inte|fungerar inte|felmeddelande|varför kraschar|hitta felet|varför är den så långsam|går långsamt|så långsam|!granska min kod|!granska koden|!kolla min kod|!förklara den här koden|vad gör den här koden|kraschar",
  analysis: "!analysera*|jämför*|för- och nackdelar|vad är bäst|lönar sig|fördelar och nackdelar|plus och minus|vilken är bäst|vilket är bäst|vad skulle du välja|värt det|!utvärdera*|!bedöm*|risker|vad betyder siffrorna|trenden",
  creative_writing: "!dikt|dikten|dikter|berättelse*|saga|sångtext|skriv ett mejl|skriv ett brev|!skriva ett tal|!skriv ett tal|kort tal|hålla tal|tal till|skämt|bildtext*|en hälsning|gratulation*|!skriv en berättelse|en sång om|vitsar|födelsedagshälsning*|grattis på födelsedagen|julhälsning*|gratulationskort*|reklamtext*|!skriv ett inlägg|!skriv ett mail|ett mejl till|ett brev till",
  brainstorming: "!idéer|!förslag|kom på|namnförslag|namn till|!hitta på|komma på|!brainstorma*|några förslag|vad kan jag|!föreslå*|namnidéer",
  chat: "hej|tack|tack så mycket|hur mår du|god morgon|hallå|tjena|god kväll|god natt|hur är det|hur är läget|jag är trött|jag är ledsen|jag har tråkigt|vill bara prata",
  simple_qa: "huvudstad|vem skrev|vilket år|vem uppfann|vem upptäckte|hur många minuter|hur lång tid tar|vad betyder ordet",
  math: "!beräkna*|!räkna ut|!lös ekvationen|ekvation*|derivata*|sannolikhet*|hur mycket betalar jag|hur mycket blir|hur många procent|bevisa att",
  deep_reasoning: "gåta|gåtor|logik*|steg för steg|ljuger|talar sanning|riddare|lögnare|ljuger alltid|talar alltid sanning|säger alltid sanningen|vem är vem|!resonera*|tänk steg för steg",
};

export const EL: CueTable = {
  translation: "!μετάφρασ*|!μετέφρασ*|στα αγγλικά|στα ελληνικά|στα γερμανικά|!μεταφράσ*|!μεταφράζ*|πώς λέγεται|πώς λέμε|στα γαλλικά|στα ισπανικά",
  summarization: "!σύνοψη|!συνόψισ*|κύρια σημεία|!συνοψίσ*|!συνοψίζ*|!περίληψ*|!περιλήψ*|τα βασικά σημεία|βασικά σημεία|τα πιο σημαντικά|με λίγα λόγια|σε λίγες γραμμές|σε τρεις προτάσεις|σε κουκκίδες|πρακτικά της συνάντησης|!συντόμευσε|!συντόμευσέ",
  extraction: "!εξαγωγή|βγάλε όλες|όλες τις ημερομηνίες|όλα τα ονόματα|μόνο τις ημερομηνίες|μόνο τα ποσά|όλα τα ποσά|όλες τις διευθύνσεις|τα τηλέφωνα|σε λίστα|σε πίνακα|σε μορφή json|!εξήγαγε|!βγάλε μου|!συμπλήρωσε τα πεδία|!απόσπασε|!μόνο τα ονόματα",
  classification: "!ταξινόμησ*|!κατηγοριοποίησ*|θετικό ή αρνητικό|θετικ*|αρνητικ*|ουδέτερ*|!ταξινομήσ*|!κατηγοριοποιήσ*|σε ποια κατηγορία|ποια κατηγορία|ανάλυση συναισθήματος|ανεπιθύμητο|!βάλε ετικέτα|!χώρισε σε κατηγορίες|!κατάταξε",
  code_generation: "!γράψε μια συνάρτηση|!γράψε κώδικα|!γράψε ένα script|συνάρτηση|!γράψε ένα πρόγραμμα|!γράψε ένα query|!γράψε ένα ερώτημα|!γράψε ένα regex|!γράψε μια κλάση|!γράψε ένα τεστ|!γράψε ένα unit test|!υλοποίησε|!γράψε μου κώδικα|!γράψε μου μια συνάρτηση|!γράψε μου ένα script|!προγραμμάτισε",
  code_review: "δεν δουλεύει|δεν λειτουργεί|βγάζει σφάλμα|γιατί δεν τρέχει|βρες το λάθος|γιατί κρασάρει|κρασάρει|γιατί είναι αργό|γιατί αργεί|πολύ αργό|αργεί πολύ|!έλεγξε τον κώδικα|!κοίτα τον κώδικα|!κάνε review|!εξήγησε τον κώδικα|τι κάνει αυτός ο κώδικας|μήνυμα σφάλματος|βγάζει error|γιατί αυτό το query|γιατί αυτό το ερώτημα",
  analysis: "!ανάλυσ*|!ανάλυσε|σύγκρινε|σύγκριση|υπέρ και κατά|πλεονεκτήματα και μειονεκτήματα|τι είναι καλύτερο|!αναλύσ*|!αξιολόγησ*|ποιο είναι καλύτερο|ποιο θα διάλεγες|τι θα διάλεγες|αξίζει τον κόπο|αξίζει να|οι κίνδυνοι|τα ρίσκα|τι σημαίνουν αυτά τα",
  creative_writing: "!ποίημα|ιστορία|παραμύθι|στίχους|γράψε ένα μήνυμα|γράψε ένα email|γράψε μια επιστολή|ανέκδοτο|ποιήματα|διήγημα|ευχές|λεζάντα|σλόγκαν|!γράψε μια ιστορία|!γράψε ένα ποίημα|τραγούδι|ανέκδοτα|αστείο|πρόποση|ευχετήρια κάρτα|διαφημιστικό κείμενο|!γράψε μια ανάρτηση|ανάρτηση για|!γράψε ένα mail|!γράψε ένα γράμμα|!γράψε μου ένα μήνυμα|!γράψε μου ένα email",
  brainstorming: "!ιδέες|προτάσεις|ονόματα για|σκέψου|!πρότεινε|!πρότεινέ μου|!προτείνετε|καταιγισμός ιδεών|τι θα μπορούσα|μερικές επιλογές",
  chat: "γεια|γεια σου|ευχαριστώ|τι κάνεις|καλημέρα|καλησπέρα|καληνύχτα|γεια χαρά|τι κάνετε|πώς είσαι|είμαι κουρασμένος|είμαι κουρασμένη|στεναχωριέμαι|βαριέμαι|θέλω απλά να μιλήσω|ευχαριστώ πολύ",
  simple_qa: "πρωτεύουσα|ποιος έγραψε|ποια χρονιά|ποιος εφηύρε|ποιος ανακάλυψε|πόσα λεπτά|πόση ώρα|τι σημαίνει η λέξη|σε ποια χρονιά",
  math: "!υπολόγισε|!λύσε την εξίσωση|εξίσωσ*|παράγωγ*|ολοκλήρωμα|πιθανότητ*|!υπολογίσ*|!υπολογίζ*|!λύσε την άσκηση|!λύσε το πρόβλημα|πόσο θα πληρώσω|ποσοστό|τοις εκατό|απόδειξε ότι",
  deep_reasoning: "γρίφο*|γρίφος|αίνιγμα|λογική*|βήμα βήμα|λέει ψέματα|λέει την αλήθεια|ιππότες|ιππότης|ψεύτης|ψεύτες|λέει πάντα ψέματα|πάντα λέει ψέματα|λέει πάντα την αλήθεια|ποιος είναι ποιος|σπαζοκεφαλιά|βήμα προς βήμα",
};

export const UK: CueTable = {
  translation: "!переклад*|!перекласти|!перекладіть|англійською|українською|на англійську|на українську|як сказати|як буде англійською|на німецьку|на французьку|на польську",
  summarization: "!підсумуй*|!підсумок|!стисло|основні тези|головне|!підсумувати|!стисни|основні пункти|головні думки|!коротко перекажи|!перекажи|!скороти*|в кількох реченнях|у кількох реченнях|у трьох реченнях|протокол зустрічі|!резюмуй*",
  extraction: "!витягни|!витягніть|виокрем*|випиши всі|усі дати|всі імена|!витягнути|!виписати|тільки імена|лише імена|тільки дати|лише дати|тільки суми|всі суми|усі суми|всі адреси|усі адреси|всі номери|усі номери|у таблицю|в таблицю|таблицею|у вигляді таблиці|у форматі json|!заповни поля|!дістань",
  classification: "!класифікуй*|!класифікація|позитивн*|негативн*|нейтральн*|це спам|категорі*|!класифікувати|!категоризуй*|до якої категорії|яка категорія|тональність|спам чи ні|!познач кожн*|!розподіли по категоріях|!розсортуй*",
  code_generation: "!напиши функцію|!напиши скрипт|!напиши код|функці*|скрипт*|запит sql|!напиши програму|!напиши запит|!напиши клас|!напиши тест|!напиши регулярний вираз|!напиши регулярку|!реалізуй*|!запрограмуй*|!написати функцію|!написати скрипт|!написати код",
  code_review: "не працює|помилка|чому цей код|перевір код|знайди баг|працює повільно|чому повільно|дуже повільно|занадто повільно|гальмує|чому падає|вилітає|!перевір мій код|!переглянь код|!поясни цей код|що робить цей код|повідомлення про помилку|видає помилку|!чому цей запит|так повільно|повільно працює",
  analysis: "!проаналізуй*|!аналіз*|порівняй*|плюси і мінуси|що краще|що вигідніше|!проаналізувати|!порівняти|!оціни*|переваги і недоліки|переваги та недоліки|плюси та мінуси|що б ти обрав|що обрати|чи варто|ризики|що означають ці|тенденці*",
  creative_writing: "!вірш*|оповідання|казк*|пісню|привітання|напиши лист|напиши повідомлення|жарт*|історію|розповідь|листівк*|!напиши оповідання|!напиши історію|пісня|текст пісні|промову|побажання|слоган|рекламний текст|!напиши листа|!напиши імейл",
  brainstorming: "!ідеї|!ідей|варіанти назв|назви для|!запропонуй*|мозковий штурм|що можна зробити|назву для",
  chat: "привіт|дякую|як справи|доброго ранку|добрий день|доброго дня|добрий вечір|на добраніч|вітаю|я втомився|я втомилася|мені сумно|мені нудно|просто поговорити|дуже дякую",
  simple_qa: "столиця|хто написав|в якому році|хто винайшов|хто відкрив|скільки хвилин|скільки часу|що означає слово|у якому році",
  math: "!розв'яжи*|!розв’яжи*|!розв'язати|!розв’язати|!обчисли*|порахуй*|рівнянн*|похідн*|інтеграл*|ймовірніст*|скільки я заплачу|скільки відсотків|відсоток від|доведи, що|доведіть",
  deep_reasoning: "загадк*|головоломк*|логічн*|крок за кроком|бреше|каже правду|лицар*|брехун*|завжди бреше|завжди каже правду|хто є хто|міркуй*",
};

export const CS: CueTable = {
  translation: "!přelož*|!překlad*|angličtin*|češtin*|němčin*|anglicky|jak se řekne|jak se říká",
  summarization: "!shrň*|!shrnutí|!shrnout|hlavní body|hlavní myšlenky|nejdůležitější body|v kostce|v několika větách|ve třech větách|v bodech|zápis z porady|zápis ze schůzky|!zkrať*|!zkrátit",
  extraction: "!vytáhni|!extrahuj*|vypiš všechn*|všechna data|všechna jména|!vytáhnout|!vypsat|jen jména|pouze jména|jen data|jen částky|všechny částky|všechny adresy|všechna telefonní čísla|jako tabulku|ve formátu json|jako seznam|!vyplň pole|!vyber všechn*",
  classification: "!klasifikuj*|!roztřiď*|kategori*|pozitivní nebo negativní|pozitivní|negativní|je to spam|!klasifikovat|!roztřídit|!zařaď*|!označ každ*|která kategorie|analýza sentimentu|neutrální",
  code_generation: "!napiš funkci|!napiš skript|!napiš kód|funkci|skript*|!napsat funkci|!napsat skript|!napsat kód|!napiš program|!napiš dotaz|!napiš sql dotaz|!napiš regex|!napiš třídu|!napiš test|!naprogramuj*|!implementuj*|!napsat program",
  code_review: "nefunguje|chybová hláška|najdi chybu|zkontroluj kód|je pomalý|je pomalé|moc pomalé|příliš pomalé|!zkontroluj můj kód|!vysvětli tento kód|co dělá tento kód|hází chybu|vyhazuje chybu|chybová zpráva",
  analysis: "!analyzuj*|!analýz*|porovnej*|výhody a nevýhody|co je lepší|vyplatí se|!analyzovat|!porovnat|!zhodnoť*|!posuď*|!vyhodnoť*|klady a zápory|plusy a mínusy|co bys vybral|co bys vybrala|má smysl|stojí za to|rizika|co znamenají tato čísla|!pro a proti|na našem místě|na mém místě",
  creative_writing: "!báseň|!básničk*|povídk*|pohádk*|text písně|napiš e-mail|napiš dopis|napiš zprávu|proslov|vtip*|příběh*|přání|písničk*|přípitek|blahopřání|reklamní text|!napiš příspěvek|příspěvek na|!napiš mail|!napiš email|e-mail pro|dopis pro",
  brainstorming: "!nápady|!nápadů|vymysli*|návrhy názvů|názvy pro|!navrhni*|co bych mohl|co bych mohla|nějaké možnosti|název pro|jméno pro",
  chat: "ahoj|díky|děkuji|jak se máš|dobré ráno|dobrý večer|dobrou noc|čau|nazdar|jak se máte|jsem unavený|jsem unavená|je mi smutno|nudím se|popovídat|moc děkuji|děkuju",
  simple_qa: "hlavní město|kdo napsal|ve kterém roce|kdo vynalezl|kdo objevil|kolik minut|jak dlouho trvá|co znamená slovo",
  math: "!vypočítej*|!spočítej*|!vyřeš*|rovnic*|derivac*|integrál*|pravděpodobnost*|!vypočítat|!spočítat|kolik zaplatím|kolik procent|dokaž, že",
  deep_reasoning: "hádank*|hlavolam*|logick*|krok za krokem|lže|mluví pravdu|rytíř*|lhář*|vždy lže|vždycky lže|vždy mluví pravdu|kdo je kdo",
};

export const RO: CueTable = {
  translation: "!tradu*|!traducere|în engleză|în română|cum se spune|cum se zice|pe englezește",
  summarization: "!rezum*|!sintetizeaz*|ideile principale|punctele principale|pe scurt|pe puncte|ideea principală|esențialul|!scurtează*",
  extraction: "!extrage*|scoate toate|toate datele|toate numele|doar numele|numai numele|doar datele|doar sumele|toate sumele|toate adresele|toate numerele de telefon|!completează câmpurile",
  classification: "!clasific*|!categorisește|pozitiv sau negativ|este spam|etichetează|ce categorie|sentimentul|neutru",
  code_generation: "!scrie o funcție|!scrie o functie|!scrie un script|!scrie cod|!scrie un program|!scrie o interogare|!scrie un query|!scrie un regex|!scrie o clasă|!scrie un test|!implementează*|!scrie-mi o funcție|!scrie-mi un script|!scrie-mi cod|!programează",
  code_review: "nu merge|nu funcționează|nu functioneaza|eroare|de ce nu merge|găsește bug|de ce crapă|de ce e lent|foarte lent|prea lent|merge greu|!verifică-mi codul|!verifică codul|!revizuiește codul|!explică-mi codul|ce face codul|mesaj de eroare|îmi dă eroare|dă eroare",
  analysis: "!analizeaz*|!analiz*|compară|avantaje și dezavantaje|avantaje si dezavantaje|ce e mai bine|merită|!evaluează*|ce ai alege|riscurile|ce înseamnă aceste cifre|tendința",
  creative_writing: "!poezie|!poem|poveste|povestire|versuri|scrie un mesaj|scrie un email|scrisoare|discurs|glumă|banc|felicitare|urare|!scrie o poveste|cântec|o glumă|bancuri|urări|text publicitar|!scrie o postare|!scrie un e-mail|!scrie o scrisoare|un mesaj pentru",
  brainstorming: "!idei|!propuneri|sugestii|nume pentru|găsește nume|!sugerează*|ce aș putea|un nume pentru",
  chat: "salut|bună|mulțumesc|multumesc|ce mai faci|bună dimineața|bună seara|noapte bună|salutare|ce faci|mersi|mă plictisesc|vreau doar să vorbesc",
  simple_qa: "capitala|cine a scris|în ce an|cine a inventat|cine a descoperit|ce înseamnă cuvântul",
  math: "!calculeaz*|!rezolvă|!rezolva|ecuați*|ecuati*|probabilități|!calculezi|la sută din|demonstrează că",
  deep_reasoning: "ghicitoare|ghicitori|logică|logica|pas cu pas|minte mereu|spune adevărul|cavaler*|spune mereu adevărul|mereu minte|cine e cine|raționează",
};

export const HE: CueTable = {
  translation: "!תרגם|!תרגמי|!תתרגם|!תרגום|לאנגלית|לעברית|!לתרגם|!תתרגמי|איך אומרים|לצרפתית|לספרדית|לגרמנית|לרוסית|לערבית",
  summarization: "!סכם|!תסכם|!סכמי|!תקציר|!סיכום|נקודות עיקריות|!לסכם|!תסכמי|עיקרי הדברים|הנקודות העיקריות|בקצרה|במשפט אחד|בכמה משפטים|בשלושה משפטים|בנקודות|פרוטוקול הישיבה|!תקצר|!קצר את|השורה התחתונה|!תמצת|תמצית",
  extraction: "!חלץ|!תחלץ|!שלוף|כל התאריכים|כל השמות|!לחלץ|!תוציא|רק את השמות|רק השמות|רק את התאריכים|רק את הסכומים|כל הסכומים|כל הכתובות|מספרי הטלפון|בטבלה|כטבלה|בפורמט json|כרשימה|!מלא את השדות|!תמלא את השדות|!תוציא לי|!תחלצי",
  classification: "!סווג|!תסווג|!מיין|חיובי או שלילי|חיובי|שלילי|ספאם|!לסווג|!תסווגי|!סווגי|לאיזו קטגוריה|איזו קטגוריה|ניטרלי|סנטימנט|!תייג|!תתייג",
  code_generation: "!כתוב פונקציה|!תכתוב פונקציה|!כתוב קוד|!תכתוב קוד|!כתוב סקריפט|פונקציה|סקריפט|!לכתוב פונקציה|!לכתוב קוד|!לכתוב סקריפט|!כתוב תוכנית|!תכתוב תוכנית|!תכתוב שאילתה|!כתוב שאילתה|!תכתוב regex|!תכתוב מחלקה|!תכתוב טסט|!תממש|!תכתבי קוד|!תכתבי פונקציה|!תכתוב לי קוד|!תכתוב לי פונקציה|!תכתוב לי סקריפט",
  code_review: "לא עובד|שגיאה|באג|למה הקוד|תבדוק את הקוד|למה זה קורס|למה זה איטי|איטי מדי|ממש איטי|!תבדוק לי את הקוד|!תעבור על הקוד|!תסביר את הקוד|מה הקוד הזה עושה|הודעת שגיאה|זורק שגיאה|מקבל שגיאה|למה השאילתה",
  analysis: "!נתח|!תנתח|!ניתוח|השווה|תשווה|השוואה|יתרונות וחסרונות|מה עדיף|!לנתח|!תעריך|בעד ונגד|מה היית בוחר|מה היית בוחרת|האם כדאי|שווה את זה|סיכונים|מה המספרים האלה|המגמה",
  creative_writing: "!שיר|סיפור|אגדה|ברכה|תכתוב הודעה|כתוב הודעה|מכתב|נאום|בדיחה|!תכתוב סיפור|!כתוב סיפור|מילים לשיר|בדיחות|כרטיס ברכה|סלוגן|טקסט שיווקי|!תכתוב פוסט|!תכתוב מייל|!כתוב מייל|!תכתבי מייל|!תנסח*|!נסח",
  brainstorming: "!רעיונות|הצעות|שמות ל*|תחשוב על|!תציע|!תציעי|!הצע|סיעור מוחות|כמה אפשרויות|מה אני יכול לעשות",
  chat: "שלום|היי|תודה|מה שלומך|מה נשמע|בוקר טוב|ערב טוב|לילה טוב|אהלן|מה קורה|מה העניינים|אני עייף|אני עייפה|עצוב לי|משעמם לי|רק רוצה לדבר|תודה רבה",
  simple_qa: "עיר הבירה|בירת|מי כתב|באיזו שנה|מי המציא|מי גילה|כמה דקות|כמה זמן לוקח|מה פירוש המילה|מה המשמעות של",
  math: "!חשב|!תחשב|!פתור|!תפתור|משוואה|נגזרת|אינטגרל|הסתברות|!לחשב|!לפתור|!תחשבי|!חשבי|כמה אשלם|כמה אחוז|אחוזים|תוכיח|!פתרי|!תפתרי",
  deep_reasoning: "חידה|חידות|היגיון|שלב אחר שלב|משקר|דובר אמת|אביר|אבירים|שקרן|שקרנים|תמיד משקר|תמיד דובר אמת|תמיד אומר אמת|מי זה מי|צעד אחר צעד",
};

export const FA: CueTable = {
  translation: "!ترجمه|!ترجمه کن|به انگلیسی|به فارسی|انگلیسی‌اش|به فرانسوی|به آلمانی|به عربی|انگلیسیش|چطور بگم|چطور میگن",
  summarization: "!خلاصه|!خلاصه کن|نکات اصلی|نکات کلیدی|مهم‌ترین نکات|مهمترین نکات|در چند جمله|در سه جمله|!کوتاه کن|!کوتاهش کن|صورتجلسه|چکیده",
  extraction: "!استخراج|درآر|همه تاریخ‌ها|همه اسم‌ها|فقط اسم‌ها|فقط اسامی|فقط تاریخ‌ها|فقط مبالغ|همه مبالغ|همه آدرس‌ها|شماره تلفن‌ها|به صورت جدول|در جدول|جدول کن|به صورت json|به صورت لیست|!دربیار|!در بیار|!استخراج کن",
  classification: "!دسته‌بندی|!دسته بندی|طبقه‌بندی|مثبت یا منفی|مثبت|منفی|اسپم|!دسته‌بندی کن|!طبقه‌بندی کن|کدام دسته|کدوم دسته|خنثی|تحلیل احساسات|!برچسب بزن|!برچسب‌گذاری",
  code_generation: "!یک تابع بنویس|!کد بنویس|!اسکریپت بنویس|اسکریپت|!برنامه بنویس|!یه تابع بنویس|!تابع بنویس|!کوئری بنویس|!یه کد بنویس|!کلاس بنویس|!تست بنویس|!پیاده‌سازی کن|!پیاده سازی کن",
  code_review: "کار نمی‌کنه|کار نمیکنه|کار نمی‌کند|خطا|ارور|باگ|چرا این کد|چرا کرش|کرش می‌کنه|کرش میکنه|چرا کنده|خیلی کنده|کند اجرا|!کدم رو چک کن|!کد رو بررسی کن|!این کد رو توضیح بده|این کد چیکار میکنه|پیام خطا|ارور میده|خطا میده",
  analysis: "!تحلیل|!تحلیل کن|مقایسه|مزایا و معایب|کدوم بهتره|کدام بهتر|!ارزیابی|!ارزیابی کن|!مقایسه کن|نقاط قوت و ضعف|کدوم رو انتخاب|کدام را انتخاب|ارزشش را دارد|ارزشش رو داره|می‌ارزه|ریسک‌ها|خطرات|این اعداد",
  creative_writing: "!شعر|داستان|قصه|متن ترانه|پیام بنویس|نامه|سخنرانی|جوک|!داستان کوتاه|!شعر بگو|!شعر بنویس|!یه شعر|!داستان بنویس|ترانه|لطیفه|متن تبریک|تبریک تولد|کارت تبریک|شعار تبلیغاتی|متن تبلیغاتی|کپشن|پست اینستاگرام|!ایمیل بنویس|!نامه بنویس|!یه پیام بنویس",
  brainstorming: "!ایده|پیشنهاد|اسم برای|!پیشنهاد بده|!پیشنهاد بدید|چند تا گزینه|طوفان فکری|ایده‌هایی",
  chat: "سلام|مرسی|ممنون|خوبی|حالت چطوره|صبح بخیر|درود|شب بخیر|عصر بخیر|چطوری|خسته‌ام|خیلی خسته|ناراحتم|حوصله‌ام سر رفته|حوصلم سر رفته|فقط میخوام حرف بزنم|دمت گرم|سپاس|متشکرم",
  simple_qa: "پایتخت|چه کسی نوشت|چه سالی|مخترع|چه کسی اختراع|کی اختراع کرد|چند دقیقه|چقدر طول میکشه|یعنی چی|معنی کلمه",
  math: "!حساب کن|!حل کن|معادله|مشتق|انتگرال|احتمال|!محاسبه کن|چند درصد|چقدر باید بپردازم|!اثبات کن|ثابت کن",
  deep_reasoning: "معما|چیستان|منطق|قدم به قدم|دروغ می‌گوید|راست می‌گوید|شوالیه|دروغگو|همیشه دروغ|همیشه راست|کی کیه|معمای|گام به گام",
};

export const TH: CueTable = {
  translation: "!แปลเป็น|!ช่วยแปล|!แปลให้|!แปลข้อความ|!แปลประโยค|!แปลบทความ|!แปลอีเมล|!แปลหน่อย|!แปลที|!แปลด้วย|การแปล|คำแปล|เป็นภาษาอังกฤษ|เป็นภาษาไทย|ภาษาอังกฤษว่า|เป็นภาษาจีน|เป็นภาษาญี่ปุ่น|ภาษาอังกฤษพูดว่า|ภาษาอังกฤษเรียกว่า",
  summarization: "!ช่วยสรุป|!สรุปให้|!สรุปบทความ|!สรุปเนื้อหา|ใจความสำคัญ|ประเด็นหลัก|!สรุปสั้นๆ|!สรุปย่อ|!สรุปประเด็น|!สรุปการประชุม|บันทึกการประชุม|ประเด็นสำคัญ|เป็นข้อๆ|!ย่อความ|!ย่อให้สั้น|!ทำให้สั้นลง|ใจความหลัก",
  extraction: "!ดึงข้อมูล|ดึงออกมา|วันที่ทั้งหมด|ชื่อทั้งหมด|เอาแค่ชื่อ|เฉพาะชื่อ|เฉพาะวันที่|ยอดเงินทั้งหมด|ที่อยู่ทั้งหมด|เบอร์โทรทั้งหมด|เป็นตาราง|ในรูปแบบ json|เป็นรายการ|!กรอกข้อมูล|!ดึงชื่อ|!ดึงวันที่|!สกัดข้อมูล",
  classification: "!จัดหมวดหมู่|!จำแนก|!แยกประเภท|บวกหรือลบ|เชิงบวก|เชิงลบ|สแปม|หมวดไหน|หมวดหมู่ไหน|วิเคราะห์ความรู้สึก|!ติดป้าย|!ติดแท็ก|!แบ่งกลุ่ม|!จัดกลุ่ม|!คัดแยก",
  code_generation: "!เขียนฟังก์ชัน|!เขียนโค้ด|!เขียนสคริปต์|ฟังก์ชัน|!เขียนโปรแกรม|!เขียนคิวรี|!เขียน query|!เขียน sql|!เขียน regex|!เขียนคลาส|!เขียน unit test|!เขียนเทสต์|!เขียน script|!เขียน function|!เขียน code",
  code_review: "รันไม่ผ่าน|ใช้ไม่ได้|เออเร่อ|ข้อผิดพลาด|บั๊ก|ทำไมโค้ด|ทำไมช้า|ช้ามาก|รันช้า|ช้าเกินไป|แครช|!ช่วยดูโค้ด|!ตรวจโค้ด|!รีวิวโค้ด|!เช็คโค้ด|!อธิบายโค้ด|โค้ดนี้ทำอะไร|ขึ้น error|ติด error",
  analysis: "!วิเคราะห์|เปรียบเทียบ|ข้อดีข้อเสีย|อันไหนดีกว่า|คุ้มไหม|!ประเมิน|ข้อดีและข้อเสีย|ควรเลือก|เลือกอันไหน|คุ้มค่าไหม|คุ้มมั้ย|ดีกว่ากัน|ความเสี่ยง|ตัวเลขเหล่านี้|แนวโน้ม",
  creative_writing: "!แต่งนิทาน|!แต่งเรื่อง|!แต่งเพลง|!แต่งกลอน|!กลอน|บทกวี|นิทาน|เรื่องสั้น|เนื้อเพลง|เขียนข้อความ|คำอวยพร|!เขียนเรื่อง|!เขียนนิทาน|มุกตลก|เรื่องตลก|สุนทรพจน์|การ์ดอวยพร|สโลแกน|คำโฆษณา|แคปชั่น|!เขียนอีเมล|!เขียนจดหมาย|!เขียนแคปชั่น|!เขียนโพสต์",
  brainstorming: "!ไอเดีย|ขอไอเดีย|ตั้งชื่อ|ข้อเสนอแนะ|!ช่วยตั้งชื่อ|!แนะนำชื่อ|ระดมสมอง|คิดหัวข้อ|คิดชื่อ|ช่วยคิดไอเดีย",
  chat: "สวัสดี|ขอบคุณ|ขอบใจ|สบายดีไหม|เป็นยังไงบ้าง|หวัดดี|ฝันดี|ราตรีสวัสดิ์|อรุณสวัสดิ์|เหนื่อยจัง|เหนื่อยมาก|เบื่อจัง|อยากคุยด้วย|คุยเล่น",
  simple_qa: "เมืองหลวง|ใครเขียน|ปีไหน|ใครคิดค้น|อะไรบ้าง|ที่ไหน|เมื่อไหร่|กี่โมง|ใครประดิษฐ์|ใครค้นพบ|กี่นาที|นานแค่ไหน|หมายความว่าอะไร",
  math: "!คำนวณ|ต้องจ่ายเท่าไหร่|จ่ายเท่าไหร่|ตกเดือนละ|!แก้สมการ|สมการ|อนุพันธ์|ปริพันธ์|ความน่าจะเป็น|พื้นที่|เศษส่วน|!คิดเลข|เปอร์เซ็นต์|ร้อยละ|พิสูจน์ว่า|อินทิกรัล|!แก้โจทย์|โจทย์คณิต",
  deep_reasoning: "ปริศนา|คำทาย|ตรรกะ|ทีละขั้น|โกหก|พูดความจริง|อัศวิน|คนโกหก|โกหกเสมอ|พูดความจริงเสมอ|ใครเป็นใคร",
};

export const BN: CueTable = {
  translation: "!অনুবাদ|ইংরেজিতে|বাংলায় লিখে দাও|কীভাবে বলে|কিভাবে বলে|ইংরেজিতে কী|হিন্দিতে|ফরাসিতে",
  summarization: "!সারাংশ|!সংক্ষেপে|মূল কথা|মূল পয়েন্ট|!সারসংক্ষেপ|!সংক্ষিপ্ত কর*|মূল বিষয়|মূল পয়েন্টগুলো|প্রধান বিষয়গুলো|গুরুত্বপূর্ণ পয়েন্ট|কয়েক লাইনে|তিন বাক্যে|!সামারি|মিটিংয়ের নোট",
  extraction: "!বের করো|!বের করে দাও|সব তারিখ|সব নাম|শুধু নাম|শুধু তারিখ|সব ঠিকানা|সব ফোন নম্বর|টেবিলে|টেবিল আকারে|তালিকা আকারে|!বের করে দিন|!বের করুন",
  classification: "!শ্রেণীবদ্ধ|!শ্রেণিবিভাগ|ইতিবাচক না নেতিবাচক|ইতিবাচক|নেতিবাচক|কোন বিভাগে|কোন ক্যাটাগরি|ক্যাটাগরি|নিরপেক্ষ|স্প্যাম|!লেবেল দাও|!লেবেল দিন",
  code_generation: "!কোড লেখো|স্ক্রিপ্ট|!ফাংশন লিখ*|!কোড লিখ*|!প্রোগ্রাম লিখ*|!কোয়েরি লিখ*|!স্ক্রিপ্ট লিখ*|!প্রোগ্রাম বানা*",
  code_review: "কাজ করছে না|এরর|ত্রুটি|বাগ|কেন ক্র্যাশ|ক্র্যাশ করছে|খুব ধীর|ধীরে চলছে|!কোড চেক|!কোডটা দেখ*|!কোড রিভিউ|!কোডটা বুঝিয়ে|এই কোড কী করে|এরর দিচ্ছে|এরর মেসেজ",
  analysis: "!বিশ্লেষণ|তুলনা|সুবিধা অসুবিধা|কোনটা ভালো|!তুলনা কর*|!মূল্যায়ন|সুবিধা ও অসুবিধা|সুবিধা-অসুবিধা|ভালো-মন্দ|কোনটা নেব|কোনটা বেছে|ঝুঁকি|এই সংখ্যাগুলো|!তোমার মতামত কী|!আপনার মতামত কী|!তোমার মতামত|!আপনার মতামত|!দুর্বল দিক*|!দুর্বলতাগুলো|!সবল ও দুর্বল|!সৎ মূল্যায়ন|!সবচেয়ে সম্ভাব্য কারণ",
  creative_writing: "!কবিতা*|গল্প|ছড়া|চিঠি|শুভেচ্ছা বার্তা|মেসেজ লিখে দাও|!গল্প লিখ*|গানের কথা|কৌতুক|জোকস|বক্তৃতা|ভাষণ|জন্মদিনের শুভেচ্ছা|স্লোগান|বিজ্ঞাপন|ক্যাপশন|!ইমেইল লিখ*|!চিঠি লিখ*|!মেসেজ লিখ*|গান লিখ*|!ইমেল লিখ*",
  brainstorming: "!আইডিয়া|!ধারণা দাও|নাম সাজেস্ট|পরামর্শ|!প্রস্তাব দাও|নামের পরামর্শ|কী করতে পারি|কিছু অপশন|!কয়েকটি নাম|!কয়েকটা নাম|!কিছু নাম দাও|!কিছু নাম দিন|!শিরোনাম সাজেস্ট*|!ধারণা দিন|!প্রস্তাব দিন",
  chat: "নমস্কার|আসসালামু আলাইকুম|ধন্যবাদ|কেমন আছ|হ্যালো|শুভ সকাল|শুভ রাত্রি|কেমন আছো|কেমন আছেন|কেমন আছিস|ক্লান্ত|মন খারাপ|বোর লাগছে|কথা বলতে চাই|থ্যাংকস|অনেক ধন্যবাদ|!মন হালকা করতে চাই|!মন খুলে কথা বলতে চাই|!উপদেশ চাই না|!পরামর্শ চাই না|!কাউকে বলতে চাইছিলাম|!তুমি কি রোবট|!আপনি কি রোবট|!তুমি কি মানুষ|!আপনি কি মানুষ",
  simple_qa: "রাজধানী|কে লিখেছেন|কোন সালে|কে আবিষ্কার|কত মিনিট|কতক্ষণ লাগে|মানে কী|অর্থ কী|!পূর্ণরূপ|!পূর্ণ রূপ|!ফুল ফর্ম|!কিসের সংক্ষিপ্ত রূপ|!পুরো নাম কী",
  math: "!অংক|!অংকটা|!অংকটি|!অংকের|!অংকগুলো|!অঙ্ক|!অঙ্কটা|!অঙ্কটি|!অঙ্কের|!অঙ্কগুলো|!হিসাব কর*|সমীকরণ|ক্ষেত্রফল|পরিসীমা|সম্ভাবনা|শতাংশ|শতকরা|কত টাকা দিতে হবে|প্রমাণ করো|!সমাধান কর*|ডেরিভেটিভ|ইন্টিগ্রাল",
  deep_reasoning: "ধাঁধা|যুক্তি|ধাপে ধাপে|মিথ্যা বলে|সত্য বলে|মিথ্যাবাদী|সবসময় মিথ্যা|সবসময় সত্য|কে কোন জন|লজিক",
};

export const SW: CueTable = {
  translation: "!tafsiri|kwa kiingereza|kwa kiswahili|!nitafsirie|!kutafsiri|unasemaje|inasemwaje|kwa kifaransa|kwa kiarabu|!unitafsirie",
  summarization: "!fupisha|!muhtasari|kwa ufupi|mambo makuu|!nifupishie|!kufupisha|mambo muhimu|hoja kuu|kwa sentensi chache|kwa sentensi tatu|kumbukumbu za kikao|!ifupishe|!punguza maandishi|!unifupishie",
  extraction: "!toa tarehe|!orodhesha|tarehe zote|majina yote|majina tu|tarehe tu|anwani zote|namba za simu|kwenye jedwali|kwa jedwali|kwa orodha|!jaza sehemu|!toa majina|!chukua majina",
  classification: "!panga kwa makundi|!ainisha|chanya au hasi|chanya|hasi|!kuainisha|!weka katika makundi|kundi gani|barua taka|!weka lebo",
  code_generation: "!niandikie code|!niandikie programu|!niandikie script|!niandikie function|!niandikie query|!niandikie regex|!tengeneza programu|!tengeneza function|!uniandikie code|!uniandikie programu|!uniandikie function|!uniandikie script",
  code_review: "haifanyi kazi|inaleta error|kosa kwenye code|hitilafu|kwa nini inakwama|inakwama|polepole sana|kwa nini ni polepole|inachelewa|!kagua code|!angalia code yangu|!nieleze code|code hii inafanya nini|ujumbe wa error|inaleta hitilafu|kuna bug",
  analysis: "!changanua|!chambua|linganisha|faida na hasara|ipi ni bora|kipi ni bora|!tathmini|ungechagua ipi|hatari zake|takwimu hizi|mwenendo|!maoni yako|!unaonaje kuhusu|!udhaifu wake|!nguvu na udhaifu|!mapungufu yake|!tathmini ya kweli|!sababu inayowezekana zaidi|!unichambulie|!nichambulie|!nilinganishie",
  creative_writing: "!shairi|hadithi|wimbo|niandikie ujumbe|barua|hotuba|utani|!niandikie hadithi|!tunga*|mashairi|kichekesho|vichekesho|salamu za kuzaliwa|salamu za heri|kauli mbiu|!niandikie barua|!niandikie email|!uniandikie barua|!uniandikie shairi|!uniandikie hadithi|!uniandikie ujumbe|!uniandikie hotuba|!unitungie",
  brainstorming: "!mawazo|!mapendekezo|majina mazuri|nipe majina|mawazo ya majina|!nipendekezee|!majina kadhaa|!pendekeza majina|!mapendekezo ya majina|!unipendekezee",
  chat: "habari|mambo|asante|shikamoo|hujambo|vipi|niaje|nimechoka|nimeboreka|nataka tu kuongea|tuongee|!kutoa dukuduku|!nataka kutoa dukuduku|!sitaki ushauri|!sihitaji ushauri|!nilitaka tu kumwambia mtu|!wewe ni roboti|!je wewe ni roboti|!wewe ni binadamu|!unakumbuka mazungumzo",
  simple_qa: "naomba kujua|ni upi|ni nani|ni lini|ngapi|mji mkuu|nani aliandika|mwaka gani|nani aligundua|nani alivumbua|dakika ngapi|inachukua muda gani|maana ya neno|!kirefu cha|!kirefu chake|!kifupisho cha|!ni kifupisho|!maana ya kifupisho",
  math: "!hesabu|!tatua|mlinganyo|uwezekano|asilimia ngapi|!nihesabie|!kokotoa|nitalipa kiasi gani|nitalipa shilingi ngapi",
  deep_reasoning: "kitendawili|vitendawili|fumbo|mantiki|hatua kwa hatua|anadanganya|anasema ukweli|shujaa|mashujaa|mwongo|waongo|husema uongo|husema ukweli|nani ni nani",
};

export const TL: CueTable = {
  translation: "!isalin|!isalin mo|sa tagalog|sa ingles|!pakisalin|!i-translate|paano sabihin|paano sasabihin|ano sa ingles|!pakitranslate",
  summarization: "!ibuod|!buod|sa madaling salita|!pakibuod|mga pangunahing punto|pangunahing punto|sa ilang pangungusap|sa tatlong pangungusap|!gawing maikli",
  extraction: "!kunin mo lahat|!ilista lahat|lahat ng petsa|lahat ng pangalan|pangalan lang|mga pangalan lang|petsa lang|lahat ng halaga|lahat ng address|lahat ng numero|gawing table|!ilista ang|!punan ang",
  classification: "!ikategorya|positibo o negatibo|!uriin|!pag-uriin|anong kategorya|!lagyan ng label",
  code_generation: "!gawan mo ako ng code|!gumawa ng code|!gawan ng function|!gawan mo ng script|!gumawa ng function|!gumawa ng script|!gawan mo ako ng function|!gawan mo ako ng script|!gawan mo ako ng program|!gumawa ng program|!gumawa ng query|!sumulat ng code",
  code_review: "ayaw gumana|hindi gumagana|may error|nag-e-error|bakit nag-crash|nag-crash|bakit ang bagal|ang bagal|sobrang bagal|!pakicheck ang code|!ipaliwanag ang code|ano ginagawa ng code|lumalabas na error|nagkaka-error",
  analysis: "!ikumpara|!pagkumparahin|alin ang mas maganda|alin ang mas mabuti|alin ang mas sulit|!suriin|!pag-aralan|kalamangan at kahinaan|alin ang pipiliin|alin ang mas okay|sulit ba|mga panganib|!ano ang opinyon mo|!opinyon mo|!ano ang masasabi mo|!mga kahinaan|!kalakasan at kahinaan|!tapat na pagtatasa|!pinakamalamang na dahilan|!pakisuri|!pakikumpara",
  creative_writing: "!tula|!gawan mo ako ng tula|kwento|kuwento|kanta|liham|mensahe para|speech para|gawan ng caption|gawan mo ako ng caption|ng caption|!gumawa ng tula|!sumulat ng tula|!gawan mo ako ng kwento|!gumawa ng kwento|awit|talumpati|pagbati|!gumawa ng caption|!sumulat ng liham|!gawan mo ako ng email|!gumawa ng email|!gawan mo ako ng mensahe|!gawan mo ng tula|!gawan mo ako ng liham|!gawan mo ako ng talumpati",
  brainstorming: "!mga ideya|!ideya para|pangalan para|suggest ka ng|!mag-suggest|!magmungkahi|mungkahi|mga opsyon|ano pwede kong|pwedeng ipangalan|!ilang ideya|!ilang pangalan|!magbigay ng ideya|!bigyan mo ako ng ideya|!mga posibleng pangalan",
  chat: "grabe|hay nako|nakakapagod|pagod na ako|wala lang|kwentuhan|kumusta|salamat|gusto ko lang ng kausap|gusto ko lang ilabas|magandang umaga|magandang gabi|kamusta|pagod ako|malungkot ako|nababagot|bored ako|!maglabas ng sama ng loob|!hindi ko kailangan ng payo|!ayoko ng payo|!gusto ko lang may mapagsabihan|!isa ka bang robot|!ikaw ba ay robot|!tao ka ba|!naaalala mo ba ang usapan",
  simple_qa: "ibig sabihin|ano ang|sino ang|saan ang|kailan ang|magkano ang|sino ang nag-imbento|ilang minuto|gaano katagal|ano ang kahulugan|!buong kahulugan|!ano ang full form|!ano full form|!ano ang stand for|!pinaikling anyo",
  math: "!kalkulahin|!kompyutin|ilan lahat|!lutasin|!solusyunan|ilang porsyento|porsyento|magkano ang babayaran|magkano babayaran",
  deep_reasoning: "bugtong|palaisipan|hakbang-hakbang|nagsisinungaling|nagsasabi ng totoo|kabalyero|sinungaling|laging nagsisinungaling|laging nagsasabi ng totoo|sino ang sino|lohika",
};
