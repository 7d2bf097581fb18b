/**
 * Task cue words for seven more European languages (twelfth round): Bulgarian, Serbian, Croatian (with Bosnian),
 * Slovenian, Lithuanian, Latvian and Estonian. Written by the team from general usage (never from evaluation data), in
 * the notation of `language-cues.ts`: `word` a whole word or phrase, `stem*` a word prefix, `!` a defining cue. As in
 * `language-cues-tail.ts`, each defining verb is written in its imperative, its polite or plural form and the form
 * people type after "can you" ("можеш ли да преведеш", "možeš li prevesti", "ar galėtum išversti", "kas sa saaksid
 * kokku võtta"), and each task names its commonest output nouns.
 *
 * A cue counts once per table it is written in, so a form another table already has is not written again (the
 * look-alike test in `language-cues-tail.test.ts` fails on such a repeat):
 * - Bulgarian and Serbian Cyrillic share "преведи", "превод", "класификуј"/"класифицирай" (`класифи*`), "напиши
 *   писмо", "виц", "имена за", "измисли": they are in `BG`. Russian's stems already match their "анализ…", "сравни",
 *   "реши", "функци…", "уравнени…", "вероятност…", "стих…", "резюм…", "категориз…" and "столиц…", so none is repeated.
 * - Croatian, Bosnian and Serbian in Latin letters share most words ("prevedi", "sažmi", "izvuci", "napiši kod",
 *   "ne radi", "izračunaj"): they are in `HR`, with Slovenian's identical forms ("prevedi", "izračunaj", "ideje",
 *   "napiši program", "kako si", "hvala"). `SR` holds Serbian Cyrillic and the Latin forms only Serbian writes
 *   ("uporedi", "reši", "verovatnoća"; Slovenian's "reši" is the same word), `SL` Slovenian's own ("povzemi", "kodo").
 * - Romanian's, Turkish's and Polish's `analiz*` match "analiziraj", "analizuok", "analizē"; Lithuanian and Latvian's
 *   "funkcija" is Croatian's; Czech's "klasifikuj*" is Serbian's Latin "klasifikuj".
 * Left out as look-alikes: Latin "preved*" (Italian "prevede", it provides for), "smisl*" (Croatian "u smislu", in the
 * sense), Serbian Latin "prevod" (Slovak "prevod", a money transfer), Latvian "joku" (Finnish "joku", someone) and
 * "mīkla" (dough as well as riddle), Estonian "kodu" as code (it is "home"), Lithuanian "pasak*" ("pasakyk", tell) and
 * "ištrauka" (an excerpt), Bulgarian "извади" alone (subtract), and words for "briefly" ("ukratko", "накратко",
 * "trumpai", "lühidalt"): "what is X? briefly" asks a question. "In a table" is written only as "into a table": "the
 * data in the table" is no ask. Russian's "кратк*" reads Bulgarian "кратка история" (a short story) as a summary, so
 * that phrase is not written.
 * @module
 */

type CueTable = Readonly<Record<string, string>>;

export const BG: CueTable = {
  translation: "!превед*|!превод*|!превежда*|на английски|на български|на немски|на френски|от английски|как се казва на",
  summarization: "!обобщи|!обобщете|!обобщиш|обобщение|обобщението|основните моменти|основните точки|най-важното|съкрати|съкратете",
  extraction: "!извлечи|!извлечете|!извлечеш|!извади всички|изброй всички|всички дати|всички имена|всички суми|като таблица|под формата на таблица",
  classification: "!класифи*|!раздели по категории|!раздели на категории|положително или отрицателно|положителен или отрицателен|в коя категория|към коя категория|коя категория",
  code_generation: "!напиши функция|!напишете функция|!напишеш функция|!напиши ми функция|!напишеш код|!напишеш скрипт|!напишеш програма|!напиши ми код|!напишете код|!напиши ми скрипт|!напишете скрипт|!напиши програма|!напишете програма",
  code_review: "не работи|защо не работи|намери грешката|открий грешката|прегледай кода|провери кода|съобщение за грешка|дава грешка",
  analysis: "плюсове и минуси|предимства и недостатъци|кое е по-добре|кое е по-добро|струва ли си",
  creative_writing: "разказ*|приказк*|песен|песента|!напиши писмо|!напишете писмо|писмо до|!напиши имейл|!напишете имейл|имейл до|история за|виц|вицове|честитка|поздравителна картичка",
  brainstorming: "!идеи за|!измисли|!измислете|!измислиш|!предложи имена|имена за|варианти за име|мозъчна атака",
  chat: "здравей|здравейте|благодаря|благодаря ти|мерси|как си|как сте|добро утро|добър ден|добър вечер",
  simple_qa: "кой е написал|кой написа|коя година|в коя година|кой е изобретил|кой изобрети",
  math: "!изчисли|!изчислете|!изчислиш|!пресметни|!пресметнете|!пресметнеш|колко прави",
  deep_reasoning: "гатанка|гатанки|гатанката|!логическа задача|стъпка по стъпка|лъже|лъжат|казва истината|казват истината",
};

export const SR: CueTable = {
  translation: "!превести|на енглески|на српски|на немачки|са енглеског|na srpski",
  summarization: "!сажми|!сажмите|!сажмеш|!сажети|сажетак|!резимира*|главне тачке|glavne tačke",
  extraction: "!извуци|!извуците|!извучеш|!извући|!издвоји|!издвојите|!издвојиш|!издвојити|наведи све|сви датуми|сва имена|у табелу|u tabelu",
  classification: "!разврстај|!разврстајте|!разврсташ|!разврстати|да ли је ово спам|да ли је спам|у коју категорију|која категорија|da li je ovo spam|da li je spam",
  code_generation: "!напиши функцију|!напишите функцију|!напишеш функцију|!напиши скрипту|!напишите скрипту|!напиши програм|!напишите програм",
  code_review: "не ради|зашто не ради|пронађи грешку|нађи грешку|прегледај код|провери код|порука о грешци|избацује грешку|proveri kod",
  analysis: "упореди*|предности и мане|предности и недостаци|шта је боље|да ли се исплати|исплати ли се|uporedi*|šta je bolje|da li se isplati",
  creative_writing: "!песму|!песма|!песмицу|причу|прича о|бајку|бајка|!напиши мејл|мејл за|вицеви|честитку|!pesmu|!pesma|!pesmicu",
  brainstorming: "!идеје|!идеја за|!идеје за|предлози за|!смисли|!смислите|!смислиш|!осмисли|!осмислите",
  chat: "здраво|хвала|хвала ти|хвала вам|како си|како сте|добро јутро|добар дан|ћао",
  simple_qa: "главни град|ко је написао|ко је измислио|ко је изумео|које године|ko je napisao|ko je izmislio|ko je izumeo",
  math: "!израчуна*|једначин*|вероватноћ*|!reši|!rešite|!rešiš|!rešiti|jednačin*|verovatnoć*",
  deep_reasoning: "загонетк*|корак по корак|лаже|лажу|говори истину|увек лаже|!логички задатак",
};

export const HR: CueTable = {
  translation: "!prevedi|!prevedite|!prevedeš|!prevesti|!prijevod*|na engleski|na hrvatski|na bosanski|sa engleskog|na njemački",
  summarization: "!sažmi|!sažmite|!sažmeš|!sažeti|sažetak|sažetku|!rezimiraj*|glavne točke|ključne točke",
  extraction: "!izvuci|!izvucite|!izvučeš|!izvući|!izdvoji|!izdvojite|!izdvojiš|!izdvojiti|navedi sve|svi datumi|sva imena|sve datume|u tablicu",
  classification: "!klasificiraj*|!razvrstaj|!razvrstajte|!razvrstaš|!razvrstati|!kategoriziraj*|pozitivno ili negativno|pozitivan ili negativan|je li ovo spam|je li to spam|u koju kategoriju|koja kategorija",
  code_generation: "!napiši funkciju|!napišite funkciju|!napišeš funkciju|!napišeš kod|!napišeš skriptu|!napiši skriptu|!napišite skriptu|!napiši kod|!napišite kod|!napiši program|!napišite program|!napisati funkciju|!napisati kod|funkciju|funkcija",
  code_review: "ne radi|zašto ne radi|pronađi grešku|nađi grešku|pregledaj kod|provjeri kod|poruka o pogrešci|poruka o grešci|javlja grešku|izbacuje grešku",
  analysis: "usporedi*|prednosti i nedostaci|prednosti i mane|što je bolje|isplati li se",
  creative_writing: "!pjesmu|!pjesma|!pjesmicu|priču|priča o|!napiši pismo|!napišite pismo|!napiši e-mail|!napiši mail|napiši poruku|čestitku|čestitka|vic|viceve|vicevi|šala|šalu|šale|govor za",
  brainstorming: "!ideje|!ideja za|!ideje za|!smisli|!smislite|!smisliš|!osmisli|!osmislite|prijedlozi za|prijedloge za|imena za",
  chat: "hvala|hvala ti|hvala vam|kako si|kako ste|dobro jutro|dobar dan|zdravo|ćao",
  simple_qa: "glavni grad|tko je napisao|koje godine|u kojoj godini|tko je izumio",
  math: "!izračuna*|!riješi|!riješite|!riješiš|!riješiti|jednadžb*|vjerojatnost*",
  deep_reasoning: "zagonetk*|korak po korak|laže|lažu|govori istinu|uvijek laže|!logički zadatak",
};

export const SL: CueTable = {
  translation: "!prevajaj|!prevajajte|v angleščino|v slovenščino|iz angleščine|v nemščino",
  summarization: "!povzemi|!povzemite|!povzameš|!povzet*|skrajšaj|skrajšajte",
  extraction: "!izvleci|!izvlecite|!izvlečeš|!izvleči|!izlušči|!izluščite|vse datume|vsa imena|vse zneske|v tabelo|naštej vse",
  classification: "!razvrsti|!razvrstite|!razvrstiš|!razvrstiti|pozitivno ali negativno|pozitiven ali negativen|ali je to spam|v katero kategorijo|katera kategorija",
  code_generation: "!napiši funkcijo|!napišite funkcijo|!napišeš funkcijo|!napiši kodo|!napišite kodo|!napiši skripto|!napišite skripto|funkcijo|kodo",
  code_review: "ne deluje|zakaj ne deluje|najdi napako|poišči napako|preglej kodo|sporočilo o napaki|javlja napako",
  analysis: "primerjaj*|primerjav*|prednosti in slabosti|kaj je bolje|se splača|ali se splača",
  creative_writing: "!pesem|!pesmico|zgodb*|pravljic*|napiši sporočilo|napiši e-pošto|voščilo|voščila|šalo|besedilo pesmi",
  brainstorming: "!predlagaj*|predloge za|domisli se",
  chat: "živjo|dober dan|kako gre",
  simple_qa: "glavno mesto|kdo je napisal|katerega leta|v katerem letu|kdo je izumil",
  math: "enačb*|verjetnost*",
  deep_reasoning: "uganka|uganko|uganke|korak za korakom|govori resnico",
};

export const LT: CueTable = {
  translation: "!išvers*|vertim*|į anglų kalbą|į lietuvių kalbą|angliškai|lietuviškai",
  summarization: "!apibendrin*|!santrauk*|!sutrumpin*|pagrindiniai punktai|pagrindinės mintys",
  extraction: "!ištrauk|!ištraukite|!ištraukti|!išskirk|!išskirkite|išvardink visus|išvardyk visus|visas datas|visus vardus|visas sumas|į lentelę",
  classification: "!klasifikuo*|!suskirsty*|!kategorizuok*|teigiamas ar neigiamas|teigiama ar neigiama|ar tai šlamštas|kuriai kategorijai|kokiai kategorijai",
  code_generation: "!parašyk funkciją|!parašykite funkciją|!parašyti funkciją|!parašyk kodą|!parašykite kodą|!parašyk skriptą|!parašyk programą|funkciją|kodą",
  code_review: "neveikia|kodėl neveikia|rask klaidą|raskite klaidą|peržiūrėk kodą|klaidos pranešimas",
  analysis: "!išanalizuo*|palygink|palyginkite|palyginimas|privalumai ir trūkumai|pliusai ir minusai|kas geriau|ar verta",
  creative_writing: "!eilėrašt*|apsakym*|pasaką|pasakėlę|dainą|dainos žodžius|parašyk laišką|parašykite laišką|sveikinimą|juokel*|anekdot*|istoriją apie|šūkį",
  brainstorming: "!idėj*|!pasiūlyk*|!pasiūlyti",
  chat: "labas|ačiū|labai ačiū|kaip sekasi|laba diena|labas rytas|sveikas|sveika",
  simple_qa: "sostinė|kas parašė|kuriais metais|kas išrado",
  math: "!apskaičiuok*|!apskaičiuoti|!išspręsk*|!išspręsti|!suskaičiuok*|lygt*|tikimyb*|išvestin*",
  deep_reasoning: "mįsl*|galvosūk*|žingsnis po žingsnio|meluoja|sako tiesą|visada meluoja",
};

export const LV: CueTable = {
  translation: "!tulko*|!pārtulko*|!iztulko*|angliski|uz angļu valodu|uz latviešu valodu|angļu valodā",
  summarization: "!apkopo*|!kopsavilkum*|saīsini*|galvenie punkti|galvenās domas",
  extraction: "!izvelc|!izvelciet|!izvilkt|!izraksti visus|!izraksti visas|visus datumus|visus vārdus|visas summas|tabulas veidā|uzskaiti visus|uzskaiti visas",
  classification: "!klasificē*|!sakārto pa kategorijām|!sadali kategorijās|pozitīvs vai negatīvs|pozitīva vai negatīva|vai tas ir surogātpasts|kurai kategorijai|kādai kategorijai",
  code_generation: "!uzraksti funkciju|!uzrakstiet funkciju|!uzrakstīt funkciju|!uzraksti kodu|!uzrakstiet kodu|!uzraksti skriptu|!uzraksti programmu",
  code_review: "nestrādā|kāpēc nestrādā|atrodi kļūdu|atrodiet kļūdu|pārbaudi kodu|pārskati kodu|kļūdas ziņojums",
  analysis: "salīdzini|salīdziniet|salīdzināt|salīdzinājum*|plusi un mīnusi|priekšrocības un trūkumi|kas ir labāks|kas ir labāk|vai ir vērts|vai ir tā vērts",
  creative_writing: "!dzejol*|stāstu|stāstiņu|pasaku|pasaciņu|dziesm*|uzraksti vēstuli|uzrakstiet vēstuli|apsveikum*|jokus|saukli",
  brainstorming: "!idejas|!iesaki*|!ieteikt|ieteikum*",
  chat: "sveiki|paldies|liels paldies|kā iet|kā tev iet|labrīt|labdien|labvakar",
  simple_qa: "galvaspilsēt*|kas uzrakstīja|kurā gadā|kas izgudroja",
  math: "!aprēķin*|!atrisini*|!atrisināt|vienādojum*|varbūtīb*|atvasinājum*",
  deep_reasoning: "!loģikas uzdevum*|atmini mīklu|loģik*|soli pa solim|melo|vienmēr melo|saka patiesību",
};

export const ET: CueTable = {
  translation: "!tõlgi*|!tõlki*|tõlge|tõlget|inglise keelde|eesti keelde|vene keelde|saksa keelde|inglise keeles",
  summarization: "!kokkuvõte*|!võta kokku|!võtke kokku|!kokku võtta|lühenda*|peamised punktid|põhipunktid",
  extraction: "!eralda kõik|kõik kuupäevad|kõik nimed|kõik summad|tabelina|tabelisse|loetle kõik",
  classification: "!klassifitseeri*|!liigit*|!kategoriseeri*|positiivne või negatiivne|kas see on rämpspost|mis kategooriasse",
  code_generation: "!kirjuta funktsioon|!kirjutage funktsioon|!kirjutada funktsioon|!kirjutada kood|!kirjuta kood|!kirjutage kood|!kirjuta skript|!kirjuta programm|funktsioon*",
  code_review: "ei tööta|miks ei tööta|leia viga|leidke viga|vaata kood üle|kontrolli koodi|veateade*",
  analysis: "!analüüs*|võrdle*|võrrelda|plussid ja miinused|eelised ja puudused|kumb on parem|mis on parem|kas tasub",
  creative_writing: "!luuletus*|jutustus*|lühijut*|muinasjut*|laulusõnad|kirjuta kiri|kirjuta e-kiri|õnnitlus*|anekdoot*|nali|naljad",
  brainstorming: "!ideid|!ideed|!ideesid|soovita|soovitage|nimeideid|ajurünnak",
  chat: "tere|aitäh|tänan|suur aitäh|kuidas läheb|tere hommikust",
  simple_qa: "pealinn*|kes kirjutas|mis aastal|kes leiutas",
  math: "!arvuta*|!lahenda*|võrrand*|tõenäosus*|tuletis*",
  deep_reasoning: "mõistatus*|loogika*|samm-sammult|samm sammult|valetab|räägib tõtt|ütleb tõtt",
};
