/**
 * Numeric conversations in the ten cue languages: business figures (analysis), a running system's
 * figures, logs and stack traces (code_review), real maths (math), and factual questions or small talk
 * that merely carry numbers (simple_qa, chat), as single turns and as
 * multi-turn conversations where an earlier turn pastes the figures and a later one asks about them.
 * @module
 */
import { BUSINESS_TABLES, NUMERIC_PHRASINGS, SYSTEM_LOGS } from "./numeric-pools.js";

type Message = { role: string; content: string };
interface Row {
  request: { messages: Message[] };
  task: string;
  kind: string;
}

const ACKS: Readonly<Record<string, string>> = {
  en: "Got it. What would you like to know?",
  es: "Entendido. ¿Qué quieres saber?",
  de: "Verstanden. Was möchtest du wissen?",
  fr: "Compris. Que veux-tu savoir ?",
  it: "Capito. Cosa vuoi sapere?",
  pt: "Entendi. O que você quer saber?",
  ru: "Понял. Что ты хочешь узнать?",
  zh: "好的，你想了解什么？",
  ja: "わかりました。何を知りたいですか？",
  ko: "알겠습니다. 무엇이 궁금하세요?",
};
const SYSTEMS = ["You are a helpful assistant.", "You are an analyst for a retail company.", "You help the platform team keep production healthy.", "You are a maths tutor."];

/** Builds the numeric conversations with the generator's seeded `pick` and `random`. */
export function numericConversations(pick: <T>(items: readonly T[]) => T, random: () => number): Row[] {
  const rows: Row[] = [];
  const numbers = (text: string): string => text.replace("{a}", String(Math.round(random() * 40) + 2)).replace("{b}", String(Math.round(random() * 400) + 45));
  const u = (content: string): Message => ({ role: "user", content });
  const add = (task: string, ...messages: Message[]): void => void rows.push({ request: { messages }, task, kind: "numeric" });
  const withSystem = (message: Message): Message[] => (random() < 0.3 ? [{ role: "system", content: pick(SYSTEMS) }, message] : [message]);
  for (const [lang, phrasings] of Object.entries(NUMERIC_PHRASINGS)) {
    for (const text of phrasings.metrics) add("analysis", ...withSystem(u(numbers(text))));
    for (const text of phrasings.perf) add("code_review", ...withSystem(u(numbers(text))));
    for (const text of phrasings.math) add("math", ...withSystem(u(numbers(text))));
    for (const text of phrasings.facts) add("simple_qa", ...withSystem(u(text)));
    for (const text of phrasings.chat) add("chat", u(text));
    for (let i = 0; i < 2; i++) {
      const log = pick(SYSTEM_LOGS);
      const ask = pick(phrasings.logAsks);
      add("code_review", u(random() < 0.5 ? `${ask}\n\n${log}` : `${log}\n\n${ask}`));
      // The log arrives first, the question in the next turn.
      add("code_review", u(log), { role: "assistant", content: ACKS[lang] ?? "" }, u(pick(phrasings.logAsks)));
    }
    for (let i = 0; i < 2; i++) {
      const table = pick(BUSINESS_TABLES);
      add("analysis", u(`${table}\n\n${pick(phrasings.tableAsks)}`));
      add("analysis", u(table), { role: "assistant", content: ACKS[lang] ?? "" }, u(pick(phrasings.tableAsks)));
    }
    // A maths problem after small talk: the earlier turn does not make it anything else.
    add("math", u(pick(phrasings.metrics).replace(/\{a\}|\{b\}/g, "10")), { role: "assistant", content: "..." }, u(numbers(pick(phrasings.math))));
  }
  return rows;
}
