/**
 * Look-alikes between cue languages (eleventh round): a cue of one language must not fire inside a common word of
 * another language that means something else, and a table must not repeat another table's cue (a cue counts once per
 * table, so a repeated one would count twice). The word lists are everyday words, the stems' near neighbours among
 * them (English "resolve" for a Catalan "resol", Indonesian "kira-kira" for a Malay "kira", Polish "tak" for a Danish
 * "tak", German "funktioniert" for a Finnish "funktio").
 */
import { describe, expect, it } from "vitest";
import { findCues } from "./cue-matcher.js";
import { CUE_LANGUAGES, LANGUAGE_CUES, type CueLanguage } from "./language-cues.js";

/** Common words per language, none of them a task word (a word that names the same task in both languages, as
 * "analysera" or "kategori" do, is no look-alike and is not listed). */
const COMMON: Record<string, string> = {
  en: "resolve resolution resolved runoff version versus verse reverse content context contest demonstrate demo kit kiosk lasker tables table taken take home lag laser tiered tier poised point poison sample samples fork meat mesh novel novels kodak hello hey ideal talent tale today bugle",
  de: "funktioniert ja nein heute morgen abend tag nacht haus arbeit leben hilfe danke bitte meinung mitarbeiter erklären lernen rechnen",
  nl: "vandaag morgen bedrijf werk huis leven tafel tabel zeggen denken",
  sv: "som av och inte det är tack hur mår du dag natt hus arbete tala talar berätta",
  da: "ikke jeg det og af til med hvad noget arbejde dag hus tak hilsen venlig tale taler kort fortalt fortælle",
  nb: "ikke jeg det og av til med hva noe arbeid dag hus tale taler fortelle",
  pl: "tak nie jest kod kto co dzisiaj praca dom ale mam mnie tłumaczyć wypisać rozwiązanie",
  cs: "ano ne dnes práce dům ale prosím který přeložit",
  sk: "áno nie dnes práca dom ale prosím ktorý",
  fi: "ja on ei se tänään huomenna työ koti keksi lasku laskeutua laskettelu puhelin puhe satu kiitos",
  hu: "a az és nem igen ma holnap munka ház meg verseny levél mese nevet történelem",
  es: "meses mes el la los las que de en resolución demostrar contenido contexto",
  ca: "el la els les que de en amb això",
  it: "mese mesi oggi domani lavoro casa vita",
  pt: "nem mas hoje amanhã trabalho casa vida",
  fr: "vers on le la les contenu contexte aujourd'hui demain travail maison",
  id: "satu dua tiga kira-kira kira kiranya cadangan cadangkan ralat rumusan rumuskan kode jadwal boleh sayang",
  ms: "satu dua tiga boleh sayang kerja rumah hari",
  tr: "bir iki bugün yarın iş ev hayat bugünkü",
  tl: "ako ikaw siya tayo kami bukas ngayon",
  ar: "نظم نظام المعلومات اليوم غدا عمل بيت",
  fa: "نظم امروز فردا کار خانه",
  ur: "آج کل کام گھر",
};

/** Each language's cue entries (without `!`), for the repeat check. */
function entries(lang: CueLanguage): string[] {
  return Object.values(LANGUAGE_CUES[lang]).flatMap((list) => list.split("|").map((raw) => raw.replace(/^!/, "")));
}

const NEW: readonly CueLanguage[] = ["da", "nb", "fi", "hu", "ca", "ms", "ur", "sk"];

describe("cue look-alikes across languages", () => {
  it("fires no cue of another language inside a common word", () => {
    const found: string[] = [];
    for (const [lang, words] of Object.entries(COMMON)) {
      for (const word of words.split(" ")) {
        for (const hit of findCues(word.toLowerCase())) if (hit.lang !== lang) found.push(`${lang} "${word}": ${hit.lang} ${hit.task} '${hit.cue}'`);
      }
    }
    expect(found).toEqual([]);
  });
  it("writes no cue of the eight newest languages that another table already has", () => {
    const repeated: string[] = [];
    for (const lang of NEW) {
      for (const cue of entries(lang)) {
        for (const other of CUE_LANGUAGES) if (other !== lang && entries(other).includes(cue)) repeated.push(`${lang} '${cue}' is also ${other}'s`);
      }
    }
    expect(repeated).toEqual([]);
  });
});
