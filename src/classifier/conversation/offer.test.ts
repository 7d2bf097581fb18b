import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import type { ConversationClassification, ConversationClassifier } from "../classifier.js";
import { readingConversations } from "./conversation-classifier.js";
import { offerClause } from "./offer.js";

const u = (content: string): ChatMessage => ({ role: "user", content });
const a = (content: string): ChatMessage => ({ role: "assistant", content });

describe("offerClause", () => {
  it("finds the work an assistant's turn offers at its end, in the ten languages", () => {
    const offers: [string, RegExp][] = [
      ["Here is the breakdown. Want me to draft the reply to the landlord?", /^draft the reply to the landlord$/],
      ["Sure. Would you like me to put this in a table?", /^put this in a table$/],
      ["Listo. ¿Quieres que te escriba el correo de respuesta?", /^escriba el correo de respuesta$/],
      ["Alles klar. Soll ich die Punkte auf Englisch übersetzen?", /^die punkte auf englisch übersetzen$/],
      ["C'est noté. Voulez-vous que je rédige un résumé pour l'équipe ?", /^rédige un résumé pour l'équipe$/],
      ["Entendi. Quer que eu escreva o script em Python?", /^escreva o script em python$/],
      ["Ecco i dati. Vuoi che ti prepari un riassunto?", /^prepari un riassunto$/],
      ["Понял. Хотите, я переведу это на английский?", /^переведу это на английский$/],
      ["好的。要我帮你把这段话翻译成英文吗？", /^帮你把这段话翻译成英文吗$/],
      ["了解しました。要点を3行にまとめましょうか？", /まとめましょうか/],
      ["알겠습니다. 이메일 초안을 써 드릴까요?", /써 드릴까요/],
    ];
    for (const [text, clause] of offers) expect(offerClause(a(text)), text).toMatch(clause);
  });

  it("finds nothing in a question that offers no work, or a turn that ends without a question", () => {
    for (const text of ["Canberra. Anything else?", "Do you have the error message?", "Here is the code.", "Soll ich? Nein.", "I can help with that."]) {
      expect(offerClause(a(text)), text).toBeUndefined();
    }
  });
});

/** A base that reads "sql" as code, "summary" as summarization, a clause with neither as chat, and anything longer as analysis. */
const base: ConversationClassifier = {
  name: "stub",
  classify: (messages) => {
    const text = String(messages.at(-1)?.content ?? "");
    const label = messages.length > 1 ? "analysis" : /sql/.test(text) ? "code_generation" : /summary/.test(text) ? "summarization" : /drop/.test(text) ? "analysis" : "chat";
    return { task: { label, confidence: label === "chat" ? 0.4 : 0.8 }, difficulty: { label: "mid", confidence: 0.5 }, strongProbability: 0.3 } as ConversationClassification;
  },
};
const taskOf = (messages: ChatMessage[]): string => readingConversations(base).classify(messages).task.label;

describe("a consent after an offer", () => {
  const question = u("Weekly actives dropped 12% after the pricing change. Why the drop?");

  it("takes the offered work, not the task of the turn before", () => {
    expect(taskOf([question, a("Start with a cohort retention analysis. Want me to write the SQL for the cohort table?"), u("yes go ahead, postgres")])).toBe("code_generation");
    expect(taskOf([question, a("Likely churn on the old plan. Shall I write a short summary for the board?"), u("yes please")])).toBe("summarization");
  });

  it("inherits as before when the offer reads as chat or unsure, or there is no offer", () => {
    expect(taskOf([question, a("Likely churn on the old plan. Want me to keep going?"), u("yes please")])).toBe("analysis");
    expect(taskOf([question, a("Likely churn on the old plan."), u("yes please")])).toBe("analysis");
  });
});
