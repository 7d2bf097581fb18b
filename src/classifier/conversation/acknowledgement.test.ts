/**
 * A lone acknowledgement ("ok cool") asks for nothing; after an assistant's offer the same word takes the offered work
 * (twenty-second round: retrains moved a lone "ok cool" between chat, brainstorming and code_generation). A lone
 * go-ahead ("ok go ahead", "yes do it") consents to nothing and is small talk too; one that names its work is not.
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import { isBareAcknowledgement, isBareGoAhead } from "./closing.js";

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

describe("a bare go-ahead", () => {
  const GO_AHEADS = [
    "ok go ahead", "yes do it", "Go ahead.", "go for it", "please proceed", "yes please", "sure, do it",
    "sí, hazlo", "adelante", "dale", "ja, mach das", "leg los", "nur zu", "oui, vas-y", "allez-y", "d'accord, fais-le",
    "pode fazer", "vai em frente", "sì, fallo", "procedi", "vai pure", "давай", "да, делай", "действуй",
    "开始吧", "好的 做吧", "どうぞ", "お願いします", "はい、進めてください", "やってください", "진행해 주세요", "네, 해주세요",
  ];
  // Each names work of its own (or is not consent at all): none may move.
  const LOOK_ALIKES = [
    "go ahead and write a python function that parses ISO dates",
    "do it in rust: a function that reverses a linked list",
    "yes do it, but write the tests first in pytest",
    "please proceed with the SQL migration that adds an index on users.email",
    "hazlo en python: una función que ordene una lista",
    "leg los und schreib eine Python-Funktion, die Primzahlen findet",
    "vas-y, écris une fonction JavaScript qui trie un tableau",
    "pode fazer uma função em Python que some dois números?",
    "давай напиши функцию на Python для сортировки списка",
    "开始吧，用Python写一个排序函数",
    "お願いします、Pythonでソート関数を書いてください",
    "진행해 주세요, 파이썬으로 정렬 함수를 작성해 주세요",
  ];

  it("is read in the ten languages, and not when the turn names its work", () => {
    for (const text of GO_AHEADS) expect(isBareGoAhead(text.toLowerCase()), text).toBe(true);
    for (const text of [...LOOK_ALIKES, ""]) expect(isBareGoAhead(text.toLowerCase()), text).toBe(false);
  });

  it("with nothing before it is small talk; the look-alikes keep the reading they had", () => {
    for (const text of GO_AHEADS) expect(taskOf(u(text)), text).toBe("chat");
    for (const text of LOOK_ALIKES) expect(taskOf(u(text)), text).not.toBe("chat");
  });

  it("after the assistant offers work it takes that work, as before", () => {
    const offer = [u("my pytest run fails on test_parse_dates: AssertionError in parse_date"), a("The parser drops the timezone. Want me to write the fix and a regression test?")] as const;
    for (const text of ["ok go ahead", "yes do it", "adelante"]) expect(taskOf(...offer, u(text)), text).not.toBe("chat");
  });
});

describe("a turn that asks for no work", () => {
  const difficultyOf = (...messages: Parameters<typeof learned.classify>[0]): string => learned.classify(messages).difficulty.label;

  it("with nothing before it reads as budget difficulty, in the ten languages (a line of small talk answers it)", () => {
    for (const text of ["ok cool", "ok go ahead", "yes please", "好的", "알겠어요", "sí, hazlo", "leg los", "давай", "お願いします", "procedi"]) expect(difficultyOf(u(text)), text).toBe("budget");
  });

  it("keeps its difficulty when it names work or follows an offer", () => {
    const work = "go ahead and write a python function that parses ISO dates with time zones and tests it";
    expect(difficultyOf(u(work))).not.toBe("budget");
    const offer = [u("prove that there are infinitely many primes of the form 4k+3, rigorously, with every lemma"), a("I can write the full proof with each lemma. Shall I?")] as const;
    expect(difficultyOf(...offer, u("ok go ahead"))).not.toBe("budget");
  });
});
