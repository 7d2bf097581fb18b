/**
 * Questions about code just discussed (eighth round): why / how / explain asks after code in the assistant's answer
 * or the user's turn are code review, in the ten languages; a change ask or a conversation with no code is left alone.
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import { detectFollowUp } from "./follow-up.js";
import { a, read as readWith, u } from "../../../test/support/conversation-kit.js";

const read = (label: string, messages: ChatMessage[]): string => readWith(label, messages, 0.7);
const CODE = "```python\ndef add(tag, tags=None):\n    if tags is None:\n        tags = []\n    return tags + [tag]\n```";

describe("a question about the code just discussed", () => {
  it("is code review when the assistant's answer shows code, in the ten languages", () => {
    for (const turn of [
      "why would python even do it that way, seems dumb",
      "explain it line by line, i don't paste things i don't understand",
      "¿por qué hace falta el if?",
      "warum braucht man das None hier überhaupt?",
      "pourquoi le None et pas directement une liste vide ?",
      "mas pq precisa desse if? os valores são os mesmos",
      "perché serve il controllo su None?",
      "почему нельзя просто написать tags=[]?",
      "为啥要判断 None 啊？不判断会怎样",
      "なぜ None をチェックする必要があるんですか？",
      "왜 None 체크가 필요한 거예요?",
    ]) expect(read("code_generation", [u("my default list keeps growing between calls"), a(`Use None as the default:\n${CODE}`), u(turn)]), turn).toBe("code_review");
  });
  it("is code review when the user's turn before held the code and the answer was prose", () => {
    expect(read("code_generation", [u(`this keeps growing:\n${CODE}`), a("The default list is created once, when the function is defined."), u("but why would it be created only once??")])).toBe("code_review");
  });
  it("leaves a change ask, a question with no code around and other readings alone", () => {
    expect(read("code_generation", [u("my list keeps growing"), a(CODE), u("why not just fix it with a copy? write that version")])).toBe("code_generation");
    expect(read("simple_qa", [u("what's the capital of australia?"), a("Canberra."), u("why not sydney?")])).toBe("simple_qa");
    expect(read("math", [u("solve x^2 = 4"), a(CODE), u("why two answers?")])).toBe("math");
  });
});

describe("consent words inside a question", () => {
  it("are not a consent", () => {
    // (Since the tenth round "why??" and the doubt behind it ask to explain the answer; what matters here is no consent.)
    expect(detectFollowUp("why?? why would python do it that way")?.kind).not.toBe("act");
    expect(detectFollowUp("so do we ship it or not")).toBeUndefined();
  });
  it("still are at the start or after an acknowledgment", () => {
    for (const turn of ["ok do it", "great, go ahead", "looks good, ship it", "yes please do it"]) expect(detectFollowUp(turn)?.kind, turn).toBe("act");
  });
});

describe("change verbs of other languages", () => {
  it("start a word: English 'created' or 'increase' asks for no change", () => {
    const messages = (turn: string): ChatMessage[] => [u("my list keeps growing"), a(CODE), u(turn)];
    expect(read("code_generation", messages("but why is the list created only once?"))).toBe("code_review");
    expect(read("code_generation", messages("why does the memory increase on every call?"))).toBe("code_review");
    expect(read("code_generation", messages("¿por qué no crea una lista nueva? créala en cada llamada"))).toBe("code_generation");
  });
});
