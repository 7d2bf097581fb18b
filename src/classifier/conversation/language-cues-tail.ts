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
 *
 * Audited (fourteenth round) against the per-task checklist: key points and minutes ("hovedpunktene", "tärkeimmät
 * kohdat", "zápisnica z porady"), "only the names" and fill-the-fields, queries, regexes and unit tests, review-my-code,
 * explain-this-code and "why is this query slow", weighing ("overvejer at", "ville du vælge", "kumpi on parempi",
 * "érdemes-e"), speeches, wishes and posts, knights and liars ("lovagok … lókötők", "valehtelee aina"), rotas
 * ("vaktliste") and "how much will I pay". Left out: a defining verb's object that is also an everyday noun ("skriv en
 * test" is also a school test, "lag et program" an event's programme, "tee kysely" a survey, "kirjoita puhe*" caught
 * "puhelinnumero", "tulis program" a Malay event), forms that read prepositions ("finne på" in "finne på nettet"), news
 * verbs ("ehdottaa", "arvioida", "avaluació"), and cues whose first word is a common English word ("a …", "per …",
 * "som…", "for …", "m'…", "saya …"): every English word of that key would be looked up against them.
 *
 * Thirteenth round (`cue-audit-13-cues13-tail.test.ts`): the verb after "could you" ("skrive en tale", "kirjoittaa
 * sähköpostin", "írnál egy e-mailt"), a few names or ideas by number, a view or critique asked ("hvad synes du om",
 * "mi a véleményed", "slabé miesta"), what an acronym stands for ("hvad står forkortelsen", "minek a rövidítése") and
 * venting or questions to the assistant ("jeg vil ikke have råd", "oletko robotti"). Stems cut back to the forms that
 * ask, since they opened an agent noun or another word ("oversætter", "kääntäjä", "fordító" and "figyelmet fordít",
 * "elemző", "forkortelse", "lyhentää lainaa", Estonian "pulmad" in Finnish "pulma*").
 * @module
 */

type CueTable = Readonly<Record<string, string>>;

export const DA: CueTable = {
  translation: "!oversæt|!oversætte|!oversættelse*|!oversæt den|oversat|til engelsk|til dansk|på dansk|til tysk|hvad hedder det på|!hvordan siger man|!hvad betyder det her på|hvad betyder det på|til fransk|til spansk",
  summarization: "!opsummer*|!sammenfat*|!sammendrag|!resumé|!hovedpunkt*|de vigtigste pointer|!hovedpointe*|!de vigtigste punkter|!gør den kortere|!gør teksten kortere|!gør det kortere|!kortere version|!kortere udgave|!forkort|!forkorte|!forkort den|!forkort teksten|!mødereferat*|!skriv et referat|!lav et referat|!referat af mødet|punktform",
  extraction: "!udtræk*|!træk ud|træk alle|alle datoer|alle navne|alle beløb|liste over alle|en tabel med|!kun navnene|!kun datoerne|!kun beløbene|!kun telefonnumrene|!kun adresserne|!kun e-mailadresserne|!udfyld felterne|!udfyld disse felter|!hent alle|!lav en liste over alle",
  classification: "!klassificer|!klassificere|!klassificering|!kategoriser|!kategorisere|!kategorisering|er det spam|hvilken kategori|!mærk hver|!mærk hvert|!sorter i kategorier|!opdel i kategorier|!hvilken kategori hører",
  code_generation: "!skriv kode|!skrive kode|!skriv et script|!skrive et script|!skrive en funktion|!skriv et program|!lav en funktion|!lav et script|!skriv en forespørgsel|!skriv en sql-forespørgsel|!lav en sql-forespørgsel|!lav et regulært udtryk|!skriv et regulært udtryk|!skriv en unittest|!skriv unittests|!skriv en enhedstest|!skriv en klasse|!skriv et workflow|!skrive en forespørgsel|!skrive en sql-forespørgsel|!skrive en klasse|!skrive en unittest|!lave en funktion|!lave et script",
  code_review: "virker ikke|fungerer ikke|fejlmeddelelse*|hvorfor crasher|find fejlen|gennemgå koden|kig på koden|!hvorfor er denne forespørgsel|!hvorfor er forespørgslen|!hvorfor er koden så|!tjek min kode|!tjek koden|!tjekke min kode|!tjekke koden|!kig på min kode|!gennemgå min kode|!hvad denne kode gør|!hvad gør denne kode|!koden virker ikke|!min kode virker ikke|får en fejl|får denne fejl|så langsom|så langsomt",
  analysis: "!analyser|!analysere|!analysér|sammenlign*|fordele og ulemper|hvad er bedst|kan det betale sig|betaler det sig|!overvejer at|!overvejer om|!ville du vælge|!hvad skal jeg vælge|!hvilken skal jeg vælge|!bør jeg vælge|!bør jeg købe|bør jeg|!er det det værd|!vurder|!vurdere|risici|risikoen ved|!hvad betyder disse tal|!hvad fortæller tallene|!hvad synes du om|!hvad tænker du om|!hvordan ser du på|!en ærlig vurdering|!din ærlige vurdering|!din vurdering|!svage punkter|!svagheder i|!styrker og svagheder|!den mest sandsynlige årsag|!hvad ville en kritiker|!sammenligne",
  creative_writing: "!digt|!digtet|!digte|historie om|novelle|eventyr|sangtekst*|skriv en mail|skriv en e-mail|skriv et brev|skrive en hilsen|skriv en hilsen|en hilsen til|en tale til|holde en tale|vittighed*|billedtekst*|opslag til|!skriv en tale|!fødselsdagshilsen*|!fødselsdagsdigt*|!fødselsdagssang*|!skriv en sang|!skriv en sangtekst|!en vittighed|!en joke om|!skriv et opslag|!skriv en besked|!skriv en sms|!reklametekst*|!skåltale*|!lykønskning*|!julehilsen*|!slogan til|!skrive en mail|!skrive en e-mail|!skrive et brev|!skrive en tale|!skrive en sang|!skrive et opslag|!skrive en besked|!skrive et digt|!skrive en historie",
  brainstorming: "!ideer|!forslag til|navneforslag|navne til|kom med forslag|!kom med ideer|!kom med idéer|!nogle ideer|!nogle idéer|!hvad kunne jeg lave|!hvad kan jeg lave|!hvad kan vi lave|!hvad kunne vi lave|!navneideer|!nogle navne|!et par navne|!et par idéer|!et par ideer|!nogle vinkler|!et par vinkler|!titelforslag|!forslag til titler|!forslag til navne|!nogle bud på",
  chat: "tusind tak|mange tak|tak for hjælpen|hvordan har du det|hvordan går det|god morgen|godmorgen|trænger til at snakke|brug for at snakke|sikke en dag|jeg er så træt|jeg er træt|jeg keder mig|jeg er ked af det|godaften|god aften|jeg vil bare snakke|!jeg skal bare have luft|!skal lige have luft|!få det ud af systemet|!jeg vil ikke have råd|!jeg behøver ikke råd|!ville bare fortælle nogen|!måtte bare fortælle nogen|!er du en robot|!er du en bot|!er du et menneske|!husker du vores|!kan du huske vores|!har du følelser",
  simple_qa: "hovedstad*|hvem skrev|hvilket år|hvem opfandt|hvad betyder ordet|hvor lang tid tager det|hvor mange minutter|hvem opdagede|hvem malede|!forkortelse for|!hvad står forkortelsen|!hvad betyder forkortelsen|!hvad er forkortelsen|!en forkortelse for|!hvad står bogstaverne for",
  math: "!beregn*|!udregn*|!regn ud|!løs ligningen|ligning*|sandsynlighed*|!hvor meget betaler jeg|!hvor meget skal jeg betale|hvor mange procent|!procent af|bevis at|bevis, at|!den afledte",
  deep_reasoning: "gåde|gåden|gåder|trin for trin|lyver|taler sandt|siger sandheden|!lyver altid|!taler altid sandt|!siger altid sandheden|!hvem er hvem|!logisk opgave|!logikopgave*|!logisk gåde|riddere|løgnere|!vagtplan*",
};

export const NB: CueTable = {
  translation: "!oversett|!oversette|!oversettelse*|!oversett den|oversatt|til norsk|på norsk|hva heter det på|!hvordan sier man|!hva betyr dette på|hva betyr det på",
  summarization: "!oppsummer*|!sammenfatt*|!resymé|!de viktigste punktene|!viktigste punkter|!hovedpoeng*|!kort ned|!gjør den kortere|!gjør teksten kortere|!kortere versjon|!møtereferat*|!lag et referat|!referat fra møtet|stikkordsform|kulepunkt*",
  extraction: "!trekk ut|!hent ut|alle datoene|alle navnene|!bare navnene|!bare datoene|!bare beløpene|!bare telefonnumrene|!kun datoene|!kun beløpene|!fyll ut feltene|!fyll ut disse feltene|!list opp alle|!lag en liste over alle",
  classification: "!klassifiser*|merk hver|!merk hvert|!del inn i kategorier|eller nøytral",
  code_generation: "!skriv en funksjon|!skrive en funksjon|!lag en funksjon|!skriv et skript|!skrive et skript|funksjon|!lag et skript|!skriv en spørring|!skriv en sql-spørring|!lag en spørring|!lag et regulært uttrykk|!skriv et regulært uttrykk|!skriv en enhetstest|!skriv enhetstester|!lag en klasse|!skrive en spørring|!skrive en sql-spørring|!lage en funksjon|!lage et skript",
  code_review: "feilmelding*|finn feilen|hvorfor krasjer|se over koden|gå gjennom koden|!hvorfor er denne spørringen|!hvorfor er spørringen|!sjekk koden min|!sjekk koden|!sjekke koden|!se på koden min|!hva denne koden gjør|!hva gjør denne koden|!koden min funker ikke|!koden funker ikke|funker ikke|får en feil|gir en feil|gir feil|så treg",
  analysis: "fordeler og ulemper|hva er best|lønner det seg|!vurderer å|!lurer på om jeg skal|!ville du valgt|!ville du velge|!hva bør jeg velge|!hvilken bør jeg velge|!bør jeg velge|!bør jeg kjøpe|!er det verdt det|!hva betyr disse tallene|!hva synes du om|!hva tenker du om|!svake punkter|!svakheter i|!styrker og svakheter|!den mest sannsynlige årsaken|!hva ville en kritiker",
  creative_writing: "!skriv et dikt|!skrive et dikt|!skriv en fortelling|!skrive en fortelling|fortelling*|bildetekst*|skriv en e-post|skrive en e-post|vits|vitser|!bursdagshilsen*|!bursdagsdikt*|!bursdagssang*|!en vits|!skriv et innlegg|!et innlegg til|!skriv en melding|!skrive en melding|!slagord*|!gratulasjon*|!skrive et innlegg|!skriv en tekst til",
  brainstorming: "!finn på|noen ideer|gi meg ideer|!hva kan jeg gjøre|!hva kan vi gjøre|!noen forslag|!gi meg forslag|!kom med noen ideer|!noen navn|!et par navn|!noen vinkler|!forslag til tittel|!tittelforslag|!foreslå noen|!foreslå et par",
  chat: "hei|takk|tusen takk|jeg er så sliten|jeg er sliten|jeg kjeder meg|jeg er lei meg|god kveld|jeg vil bare prate|hvordan står det til|!jeg må bare få det ut|!må bare få det ut|!lette på trykket|!jeg vil ikke ha råd|!trenger ikke råd|!ville bare fortelle noen|!måtte bare fortelle noen|!husker du hva vi snakket om|!husker du samtalen vår|!er du et ekte menneske",
  simple_qa: "hvem fant opp|hva betyr ordet|hvor lang tid tar det|hvem oppdaget|hvem malte|!hva står forkortelsen|!hva betyr forkortelsen|!hva er forkortelsen|!hva står bokstavene for",
  math: "!regn ut|!løs likningen|likning*|sannsynlighet*|derivert*|!hvor mye betaler jeg|!hvor mye må jeg betale|hvor mange prosent|!prosent av|!den deriverte",
  deep_reasoning: "gåte|gåten|gåter|steg for steg|snakker sant|sier sannheten|!lyver alltid|!snakker alltid sant|!sier alltid sannheten|!logisk oppgave|!logikkoppgave*|!logisk gåte|!vaktliste*|minst ett skift",
};

export const FI: CueTable = {
  translation: "!käännä*|!kääntää|!kääntämään|!kääntäisitkö|!kääntäisit|!kääntäkää|!kääntämällä|!käännö*|englanniksi|suomeksi|ruotsiksi|saksaksi|!miten sanotaan|!kuinka sanotaan|ranskaksi|espanjaksi|venäjäksi|italiaksi|viroksi",
  summarization: "!tiivistä*|!yhteenve*|tiivistelmä*|pääkohdat|!tärkeimmät kohdat|!tärkeimmät asiat|!keskeiset asiat|!pääkohdittain|!pääkohtia|!pääpointit|!lyhennä|!lyhennätkö|!lyhennä teksti*|!lyhentäisitkö|!lyhentää tekstiä|!lyhentää tämän|!lyhentämään tekstiä|!kokousmuistio*|!muistio palaverista|!muistio kokouksesta|pöytäkirja*|muutamalla lauseella|kolmella lauseella|yhdellä lauseella|ranskalaisin viivoin",
  extraction: "!poimi*|!erittele*|kaikki päivämäärät|kaikki nimet|listaa kaikki|luettele kaikki|taulukoksi|taulukkoon|!kerää kaikki|!vain nimet|!pelkät nimet|!vain päivämäärät|!pelkät päivämäärät|!vain summat|!vain puhelinnumerot|!kaikki puhelinnumerot|!kaikki sähköpostiosoitteet|!kaikki osoitteet|!json-muodossa|taulukkomuodossa|!täytä kentät|!täytä seuraavat kentät|listana",
  classification: "!luokitel*|!luokittel*|!kategorisoi*|positiivinen vai negatiivinen|onko tämä roskapostia|mihin luokkaan|mihin kategoriaan|!positiivinen, negatiivinen|vai neutraali|!merkitse jokainen|!merkitse kukin|roskapostia vai ei",
  code_generation: "!kirjoita funktio|!kirjoita skripti|!kirjoita koodi|!kirjoita ohjelma|funktio|funktiota|skripti|skriptin|!kirjoittaa funktio*|!kirjoittaa skripti*|!kirjoittaa koodi*|!kirjoita sql*|!kirjoittaa sql*|!tee sql*|!tee skripti*|!tee funktio*|!tee säännöllinen lauseke|!kirjoita säännöllinen lauseke|säännöllinen lauseke|!kirjoita regex*|!tee regex*|!kirjoita yksikkötest*|!kirjoita testit|yksikkötest*|!workflow'n",
  code_review: "ei toimi|virheilmoitus*|miksi tämä koodi|etsi virhe|korjaa koodi|katso koodi|!kysely on niin hidas|!kysely on hidas|!kysely on liian hidas|!tämä sql-kysely|!miksi ohjelma kaatuu|!miksi sovellus kaatuu|kaatuu|!tarkista koodi*|!katso koodiani|!selitä tämä koodi|!selitä koodi*|!selitä mitä tämä koodi|mitä tämä koodi tekee|!mikä tässä koodissa|niin hidas|liian hidas|saan virheen|antaa virheen|heittää virheen",
  analysis: "!analysoi*|!vertaile*|vertaa|hyvät ja huonot puolet|plussat ja miinukset|kannattaako|!kumpi on parempi|!kumpi kannattaa|!kumman valitsisit|!kumpi näistä|!kannattaako ostaa|!kannattaako vaihtaa|pitäisikö minun|!pitäisikö minun ostaa|!pitäisikö minun valita|!arvioi|!arvioisitko|!edut ja haitat|riskit|mitä nämä luvut|!mitä mieltä olet|!miten näet|!miten sinä näet|!heikot kohdat|!heikkoja kohtia|!vahvuudet ja heikkoudet|!heikkoudet ja vahvuudet|!rehellinen arvio|!todennäköisin syy|!mitä kriitikko sanoisi|!vertailla|!vertailisitko",
  creative_writing: "!runo|!runon|!runoa|!runoja|tarina*|novelli*|laulun sanat|kirjoita sähköposti|kirjoita viesti|kirje|kirjeen|vitsi|vitsin|vitsejä|iskulause*|mainosteksti*|kuvateksti*|!kirjoita puhe|!kirjoita puheen|!kirjoittaa puheen|!syntymäpäivätoivotu*|!onnittelukortti*|!onnitteluviesti*|!onnitteluruno*|!kirjoita laulu*|!laulunsanat|!kerro vitsi|!kirjoita postaus|!kirjoita päivitys|!mainoslause*|!kirjoita kirje*|!kirjoita tarina*|!kirjoita runo*|!kirjoittaa sähköpostin|!kirjoittaa viestin|!kirjoittaa kirjeen|!kirjoittaa tarinan|!kirjoittaa laulun|!kirjoittaa runon|!laadi sähköposti*|!laatia sähköposti*|!laadi viesti|!laatia viesti",
  brainstorming: "!ideoi*|nimiehdotu*|keksisitkö|keksitkö|keksi nimi*|keksi ideoita|ehdotuksia|!anna ideoita|!ideaa|!mitä voisin tehdä|!mitä voisimme tehdä|!ehdota|!ehdottaisitko|!muutama idea|!muutamia ideoita|!pari ideaa|!ideoita siihen|!ideoita miten|!muutama nimi|!muutamia nimiä|!nimi-ideoita|!otsikkoehdotu*|!keksi muutama|!keksi pari|!näkökulmia",
  chat: "moi moi|moikka|kiitos|mitä kuuluu|huomenta|hyvää huomenta|en jaksa|purkaa tuntoja|avautua|olen tosi väsynyt|olen väsynyt|tylsää|olen surullinen|hyvää iltaa|jutellaanko|miten menee|!haluan vain purkautua|!pitää vähän purkautua|!täytyy purkautua|!en kaipaa neuvoja|!en halua neuvoja|!halusin vain kertoa jollekin|!piti vain kertoa jollekin|!oletko robotti|!oletko botti|!oletko ihminen|!muistatko aiemmat keskustelu*|!muistatko mitä puhuttiin",
  simple_qa: "pääkaupunki*|kuka kirjoitti|minä vuonna|kuka keksi|mitä sana|tarkoittaa sana|kauanko kestää|kuinka kauan kestää|kuka maalasi|kuka löysi|!mistä sanoista|!lyhenne sanoista|!mitä lyhenne|!mistä lyhenne|!mikä on lyhenteen|!lyhenteen merkitys|!mitä kirjaimet tarkoittavat|!mistä kirjaimet tulevat|!lyhenne tarkoittaa",
  math: "!laske|!laskea|!laskisitko|!laskeko|!ratkaise*|yhtälö*|derivaat*|integraali*|todennäköisyy*|!paljonko maksan|!paljonko joudun maksamaan|!kuinka paljon maksan|montako prosenttia|todista, että|todista että|osoita, että",
  deep_reasoning: "arvoitus*|arvoituk*|logiikka*|päättely*|askel askeleelta|vaihe vaiheelta|valehtelee|puhuu totta|!ritarit ja lurjukset|lurjuks*|ritari*|!kuka on kuka|pulmia|pulmaa|pulman|!pulmatehtävä*|looginen pulma|!logiikkapulma*|!aivopähkinä*|!logiikkatehtävä*|!puhuu aina totta|!valehtelee aina|valehtelevat|puhuvat totta|!puhuvat aina totta|!valehtelevat aina",
};

export const HU: CueTable = {
  translation: "!fordítsd*|!fordítsa le|!fordítsák le|!fordítanád|!fordítaná|!fordítanátok|!fordítás*|fordítani|!lefordít*|angolra|magyarra|németre|angolul|!hogy mondják|!hogyan mondják|!hogy mondom|franciára|spanyolra|olaszra|oroszra|angolból|!tudnád fordítani|!tudná fordítani|!tudnátok fordítani",
  summarization: "!összefoglal*|!foglald össze|!foglalja össze|!összegez*|főbb pontok|!legfontosabb pontok*|!rövidítsd|!rövidítse|!lerövidít*|!pontokba szedve|!emlékeztető a megbeszélésről|jegyzőkönyv*",
  extraction: "!gyűjtsd ki|!gyűjtse ki|!szedd ki|!kigyűjt*|minden dátum*|az összes nevet|táblázatba|listázd ki|!csak a neveket|!csak a dátumokat|!csak az összegeket|!csak a telefonszámokat|!csak az e-mail*|!az összes telefonszám*|!az összes e-mail*|!json formátumban|!töltsd ki a mezőket|!töltse ki a mezőket",
  classification: "!osztályoz*|!kategorizál*|!besorol*|!címkéz*|pozitív vagy negatív|spam-e|melyik kategóriá*|!pozitív, negatív|vagy semleges|!kategóriába sorol*",
  code_generation: "!írj egy függvényt|!írj függvényt|!írj egy szkriptet|!írj kódot|függvényt|szkript*|!írj egy programot|!írj programot|!írj egy sql*|!írj egy lekérdezés*|!írj lekérdezést|!írj egy reguláris*|!írj egy regex*|!írj egy osztályt|!írj unit tesztet|!írj egy tesztet|!írj teszteket|!írj egy scriptet|!írj scriptet|!írj egy workflow*|reguláris kifejezés*|!írnál egy függvényt|!írnál egy szkriptet|!írnál egy programot|!írjon egy függvényt",
  code_review: "nem működik|hibaüzenet*|miért nem működik|keresd meg a hibát|nézd át a kódot|!nézd át a kódom*|!nézd meg a kódom*|!ellenőrizd a kódom*|!ellenőrizd a kódot|!mit csinál ez a kód|!magyarázd el ezt a kódot|!magyarázd el a kódot|!ez a lekérdezés|miért olyan lassú|miért ilyen lassú|túl lassú|hibát dob|hibát kapok",
  analysis: "!elemez*|!elemzés*|hasonlítsd össze|összehasonlít*|!előnyei és hátrányai|!előnyök és hátrányok|megéri|!melyik a jobb|!melyik jobb|!melyiket választanád|!melyiket válasszam|!érdemes-e|!megéri-e|!értékeld|!értékelje|!értékelnéd|kockázat*|!mit jelentenek ezek a számok|!mi a véleményed|!mi a véleménye|!mit gondolsz róla|!hogy látod|!hogyan látod|!őszinte véleményed|!gyenge pontjai|!gyenge pontok|!gyengeségei|!erősségei és gyengeségei|!legvalószínűbb ok*|!mit kifogásolna",
  creative_writing: "!verset|!verseket|!versike*|mesét|esti mese|novellát|történet*|dalszöveg*|!írj egy e-mailt|!írj egy levelet|levelet|köszöntő*|szlogen*|vicc*|képaláírás*|posztot|!írj egy beszédet|!pohárköszöntő*|!születésnapi köszöntő*|!egy viccet|!írj egy dalt|!dalszöveget|!reklámszöveg*|!írj egy posztot|!írj egy üzenetet|!írj egy mesét|!írj egy történetet|!születésnapi üdvözlet*|!jókívánság*|!írnál egy e-mailt|!írna egy e-mailt|!írjon egy e-mailt|!írnál egy levelet|!írjon egy levelet|!írnál egy beszédet|!írnál egy posztot|!írnál egy üzenetet|!írjon egy üzenetet",
  brainstorming: "!ötlet*|névötlet*|javaslat*|!névjavaslat*|!mit csinálhatnék|!javasolj|!javasolnál|!néhány nevet|!pár nevet|!néhány címet|!címjavaslat*|!alternatív neveket|!tíz nevet|!javasolna",
  chat: "szia|sziasztok|helló|köszönöm|köszi|kösz|hogy vagy|jó reggelt|csak beszélgetni|fáradt vagyok|unatkozom|szomorú vagyok|jó estét|jó éjt|szeretnék beszélgetni|!ki kell adnom magamból|!ki kell beszélnem magamból|!nem tanácsot kérek|!nem kérek tanácsot|!nem kell tanács|!csak el akartam mondani valakinek|!te robot vagy|!gép vagy|!emlékszel a korábbi beszélgetés*|!emlékszel, miről beszéltünk|!emlékszel miről beszéltünk",
  simple_qa: "fővárosa|ki írta|melyik évben|ki találta fel|mit jelent a|mit jelent az|mennyi ideig tart|ki fedezte fel|ki festette|!minek a rövidítése|!mit jelent a rövidítés|!mit takar a rövidítés|!mit jelent ez a rövidítés|!mit jelentenek a betűk|!mi a teljes neve|!minek a rövidítés",
  math: "!számold ki|!számítsd ki|!oldd meg az egyenlet*|!kiszámol*|!kiszámít*|egyenlet*|derivált*|valószínűség*|!fizetek összesen|!mennyit kell fizetnem|hány százalék*|bizonyítsd be|bizonyítsa be|százaléka",
  deep_reasoning: "fejtörő*|rejtvény*|találós kérdés*|lépésről lépésre|hazudik|!lovagok és lókötők|!lókötő*|lovagok|!igazat mond*|hazudnak|hazudott|!ki kicsoda|!logikai feladvány*|!logikai feladat*|!mindig hazud*",
};

export const CA: CueTable = {
  translation: "a l'anglès|a l’anglès|en anglès|al català|en català|al castellà|al francès",
  summarization: "!resumeix*|!resum|!fes un resum|!fes-me un resum|punts clau|més curt|!punts principals|!idees principals|!escurç*|!fes-ho més curt|!l'acta de la reunió|en tres frases|en una frase|el més important",
  extraction: "!extreu*|treu totes|treu tots|totes les dates|tots els noms|llista tots|llista totes|en una taula|!només els noms|!només les dates|!només els imports|!només els telèfons|!només les adreces|!només els correus|!en format json|!omple els camps|!tots els telèfons|!totes les adreces",
  classification: "!categoritz*|!etiquetes|!etiqueteu|!etiquetessis|!etiquetaries|positiu o negatiu|és spam|a quina categoria|quina categoria|!positiu, negatiu o neutre|correu brossa",
  code_generation: "!escriu una funció|!escriure una funció|!escriu un script|!escriu codi|funció|codi|!escriu una consulta|!escriu-me una consulta|!fes un script|!fes-me un script|!fes una funció|!fes-me una funció|!escriu un programa|!una expressió regular|!escriu proves|!escriu una classe|!escriu-me una funció|!escriu-me un script|!escriure un script|!escriure codi",
  code_review: "revisa aquest codi|per què no funciona|per què falla|troba l'error|!mira el meu codi|!explica'm aquest codi|em dona error|em dóna error|dona un error|tan lent|massa lent",
  analysis: "!analitza*|avantatges i desavantatges|avantatges i inconvenients|què és millor|val la pena|!quin és millor|!quina és millor|!què triaries|!em convé|!hauria de comprar|!hauria de triar|!els riscos de|!avalua|!avaluar|!avalueu|!què en penses|!què opines|!com ho veus|!punts febles|!els punts febles|!una valoració sincera|!la teva valoració|!la causa més probable|!pros i contres|!què diria un crític",
  creative_writing: "!escriu un poema|una història|un relat|relat|cançó|escriu un correu|redacta un correu|eslògan*|felicitació|acudit*|un text curt|!escriu un discurs|!un discurs per|!felicitació d'aniversari|!un acudit|!escriu una cançó|!una cançó per|!escriu un conte|!un conte sobre|!escriu una carta|!una carta per|!escriu un missatge|!un missatge per|!un post per|!una publicació per|!escriu una història|!escriure un correu|!escriure un poema|!escriure una carta|!escriure un discurs|!escriure una cançó|!redactar un correu|!escriure un missatge|!escriure un conte",
  brainstorming: "!pluja d'idees|!pluja d’idees|idees per|idees de|suggereix*|proposa'm|noms per|!dona'm idees|!algunes idees|!suggeriments|!unes quantes idees|!una desena d'idees|!uns quants noms|!alguns noms|!noms alternatius|!propostes de nom|!podries proposar|!em podries proposar|!proposar-me|!proposeu",
  chat: "bon dia|bona nit|bona tarda|gràcies|moltes gràcies|com estàs|què tal|estic esgotat*|estic rebentat*|estic cansat|estic cansada|estic trist|estic trista|només vull parlar|necessito parlar|!desfogar*|!necessito desfogar-me|!només volia explicar-ho a algú|!necessitava explicar-ho a algú|!necessitava dir-ho a algú|!ets un robot|!ets una persona|!ets una màquina|!et recordes de les nostres",
  simple_qa: "quina és la capital|qui va escriure|qui va inventar|en quin any|què vol dir la paraula|quant triga|quant de temps|qui va pintar|qui va descobrir|!què vol dir la sigla|!què volen dir les sigles|!què signifiquen les sigles|!de què són les sigles|!què vol dir l'acrònim|!les sigles de|!quines paraules són",
  math: "!resol|!resoldre|!resols|!equació*|probabilitat*|demostra que|!quant pagaré|!quant hauré de pagar|quin percentatge",
  deep_reasoning: "!endevinall*|pas a pas|lògica*|raona*|menteix|menteixen|diu la veritat|diuen la veritat|!sempre menteix|!sempre menteixen|!sempre diu la veritat|!sempre diuen la veritat|!qui és qui|!trencaclosques|cavallers|mentider*",
};

export const MS: CueTable = {
  translation: "!terjemah|!alih bahasa|ke bahasa inggeris|ke bahasa melayu|dalam bahasa inggeris",
  summarization: "isi penting|isi-isi penting|isi utama|!pendekkan|!minit mesyuarat|dalam tiga ayat|dalam beberapa ayat|dalam satu ayat",
  extraction: "!senaraikan semua|!keluarkan semua|senarai semua|semua tarikh|!nama sahaja|!tarikh sahaja|!semua nombor telefon|dalam bentuk jadual|!isi ruangan",
  classification: "!kelaskan|adakah ini spam|label setiap|atau neutral|!labelkan",
  code_generation: "!tulis fungsi|!tuliskan fungsi|!tulis kod|!tuliskan kod|!tulis skrip|!tuliskan skrip|!buatkan skrip|!tulis query|!tuliskan query|!tulis regex|!tulis ujian unit|ujian unit|!tulis kelas",
  code_review: "tak jalan|tak berfungsi|tidak berfungsi|kenapa kod|mesej ralat|ada ralat|!semak kod|!semakkan kod|!tengok kod|!terangkan kod|!kod saya tak|!kod ni tak|!kod ini tidak|lambat sangat",
  analysis: "kebaikan dan keburukan|mana lebih baik|berbaloi|!mana satu lebih baik|!patut ke saya|!patutkah saya|!nilaikan|!apa pendapat awak|!apa pendapat kau|!apa pandangan anda|!apa pandangan awak|!punca paling mungkin",
  creative_writing: "sajak|kapsyen|jenaka|karangan|tuliskan mesej|!tulis sajak|!tuliskan sajak|!ucapan hari jadi|!ucapan selamat|!ucapan tahniah|!lirik lagu|!tulis lagu|!tulis surat|!tuliskan surat|!tulis emel|!tuliskan emel|!tulis cerita|!tulis ucapan|!satu jenaka|!karangkan|!tolong karang",
  brainstorming: "!idea untuk|!beri idea|!bagi idea|cadangan nama|beri cadangan|bagi cadangan|!beri saya idea|!bagi saya idea|!beberapa idea|!idea nama|!apa yang boleh saya buat|!beberapa cadangan|!cadangkan beberapa|!cadangkan nama|!boleh cadangkan|!senarai idea",
  chat: "apa khabar|nak luah|nak meluah|nak bersembang|terima kasih banyak|nak berbual|!nak luah perasaan|!saya cuma nak luah|!cuma nak luah|!tak perlukan nasihat|!tak nak nasihat|!tak perlu nasihat|!cuma nak bercerita|!awak ni robot ke|!kau robot ke|!anda robot ke|!adakah anda robot|!ingat tak perbualan",
  simple_qa: "ibu negara|siapa yang mencipta|tahun bila|apa maksud perkataan|berapa lama masa|!singkatan kepada|!singkatan bagi|!kependekan kepada|!kependekan bagi|!apa maksud singkatan|!maksud akronim|!apa singkatan",
  math: "!kirakan|!tolong kira|!kira berapa|kebarangkalian|!berapa perlu saya bayar|!berapa yang perlu saya bayar|!jumlah bayaran|berapa peratus",
  deep_reasoning: "bercakap benar|sentiasa menipu|!sentiasa bercakap benar|!sentiasa berbohong|!soalan logik",
};

export const UR: CueTable = {
  translation: "انگریزی میں|اردو میں|انگلش میں|!انگریزی میں کیا کہتے",
  summarization: "!خلاصہ|!مختصر کر*|اہم نکات|!مختصراً|!چند جملوں میں|!تین جملوں میں|!میٹنگ کے منٹس|!بلٹ پوائنٹس|!نکات کی صورت",
  extraction: "!نکال*|تمام تاریخیں|تمام نام|ایک فہرست|فہرست بنا*|!صرف نام|!صرف تاریخیں|!صرف فون نمبر|!تمام فون نمبر|ٹیبل میں|جدول میں|!خانے بھر*",
  classification: "!درجہ بندی|!زمرہ بندی|کس زمرے|!مثبت، منفی|!ہر ایک کو لیبل|!لیبل لگا*",
  code_generation: "!کوڈ لکھ*|!فنکشن لکھ*|!اسکرپٹ لکھ*|فنکشن|!پروگرام لکھ*|!کیوری لکھ*|!کلاس لکھ*|!ٹیسٹ لکھ*|!فنکشن بنا*|!اسکرپٹ بنا*|!کوڈ بنا*",
  code_review: "کام نہیں کر رہا|ایرر|کوڈ میں مسئلہ|!کوڈ چیک|!میرا کوڈ|!کوڈ دیکھ*|!یہ کوڈ کیا کرتا|!کوڈ سمجھا*|!کیوں کریش|اتنا سست|اتنی سست|ایرر آ رہا",
  analysis: "!تجزیہ|موازنہ|فائدے اور نقصانات|فوائد اور نقصانات|کون سا بہتر|!کون سی بہتر|!فوائد و نقصانات|فائدے اور نقصان|!کون سا لوں|!کون سا خریدوں|!کون سی لوں|!کون سی خریدوں|!جائزہ لیں|!جائزہ لے*|!آپ کی کیا رائے ہے|!آپ کا کیا خیال ہے|!تمہارا کیا خیال ہے|!تمہاری کیا رائے|!کمزوریاں|!کمزور پہلو|!سب سے ممکنہ وجہ|!ایماندارانہ رائے",
  creative_writing: "!ایک نظم|!نظم لکھ*|!غزل|کہانی|افسانہ|شاعری|خط لکھ*|پیغام لکھ*|مبارکباد|لطیفہ|!تقریر لکھ*|!گانا لکھ*|!گیت لکھ*|!سالگرہ کی مبارکباد|!مبارکباد کا پیغام|!لطیفہ سنا*|!ای میل لکھ*|!پوسٹ لکھ*|!کیپشن",
  brainstorming: "!آئیڈیاز|!تجاویز|نام تجویز|کچھ نام|!مشورے دیں|!مشورے دو|!آئیڈیا دیں|!آئیڈیا دو|!کے لیے نام|!چند نام|!کچھ نام بتا*|!کچھ تجاویز دیں|!عنوان تجویز*",
  chat: "السلام علیکم|شکریہ|کیسے ہو|کیسی ہو|آپ کیسے ہیں|میں تھک گیا|میں تھک گئی|بور ہو رہا|بور ہو رہی|میں اداس ہوں|!دل ہلکا کرنا|!دل کا بوجھ|!مشورہ نہیں چاہیے|!مشورے نہیں چاہیے|!کسی کو بتانا تھا|!کیا تم روبوٹ ہو|!کیا آپ روبوٹ ہیں|!کیا آپ انسان ہیں|!کیا تمہیں یاد ہے",
  simple_qa: "دارالحکومت|کس نے لکھا|کس سال|کس نے ایجاد|کا مطلب کیا ہے|کس نے دریافت|کتنا وقت لگتا|!فل فارم|!کا مخفف|!کس کا مخفف|!مخفف کیا|!پورا نام کیا",
  math: "!حساب لگا*|!حل کریں|!حل کرو|مساوات|!کتنا ادا|!کتنے پیسے دینے|کتنے فیصد|!فیصد کتنا|ثابت کریں|ثابت کرو",
  deep_reasoning: "پہیلی|قدم بہ قدم|جھوٹ بولتا|سچ بولتا|!ہمیشہ جھوٹ|!ہمیشہ سچ|جھوٹ بولتے|سچ بولتے|!کون کون ہے|!منطقی پہیلی|!معمہ|مرحلہ وار",
};

export const SK: CueTable = {
  translation: "!prelož*|!preklad|!prekladu|!prekladať|!preklady|do slovenčiny|po anglicky|slovenčin*|!ako sa povie|!ako sa povedá",
  summarization: "!zhrň*|!zhrn*|hlavné body|!skráť|!skráťte|!skrátiť|!skrátil by si|!zápisnica z porady|!zápisnicu z porady|!najdôležitejšie body|!hlavné myšlienky",
  extraction: "!vytiahni|!vytiahnite|!vytiahnuť|vypíš všetk*|všetky dátumy|všetky mená|do tabuľky|!iba mená|!iba dátumy|!iba sumy|!všetky telefónne čísla|!všetky adresy|!vo formáte json|ako tabuľku|!vyplň polia|!vyplňte polia",
  classification: "!roztrieď*|!zaraď*|!kategorizuj*|pozitívne alebo negatívne|pozitívna alebo negatívna|pozitívny alebo negatívny|!pozitívne, negatívne|!pozitívna, negatívna|!pozitívny, negatívny|alebo neutrálne|!do ktorej kategórie|ktorá kategória",
  code_generation: "!napíš funkciu|!napísať funkciu|!napíš skript|!napísať skript|!napíš kód|funkciu|funkcia|!napíš program|!napíš sql*|!napíš dopyt|!napíš regex|!napíš regulárny výraz|!napíš triedu|!napíš unit test*|!napíš mi funkciu|!napíš mi skript|!napíš mi program",
  code_review: "prečo nefunguje|nájdi chybu|skontroluj kód|prečo tento kód|chybové hlásenie|!skontroluj môj kód|!čo robí tento kód|!vysvetli mi tento kód|!vysvetli tento kód|hádže chybu|vyhadzuje chybu|padá mi|taký pomalý|príliš pomalý",
  analysis: "porovnaj*|čo je lepšie|oplatí sa|!pre a proti|na našom mieste|!ktorý by si vybral|!ktorú by si vybral|!čo by si vybral|!čo by si vybrala|!posúď|!posúďte|!mám kúpiť|!oplatí sa to|riziká|!čo si o tom myslíš|!čo si myslíš o|!ako to vidíš|!slabé miesta|!úprimné hodnotenie|!najpravdepodobnejšia príčina|!porovnať|!analyzovať|!zhodnotiť|!vyhodnotiť",
  creative_writing: "poviedk*|rozprávk*|príbeh*|text piesne|napíš e-mail|napíš list|napíš správu|blahoželanie|prianie|!napíš báseň|!napíš príhovor|!napíš prípitok|!napíš pieseň|!napíš príspevok|!príspevok na|!reklamný text|!napíš rozprávku|!napíš príbeh|!napísať e-mail|!napísať list|!napísať báseň|!napísať príbeh|!napísať príhovor|!napísať pieseň|!napísať správu",
  brainstorming: "návrhy mien|mená pre|názvy pre|!čo by som mohol|!čo by som mohla|!pár nápadov|!niekoľko nápadov|!zopár nápadov|!nápady na|!niekoľko mien|!zopár mien|!návrhy názvov|!možné názvy",
  chat: "ďakujem|vďaka|ako sa máš|ako sa darí|dobrý deň|chcem sa len porozprávať|!potrebujem sa vyrozprávať|!musím sa vyrozprávať|!nechcem rady|!nepotrebujem rady|!len som to chcel niekomu povedať|!len som to chcela niekomu povedať|!si ty robot|!ty si robot|!pamätáš si naše|!pamätáš si, o čom",
  simple_qa: "hlavné mesto|kto napísal|v ktorom roku|kto vynašiel|čo znamená slovo|ako dlho trvá|koľko minút|kto objavil|!čo znamená skratka|!čo znamená táto skratka|!čo znamená tá skratka|!skratka čoho|!z čoho je skratka|!čo znamenajú písmená|!plný názov",
  math: "!vypočítaj*|!vyrieš*|!spočítaj*|derivácia*|pravdepodobnosť*|!koľko zaplatím|koľko percent|dokáž, že|dokážte, že|!vypočítať|!spočítať",
  deep_reasoning: "krok za krokom|klame|hovorí pravdu|!rytieri a klamári|klamár*|rytier*|!logická úloha|!logickú úlohu",
};
