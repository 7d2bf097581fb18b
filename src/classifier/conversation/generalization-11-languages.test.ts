/**
 * Eleventh round: cues in eight more languages (Danish, Bokmål, Finnish, Hungarian, Catalan, Malay, Urdu, Slovak) and
 * the polite / question forms of the newer tables' defining verbs. Each ask is read over a base that says chat, so it
 * fails without the cue. The prompts are the team's own, not the working sets' rows.
 */
import { describe, expect, it } from "vitest";
import { findCues } from "./cue-matcher.js";
import { readConversation } from "./read-conversation.js";
import { read, u } from "../../../test/support/conversation-kit.js";

const asks: [string, string, string][] = [
  ["da", "translation", "Kan du oversætte denne besked til engelsk? Vi flytter mødet til torsdag kl. 10."],
  ["da", "summarization", "Vil du opsummere referatet fra bestyrelsesmødet i fem punkter?"],
  ["da", "brainstorming", "Kom med forslag til et navn til vores nye bageri i Aarhus"],
  ["nb", "translation", "Kan du oversette denne teksten til norsk? Leveransen kommer på fredag."],
  ["nb", "math", "Regn ut hvor mye jeg betaler i renter på et lån på 200 000 kroner over tre år"],
  ["nb", "creative_writing", "Kan du skrive en fortelling om en katt som bor i et fyrtårn?"],
  ["fi", "translation", "Voisitko kääntää tämän sähköpostin englanniksi? Tapaaminen siirtyy torstaille."],
  ["fi", "summarization", "Tiivistä tämä raportti kolmeen lauseeseen hallitukselle"],
  ["fi", "classification", "Luokittele nämä palautteet: 'toimitus myöhässä', 'loistava palvelu', 'tuote rikki'"],
  ["fi", "creative_writing", "Kirjoittaisitko lyhyen runon ystäväni häihin?"],
  ["hu", "translation", "Le tudnád fordítani ezt a levelet angolra? A szállítás jövő héten érkezik."],
  ["hu", "summarization", "Meg tudnád csinálni ennek a cikknek az összefoglalóját öt mondatban?"],
  ["hu", "brainstorming", "Adj néhány ötletet egy kis pékség nevére Debrecenben"],
  ["hu", "math", "Számold ki, mennyi lesz a havi törlesztő egy ötmillió forintos kölcsönnél"],
  ["ca", "summarization", "Em podries fer un resum d'aquest article en tres frases?"],
  ["ca", "extraction", "Extreu totes les dates i els imports d'aquest contracte de lloguer"],
  ["ca", "analysis", "Analitza els avantatges i inconvenients d'obrir una segona botiga a Girona"],
  ["ms", "extraction", "Tolong senaraikan semua tarikh mesyuarat daripada emel di bawah"],
  ["ms", "brainstorming", "Boleh bagi idea untuk nama kedai kek saya di Shah Alam?"],
  ["ur", "summarization", "اس مضمون کا خلاصہ تین جملوں میں لکھ دیں"],
  ["ur", "creative_writing", "میری امی کی سالگرہ کے لیے ایک نظم لکھ دیں"],
  ["sk", "translation", "Môžeš mi preložiť tento odsek do angličtiny? Stretnutie je v piatok."],
  ["sk", "summarization", "Zhrň tento zápis z porady do piatich bodov"],
  ["sk", "math", "Vypočítaj, koľko zaplatím za 12 mesiacov pri sadzbe 4,5 %"],
];

describe("eight more cue languages", () => {
  it.each(asks)("%s: reads the defining verb, in its polite and question forms too, as %s over a base that says chat: %s", (_lang, task, text) => {
    expect(read("chat", [u(text)])).toBe(task);
  });
  it("finds each ask's cue in its own language's table", () => {
    for (const [lang, task, text] of asks) {
      const hits = findCues(text.toLowerCase()).filter((hit) => hit.task === task).map((hit) => hit.lang);
      // Catalan's "resum"/"extreu", Malay's Malay-only words and Urdu's own letters: the table the ask's language has.
      expect(hits, `${lang}: ${text}`).toContain(lang);
    }
  });
  it("names the Latin-script languages by their function words and Urdu by its cues", () => {
    const named = (text: string): string => readConversation([u(text)]).language;
    expect(named("Jeg har brug for hjælp med noget af det her, hvad synes du?")).toBe("da");
    expect(named("Jeg trenger hjelp med noe av dette, hva synes du?")).toBe("nb");
    expect(named("Minä en tiedä, mutta voisitko auttaa tämän kanssa?")).toBe("fi");
    expect(named("Kérlek segíts nekem, hogy ezt egy kicsit jobban értsem")).toBe("hu");
    expect(named("Necessito ajuda amb això, però no sé per on començar")).toBe("ca");
    expect(named("Saya nak tahu kerana awak ialah orang yang pandai")).toBe("ms");
    expect(named("Potrebujem pomoc, aj keď neviem, ktorý postup je lepší alebo horší")).toBe("sk");
    expect(named("اس مضمون کا خلاصہ لکھ دیں اور اہم نکات بتائیں")).toBe("ur");
  });
});

describe("the newer tables' polite and question forms", () => {
  const asks: [string, string, string][] = [
    ["nl", "translation", "Kun je deze brief vertalen naar het Frans?"],
    ["nl", "classification", "Kun je deze mails indelen in drie stapels: dringend, later, weg?"],
    ["pl", "summarization", "Czy możesz podsumować ten raport w trzech zdaniach?"],
    ["pl", "analysis", "Chciałbym przeanalizować te wyniki sprzedaży z ostatniego kwartału"],
    ["el", "translation", "Μπορείς να μου μεταφράσεις αυτό το γράμμα;"],
    ["he", "translation", "אתה יכול לתרגם את ההודעה הזאת?"],
    ["id", "summarization", "Bisa tolong merangkum artikel ini jadi tiga poin?"],
    ["sw", "translation", "Naomba unitafsirie... nitafsirie ujumbe huu kwa ufasaha"],
  ];
  it.each(asks)("%s: reads the infinitive after 'can you' as %s, as the imperative is read: %s", (_lang, task, text) => {
    expect(read("chat", [u(text)])).toBe(task);
  });
});
