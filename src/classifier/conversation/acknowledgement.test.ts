/**
 * A lone acknowledgement ("ok cool") asks for nothing; after an assistant's offer the same word takes the offered work
 * (twenty-second round: retrains moved a lone "ok cool" between chat, brainstorming and code_generation).
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import { isBareAcknowledgement } from "./closing.js";

const learned = createClassifier("learned");
const taskOf = (...messages: Parameters<typeof learned.classify>[0]): string => learned.classify(messages).task.label;
const u = (content: string) => ({ role: "user" as const, content });
const a = (content: string) => ({ role: "assistant" as const, content });
const sys = (content: string) => ({ role: "system" as const, content });

describe("a bare acknowledgement", () => {
  it("is read in the ten languages, and not when the turn asks for something", () => {
    for (const text of ["ok cool", "ok", "Okay!", "thanks!", "got it, thanks", "vale, gracias", "alles klar", "d'accord, merci", "tá bom", "va bene grazie", "ладно, спасибо", "好的", "わかりました。", "알겠어요"])
      expect(isBareAcknowledgement(text.toLowerCase()), text).toBe(true);
    for (const text of ["ok, write it", "ok go ahead", "sure thing, how about a poem", "ok cool, and in French?", "thanks, now summarize it", ""])
      expect(isBareAcknowledgement(text.toLowerCase()), text).toBe(false);
  });

  it("with nothing before it is small talk, whatever the model reads", () => {
    for (const text of ["ok cool", "ok", "great", "好的", "알겠어요", "vale, gracias"]) expect(taskOf(u(text)), text).toBe("chat");
  });

  it("after the assistant offers work, or as a pipeline's input, is read by what came before", () => {
    // A pipeline's system prompt makes the turn its input: "ok" is a message to label, not talk.
    expect(taskOf(sys("You label each incoming customer message as COMPLAINT, QUESTION or OTHER. Answer with the label only."), u("ok"))).toBe("classification");
    expect(taskOf(u("my pytest run fails on test_parse_dates, here is the traceback: AssertionError in parse_date"), a("The parser drops the timezone. Want me to write the fix and a regression test?"), u("ok"))).not.toBe("chat");
  });
});
