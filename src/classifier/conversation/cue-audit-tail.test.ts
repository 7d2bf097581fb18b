/**
 * Fourteenth round: the everyday ways of asking that the Danish, Bokmål, Finnish, Hungarian, Catalan, Malay, Urdu and
 * Slovak tables (`language-cues-tail.ts`) missed, audited against one checklist per task: key points and minutes
 * ("hovedpunktene", "tärkeimmät kohdat"), "only the names" and fill-the-fields, queries, regexes and unit tests,
 * review-my-code and "why is this query slow", weighing two options ("overvejer at købe … eller lease"), speeches and
 * wishes, knights and liars ("lovagok … lókötők"), a rota to fill ("vaktliste … minst ett skift"), "a workflow to
 * write" ("workflow'n") and "how much will I pay". Each ask is read over a base that says chat, so it fails without the
 * new cue. The prompts are the team's own, not the working sets' rows.
 */
import { describe, expect, it } from "vitest";
import { findCues } from "./cue-matcher.js";
import type { CueLanguage } from "./language-cues.js";
import { read, u } from "../../../test/support/conversation-kit.js";
import { cuesWrittenTwice, lookAlikeHits } from "../../../test/support/cue-checks.js";

const asks: [string, string, string][] = [
  ["da", "analysis", "Jeg overvejer at købe en elbil eller lease en. Hvad vil du anbefale?"],
  ["da", "summarization", "Giv mig hovedpointerne fra artiklen nedenfor"],
  ["da", "summarization", "Kan du forkorte denne tekst til det halve?"],
  ["da", "summarization", "Skriv et referat af mødet ud fra mine noter"],
  ["da", "extraction", "Giv mig kun navnene fra denne mail"],
  ["da", "classification", "Mærk hver kommentar som ros eller klage"],
  ["da", "code_generation", "Kan du skrive en SQL-forespørgsel der finder alle kunder fra Odense?"],
  ["da", "code_generation", "Lav et regulært udtryk der matcher danske postnumre"],
  ["da", "code_generation", "Skriv en unittest til denne klasse"],
  ["da", "code_review", "Hvorfor er denne forespørgsel så langsom?"],
  ["da", "code_review", "Kan du tjekke min kode? Der er noget galt med løkken"],
  ["da", "code_review", "Forklar hvad denne kode gør"],
  ["da", "analysis", "Hvilken af de to lejligheder ville du vælge?"],
  ["da", "analysis", "Vurder denne forretningsplan for en café"],
  ["da", "analysis", "Er det det værd at skifte til solceller?"],
  ["da", "creative_writing", "Skriv en tale til min fars 60-års fødselsdag"],
  ["da", "creative_writing", "Skriv en fødselsdagshilsen til min kollega Mette"],
  ["da", "creative_writing", "Fortæl mig en joke om programmører"],
  ["da", "creative_writing", "Skriv en sang til min datters dåb"],
  ["da", "brainstorming", "Hvad kunne jeg lave med børnene i weekenden?"],
  ["da", "deep_reasoning", "Tre personer: den ene lyver altid, den anden taler altid sandt. Hvem er hvem?"],
  ["da", "deep_reasoning", "Her er en logisk opgave: fire huse i en række, hver med en farve"],
  ["da", "math", "Hvor meget betaler jeg i alt med 4 % rente over fem år?"],
  ["da", "math", "Hvad er 15 procent af 2400?"],
  ["da", "translation", "Hvordan siger man tillykke med fødselsdagen på engelsk?"],
  ["da", "translation", "Hvad betyder det her på engelsk?"],
  ["nb", "summarization", "Hva er hovedpunktene i denne rapporten?"],
  ["nb", "summarization", "Kan du forkorte teksten til halvparten?"],
  ["nb", "summarization", "Skriv et referat fra møtet basert på notatene mine"],
  ["nb", "summarization", "Gi meg de viktigste punktene fra artikkelen"],
  ["nb", "deep_reasoning", "Vi skal lage en vaktliste for fem personer, og alle skal ha minst ett skift i helgen. Ola kan ikke jobbe lørdag."],
  ["nb", "deep_reasoning", "To personer: den ene lyver alltid, den andre snakker alltid sant. Hvem er hvem?"],
  ["nb", "extraction", "Bare navnene, takk, som en liste"],
  ["nb", "extraction", "Fyll ut feltene ut fra e-posten under: navn, telefon, adresse"],
  ["nb", "code_generation", "Skriv en SQL-spørring som henter alle kunder fra Bergen"],
  ["nb", "code_generation", "Skriv en enhetstest for denne klassen"],
  ["nb", "code_review", "Hvorfor er denne spørringen så treg?"],
  ["nb", "code_review", "Koden min funker ikke, kan du sjekke den?"],
  ["nb", "code_review", "Forklar hva denne koden gjør"],
  ["nb", "analysis", "Hva ville du valgt, elbil eller hybrid?"],
  ["nb", "analysis", "Er det verdt det å bytte jobb nå?"],
  ["nb", "analysis", "Vurder denne forretningsplanen"],
  ["nb", "creative_writing", "Skriv en tale til bryllupet til søsteren min"],
  ["nb", "creative_writing", "Skriv en bursdagshilsen til kollegaen min"],
  ["nb", "creative_writing", "Skriv et innlegg til Instagram om den nye kafeen vår"],
  ["nb", "creative_writing", "Skriv en sang om fjellet"],
  ["nb", "brainstorming", "Hva kan vi gjøre i helgen med barna?"],
  ["nb", "math", "Hvor mye betaler jeg totalt med fem prosent rente?"],
  ["nb", "math", "Hva er 20 prosent av 350?"],
  ["nb", "translation", "Hva betyr dette på engelsk?"],
  ["nb", "translation", "Hvordan sier man gratulerer med dagen på engelsk?"],
  ["fi", "code_generation", "Voitko kirjoittaa GitHub Actions workflow'n, joka ajaa testit?"],
  ["fi", "code_generation", "Voitko kirjoittaa funktion, joka laskee sanat tiedostosta?"],
  ["fi", "code_generation", "Kirjoita SQL-kysely, joka hakee kaikki asiakkaat Tampereelta"],
  ["fi", "code_generation", "Tee säännöllinen lauseke, joka tunnistaa postinumerot"],
  ["fi", "code_generation", "Kirjoita yksikkötestit tälle luokalle"],
  ["fi", "summarization", "Mitkä ovat tärkeimmät kohdat tässä artikkelissa?"],
  ["fi", "summarization", "Lyhennä tämä teksti puoleen"],
  ["fi", "summarization", "Kirjoita muistio palaverista näiden muistiinpanojen pohjalta"],
  ["fi", "summarization", "Kerro pääkohdittain, mitä raportissa sanotaan"],
  ["fi", "extraction", "Kerää kaikki puhelinnumerot alla olevasta tekstistä"],
  ["fi", "extraction", "Anna vain nimet listana"],
  ["fi", "extraction", "Täytä kentät tämän sähköpostin perusteella"],
  ["fi", "classification", "Onko tämä arvostelu positiivinen, negatiivinen vai neutraali?"],
  ["fi", "classification", "Merkitse jokainen kommentti joko kehuksi tai valitukseksi"],
  ["fi", "code_review", "Miksi tämä kysely on niin hidas?"],
  ["fi", "code_review", "Tarkista koodini, silmukassa on jotain vikaa"],
  ["fi", "code_review", "Selitä mitä tämä koodi tekee"],
  ["fi", "code_review", "Miksi ohjelma kaatuu käynnistyessä?"],
  ["fi", "analysis", "Kumpi on parempi, vuokra-asunto vai omistusasunto?"],
  ["fi", "analysis", "Kumman valitsisit näistä kahdesta työtarjouksesta?"],
  ["fi", "analysis", "Arvioi tämä liiketoimintasuunnitelma"],
  ["fi", "analysis", "Pitäisikö minun ostaa sähköauto vai hybridi?"],
  ["fi", "creative_writing", "Kirjoita puhe siskoni häihin"],
  ["fi", "creative_writing", "Kirjoita syntymäpäivätoivotus työkaverilleni"],
  ["fi", "creative_writing", "Kirjoita laulu kesästä"],
  ["fi", "brainstorming", "Anna viisi ideaa syntymäpäivälahjaksi"],
  ["fi", "brainstorming", "Mitä voisin tehdä viikonloppuna lasten kanssa?"],
  ["fi", "deep_reasoning", "Ritarit puhuvat aina totta ja lurjukset valehtelevat aina. Kuka on kuka?"],
  ["fi", "math", "Paljonko maksan yhteensä, jos korko on 4 prosenttia?"],
  ["fi", "translation", "Miten sanotaan hyvää syntymäpäivää ranskaksi?"],
  ["hu", "deep_reasoning", "Ebben a rejtvényben vannak lovagok és lókötők, a lókötők mindig hazudnak. Melyikük a lovag?"],
  ["hu", "deep_reasoning", "Hárman állnak előttem, az egyik mindig hazudik. Ki az?"],
  ["hu", "translation", "Hogy mondják angolul, hogy jó étvágyat?"],
  ["hu", "summarization", "Mik a legfontosabb pontok ebben a cikkben?"],
  ["hu", "summarization", "Rövidítsd le ezt a szöveget a felére"],
  ["hu", "extraction", "Csak a neveket kérem ebből a levélből"],
  ["hu", "extraction", "Töltsd ki a mezőket az alábbi e-mail alapján: név, telefon, cím"],
  ["hu", "classification", "Pozitív, negatív vagy semleges ez a vélemény?"],
  ["hu", "code_generation", "Írj egy SQL lekérdezést, ami kilistázza a budapesti ügyfeleket"],
  ["hu", "code_generation", "Írj egy programot, ami megszámolja a szavakat egy fájlban"],
  ["hu", "code_review", "Nézd át a kódomat, valami nem stimmel a ciklussal"],
  ["hu", "code_review", "Mit csinál ez a kód?"],
  ["hu", "code_review", "Miért olyan lassú ez a lekérdezés?"],
  ["hu", "analysis", "Melyiket választanád, a bérlést vagy a vásárlást?"],
  ["hu", "analysis", "Érdemes-e most lakást venni Budapesten?"],
  ["hu", "analysis", "Értékeld ezt az üzleti tervet"],
  ["hu", "creative_writing", "Írj egy beszédet a nővérem esküvőjére"],
  ["hu", "creative_writing", "Mondj egy viccet a programozókról"],
  ["hu", "creative_writing", "Írj egy pohárköszöntőt apám hatvanadik születésnapjára"],
  ["hu", "brainstorming", "Mit csinálhatnék hétvégén a gyerekekkel?"],
  ["hu", "brainstorming", "Javasolj neveket a kávézómnak"],
  ["hu", "math", "Mennyit kell fizetnem összesen, ha a kamat 5 százalék?"],
  ["ca", "summarization", "Quins són els punts principals d'aquest article?"],
  ["ca", "summarization", "Escurça aquest text a la meitat"],
  ["ca", "summarization", "Fes l'acta de la reunió a partir d'aquestes notes"],
  ["ca", "extraction", "Només els noms, si us plau, d'aquest correu"],
  ["ca", "extraction", "Omple els camps a partir d'aquest correu: nom, telèfon, adreça"],
  ["ca", "classification", "Aquest comentari és positiu, negatiu o neutre?"],
  ["ca", "code_generation", "Fes-me un script que compti les paraules d'un fitxer"],
  ["ca", "code_review", "Mira el meu codi, alguna cosa falla al bucle"],
  ["ca", "code_review", "Explica'm aquest codi, no l'entenc"],
  ["ca", "analysis", "Quin és millor, llogar o comprar?"],
  ["ca", "analysis", "Avalua aquest pla de negoci per a una cafeteria"],
  ["ca", "analysis", "Em convé canviar de feina ara?"],
  ["ca", "creative_writing", "Escriu un discurs per al casament de la meva germana"],
  ["ca", "creative_writing", "Explica'm un acudit de programadors"],
  ["ca", "creative_writing", "Escriu una cançó sobre l'estiu a Menorca"],
  ["ca", "brainstorming", "Dona'm idees per a un regal d'aniversari"],
  ["ca", "brainstorming", "Suggeriments de noms per a la meva fleca"],
  ["ca", "deep_reasoning", "Tres germans: un sempre menteix i un altre sempre diu la veritat. Qui és qui?"],
  ["ca", "math", "Quant pagaré en total amb un interès del 4%?"],
  ["ms", "summarization", "Pendekkan teks ini kepada separuh"],
  ["ms", "summarization", "Buat minit mesyuarat berdasarkan nota ini"],
  ["ms", "extraction", "Nama sahaja dari emel di bawah"],
  ["ms", "code_review", "Semak kod saya, ada masalah dalam gelung"],
  ["ms", "code_review", "Terangkan kod ni, saya tak faham"],
  ["ms", "analysis", "Mana satu lebih baik, sewa atau beli rumah?"],
  ["ms", "analysis", "Patut ke saya tukar kerja sekarang?"],
  ["ms", "creative_writing", "Tulis ucapan hari jadi untuk kakak saya"],
  ["ms", "creative_writing", "Tuliskan sajak tentang hujan"],
  ["ms", "creative_writing", "Tulis surat kepada pengetua untuk memohon cuti"],
  ["ms", "brainstorming", "Idea nama untuk kedai kek saya"],
  ["ms", "deep_reasoning", "Seorang sentiasa bercakap benar dan seorang lagi sentiasa berbohong. Siapa siapa?"],
  ["ms", "math", "Berapa yang perlu saya bayar setiap bulan untuk pinjaman ini?"],
  ["ur", "summarization", "اس مضمون کو تین جملوں میں بیان کریں"],
  ["ur", "extraction", "اس ای میل سے صرف نام بتائیں"],
  ["ur", "classification", "یہ تبصرہ مثبت، منفی یا غیر جانبدار ہے؟"],
  ["ur", "code_generation", "ایک پروگرام لکھیں جو فائل میں الفاظ گنے"],
  ["ur", "code_review", "میرا کوڈ چیک کریں، کچھ گڑبڑ ہے"],
  ["ur", "code_review", "یہ کوڈ کیا کرتا ہے؟"],
  ["ur", "analysis", "کون سی بہتر ہے، ہونڈا یا ٹویوٹا؟"],
  ["ur", "analysis", "اس کاروباری منصوبے کا جائزہ لیں"],
  ["ur", "creative_writing", "میری بہن کی شادی کے لیے تقریر لکھیں"],
  ["ur", "creative_writing", "بھائی کے لیے سالگرہ کی مبارکباد لکھ دیں"],
  ["ur", "brainstorming", "میری بیکری کے لیے نام بتائیں"],
  ["ur", "deep_reasoning", "ایک شخص ہمیشہ جھوٹ بولتا ہے اور دوسرا ہمیشہ سچ۔ کون کون ہے؟"],
  ["ur", "math", "مجھے کل کتنا ادا کرنا ہوگا؟"],
  ["sk", "translation", "Ako sa povie po anglicky dobrú chuť?"],
  ["sk", "summarization", "Skráť tento text na polovicu"],
  ["sk", "summarization", "Napíš zápisnicu z porady podľa týchto poznámok"],
  ["sk", "extraction", "Iba mená z tohto e-mailu, prosím"],
  ["sk", "extraction", "Vyplň polia podľa tohto e-mailu: meno, telefón, adresa"],
  ["sk", "classification", "Je táto recenzia pozitívna, negatívna alebo neutrálna?"],
  ["sk", "code_generation", "Napíš SQL dopyt, ktorý vráti zákazníkov z Košíc"],
  ["sk", "code_generation", "Napíš program, ktorý spočíta slová v súbore"],
  ["sk", "code_review", "Skontroluj môj kód, niečo nie je v poriadku"],
  ["sk", "code_review", "Čo robí tento kód?"],
  ["sk", "analysis", "Ktorý by si vybral, nájom alebo kúpu?"],
  ["sk", "analysis", "Posúď tento podnikateľský plán"],
  ["sk", "creative_writing", "Napíš príhovor na svadbu mojej sestry"],
  ["sk", "brainstorming", "Čo by som mohol robiť cez víkend s deťmi?"],
  ["sk", "deep_reasoning", "Na ostrove žijú rytieri a klamári. Logická úloha: kto je kto?"],
  ["sk", "math", "Koľko zaplatím spolu pri úroku 4 %?"],
];

describe("the tail tables' everyday asks", () => {
  it.each(asks)("%s: reads %s over a base that says chat: %s", (_lang, task, text) => {
    expect(read("chat", [u(text)])).toBe(task);
  });
  it("finds each ask's defining cue in its own language's table (Bokmål's written-as-Danish forms in Danish's)", () => {
    for (const [lang, task, text] of asks) {
      const hits = findCues(text.toLowerCase()).filter((hit) => hit.task === task && hit.strong).map((hit) => (lang === "nb" && hit.lang === "da" ? "nb" : hit.lang));
      expect(hits, `${lang}: ${text}`).toContain(lang);
    }
  });
});

/**
 * Everyday words beside the new cues, none of which may fire another language's cue: English words that open as the
 * new cues do ("workflow", "overall", "bare"), Portuguese "moro" (I live; not Finnish small talk), Estonian "tee" (a road,
 * or "make"), Finnish "puhelinnumero" (not "kirjoita puhe…", a speech), "lyhenne" (an abbreviation, not "lyhennä",
 * shorten), "ehdottomasti" (absolutely); Hungarian "lovagolni" (to ride), "rövidítés" (an abbreviation); Slovak
 * "skratka" (a shortcut, not "skráť", shorten); Catalan "avaluació" (a school term's marks); Indonesian "rumuskan".
 */
const COMMON: Record<string, string> = {
  en: "workflow workflows overview overall given format integer internet minute lovely saying farm harm bare barely someone something finance final",
  pt: "moro moramos",
  et: "tee teed kodu arvan",
  fi: "puhelin puhelinnumero kysely ohjelma lyhenne lyhenteet ehdottaa ehdottomasti arvioida kaatua",
  hu: "lovagolni rövidítés",
  sk: "skratka skrátka",
  ca: "avaluació programa",
  nb: "finne program",
  id: "program rumuskan",
};

const TAIL: readonly CueLanguage[] = ["da", "nb", "fi", "hu", "ca", "ms", "ur", "sk"];

describe("the tail tables' look-alikes", () => {
  it("fires no cue of another language inside a common word", () => {
    expect(lookAlikeHits(COMMON)).toEqual([]);
  });
  it("writes no cue twice in a table", () => {
    expect(cuesWrittenTwice(TAIL)).toEqual([]);
  });
});
