/**
 * Look-alikes between cue languages (eleventh round): a cue of one language must not fire inside a common word of
 * another language that means something else, and a table must not repeat another table's cue (a cue counts once per
 * table, so a repeated one would count twice). The word lists are everyday words, the stems' near neighbours among
 * them (English "resolve" for a Catalan "resol", Indonesian "kira-kira" for a Malay "kira", Polish "tak" for a Danish
 * "tak", German "funktioniert" for a Finnish "funktio"; twelfth round: Italian "prevede" for a Croatian "prevedi",
 * Azerbaijani "fikirləşirəm" for Turkish "fikir*").
 */
import { describe, expect, it } from "vitest";
import { findCues } from "./cue-matcher.js";
import { CUE_LANGUAGES, type CueLanguage } from "./language-cues.js";
import { lookAlikeHits, tableEntries } from "../../../test/support/cue-checks.js";

/** Common words per language, none of them a task word (a word that names the same task in both languages, as
 * "analysera" or "kategori" do, is no look-alike and is not listed). */
const COMMON: Record<string, string> = {
  en: "resolve resolution resolved runoff version versus verse reverse content context contest demonstrate demo kit kiosk lasker tables table taken take home lag laser tiered tier poised point poison sample samples fork meat mesh novel novels kodak hello hey ideal talent tale today bugle prevent previous preview present primer primary victory vicinity melon melody government soon smile glad glass sad sauce nest atmosphere ugly leisure rash api suture heck mahogany enable era tape pesto anemia sabotage never pattern visit visual look loop head health million late latest address add pay payment domain tulip salary salt",
  de: "funktioniert ja nein heute morgen abend tag nacht haus arbeit leben hilfe danke bitte meinung mitarbeiter erklären lernen rechnen",
  nl: "vandaag morgen bedrijf werk huis leven tafel tabel zeggen denken",
  sv: "som av och inte det är tack hur mår du dag natt hus arbete tala talar berätta",
  da: "ikke jeg det og af til med hvad noget arbejde dag hus tak hilsen venlig tale taler kort fortalt fortælle",
  nb: "ikke jeg det og av til med hva noe arbeid dag hus tale taler fortelle",
  pl: "tak nie jest kod kto co dzisiaj praca dom ale mam mnie tłumaczyć wypisać rozwiązanie",
  cs: "ano ne dnes práce dům ale prosím který přeložit",
  sk: "áno nie dnes práca dom ale prosím ktorý prevod prevodovka",
  fi: "ja on ei se tänään huomenna työ koti keksi lasku laskeutua laskettelu puhelin puhe satu kiitos joku arvata tulet tulkki",
  hu: "a az és nem igen ma holnap munka ház meg verseny levél mese nevet történelem",
  es: "meses mes el la los las que de en resolución demostrar contenido contexto",
  ca: "el la els les que de en amb això",
  it: "mese mesi oggi domani lavoro casa vita prevede prevedere previsto",
  pt: "nem mas hoje amanhã trabalho casa vida",
  fr: "vers on le la les contenu contexte aujourd'hui demain travail maison",
  id: "satu dua tiga kira-kira kira kiranya cadangan cadangkan ralat rumusan rumuskan kode jadwal boleh sayang",
  ms: "satu dua tiga boleh sayang kerja rumah hari",
  tr: "bir iki bugün yarın iş ev hayat bugünkü tahlil hikaye mektup çıkar salam kateqori adım",
  // Twelfth round: the new languages' everyday words, and their neighbours' (Russian and Ukrainian beside Bulgarian
  // and Serbian, Hindi beside Marathi, Turkish above beside Azerbaijani, Finnish beside Estonian, Slovak and Italian
  // beside the Latin South Slavic words).
  ru: "провод привет работы работает сказать приказ рассказ песня песни история который которые это что как так нет сегодня завтра объяснить объём подъезд решение",
  uk: "так ні це що як сьогодні робота будинок пісня історія",
  bg: "това е съм ще който които моля днес утре работа къща живот добре много малко време хора град извади накратко",
  sr: "је није сам ћу који молим данас сутра посао кућа живот добро много време људи град накратко",
  hr: "je nije sam ću koji molim danas sutra posao kuća život dobro puno vrijeme ljudi grad smisao smislu prijevoz kod kad ukratko",
  sl: "je ni sem bom ki prosim danes jutri delo hiša življenje dobro veliko čas ljudje mesto verjetno zgodaj zgodovina smiselno",
  lt: "ir yra ne taip labai šiandien rytoj darbas namai gyvenimas gerai daug laikas žmonės miestas pasakyti pasakyk kodėl trumpai",
  lv: "un ir nav jā šodien rīt darbs māja dzīve labi daudz laiks cilvēki pilsēta mīkla loģiski",
  et: "ja on ei see mis kas täna homme töö kodu elu hästi palju aeg inimesed linn arvuti lahendus tõlgendus lühidalt",
  az: "bu və bir üçün çox ilə kimi daha amma sabah iş ev həyat yaxşı vaxt insanlar şəhər fikirləşirəm",
  kk: "және бұл бір үшін мен сен бүгін ертең жұмыс үй өмір жақсы көп уақыт адамдар қала шеше шешім есеп туынды",
  hi: "है और के लिए नहीं आज कल काम घर क्या कैसे अच्छा बहुत समय लोग शहर कथा कल्पना विनोद",
  mr: "आहे आणि नाही आज उद्या काम घर काय कसे चांगले खूप वेळ लोक शहर गोष्टी",
  tl: "ako ikaw siya tayo kami bukas ngayon",
  ar: "نظم نظام المعلومات اليوم غدا عمل بيت",
  fa: "نظم امروز فردا کار خانه",
  ur: "آج کل کام گھر",
};


const NEW: readonly CueLanguage[] = ["da", "nb", "fi", "hu", "ca", "ms", "ur", "sk", "bg", "sr", "hr", "sl", "lt", "lv", "et", "ta", "te", "mr", "az", "kk"];

/**
 * Everyday words of the twelfth round's languages that name no task, though a stem of their own language's or a
 * neighbour's could start them: no table may read them (Tamil "கடித்தது", bit, beside "கடிதம்", letter; Telugu
 * "అనువైన", suitable, beside "అనువదించు"; Kazakh "шеше", mother, and "шешім", decision, beside "шешіңіз", solve;
 * Estonian "kodu", home; Latvian "mīkla", dough or riddle; words for "briefly").
 */
const NEUTRAL: Record<string, string> = {
  ta: "கடித்தது சுருக்கமாக தமிழில் கதவு புதிய",
  te: "అనువైన అనువుగా లెక్క సంక్షిప్తంగా",
  mr: "गोष्टी काढा कल्पना थोडक्यात",
  kk: "шеше шешім туынды есеп қысқаша",
  lv: "mīkla loģiski īsumā salīdzinoši",
  et: "kodu arvuti lahendus lühidalt",
  lt: "pasakyti ištrauka trumpai palyginti",
  hr: "smislu prijevoz ukratko tablici",
  sl: "zgodovina verjetno smiselno",
  bg: "извади накратко",
  az: "fikirləşirəm qısaca çıxar",
};

describe("cue look-alikes across languages", () => {
  it("fires no cue of another language inside a common word", () => {
    expect(lookAlikeHits(COMMON)).toEqual([]);
  });
  it("writes no cue of the twenty newest languages that another table already has", () => {
    const repeated: string[] = [];
    const tables = new Map(CUE_LANGUAGES.map((lang) => [lang, new Set(tableEntries(lang))] as const));
    for (const lang of NEW) {
      for (const cue of tableEntries(lang)) {
        for (const [other, cues] of tables) if (other !== lang && cues.has(cue)) repeated.push(`${lang} '${cue}' is also ${other}'s`);
      }
    }
    expect(repeated).toEqual([]);
  });
  it("reads no cue at all in an everyday word of the twelfth round's languages that asks for nothing", () => {
    const found: string[] = [];
    for (const [lang, words] of Object.entries(NEUTRAL)) {
      for (const word of words.split(" ")) for (const hit of findCues(word.toLowerCase())) found.push(`${lang} "${word}": ${hit.lang} ${hit.task} '${hit.cue}'`);
    }
    expect(found).toEqual([]);
  });
});
