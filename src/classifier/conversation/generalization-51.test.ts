/**
 * Round 51: the classes of the round's development set (conversation-dev-233), as inputs written for this test in several
 * of the ten languages (not rows of any evaluation set). A turn that thanks, moves on ("now", "next one", "ora", "现在")
 * and asks new work of its own is read as that work, not the anchor's; "and this one:" ("а вот этот:", "y este:") brings
 * more material of the anchor's kind; "nochmal zu …: …?" returns to a subject with a question of its own; a verdict asked
 * of a merge as a condition ("マージして問題ある？") or after "bevor du was änderst" is a review in a coding run; a Spanish
 * imperative whose enclitic pronoun moves the accent ("clasifícalos", "revísalo") still names its work.
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import { createClassifier } from "../create-classifier.js";
import { u } from "./generalization-44.fixture.js";
import { afterMemoDiff } from "./generalization-50.fixture.js";
import { detectFollowUp } from "./follow-up.js";
import { movesOnToOwnAsk } from "./moving-on.js";
import { findCues } from "./cue-matcher.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const both = (messages: ChatMessage[]): [string, string] => [learned.classify(messages).task.label, heuristic.classify(messages).task.label];
const a = (content: string): ChatMessage => ({ role: "assistant", content });

const summarized: ChatMessage[] = [
  u("Give me the gist of this in two sentences:\nThe library will close its east wing from March to June for roof repairs. Loans continue from the main hall, and the children's corner moves to the ground floor."),
  a("The east wing closes March–June for roof repairs. Loans carry on from the main hall, and the children's corner moves downstairs."),
];
const translated: ChatMessage[] = [u("Traduci in inglese: «Il negozio resta chiuso per ferie fino al 25 agosto.»"), a("“The shop is closed for the holidays until 25 August.”")];

describe("a turn that moves on to new work of its own", () => {
  it("reads the ask after 'thanks! now this one:' instead of inheriting the summary (en)", () => {
    expect(both([...summarized, u("thanks! now this one: write me a limerick about a cat who hates Mondays")])).toEqual(["creative_writing", "creative_writing"]);
  });
  it("reads 'ok, next one: write a function' as code after a translation (en, it)", () => {
    expect(both([...translated, u("ok, next one: write a python function that returns the n-th Fibonacci number iteratively")])).toEqual(["code_generation", "code_generation"]);
    expect(learned.classify([...translated, u("perfetto, ora questa: scrivi una funzione Python che conta le vocali in una stringa")]).task.label).toBe("code_generation");
  });
  it("reads the ask of 'danke! jetzt …', '谢谢！现在帮我…' and 'valeu! agora me explica…' on its own", () => {
    expect(learned.classify([...translated, u("谢谢！现在帮我写一封短邮件给邻居，说明天停水")]).task.label).toBe("creative_writing");
    expect(learned.classify([...translated, u("grazie! ora scrivimi una mail breve al condominio per dire che domani manca l'acqua")]).task.label).toBe("creative_writing");
    expect(learned.classify([...translated, u("danke! jetzt schreib mir bitte ein kurzes Gedicht über den Herbst")]).task.label).toBe("creative_writing");
    const ideas: ChatMessage[] = [u("Me dá 6 ideias de nome para um food truck de tapioca"), a("1. Tapioca Rodante\n2. Goma & Cia\n3. Tapiocaria Móvel\n4. Beiju na Rua\n5. Roda de Tapioca\n6. Polvilho Express")];
    expect(learned.classify([...ideas, u("valeu! agora me explica em uma frase o que é polvilho azedo")]).task.label).toBe("simple_qa");
  });
  it("names why in the reason", () => {
    expect(learned.classify([...summarized, u("thanks! now this one: write me a limerick about a cat who hates Mondays")]).taskReason).not.toMatch(/inherits/);
    expect(learned.classify([...translated, u("谢谢！现在帮我写一封短邮件给邻居，说明天停水")]).taskReason).toMatch(/asks its own work, read on its own; cue '写一封'/);
  });
  it("leaves asks that point back, name a language, or bring material to the follow-up readings", () => {
    expect(movesOnToOwnAsk("thanks! now translate it into french")).toBeUndefined();
    expect(movesOnToOwnAsk("great, now give me the french version of all three")).toBeUndefined();
    expect(movesOnToOwnAsk("now list the exact phrases that mention it")).toBeUndefined();
    expect(movesOnToOwnAsk("次はこれをお願いします：会議の資料は前日までに送ってください。")).toBeUndefined();
    expect(movesOnToOwnAsk("next one: \"the room is booked until 5\"")).toBeUndefined();
    expect(movesOnToOwnAsk("thanks! now give me 10 more")).toBeUndefined();
    expect(both([...translated, u("grazie! ora in francese")])).toEqual(["translation", "translation"]);
  });
  it("keeps the code reading of 'now write the test' in a coding run", () => {
    expect(learned.classify(afterMemoDiff("looks right. now write the test")).task.label).toBe("code_generation");
  });
});

describe("'and this one:' brings more material of the anchor's kind", () => {
  it("keeps a translation after 'а вот этот:' (ru) and 'y este:' (es)", () => {
    const ru: ChatMessage[] = [u("Переведи на английский: «Офис закрыт в понедельник.»"), a("“The office is closed on Monday.”")];
    expect(both([...ru, u("а вот этот:\nПожалуйста, оставляйте велосипеды во дворе, а не у входа.")])).toEqual(["translation", "translation"]);
    expect(detectFollowUp("y este:\nLos pedidos de más de 50 euros tienen envío gratuito a toda la península.")?.kind).toBe("inherit");
  });
});

describe("back to a subject with a question of its own", () => {
  it("does not read 'nochmal zu …: gibt es ein Problem, wenn …?' as the same work again (de)", () => {
    expect(detectFollowUp("nochmal zu dem cache: gibt es ein problem, wenn zwei requests gleichzeitig kommen?")).toBeUndefined();
    expect(detectFollowUp("back to the loader: what happens if the file is empty?")).toBeUndefined();
    expect(detectFollowUp("nochmal: \"wo ist der bahnhof?\"")?.kind).toBe("inherit");
  });
  it("reads it as a review in a coding run, a change named in 'bevor du was änderst' notwithstanding", () => {
    expect(both(afterMemoDiff("nochmal kurz, bevor du was änderst: gibt es ein Problem, wenn zwei Requests gleichzeitig dieselbe SKU laden?"))).toEqual(["code_review", "code_review"]);
    expect(heuristic.classify(afterMemoDiff("before you change anything, is there an issue if two requests load the same sku at once?")).task.label).toBe("code_review");
  });
});

describe("a verdict asked of a merge as a condition", () => {
  it("reads 'これでマージして問題ある？' as a review, and 'よければマージして' as the action", () => {
    expect(both(afterMemoDiff("これでマージして問題ある？"))).toEqual(["code_review", "code_review"]);
    expect(learned.classify(afterMemoDiff("これで大丈夫？よければマージして")).task.label).not.toBe("code_review");
  });
});

describe("a Spanish imperative with an enclitic pronoun", () => {
  it("still names its work when the pronoun moves the accent (es)", () => {
    const tasks = (text: string): string[] => findCues(text).map((cue) => cue.task);
    expect(tasks("clasifícalas según la urgencia")).toContain("classification");
    // "revísalo" is any text's revision, not code's (review 51): the review over a handler is read as a verdict asked.
    expect(tasks("revísalo antes de subirlo")).not.toContain("code_review");
    const tickets = "#31 «No puedo entrar a mi cuenta»\n#32 «Me cobraron dos veces»\n#33 «La app se cierra al abrir el mapa»";
    const run = [
      { role: "system" as const, content: "Eres el agente de soporte de una app de reparto. Puedes leer y actualizar tickets." },
      u("pásame los tickets nuevos"),
      { role: "assistant" as const, content: null, tool_calls: [{ id: "t1", type: "function" as const, function: { name: "list_tickets", arguments: "{\"status\":\"new\"}" } }] },
      { role: "tool" as const, tool_call_id: "t1", content: tickets },
      a("Hay tres tickets nuevos."),
      u("clasifícalos: cuenta, pagos o app"),
    ];
    expect(heuristic.classify(run).task.label).toBe("classification");
  });
});
