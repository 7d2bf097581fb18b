/**
 * Round 51's review: inputs written by the reviewer (not rows of any evaluation set) that the round's new readings
 * mis-read. A sign-by-sign translation whose next item is itself an instruction to its reader ("next one: Write your name
 * on the form…") is material, not an ask of new work; a verdict asked "before you merge it" asks no merge; "back to the
 * email: can you make it shorter?" returns to the anchor's own work and asks it edited; "revísalo" / "revísala" over a
 * cover letter, an invitation or an essay asks no code review, while "¿ves algún problema?" over code in a coding run is a
 * verdict asked.
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import { createClassifier } from "../create-classifier.js";
import { u } from "./generalization-44.fixture.js";
import { afterMemoDiff } from "./generalization-50.fixture.js";
import { movesOnToOwnAsk } from "./moving-on.js";
import { detectFollowUp } from "./follow-up.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const both = (messages: ChatMessage[]): [string, string] => [learned.classify(messages).task.label, heuristic.classify(messages).task.label];
const a = (content: string): ChatMessage => ({ role: "assistant", content });

const signs: ChatMessage[] = [
  u("Translate these signs for our hotel lobby into French, one at a time. First: «Breakfast is served from 7 to 10.»"),
  a("« Le petit-déjeuner est servi de 7 h à 10 h. »"),
];

describe("the next item of a series, itself an instruction to its reader", () => {
  it("keeps translating 'next one: Write your name on the form …' (en)", () => {
    expect(both([...signs, u("next one: Write your name on the form before you go up.")])).toEqual(["translation", "translation"]);
    expect(both([...signs, u("next one: Explain your symptoms to the nurse at the desk.")])).toEqual(["translation", "translation"]);
  });
  it("does not read an ask of the reader's own thing as new work, in the ten languages", () => {
    for (const turn of [
      "next one: write your name on the form before you go up.",
      "thanks! now explain your reasoning",
      "ahora escribe tu nombre en la lista",
      "und jetzt schreib deinen namen auf die liste",
      "maintenant écris ton nom sur la liste",
      "ora scrivi il tuo nome sul modulo",
      "agora escreva seu nome na lista",
      "теперь напиши твоё имя в журнале",
      "现在写你的名字",
      "次はあなたの名前を書いて",
      "이제 당신의 이름을 써 주세요",
    ]) expect(movesOnToOwnAsk(turn)).toBeUndefined();
    expect(movesOnToOwnAsk("thanks! now write me a limerick about a cat who hates mondays")).toBe("write me a limerick about a cat who hates mondays");
  });
});

describe("a verdict asked before a merge, a push or a commit", () => {
  it("reads 'before you merge it / we push this, is there a problem if …?' as a review in a coding run (en)", () => {
    expect(both(afterMemoDiff("before you merge it, is there a problem if two requests load the same sku at once?"))).toEqual(["code_review", "code_review"]);
    expect(both(afterMemoDiff("before we push this, is there an issue if two requests load the same sku at once?"))).toEqual(["code_review", "code_review"]);
  });
  it("still reads a merge asked after the verdict as the action", () => {
    expect(heuristic.classify(afterMemoDiff("is there a problem if two requests load the same sku at once? if not, merge it")).task.label).toBe("code_generation");
  });
});

const email: ChatMessage[] = [
  u("Write a short email to my landlord asking to fix the heating in the bedroom this week."),
  a("Subject: Heating repair\n\nHi Mr. Rossi,\n\nThe bedroom heating stopped working on Monday. Could someone fix it this week?\n\nThanks,\nAnna"),
];

describe("back to the anchor's work, asked to be edited", () => {
  it("keeps the email's reading when a turn goes back to it and asks it shorter or more formal (de, pt, it)", () => {
    expect(both([...email, u("nochmal zur Mail: kannst du sie kürzer machen?")])).toEqual(["creative_writing", "creative_writing"]);
    expect(both([...email, u("de novo sobre o email: pode deixar mais curto?")])).toEqual(["creative_writing", "creative_writing"]);
    expect(learned.classify([...email, u("di nuovo sulla mail: puoi renderla più formale?")]).task.label).toBe("creative_writing");
  });
  it("reads the edit asked after the colon as the follow-up, and a question of its own as none (en, es, ru, de)", () => {
    expect(detectFollowUp("back to the email: can you make it shorter?")?.kind).toBe("shorten");
    expect(detectFollowUp("otra vez sobre el correo: ¿puedes hacerlo más formal?")?.kind).toBe("inherit");
    expect(detectFollowUp("ещё раз про письмо: можешь сделать его покороче?")?.kind).toBe("shorten");
    expect(detectFollowUp("nochmal zu dem cache: gibt es ein problem, wenn zwei requests gleichzeitig kommen?")).toBeUndefined();
    expect(detectFollowUp("back to the loader: what happens if the file is empty?")).toBeUndefined();
  });
});

describe("a Spanish 'revise it' over a text that is not code", () => {
  it("does not read 'revísala' / 'revísalo' over a cover letter, an invitation or an essay as a code review (es)", () => {
    for (const text of [
      "Te paso mi carta de motivación para la beca:\nEstimado comité: me dirijo a ustedes para solicitar la beca de movilidad. Estudio ingeniería agrónoma.\nRevísala y dime si suena demasiado formal.",
      "Este es el texto de la invitación de la boda: Nos casamos el 12 de junio en la finca Los Olivos, os esperamos a las 18h. Revísalo, ¿hay alguna falta?",
      "Mi ensayo sobre la Revolución Industrial está abajo; revísalo y dime qué párrafo sobra.\nLa Revolución Industrial comenzó en Inglaterra a finales del siglo XVIII.",
    ]) {
      expect(learned.classify([u(text)]).task.label).not.toBe("code_review");
      expect(heuristic.classify([u(text)]).task.label).not.toBe("code_review");
    }
  });
  it("reads 'do you see any problem?' over the code in a coding run as a review (es, en, de, it)", () => {
    for (const turn of ["revísalo, ¿ves algún problema de concurrencia?", "do you see any problem with the memo?", "siehst du ein Problem mit dem Memo?", "vedi qualche problema con la cache?"]) {
      expect(heuristic.classify(afterMemoDiff(turn)).task.label).toBe("code_review");
    }
  });
});
