/**
 * Generates the team's labelled training conversations (`training/conversation-examples.jsonl`):
 * follow-ups, other languages, agent turns with tool calls and results, and numbers that are or are
 * not maths. Deterministic (seeded). The held-back file (`training/conversation-held-back.jsonl`) is
 * written by hand, separately, and is never produced or read here.
 *
 *   npx tsx training/conversations/generate.ts
 * @module
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createSeededRandom } from "../../src/eval/random-classifier.js";
import { CODE_TASK_SLOTS, MULTILINGUAL } from "./multilingual.js";
import { ARTICLES, CI_LOGS, CODE_TASKS, EMAILS, MATH_PROBLEMS, METRICS_QUESTIONS, SENTENCES_EN, SENTENCES_FOREIGN, SNIPPETS, TICKETS, TRANSCRIPTS } from "./pools.js";
import { agentConversations } from "./agent.js";
import { numericConversations } from "./numeric.js";

type Message = { role: string; content: string | null; tool_calls?: unknown[]; tool_call_id?: string };
export interface Row {
  request: { messages: Message[] };
  task: string;
  kind: string;
}

const random = createSeededRandom(13);
export const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const u = (content: string): Message => ({ role: "user", content });
const a = (content: string): Message => ({ role: "assistant", content });
const row = (kind: string, task: string, ...messages: Message[]): Row => ({ request: { messages }, task, kind });

const LANGS = ["French", "Spanish", "German", "Italian", "Portuguese", "Japanese", "Korean", "Chinese", "Russian", "Dutch"];
const FOLLOW_TRANSLATE = ["Now in {L}", "And in {L}?", "Same thing in {L} please", "now {L}", "Can you also do {L}?", "{L} too", "ok and into {L}"];
const FOLLOW_INHERIT = ["And this one too: \"{S}\"", "This one as well: {S}", "Same for this: {S}", "Another one: \"{S}\"", "And this: {S}", "next one: {S}", "Do the same with: {S}", "y esta: \"{S}\"", "und das hier auch: \"{S}\"", "et celle-ci : « {S} »", "这个也是：{S}", "これも：{S}"];
const FOLLOW_SHORT = ["Make it short", "Shorter please", "tl;dr?", "Can you make it shorter: just decisions and owners", "Too long. Key points only.", "Kürzer bitte", "más corto", "plus court stp", "更短一点", "短くして", "In 3 bullets", "make it shorter"];
const FOLLOW_ACT = ["Go ahead", "go ahead and make the change", "Yes, do it", "Sounds good, apply the fix", "ok proceed", "LGTM, ship it", "Please do", "Mach das", "Adelante, aplica los cambios", "vas-y", "继续", "進めて"];

function followUps(): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < 40; i++) {
    const [src, dst] = [pick(SENTENCES_EN), pick(SENTENCES_EN)];
    const first = pick([`Translate into ${pick(LANGS)}: ${src}`, `How do I say "${src}" in ${pick(LANGS)}?`, `Can you put this in ${pick(LANGS)}? ${src}`, `${pick(LANGS)} translation please: ${src}`]);
    const follow = random() < 0.5 ? pick(FOLLOW_INHERIT).replace("{S}", dst) : pick(FOLLOW_TRANSLATE).replace("{L}", pick(LANGS));
    rows.push(row("follow_up", "translation", u(first), a("Here it is: ..."), u(follow)));
  }
  for (let i = 0; i < 30; i++) {
    const text = pick([...TRANSCRIPTS, ...ARTICLES, ...EMAILS]);
    const first = pick([`Here are the notes from today:\n${text}`, `${text}`, `Can you read this?\n\n${text}`, `Summarize this:\n${text}`, `FYI, from the meeting:\n${text}`]);
    rows.push(row("follow_up", "summarization", u(first), a(pick(["Got it. What would you like me to do with it?", "Sure, I've read it.", "Here is a summary: ..."])), u(pick(FOLLOW_SHORT))));
  }
  for (let i = 0; i < 14; i++) {
    const first = pick(["Write a poem about the first snow of the year.", "Write a short story about a lighthouse keeper.", "Write a limerick about a cat who hates Mondays.", "Write a toast for my sister's wedding."]);
    rows.push(row("follow_up", "creative_writing", u(first), a("Here you go: ..."), u(pick(["shorter", "make it shorter", "again but funnier", "another one", "Now make it rhyme", "one more"]))));
  }
  for (let i = 0; i < 24; i++) {
    const [t1, t2] = [pick(TICKETS), pick(TICKETS)];
    rows.push(row("follow_up", "classification", u(`Classify this support ticket as billing, technical or account: "${t1}"`), a("technical"), u(pick(FOLLOW_INHERIT).replace("{S}", t2))));
  }
  for (let i = 0; i < 16; i++) {
    rows.push(row("follow_up", "extraction", u(`Extract every date and person from this email:\n${pick(EMAILS)}`), a("- ..."), u(pick(FOLLOW_INHERIT).replace("{S}", pick(EMAILS)))));
  }
  for (let i = 0; i < 16; i++) {
    rows.push(row("follow_up", "math", u(pick(MATH_PROBLEMS)), a("The answer is ..."), u(pick(["And this one: 6x + 1 = 25", "next: what is 15% of 240?", "same for 3x - 4 = 11", "Another one: a car goes 150 km in 2.5 hours, what's its speed?"]))));
  }
  for (let i = 0; i < 24; i++) {
    const code = pick(SNIPPETS);
    const [first, task] = pick([
      [`Write ${pick(CODE_TASKS)}.`, "code_generation"],
      [`Is there a bug in this?\n${code}`, "code_review"],
    ] as const);
    const follow = pick(FOLLOW_ACT);
    // "go ahead" after a code request or review means: write the change.
    rows.push(row("follow_up", task === "code_review" ? "code_generation" : task, u(first), a("Here's what I would change: ... Shall I apply it?"), u(follow)));
  }
  for (let i = 0; i < 10; i++) {
    rows.push(row("follow_up", "creative_writing", u("Draft a polite email to my landlord asking to fix the heating."), a("Should I mention that you've asked twice already?"), u(pick(["yes go ahead", "Yes please do", "sounds good, go ahead"]))));
  }
  return rows;
}

function fill(template: string, lang: string): string {
  const codeTask: Record<string, number> = { es: 0, de: 1, fr: 2, it: 3, pt: 4, ru: 5 };
  const native = SENTENCES_FOREIGN.find(([l]) => l === lang)?.[1] ?? pick(SENTENCES_EN);
  return template
    .replace("{native}", random() < 0.5 ? pick(SENTENCES_EN) : native)
    .replace("{text}", pick([...ARTICLES, ...EMAILS, ...TRANSCRIPTS]))
    .replace("{code}", pick(SNIPPETS))
    .replace("{ticket}", pick(TICKETS))
    .replace("{codeTask}", CODE_TASK_SLOTS.codeTask[codeTask[lang] ?? 0] ?? "")
    .replace("{codeTaskZh}", pick(CODE_TASK_SLOTS.codeTaskZh))
    .replace("{codeTaskJa}", pick(CODE_TASK_SLOTS.codeTaskJa))
    .replace("{codeTaskKo}", pick(CODE_TASK_SLOTS.codeTaskKo));
}

function languages(): Row[] {
  const rows: Row[] = [];
  for (const [lang, tasks] of Object.entries(MULTILINGUAL)) {
    for (const [task, templates] of Object.entries(tasks)) {
      for (const template of templates) {
        rows.push(row("language", task, u(fill(template, lang))));
        if (random() < 0.35) rows.push(row("language", task, { role: "system", content: "You are a helpful assistant." }, u(fill(template, lang))));
      }
    }
  }
  for (const [lang, sentence] of SENTENCES_FOREIGN) {
    rows.push(row("language", "translation", u(pick([`What does this mean? "${sentence}"`, `Translate: ${sentence}`, `english pls: ${sentence}`]))));
    if (lang !== "en") rows.push(row("language", "translation", { role: "system", content: "You translate everything the user sends into English. Reply with the translation only." }, u(sentence)));
  }
  return rows;
}

function numeric(): Row[] {
  const rows: Row[] = [];
  for (const q of METRICS_QUESTIONS) {
    rows.push(row("numeric", "analysis", u(q)));
    rows.push(row("numeric", "analysis", { role: "system", content: "You are an analyst for a SaaS company." }, u(q)));
  }
  for (const log of CI_LOGS) {
    for (const ask of ["Why is this failing?", "CI is red again, what's wrong?", "Can you explain this log?", "What went wrong here?", "Our nightly job log, any idea?"]) {
      if (random() < 0.6) rows.push(row("numeric", "code_review", u(random() < 0.5 ? `${ask}\n\n${log}` : `${log}\n\n${ask}`)));
    }
  }
  for (const p of MATH_PROBLEMS) rows.push(row("numeric", "math", u(p)));
  const metrics = ["churn rate", "30-day retention", "trial-to-paid conversion", "activation rate", "refund rate", "email open rate", "click-through rate", "NPS", "gross margin", "average order value"];
  const periods = ["month", "quarter", "week", "year"];
  const asks = ["Is that a problem?", "What could explain the change?", "How should we read this?", "What would you investigate first?", "Should we be worried?", "What does this say about the launch?"];
  for (let i = 0; i < 30; i++) {
    const [x, y] = [Math.round(random() * 400) / 10, Math.round(random() * 400) / 10];
    const period = pick(periods);
    rows.push(row("numeric", "analysis", u(`Our ${pick(metrics)} was ${x}% last ${period} and ${y}% this ${period}, with ${Math.round(random() * 9000 + 1000)} active customers. ${pick(asks)}`)));
  }
  const services = ["checkout", "search", "auth", "payments", "image resizer"];
  for (let i = 0; i < 14; i++) {
    const before = Math.round(random() * 200 + 80);
    rows.push(row("numeric", "code_review", u(`After the deploy at 14:05 the ${pick(services)} service p99 latency went from ${before}ms to ${before * 4}ms and error rate from 0.2% to 3.1%. Logs:\n${pick(CI_LOGS)}\nWhat broke?`)));
  }
  return rows;
}

const out = [...followUps(), ...languages(), ...numeric(), ...agentConversations(pick, random), ...numericConversations(pick, random)];
const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../conversation-examples.jsonl");
writeFileSync(file, `${out.map((r) => JSON.stringify(r)).join("\n")}\n`);
const kinds = new Map<string, number>();
for (const r of out) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
console.log(`wrote ${out.length} conversations to ${path.relative(process.cwd(), file)}: ${JSON.stringify(Object.fromEntries(kinds))}`);
