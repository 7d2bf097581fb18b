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
 *
 * Audited (fourteenth round) against the per-task checklist of the tail tables: key points and minutes, only the names
 * and fill-the-fields, queries and regexes, check-my-code and explain-this-code, which would you choose and is it worth
 * it, speeches, toasts and jokes, knights and liars, how much will I pay. Left out: Bulgarian "реч" (Serbian "a word"),
 * "вреди"/"vrijedi li" (also "is it valid"), crash verbs that a market or a bone does too ("срива", "гърми", "puca",
 * "ruši se", "lūžta", "sesuje"), "tostas"/"tosts" alone (toast bread), "how many percent" and "prove that" as defining
 * cues (a fact asked, "dokaži da me voliš"; they are weak cues), "as a list/table" as defining cues, and cues whose
 * folded first word opens common English words ("peržiūrėk" as "per…", "į …" as "i", "proveri"/"provjeri" as "prov…").
 *
 * Thirteenth round (`cue-audit-13-tail.test.ts`): the infinitive after "can you" ("napisati pjesmu", "parašyti
 * laišką", "kirjutada kiri"), a few names by number, a view or critique asked ("какво мислиш за", "slabe točke", "ką
 * manai apie"), what an acronym stands for ("какво означава абревиатурата", "kratica za", "mida tähendab lühend") and
 * venting or questions to the assistant ("не искам съвети", "jesi li robot"). Stems cut back to the forms that ask,
 * since they opened an agent noun or another word ("преводач", "tulkotājs", "tõlkija", "sutrumpinimas" an
 * abbreviation, Slovenian "povzeto po" adapted from).
 * @module
 */

type CueTable = Readonly<Record<string, string>>;

export const BG: CueTable = {
  translation: "!превед*|!превод|!превода|!преводът|!превежда*|на английски|на български|на немски|на френски|от английски|как се казва на|!как се казва на английски|!как е на английски|на испански|на руски",
  summarization: "!обобщи|!обобщете|!обобщиш|обобщение|обобщението|основните точки|най-важното|съкрати|съкратете|!основните моменти|!ключовите моменти|!съкрати текста|!направи го по-кратко|!по-кратък вариант|!протокол от срещата|!протокол от заседанието|!в няколко изречения|в три изречения|!най-важното от",
  extraction: "!извлечи|!извлечете|!извлечеш|!извади всички|изброй всички|всички дати|всички имена|всички суми|като таблица|под формата на таблица|!само имената|!само датите|!само сумите|!само телефонните номера|!само имейлите|!всички телефонни номера|!попълни полетата|!попълнете полетата|!в json формат|!във формат json|като списък|под формата на списък",
  classification: "!класифи*|!раздели по категории|!раздели на категории|положително или отрицателно|положителен или отрицателен|в коя категория|към коя категория|коя категория|!положително, отрицателно или неутрално|или неутрално|!етикетирай*|!спам ли е",
  code_generation: "!напиши функция|!напишете функция|!напишеш функция|!напиши ми функция|!напишеш код|!напишеш скрипт|!напишеш програма|!напиши ми код|!напишете код|!напиши ми скрипт|!напишете скрипт|!напиши програма|!напишете програма|!напиши заявка|!напиши sql заявка|!напиши регулярен израз|!регулярен израз за|!напиши unit тест*|!напиши тестове за|!трябва ми скрипт|!трябва ми функция|!трябва ми заявка|!формула в excel|!формула за excel|!ексел формула",
  code_review: "не работи|защо не работи|намери грешката|открий грешката|прегледай кода|провери кода|съобщение за грешка|дава грешка|!прегледай кода ми|!провери кода ми|!какво прави този код|!обясни този код|!обясни ми кода|!защо заявката|!защо тази заявка|толкова бавн*|хвърля грешка",
  analysis: "кое е по-добро|!кое е по-добре|!кое би избрал|!кое би избрала|!кой би избрал|!коя би избрал|!струва ли си|!заслужава ли си|!оцени|!оценете|!да купя ли|!плюсове и минуси|!предимства и недостатъци|рисковете|!какво мислиш за|!какво е мнението ти|!какво е твоето мнение|!как го виждаш|!слабите места|!слаби места|!слабости|!силни и слаби страни|!честна оценка|!най-вероятната причина|!оцениш|!не мога да реша|!не мога да избера|!чудя се между|!критично оцени|!да оцените критично|къде виждате слаби места|къде виждаш слаби места",
  creative_writing: "разказ*|приказк*|песен|песента|!напиши писмо|!напишете писмо|писмо до|!напиши имейл|!напишете имейл|имейл до|история за|виц|вицове|честитка|поздравителна картичка|!тост за|!наздравица|!пожелание за рожден ден|!поздрав за рожден ден|!разкажи виц|!разкажи ми виц|!напиши песен|!текст на песен|!публикация за|!рекламен текст|!слоган за|!напиши съобщение|!напиши стихотворение|!напиши разказ|!напиши приказка|!реч за сватба*|!реч по случай|!напишеш имейл|!напишеш писмо|!напишеш стихотворение|!напишеш разказ|!напишеш поздрав|!напишеш песен|мотивационно писмо|придружително писмо|!напиши мотивационно писмо|!да напишеш мотивационно писмо",
  brainstorming: "!идеи за|!измисли|!измислете|!измислиш|!предложи имена|имена за|варианти за име|мозъчна атака|!дай ми идеи|!няколко идеи|!предложи ми|!предложете|!какво мога да правя|!няколко имена|!предложи няколко|!предложения за име|!предложения за заглавие|!възможни имена|!няколко заглавия",
  chat: "здравей|здравейте|благодаря|благодаря ти|мерси|как си|как сте|добро утро|добър ден|добър вечер|уморен съм|уморена съм|скучно ми е|тъжно ми е|лека нощ|искам само да си поговорим|!просто искам да споделя|!да си излея душата|!не искам съвети|!не ми трябват съвети|!исках просто да кажа на някого|!робот ли си|!човек ли си|!помниш ли нашите|!помниш ли предишните",
  simple_qa: "кой е написал|кой написа|коя година|в коя година|кой е изобретил|кой изобрети|какво означава думата|колко време отнема|кой е открил|!какво означава абревиатурата|!какво означава съкращението|!какво е съкращението|!съкращение от|!съкращение на|!абревиатура на|!абревиатурата на|!как се разчита",
  math: "!изчисли|!изчислете|!изчислиш|!пресметни|!пресметнете|!пресметнеш|колко прави|!колко ще платя|!колко ще трябва да платя|колко процента|докажи, че|докажи че",
  deep_reasoning: "!гатанка|!гатанки|!гатанката|!логическа задача|стъпка по стъпка|лъже|лъжат|казва истината|казват истината|!винаги лъже|!винаги лъжат|!винаги казва истината|!винаги казват истината|!кой кой е|!рицари и лъжци|!логическа загадка|!главоблъсканица",
};

export const SR: CueTable = {
  translation: "!превести|на енглески|на српски|на немачки|са енглеског|na srpski|!како се каже на",
  summarization: "!сажми|!сажмите|!сажмеш|!сажети|сажетак|!резимира*|glavne tačke|!главне тачке|!кључне тачке|!најважније тачке|!скрати текст|!скрати овај текст|!записник са састанка|!ključne tačke|!najvažnije tačke",
  extraction: "!извуци|!извуците|!извучеш|!извући|!издвоји|!издвојите|!издвојиш|!издвојити|наведи све|сви датуми|сва имена|у табелу|u tabelu|!само имена|!само датуме|!само износе|!само бројеве телефона|!попуни поља|!у json формату|као листу|као табелу|kao tabelu",
  classification: "!разврстај|!разврстајте|!разврсташ|!разврстати|да ли је ово спам|да ли је спам|у коју категорију|која категорија|da li je ovo spam|da li je spam|!позитивно, негативно или неутрално|!означи сваки|!означи сваку",
  code_generation: "!напиши функцију|!напишите функцију|!напишеш функцију|!напиши скрипту|!напишите скрипту|!напиши програм|!напишите програм|!напиши упит|!напиши sql упит|!напиши регуларни израз|!напиши класу|!треба ми скрипта|!треба ми функција|!треба ми упит|!формула у екселу|!treba mi skripta|!treba mi funkcija|!treba mi upit",
  code_review: "не ради|зашто не ради|пронађи грешку|нађи грешку|прегледај код|провери код|порука о грешци|избацује грешку|proveri kod|!прегледај мој код|!провери мој код|!шта ради овај код|!објасни овај код|!објасни ми код|!зашто је овај упит|споро ради|!šta radi ovaj kod",
  analysis: "упореди*|предности и недостаци|шта је боље|да ли се исплати|исплати ли се|uporedi*|šta je bolje|da li se isplati|!шта би ти изабрао|!шта би изабрао|!који би изабрао|!коју би изабрао|!да ли да купим|!процени|!предности и мане|!šta bi ti izabrao|!šta bi izabrao|!da li da kupim|!proceni|!шта мислиш о|!какво је твоје мишљење|!како ти то видиш|!слабе тачке|!искрена процена|!највероватнији узрок|!šta misliš o|!slabe tačke|!iskrena procena|!najverovatniji uzrok|!проценити|!proceniti|!не могу да одлучим|!не могу да се одлучим|!ne mogu da odlučim|!ne mogu da se odlučim|!критички процени|!kritički proceni|где видиш слабе тачке",
  creative_writing: "!песму|!песма|!песмицу|причу|прича о|бајку|бајка|!напиши мејл|мејл за|вицеви|честитку|!pesmu|!pesma|!pesmicu|!напиши песму|!напиши говор|!говор за|!здравицу|!честитку за рођендан|!испричај виц|!испричај ми виц|!објаву за|!рекламни текст|!напиши поруку|!napiši pesmu|!napiši mejl|!mejl za|!написати мејл|!написати песму|!написати писмо|!napisati pesmu|мотивационо писмо|пропратно писмо|motivaciono pismo|propratno pismo",
  brainstorming: "!идеје|!идеја за|!идеје за|предлози за|!смисли|!смислите|!смислиш|!осмисли|!осмислите|!дај ми идеје|!неколико идеја|!шта могу да радим|!šta mogu da radim|!неколико имена|!предложи неколико|!десетак идеја|!предлози имена",
  chat: "здраво|хвала|хвала ти|хвала вам|како си|како сте|добро јутро|добар дан|ћао|уморан сам|уморна сам|досадно ми је|тужан сам|добро вече|dobro veče|!морам да се изјадам|!само да се изјадам|!не треба ми савет|!не требају ми савети|!јеси ли робот|!да ли си робот|!сећаш ли се наших|!ne treba mi savet|!sećaš li se naših|!da li si robot|!samo sam hteo nekome da kažem|!samo sam htela nekome da kažem",
  simple_qa: "главни град|ко је написао|ко је измислио|ко је изумео|које године|ko je napisao|ko je izmislio|ko je izumeo|шта значи реч|колико траје|ко је открио|šta znači reč|!шта значи скраћеница|!скраћеница за|!од чега је скраћеница|!šta znači skraćenica",
  math: "!израчуна*|једначин*|вероватноћ*|!reši|!rešite|!rešiš|!rešiti|jednačin*|verovatnoć*|!колико ћу платити|!колико ћу да платим|!процената од|докажи да|!koliko ću da platim",
  deep_reasoning: "!загонетк*|корак по корак|лаже|лажу|говори истину|увек лаже|!логички задатак|!увек лажу|!увек говори истину|!увек говоре истину|!ко је ко|!витезови и лажови|!мозгалиц*|!uvek laže|!uvek lažu|!uvek govori istinu|!ko je ko",
};

export const HR: CueTable = {
  translation: "!prevedi|!prevedite|!prevedeš|!prevesti|prijevod*|na engleski|na hrvatski|na bosanski|sa engleskog|na njemački|!kako se kaže na engleskom|na engleskom|kako se kaže|!kako se kaže na",
  summarization: "!sažmi|!sažmite|!sažmeš|!sažeti|sažetak|sažetku|!rezimiraj*|!glavne točke|!ključne točke|!najvažnije točke|!skrati tekst|!skrati ovaj tekst|!zapisnik sa sastanka|!zapisnik sastanka|u tri rečenice|u nekoliko rečenica",
  extraction: "!izvuci|!izvucite|!izvučeš|!izvući|!izdvoji|!izdvojite|!izdvojiš|!izdvojiti|navedi sve|svi datumi|sva imena|sve datume|u tablicu|!samo imena|!samo datume|!samo iznose|!samo brojeve telefona|!popuni polja|!u json formatu|kao popis|kao tablicu",
  classification: "!klasificiraj*|!razvrstaj|!razvrstajte|!razvrstaš|!razvrstati|!kategoriziraj*|pozitivno ili negativno|pozitivan ili negativan|je li ovo spam|je li to spam|u koju kategoriju|koja kategorija|!pozitivno, negativno ili neutralno|ili neutralno|!označi svaki|!označi svaku",
  code_generation: "!napiši funkciju|!napišite funkciju|!napišeš funkciju|!napišeš kod|!napišeš skriptu|!napiši skriptu|!napišite skriptu|!napiši kod|!napišite kod|!napiši program|!napišite program|!napisati funkciju|!napisati kod|funkciju|funkcija|!napiši upit|!napiši sql upit|!napiši regularni izraz|!napiši regex|!napiši klasu|!napiši unit test*|!trebam skriptu|!trebam funkciju|!trebam upit|!formulu u excelu|!formula u excelu",
  code_review: "ne radi|zašto ne radi|pronađi grešku|nađi grešku|pregledaj kod|provjeri kod|poruka o pogrešci|poruka o grešci|javlja grešku|izbacuje grešku|!pregledaj moj kod|!što radi ovaj kod|!objasni ovaj kod|!objasni mi kod|!zašto je ovaj upit|sporo radi",
  analysis: "usporedi*|prednosti i mane|što je bolje|!što bi ti odabrao|!što bi odabrao|!koji bi odabrao|!koju bi odabrao|!isplati li se|!procijeni|!prednosti i nedostaci|rizici|!što misliš o|!kakvo je tvoje mišljenje|!kako ti to vidiš|!slabe točke|!slabosti|!jake i slabe strane|!iskrena procjena|!najvjerojatniji uzrok|!procijeniti|!ne mogu se odlučiti|!ne znam što odabrati|!kritički procijeniti|!kritički procijeni|gdje vidiš slabe točke|gdje vidite slabe točke",
  creative_writing: "!pjesmu|!pjesma|!pjesmicu|priču|priča o|!napiši pismo|!napišite pismo|!napiši e-mail|!napiši mail|čestitku|čestitka|vic|viceve|vicevi|šala|šalu|šale|govor za|!napiši govor|!zdravicu|!ispričaj vic|!ispričaj mi vic|!napiši objavu|!objavu za|!reklamni tekst|!slogan za|!napiši poruku|!napiši priču|!napiši pjesmu|!napisati mail|!napisati pismo|!napisati pjesmu|!napisati govor|!napisati priču|!napisati poruku|motivacijsko pismo|motivacijskog pisma|!napiši motivacijsko pismo",
  brainstorming: "!ideje|!ideja za|!ideje za|!smisli|!smislite|!smisliš|!osmisli|!osmislite|prijedlozi za|prijedloge za|imena za|!daj mi ideje|!nekoliko ideja|!predloži mi|!što mogu raditi|!nekoliko imena|!predloži nekoliko|!desetak ideja|!prijedlozi imena|!mogući nazivi",
  chat: "hvala|hvala ti|hvala vam|kako si|kako ste|dobro jutro|dobar dan|zdravo|ćao|umoran sam|umorna sam|dosadno mi je|tužan sam|tužna sam|laku noć|dobra večer|!moram se izjadati|!samo da se izjadam|!ne trebam savjet|!ne treba mi savjet|!jesi li robot|!jesi li ti robot|!jesi li čovjek|!sjećaš li se naših|!samo sam htio nekome reći|!samo sam htjela nekome reći",
  simple_qa: "glavni grad|tko je napisao|koje godine|u kojoj godini|tko je izumio|što znači riječ|koliko traje|tko je otkrio|!što znači kratica|!kratica za|!od čega je kratica|!skraćenica za|!od čega je skraćenica|!što znači skraćenica",
  math: "!izračuna*|!riješi|!riješite|!riješiš|!riješiti|jednadžb*|vjerojatnost*|!koliko ću platiti|dokaži da|dokažite da",
  deep_reasoning: "!zagonetk*|korak po korak|laže|lažu|govori istinu|!logički zadatak|!uvijek laže|!uvijek lažu|!uvijek govori istinu|!tko je tko|!vitezovi i lažljivci|!mozgalic*",
};

export const SL: CueTable = {
  translation: "!prevajaj|!prevajajte|v angleščino|v slovenščino|iz angleščine|v nemščino|!kako se reče|po angleško|po slovensko",
  summarization: "!povzemi|!povzemite|!povzameš|!povzetek|!povzetka|!povzeti|!povzetkom|!skrajšaj|!skrajšajte|!skrajšaj besedilo|!najpomembnejše točke|!zapisnik sestanka",
  extraction: "!izvleci|!izvlecite|!izvlečeš|!izvleči|!izlušči|!izluščite|vse datume|vsa imena|vse zneske|v tabelo|naštej vse|!vse telefonske številke|!izpolni polja|kot seznam|kot tabelo",
  classification: "!razvrsti|!razvrstite|!razvrstiš|!razvrstiti|pozitivno ali negativno|pozitiven ali negativen|ali je to spam|v katero kategorijo|katera kategorija|!pozitivno, negativno ali nevtralno|ali nevtralno|!označi vsak*",
  code_generation: "!napiši funkcijo|!napišite funkcijo|!napišeš funkcijo|!napiši kodo|!napišite kodo|!napiši skripto|!napišite skripto|funkcijo|kodo|!napiši poizvedbo|!napiši sql poizvedbo|!napiši razred|!potrebujem skripto|!potreboval bi skripto|!potrebovala bi skripto|!potrebujem funkcijo|!potrebujem poizvedbo|!formulo v excelu|!formula v excelu",
  code_review: "ne deluje|zakaj ne deluje|najdi napako|poišči napako|preglej kodo|sporočilo o napaki|javlja napako|!preglej mojo kodo|!kaj dela ta koda|!razloži to kodo|!razloži mi kodo|!zakaj je ta poizvedba|prepočasi|vrže napako",
  analysis: "primerjaj*|primerjav*|kaj je bolje|se splača|!primerjaj|!kaj bi izbral|!kaj bi izbrala|!katerega bi izbral|!ali naj kupim|!ali se splača|!oceni|!prednosti in slabosti|tveganja|!kaj meniš o|!kaj misliš o|!šibke točke|!šibkosti|!iskrena ocena|!najverjetnejši vzrok|!ne morem se odločiti|!kritično oceni|!kritično oceniti|kje vidiš šibke točke",
  creative_writing: "!pesem|!pesmico|zgodb*|pravljic*|napiši e-pošto|voščilo|voščila|šalo|besedilo pesmi|!napiši pesem|!zdravica|!zdravico|!voščilo za rojstni dan|!povej vic|!povej mi vic|!povej šalo|!napiši objavo|!objavo za|!reklamno besedilo|!oglasno besedilo|!napiši sporočilo|!napiši zgodbo|!napisati pesem|!napisati zgodbo|!napisati e-pošto|!napisati sporočilo|spremno pismo",
  brainstorming: "!predlagaj*|predloge za|domisli se|!idej|!kaj lahko počnem|!nekaj imen|!nekaj naslovov|!nekaj idej",
  chat: "živjo|dober dan|kako gre|utrujen sem|utrujena sem|dolgčas mi je|žalosten sem|dober večer|lahko noč|!moram se izpovedati|!ne rabim nasvetov|!ne želim nasvetov|!samo sem hotel nekomu povedati|!samo sem hotela nekomu povedati|!ali si robot|!ali si človek|!se spomniš naših",
  simple_qa: "glavno mesto|kdo je napisal|katerega leta|v katerem letu|kdo je izumil|kaj pomeni beseda|koliko časa traja|kdo je odkril|!kaj pomeni kratica|!kaj pomeni okrajšava|!okrajšava za",
  math: "enačb*|verjetnost*|!koliko bom plačal|!koliko bom plačala|!odstotkov od|dokaži, da",
  deep_reasoning: "!uganka|!uganko|!uganke|korak za korakom|govori resnico|!vedno laže|!vedno lažejo|!vedno govori resnico|!vitezi in lažnivci|!logična uganka",
};

export const LT: CueTable = {
  translation: "!išvers*|vertim*|į anglų kalbą|į lietuvių kalbą|angliškai|lietuviškai|!kaip bus angliškai|!kaip angliškai|kaip pasakyti",
  summarization: "!apibendrin*|!santrauk*|!sutrumpink|!sutrumpinkite|!sutrumpinti|!sutrumpintum|!sutrumpintumėte|pagrindiniai punktai|!pagrindinės mintys|!svarbiausi punktai|!svarbiausius punktus|!pagrindinius punktus|!susirinkimo protokol*|!posėdžio protokol*|trimis sakiniais|keliais sakiniais",
  extraction: "!ištrauk|!ištraukite|!ištraukti|!išskirk|!išskirkite|išvardink visus|išvardyk visus|visas datas|visus vardus|visas sumas|į lentelę|!tik vardus|!tik datas|!tik sumas|!tik telefono numerius|!visus telefono numerius|!užpildyk laukus|!json formatu|sąrašu",
  classification: "!klasifikuo*|!suskirsty*|!kategorizuok*|teigiamas ar neigiamas|teigiama ar neigiama|ar tai šlamštas|kuriai kategorijai|kokiai kategorijai|!teigiamas, neigiamas|!teigiama, neigiama|ar neutralus|ar neutrali|!pažymėk kiekvien*",
  code_generation: "!parašyk funkciją|!parašykite funkciją|!parašyti funkciją|!parašyk kodą|!parašykite kodą|!parašyk skriptą|!parašyk programą|funkciją|kodą|!parašyk užklausą|!parašyk sql užklausą|!parašyk reguliarųjį reiškinį|!parašyk klasę|!parašyk unit test*|!reikia skripto|!reikėtų skripto|!reikia funkcijos|!reikia užklausos|!excel formulės|!excel formulę",
  code_review: "neveikia|kodėl neveikia|rask klaidą|raskite klaidą|peržiūrėk kodą|klaidos pranešimas|!patikrink mano kodą|!patikrink kodą|!ką daro šis kodas|!paaiškink šį kodą|!paaiškink kodą|!kodėl ši užklausa|lėtai veikia|meta klaidą|išmeta klaidą",
  analysis: "!išanalizuo*|palygink|palyginkite|palyginimas|pliusai ir minusai|!kas geriau|!ką pasirinktum|!kurį pasirinktum|!kurią pasirinktum|!ar verta|!įvertink|!privalumai ir trūkumai|!ką manai apie|!kokia tavo nuomonė|!kokia jūsų nuomonė|!kaip tu tai matai|!silpnosios vietos|!silpnąsias vietas|!silpnybės|!stipriosios ir silpnosios|!sąžiningas įvertinimas|!labiausiai tikėtina priežastis|!įvertinti|!negaliu apsispręsti|!nežinau ką pasirinkti|!kritiškai įvertink|!kritiškai įvertinti|kur matai silpnas vietas",
  creative_writing: "!eilėrašt*|apsakym*|pasaką|pasakėlę|dainą|dainos žodžius|parašykite laišką|sveikinimą|juokel*|anekdot*|istoriją apie|šūkį|!kalbą vestuvėms|!sveikinimo kalbą|!papasakok anekdotą|!papasakok juokelį|!parašyk dainą|!dainos tekstą|!parašyk įrašą|!reklaminį tekstą|!parašyk žinutę|!parašyk laišką|!parašyk istoriją|!parašyk pasaką|!parašyk sveikinimą|!tostą vestuvėms|!sveikinimo tostą|!parašyti laišką|!parašyti dainą|!parašyti kalbą|!parašyti žinutę|!parašyti istoriją|!parašyti sveikinimą|motyvacinis laiškas|motyvacinį laišką|!parašyk motyvacinį laišką",
  brainstorming: "!sugalvok*|!sugalvoti|!sugalvotum|!pasiūlyk*|!pasiūlyti|!ką galėčiau veikti|!ką galėčiau nuveikti|!kelis pavadinimus|!kelis vardus|!pavadinimo variantus|!galimus pavadinimus",
  chat: "labas|ačiū|labai ačiū|kaip sekasi|laba diena|labas rytas|sveikas|sveika|esu pavargęs|esu pavargusi|labas vakaras|labanakt|!noriu išsikalbėti|!reikia išsikalbėti|!noriu išsilieti|!nereikia patarimų|!nenoriu patarimų|!tiesiog norėjau kažkam papasakoti|!ar tu robotas|!ar esi robotas|!ar tu žmogus|!ar prisimeni mūsų",
  simple_qa: "sostinė|kas parašė|kuriais metais|kas išrado|ką reiškia žodis|kiek laiko trunka|kas atrado|!ką reiškia santrumpa|!ką reiškia ši santrumpa|!santrumpos reikšmė|!ką reiškia sutrumpinimas|!kaip iššifruojama|!kaip iššifruoti",
  math: "!apskaičiuok*|!apskaičiuoti|!išspręsk*|!išspręsti|!suskaičiuok*|lygt*|tikimyb*|išvestin*|!kiek sumokėsiu|!kiek reikės sumokėti|kiek procentų|įrodyk, kad|įrodykite, kad|!išvestinę",
  deep_reasoning: "mįslėmis|mįsles|žingsnis po žingsnio|meluoja|sako tiesą|!visada meluoja|!visada sako tiesą|!kas yra kas|!riteriai ir melagiai|!logikos uždavin*|!galvosūk*|!mįslė|!mįslę|!mįslės|!mįslių",
};

export const LV: CueTable = {
  translation: "!tulko|!tulkot|!tulkojiet|!tulkojum*|!tulkotu|!pārtulko*|!iztulko*|angliski|uz angļu valodu|uz latviešu valodu|angļu valodā|!kā būs angliski|!kā ir angliski|!kā saka angliski|uz krievu valodu|uz vācu valodu",
  summarization: "!apkopo*|!kopsavilkum*|!galvenie punkti|!galvenās domas|!saīsini*|!sanāksmes protokol*|!sapulces protokol*|trīs teikumos|dažos teikumos|!saīsināt",
  extraction: "!izvelc|!izvelciet|!izvilkt|!izraksti visus|!izraksti visas|visus datumus|visus vārdus|visas summas|tabulas veidā|uzskaiti visus|uzskaiti visas|!tikai vārdus|!tikai datumus|!tikai summas|!tikai tālruņa numurus|!visus tālruņa numurus|!aizpildi laukus|!json formātā|saraksta veidā",
  classification: "!klasificē*|!sakārto pa kategorijām|!sadali kategorijās|pozitīvs vai negatīvs|pozitīva vai negatīva|vai tas ir surogātpasts|kurai kategorijai|kādai kategorijai|!pozitīvs, negatīvs vai neitrāls|vai neitrāls|vai neitrāla|!atzīmē katru",
  code_generation: "!uzraksti funkciju|!uzrakstiet funkciju|!uzrakstīt funkciju|!uzraksti kodu|!uzrakstiet kodu|!uzraksti skriptu|!uzraksti programmu|!uzraksti vaicājumu|!uzraksti sql vaicājumu|!uzraksti regulāro izteiksmi|!uzraksti klasi|!vajag skriptu|!vajadzētu skriptu|!vajag funkciju|!vajag vaicājumu|!excel formulu",
  code_review: "nestrādā|kāpēc nestrādā|atrodi kļūdu|atrodiet kļūdu|pārbaudi kodu|pārskati kodu|kļūdas ziņojums|!pārbaudi manu kodu|!pārskati manu kodu|!ko dara šis kods|!paskaidro šo kodu|!izskaidro šo kodu|!kāpēc šis vaicājums|!kāpēc avarē|pārāk lēni|tik lēni|met kļūdu|izmet kļūdu",
  analysis: "salīdzini|salīdziniet|salīdzināt|salīdzinājum*|plusi un mīnusi|kas ir labāk|vai ir tā vērts|!kas ir labāks|!ko tu izvēlētos|!kuru tu izvēlētos|!kuru izvēlētos|!vai ir vērts|!novērtē|!priekšrocības un trūkumi|!ko tu domā par|!kāds ir tavs viedoklis|!kā tu to redzi|!vājās vietas|!vājos punktus|!stiprās un vājās puses|!godīgs novērtējums|!ticamākais iemesls|!novērtēt|!nevaru izlemt|!nevaru izšķirties|!kritiski novērtē|!kritiski izvērtē|kur tu redzi vājās vietas",
  creative_writing: "!dzejol*|stāstu|stāstiņu|pasaku|pasaciņu|dziesm*|uzrakstiet vēstuli|apsveikum*|jokus|saukli|!uzraksti runu|!runu kāzām|!apsveikumu dzimšanas dienā|!pastāsti joku|!pastāsti anekdoti|!uzraksti dziesmu|!uzraksti ierakstu|!uzraksti ziņu|!uzraksti vēstuli|!reklāmas tekstu|!uzraksti stāstu|!uzraksti dzejoli|!tostu kāzām|!uzraksti tostu|!uzrakstīt vēstuli|!uzrakstīt dzejoli|!uzrakstīt runu|!uzrakstīt apsveikumu|!uzrakstīt stāstu|!uzrakstīt dziesmu|motivācijas vēstule|motivācijas vēstuli|pavadvēstule|!uzraksti motivācijas vēstuli",
  brainstorming: "!idejas|!iesaki*|!ieteikt|ieteikum*|!ko es varētu darīt|!ko varētu darīt|!dažus nosaukumus|!nosaukuma variantus|!nosaukumu idejas|!ideju",
  chat: "sveiki|paldies|liels paldies|kā iet|kā tev iet|labrīt|labdien|labvakar|esmu noguris|esmu nogurusi|ar labu nakti|!gribu izrunāties|!vajag izrunāties|!izkratīt sirdi|!nevajag padomus|!negribu padomus|!gribēju vienkārši kādam pastāstīt|!vai tu esi robots|!vai tu esi cilvēks|!vai tu atceries mūsu",
  simple_qa: "galvaspilsēt*|kas uzrakstīja|kurā gadā|kas izgudroja|ko nozīmē vārds|cik ilgi|kas atklāja|!ko nozīmē saīsinājums|!ko nozīmē abreviatūra|!saīsinājums no|!kā atšifrē|!kā atšifrējas",
  math: "!aprēķin*|!atrisini*|!atrisināt|vienādojum*|varbūtīb*|atvasinājum*|!cik es maksāšu|!cik man būs jāmaksā|cik procentu|pierādi, ka|pierādiet, ka",
  deep_reasoning: "!loģikas uzdevum*|!atmini mīklu|loģik*|soli pa solim|melo|saka patiesību|!vienmēr melo|!vienmēr saka patiesību|!kurš ir kurš|!bruņinieki un meļi",
};

export const ET: CueTable = {
  translation: "!tõlgi*|!tõlkida|!tõlkige|!tõlkima|!tõlkimine|!tõlkimist|tõlge|tõlget|inglise keelde|eesti keelde|vene keelde|saksa keelde|inglise keeles|!kuidas on inglise keeles|kuidas öelda",
  summarization: "!kokkuvõte*|!võta kokku|!võtke kokku|!kokku võtta|!peamised punktid|!põhipunktid|!lühenda*|!koosoleku protokoll*|!koosoleku memo|kolme lausega|paari lausega|kokkuvõtlikult",
  extraction: "!eralda kõik|kõik kuupäevad|kõik nimed|kõik summad|tabelina|tabelisse|loetle kõik|!ainult nimed|!ainult kuupäevad|!ainult summad|!ainult telefoninumbrid|!kõik telefoninumbrid|!täida väljad|!json-vormingus|!json formaadis|nimekirjana",
  classification: "!klassifitseeri*|!liigit*|!kategoriseeri*|positiivne või negatiivne|kas see on rämpspost|mis kategooriasse|!positiivne, negatiivne või neutraalne|või neutraalne|!märgista iga|!märgi iga",
  code_generation: "!kirjuta funktsioon|!kirjutage funktsioon|!kirjutada funktsioon|!kirjutada kood|!kirjuta kood|!kirjutage kood|!kirjuta skript|!kirjuta programm|funktsioon*|!kirjuta päring|!kirjuta sql-päring|!kirjuta sql päring|!kirjuta regulaaravaldis|!kirjuta klass|!kirjuta ühiktest*|!tee skript|!tee funktsioon|!vajan skripti|!oleks vaja skripti|!vajan funktsiooni|!vajan päringut|!exceli valem|!exceli valemit|!valem excelis|!valemit excelis",
  code_review: "ei tööta|miks ei tööta|leia viga|leidke viga|vaata kood üle|kontrolli koodi|veateade*|!vaata mu koodi üle|!kontrolli mu koodi|!kontrolli minu koodi|!mida see kood teeb|!selgita seda koodi|!seleta seda koodi|!miks see päring|jookseb kokku|liiga aeglane|nii aeglane|annab vea|viskab vea",
  analysis: "!analüüs*|võrdle*|võrrelda|mis on parem|!kumb on parem|!mida sa valiksid|!kumma sa valiksid|!kas tasub|!eelised ja puudused|!plussid ja miinused|riskid|!mida sa arvad|!mis on sinu arvamus|!mis on teie arvamus|!kuidas sina seda näed|!nõrgad kohad|!nõrku kohti|!tugevused ja nõrkused|!aus hinnang|!kõige tõenäolisem põhjus|!hinnata|!ei oska otsustada|!ei suuda otsustada|!ei oska valida|!hinda kriitiliselt|!kriitiliselt hinnata|kus sa näed nõrku kohti",
  creative_writing: "!luuletus*|jutustus*|lühijut*|muinasjut*|laulusõnad|kirjuta e-kiri|õnnitlus*|anekdoot*|nali|naljad|!kirjuta kõne|!kõne pulmadeks|!toost|!räägi nali|!räägi mõni nali|!kirjuta laul|!kirjuta postitus|!reklaamtekst*|!loosung*|!kirjuta kiri|!kirjuta sõnum|!kirjuta jutt|!kirjuta luuletus|!kirjutada kiri|!kirjutada kirja|!kirjutada luuletus|!kirjutada kõne|!kirjutada e-kiri|!kirjutada sõnum|!kirjutada jutt|motivatsioonikiri*|kaaskiri*|!kirjuta motivatsioonikiri|!kirjuta kaaskiri",
  brainstorming: "!ideid|!ideed|!ideesid|soovita|soovitage|nimeideid|ajurünnak|!mida ma saaksin|!paku välja|!pakkuge välja|!mõned nimed|!paar nime|!nimevariant*|!pealkirja ideed",
  chat: "tere|aitäh|tänan|suur aitäh|kuidas läheb|tere hommikust|olen väsinud|tere õhtust|tahan lihtsalt rääkida|!tahan lihtsalt südant puistata|!südant puistata|!ma ei vaja nõu|!ei taha nõuandeid|!tahtsin lihtsalt kellelegi rääkida|!kas sa oled robot|!kas sa oled inimene|!kas sa mäletad meie",
  simple_qa: "pealinn*|kes kirjutas|mis aastal|kes leiutas|mida tähendab sõna|kui kaua võtab|kes avastas|!mida tähendab lühend|!lühend sõnadest|!mille lühend|!lühendi tähendus|!mis on lühendi",
  math: "!arvuta*|!lahenda*|võrrand*|tõenäosus*|tuletis*|!kui palju ma maksan|!kui palju pean maksma|mitu protsenti|tõesta, et|tõestage, et",
  deep_reasoning: "mõistatused|mõistatusi|mõistatustega|loogika*|samm-sammult|samm sammult|valetab|räägib tõtt|ütleb tõtt|!valetab alati|!räägib alati tõtt|!kes on kes|!rüütlid ja valetajad|!loogikaülesanne*|!nuputamisülesanne*|!mõistatus|!mõistatust|!mõistatuse",
};
