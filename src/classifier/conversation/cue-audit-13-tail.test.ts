/**
 * Thirteenth round's audit of the tail, far and Asian tables and of Bengali, Swahili and Tagalog: the forms blind sets
 * showed missing in other languages, written for these: the polite or infinitive verb after "could you" ("kunne du
 * skrive en tale", "voisitko kirjoittaa sähköpostin", "možeš li napisati pjesmu"), a few ideas or names asked by their
 * number ("et par navne", "unes quantes idees", "kelis pavadinimus"), a view or a critique asked ("hvad synes du om",
 * "mi a véleményed", "слабите места", "ano ang opinyon mo"), what an acronym stands for ("hvad står forkortelsen",
 * "minek a rövidítése", "kirefu cha"), and venting or a question about the assistant itself ("jeg vil ikke have råd",
 * "nataka kutoa dukuduku", "er du en robot"). Each ask is the team's own (never a working set's row); those of a task
 * are read over a base that says chat, venting and questions to the assistant over one that says simple_qa, so each
 * fails without its new cue.
 *
 * Look-alikes fixed with them: the agent nouns of the translating verbs' stems ("oversætter", "kääntäjä", "fordító",
 * "преводач", "tulkotājs", "tõlkija", "tərcüməçi", "аудармашы"), Hungarian "figyelmet fordít" (pay
 * attention) and Kazakh "назар аударыңыз" (the same), the abbreviation nouns the shortening stems opened ("forkortelse",
 * "sutrumpinimas"), Finnish "lyhentää lainaa" (pay off a loan), Kazakh "бағалар" (prices) and "есептер" (problems,
 * reports), Azerbaijani "hesablar" (accounts) and "təhlilçi" (an analyst), Hungarian "elemző" (an analyst), Slovenian
 * "povzeto po" (adapted from), Bengali "অঙ্কন" (drawing) and Estonian "pulmad" (a wedding) in Finnish "pulma*".
 */
import { describe, expect, it } from "vitest";
import { read, u } from "../../../test/support/conversation-kit.js";
import { asksNotNamedByOwnTable, cuesOfTask, cuesWrittenTwice, lookAlikeHits } from "../../../test/support/cue-checks.js";
import type { CueLanguage } from "./language-cues.js";

const asks: [string, string, string][] = [
  ["da", "simple_qa", "Hvad står forkortelsen ESG for?"],
  ["da", "analysis", "Hvad synes du om min plan om at åbne en café i Aarhus?"],
  ["da", "analysis", "Hvor er de svage punkter i min argumentation? Giv mig en ærlig vurdering."],
  ["da", "brainstorming", "Kan du give mig et par navne til min nye podcast om havearbejde?"],
  ["da", "creative_writing", "Kunne du skrive en tale til min mors 70-års fødselsdag?"],
  ["nb", "simple_qa", "Hva står forkortelsen NAV for egentlig?"],
  ["nb", "analysis", "Hva synes du om planen min? Hvor ser du svake punkter?"],
  ["nb", "brainstorming", "Foreslå noen navn til bakeriet vårt i Tromsø"],
  ["fi", "simple_qa", "Mistä sanoista lyhenne ALV tulee?"],
  ["fi", "analysis", "Mitä mieltä olet tästä liiketoimintasuunnitelmasta? Missä ovat heikot kohdat?"],
  ["fi", "brainstorming", "Keksisitkö muutama nimi uudelle kahvilalleni"],
  ["fi", "creative_writing", "Voisitko kirjoittaa sähköpostin vuokranantajalle vuotavasta hanasta?"],
  ["hu", "simple_qa", "Minek a rövidítése az ÁFA?"],
  ["hu", "analysis", "Mi a véleményed erről a tervről? Hol vannak a gyenge pontjai?"],
  ["hu", "brainstorming", "Adj néhány nevet a kávézónknak, valami barátságosat"],
  ["hu", "creative_writing", "Írnál egy e-mailt a főnökömnek a szabadságomról?"],
  ["ca", "simple_qa", "Què volen dir les sigles IVA exactament?"],
  ["ca", "analysis", "Què en penses, d'aquest pla? Quins són els punts febles?"],
  ["ca", "brainstorming", "Em podries proposar unes quantes idees per al sopar de Nadal de l'empresa?"],
  ["ca", "creative_writing", "Podries escriure un correu a la meva gestora per demanar vacances?"],
  ["ms", "simple_qa", "LHDN tu singkatan kepada apa?"],
  ["ms", "analysis", "Apa pendapat anda tentang pelan perniagaan ini?"],
  ["ms", "brainstorming", "Boleh cadangkan beberapa nama untuk kedai kek saya?"],
  ["ur", "simple_qa", "این ٹی این کس کا مخفف ہے؟"],
  ["ur", "analysis", "اس منصوبے کے بارے میں آپ کی کیا رائے ہے؟"],
  ["sk", "simple_qa", "Čo znamená skratka DPH?"],
  ["sk", "analysis", "Čo si o tom myslíš? Kde vidíš slabé miesta?"],
  ["sk", "brainstorming", "Daj mi pár nápadov na víkend s deťmi"],
  ["sk", "creative_writing", "Mohol by si napísať príhovor na svadbu mojej sestry?"],
  ["bg", "simple_qa", "Какво означава абревиатурата ДДС?"],
  ["bg", "analysis", "Какво мислиш за този бизнес план? Къде са слабите места?"],
  ["bg", "brainstorming", "Предложи няколко имена за новото ни кафене"],
  ["bg", "creative_writing", "Можеш ли да напишеш писмо до хазяина ми?"],
  ["sr", "simple_qa", "Шта значи скраћеница ПДВ?"],
  ["sr", "analysis", "Шта мислиш о овом плану? Где су слабе тачке?"],
  ["sr", "brainstorming", "Предложи неколико имена за наш кафић"],
  ["hr", "simple_qa", "Što znači kratica PDV?"],
  ["hr", "analysis", "Što misliš o ovom planu? Gdje su slabe točke?"],
  ["hr", "brainstorming", "Predloži nekoliko imena za naš kafić"],
  ["hr", "creative_writing", "Možeš li napisati govor za vjenčanje moje sestre?"],
  ["sl", "simple_qa", "Kaj pomeni kratica DDV?"],
  ["sl", "analysis", "Kaj meniš o tem načrtu? Kje so šibke točke?"],
  ["sl", "brainstorming", "Daj mi nekaj imen za novo kavarno"],
  ["lt", "simple_qa", "Ką reiškia santrumpa PVM?"],
  ["lt", "analysis", "Ką manai apie šį planą? Kur silpnosios vietos?"],
  ["lt", "brainstorming", "Sugalvok kelis pavadinimus mūsų kavinei"],
  ["lt", "creative_writing", "Ar galėtum parašyti laišką mano nuomotojui?"],
  ["lv", "simple_qa", "Ko nozīmē saīsinājums PVN?"],
  ["lv", "analysis", "Ko tu domā par šo plānu? Kur ir vājās vietas?"],
  ["lv", "creative_writing", "Vai vari uzrakstīt vēstuli manam saimniekam?"],
  ["et", "simple_qa", "Mida tähendab lühend KMKR?"],
  ["et", "analysis", "Mida sa arvad sellest äriplaanist? Kus on nõrgad kohad?"],
  ["et", "brainstorming", "Paku välja mõned nimed meie uuele kohvikule"],
  ["et", "creative_writing", "Kas sa saaksid kirjutada kirja mu üürileandjale?"],
  ["ta", "simple_qa", "GST இன் முழு வடிவம் என்ன?"],
  ["ta", "analysis", "இந்த திட்டம் பற்றி உங்கள் கருத்து என்ன?"],
  ["te", "simple_qa", "GST పూర్తి రూపం ఏమిటి?"],
  ["te", "analysis", "ఈ ప్రణాళిక గురించి మీ అభిప్రాయం ఏమిటి?"],
  ["mr", "simple_qa", "GST चे पूर्ण रूप काय आहे?"],
  ["mr", "analysis", "या योजनेबद्दल तुमचं मत काय?"],
  ["mr", "brainstorming", "आमच्या नवीन दुकानासाठी काही नावे सुचतील का?"],
  ["az", "simple_qa", "ƏDV nəyin qısaltmasıdır?"],
  ["az", "analysis", "Bu plan haqqında fikrin nədir? Zəif cəhətləri hansılardır?"],
  ["az", "brainstorming", "Kafemiz üçün bir neçə ad fikirləş"],
  ["kk", "simple_qa", "ҚҚС-тың толық атауы қандай?"],
  ["kk", "analysis", "Осы жоспар туралы пікіріңіз қандай?"],
  ["kk", "brainstorming", "Кафеміз үшін бірнеше атау ойлап беріңізші"],
  ["bn", "simple_qa", "GST এর পূর্ণরূপ কী?"],
  ["bn", "analysis", "এই পরিকল্পনা নিয়ে আপনার মতামত কী?"],
  ["bn", "brainstorming", "আমার বেকারির জন্য কয়েকটা নাম বলো"],
  ["bn", "creative_writing", "মায়ের জন্মদিনে একটা কবিতাটা লিখে দাও, ছোট করে"],
  ["sw", "simple_qa", "Kirefu cha TRA ni nini?"],
  ["sw", "analysis", "Maoni yako ni yapi kuhusu mpango huu wa biashara?"],
  ["sw", "brainstorming", "Nipe majina kadhaa ya mgahawa wangu mpya"],
  ["sw", "creative_writing", "Naomba uniandikie barua ya kuomba likizo"],
  ["tl", "simple_qa", "Ano ang full form ng SSS?"],
  ["tl", "analysis", "Ano ang opinyon mo sa business plan na ito?"],
  ["tl", "brainstorming", "Bigyan mo ako ng ilang pangalan para sa bakery ko"],
];

/** Venting and questions to the assistant itself, read over a base that says simple_qa. */
const chats: [string, string][] = [
  ["da", "Jeg vil ikke have råd, jeg skal bare have luft. Min chef har været umulig hele ugen."],
  ["da", "Er du en robot, eller sidder der et menneske bag?"],
  ["nb", "Jeg må bare få det ut: eksamen gikk elendig i dag."],
  ["fi", "En kaipaa neuvoja, haluan vain purkautua. Tämä viikko oli kamala."],
  ["fi", "Oletko robotti vai ihminen?"],
  ["hu", "Nem kérek tanácsot, csak ki kell adnom magamból, mert szörnyű napom volt."],
  ["ca", "Només volia explicar-ho a algú: avui m'han acomiadat."],
  ["ms", "Saya cuma nak luah perasaan, tak perlukan nasihat pun."],
  ["ur", "مجھے مشورہ نہیں چاہیے، بس دل ہلکا کرنا ہے۔"],
  ["sk", "Nechcem rady, len sa potrebujem vyrozprávať."],
  ["bg", "Не искам съвети, просто искам да споделя колко ми е тежко."],
  ["sr", "Не треба ми савет, само морам да се изјадам."],
  ["hr", "Ne trebam savjet, moram se izjadati nekome."],
  ["sl", "Ne rabim nasvetov, samo moram se izpovedati."],
  ["lt", "Nereikia patarimų, tiesiog noriu išsikalbėti."],
  ["lv", "Negribu padomus, man vienkārši vajag izrunāties."],
  ["et", "Ma ei vaja nõu, tahan lihtsalt südant puistata."],
  ["ta", "அறிவுரை வேண்டாம், மனசு விட்டு பேசணும்."],
  ["te", "సలహా వద్దు, మనసు విప్పి మాట్లాడాలి అంతే."],
  ["mr", "सल्ला नको, फक्त मन मोकळं करायचं आहे."],
  ["az", "Məsləhət istəmirəm, sadəcə dərdləşmək istəyirəm."],
  ["kk", "Кеңес керек емес, ішімдегіні айтқым келеді."],
  ["bn", "উপদেশ চাই না, শুধু মন হালকা করতে চাই।"],
  ["sw", "Sitaki ushauri, nataka kutoa dukuduku tu."],
  ["tl", "Hindi ko kailangan ng payo, gusto ko lang maglabas ng sama ng loob."],
  ["tl", "Tao ka ba o robot?"],
];

describe("the thirteenth round's asks in the tail, far and Asian tables and Bengali, Swahili, Tagalog", () => {
  it.each(asks)("%s: reads %s over a base that says chat: %s", (_lang, task, text) => {
    expect(read("chat", [u(text)])).toBe(task);
  });
  it.each(chats)("%s: reads venting or a question to the assistant as chat over a base that says simple_qa: %s", (_lang, text) => {
    expect(read("simple_qa", [u(text)])).toBe("chat");
  });
  it("names each ask's task by a defining cue of its own language's table (forms shared with a neighbour are written once, in Danish's, Indonesian's or Czech's)", () => {
    expect(asksNotNamedByOwnTable([...asks, ...chats.map(([lang, text]) => [lang, "chat", text] as const)], { nb: "da", ms: "id", sk: "cs" })).toEqual([]);
  });
});

/** Sentences that ask no task of the kind the stems used to read in them. */
const LOOK_ALIKES: [string, string][] = [
  ["Min søster arbejder som oversætter i Bruxelles.", "translation"],
  ["Hvad står forkortelsen moms for?", "summarization"],
  ["Broren min er oversetter.", "translation"],
  ["Kääntäjä on ammatiltaan kääntäjä.", "translation"],
  ["Kannattaako minun lyhentää asuntolainaa nopeammin?", "summarization"],
  ["Serkkuni pulmad olid eile.", "deep_reasoning"],
  ["A nővérem fordító egy kiadónál.", "translation"],
  ["Nagy figyelmet fordítunk a minőségre.", "translation"],
  ["Pénzügyi elemző vagyok egy banknál.", "analysis"],
  ["Сестра ми е преводач.", "translation"],
  ["Ką reiškia sutrumpinimas PVM?", "summarization"],
  ["Povzeto po: Delo, 3. maj.", "summarization"],
  ["Mans brālis ir tulkotājs.", "translation"],
  ["Mu õde on tõlkija.", "translation"],
  ["Qardaşım tərcüməçi işləyir.", "translation"],
  ["Bank hesablarım bloklanıb.", "math"],
  ["O, bankda təhlilçi işləyir.", "analysis"],
  ["Назар аударыңыз, дүкен жабылады.", "translation"],
  ["Менің ағам аудармашы.", "translation"],
  ["Бағалар тым қымбат.", "analysis"],
  ["Тоқсандық есептер дайын.", "math"],
  ["ছবি অঙ্কন আমার শখ।", "math"],
];

/** Everyday words beside the new cues that no other language's table may read. */
const COMMON: Record<string, string> = {
  lt: "palyginti sutrumpinimas",
  sl: "povzeto",
  et: "pulmad pulma",
  az: "hesablar qısaltma",
  kk: "бағалар есептер",
  cs: "koupil",
};

const MINE: readonly CueLanguage[] = ["bn", "sw", "tl", "da", "nb", "fi", "hu", "ca", "ms", "ur", "sk", "bg", "sr", "hr", "sl", "lt", "lv", "et", "ta", "te", "mr", "az", "kk"];

describe("the thirteenth round's look-alikes in the tail, far and Asian tables", () => {
  it.each(LOOK_ALIKES)("in an everyday sentence reads no cue of its look-alike task: %s (%s)", (text, task) => {
    expect(cuesOfTask(text, task), text).toEqual([]);
  });
  it("fires no cue of another language inside a common word", () => {
    expect(lookAlikeHits(COMMON)).toEqual([]);
  });
  it("writes no cue twice in a table", () => {
    expect(cuesWrittenTwice(MINE)).toEqual([]);
  });
});
