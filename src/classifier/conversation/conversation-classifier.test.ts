import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import { createClassifier } from "../create-classifier.js";
import { findCues } from "./cue-matcher.js";
import { detectFollowUp } from "./follow-up.js";
import { readConversationCached } from "./read-conversation.js";
import { dominantScript, guessLanguage } from "./script.js";

const u = (content: string): ChatMessage => ({ role: "user", content });
const a = (content: string): ChatMessage => ({ role: "assistant", content });
const TRANSCRIPT =
  "Weekly sync\nNora: The vendor contract renews in May; legal reviews it by the 15th.\nOmar: I'll own the data migration, done by end of month.\nNora: Decision: we drop the old dashboard in June.\n".repeat(4);

describe("follow-ups and cues in ten languages", () => {
  it("finds each language's task cues, by word in spaced scripts and by substring in Chinese and Japanese", () => {
    const cases: [string, string, string][] = [
      ["traduce esto al inglés", "translation", "es"],
      ["fasse den text zusammen", "summarization", "de"],
      ["résume ce texte", "summarization", "fr"],
      ["escreva uma função", "code_generation", "pt"],
      ["riassumi questo articolo", "summarization", "it"],
      ["переведи на английский", "translation", "ru"],
      ["请帮我总结一下", "summarization", "zh"],
      ["この文章を要約して", "summarization", "ja"],
      ["이 글을 요약해 줘", "summarization", "ko"],
      ["please summarize this", "summarization", "en"],
    ];
    for (const [text, task, lang] of cases) expect(findCues(text).some((hit) => hit.task === task && hit.lang === lang), text).toBe(true);
    expect(findCues("a resumed download")).toEqual([]);
  });

  it("reads the script and guesses the language without English words", () => {
    expect(dominantScript("今日は良い天気ですね")).toBe("kana");
    expect(dominantScript("今天天气很好")).toBe("han");
    expect(dominantScript("오늘 날씨가 좋네요")).toBe("hangul");
    expect(guessLanguage("¿puedes ayudarme con esto por favor?", "latin", [])).toBe("es");
    expect(guessLanguage("привет", dominantScript("привет"), [])).toBe("ru");
  });

  it("detects short follow-ups and their kind, and leaves new requests alone", () => {
    const cases: [string, string | undefined][] = [
      ["and this one too: 'see you soon'", "inherit"],
      ["now in french", "translate"],
      ["auf deutsch bitte", "translate"],
      ["make it short: decisions and owners", "shorten"],
      ["más corto", "shorten"],
      ["go ahead and make the change", "act"],
      ["继续", "act"],
      ["y este: 'hasta luego'", "inherit"],
      ["yes", "act"],
      ["write a poem about the sea in the style of a sailor's song", undefined],
      ["what is the capital of france?", undefined],
    ];
    for (const [text, kind] of cases) expect(detectFollowUp(text)?.kind, text).toBe(kind);
  });
});

describe.each(["learned", "heuristic"] as const)("the %s classifier reads the whole conversation", (name) => {
  const classifier = createClassifier(name);

  it("lets a follow-up inherit or shift the task, and says which turn set it", () => {
    const inherit = classifier.classify([u("Translate into Spanish: the shop closes at six."), a("La tienda cierra a las seis."), u("And this one too: 'We open at nine.'")]);
    expect(inherit.task.label).toBe("translation");
    expect(inherit.taskReason).toMatch(/from turn 3 \(follow-up 'and this one' inherits turn 1\)/);
    const shift = classifier.classify([u("Write a short note thanking my team for the launch."), a("Thank you all..."), u("Now in French")]);
    expect(shift.task.label).toBe("translation");
    const shorten = classifier.classify([u(`Notes from today:\n${TRANSCRIPT}`), a("Got it."), u("Make it short: the decisions and who owns what")]);
    expect(shorten.task.label).toBe("summarization");
    const poem = classifier.classify([u("Write a poem about autumn rain."), a("Soft rain..."), u("shorter")]);
    expect(poem.task.label).toBe("creative_writing");
  });

  it("reads a coding agent's turn through a huge tool result", () => {
    const messages: ChatMessage[] = [
      { role: "system", content: "You are a coding agent in the user's repository. Use tools to read and edit files." },
      u("Add input validation to createUser."),
      { role: "assistant", content: null, tool_calls: [{ id: "1", type: "function", function: { name: "read_file", arguments: "{}" } }] },
      { role: "tool", tool_call_id: "1", content: "export function createUser(input) {\n  return db.insert(input);\n}\n".repeat(20_000) },
      a("I'll validate the email and name before the insert."),
      u("Go ahead"),
    ];
    const result = classifier.classify(messages);
    expect(result.task.label).toBe("code_generation");
    expect(result.taskReason).toMatch(/coding-agent context/);
    // The agent loop continues after a tool result: the last user turn still sets the task.
    expect(classifier.classify(messages.slice(0, 4)).task.label).toBe("code_generation");
  });

  it("does not read numbers as maths in a metrics question or a CI log, but keeps real maths", () => {
    expect(classifier.classify([u("Churn rose from 3.1% in March to 4.6% in May while signups grew 9%. What explains it?")]).task.label).toBe("analysis");
    const log = "CI failed:\n2025-03-01T10:00:01Z npm ERR! code 1\n2025-03-01T10:00:01Z npm ERR! path /app\nexit code 1\nWhat went wrong?";
    expect(classifier.classify([u(log)]).task.label).toBe("code_review");
    expect(classifier.classify([u("Solve for x: 3x + 4 = 19.")]).task.label).toBe("math");
  });

  it("names the cue and its language", () => {
    const result = classifier.classify([u("Traduce al inglés: el tren sale a las ocho.")]);
    expect(result.task.label).toBe("translation");
    expect(result.taskReason).toBe("task translation from turn 1: cue 'traduce' (es)");
  });
});

describe("the conversation reading cache", () => {
  it("reads an array again when it grew or its last message changed", () => {
    const messages: ChatMessage[] = [u("Translate 'good night' into Italian.")];
    expect(readConversationCached(messages).followUp).toBeUndefined();
    messages.push(a("Buona notte."), u("now in Portuguese"));
    expect(readConversationCached(messages).followUp?.kind).toBe("translate");
  });
});
