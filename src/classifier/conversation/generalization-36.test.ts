/**
 * Thirty-sixth round: classes round 35 left (`training/conversation-dev-179.jsonl`), each with the look-alike it must
 * leave alone. Team-written inputs, not rows of any evaluation set.
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import type { ChatMessage } from "../../core/types.js";
import { agentTurn } from "./turns.fixture.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const taskOf = (messages: ChatMessage[]): string => learned.classify(messages).task.label;
const heuristicTaskOf = (messages: ChatMessage[]): string => heuristic.classify(messages).task.label;

/** A tool-using assistant that fetched `result` for `ask` (the shared agent turn, no arguments), then the user's `next` turn. */
const afterTool = (system: string, ask: string, tool: string, result: string, next: string): ChatMessage[] => agentTurn(system, ask, tool, "{}", result, next);

describe("what went wrong, asked of the log an ops agent's tool returned", () => {
  const cronLog =
    "03:00:00 cron: starting job rotate-certs\n03:00:01 fetching certificate bundle from vault.internal:8200\n03:00:31 ERROR vault request timed out after 30s\n03:00:31 retry 1/2\n03:01:02 ERROR vault request timed out after 30s\n03:01:02 job rotate-certs exited with status 2";
  const ops = (next: string): ChatMessage[] =>
    afterTool("You are an operations assistant with read access to the servers' logs.", "did the cert rotation run last night?", "read_log", cronLog, next);
  const asks = [
    "what went wrong?",
    "so what's the problem?",
    "qu'est-ce qui cloche ?",
    "qu'est-ce qui a foiré cette nuit ?",
    "was ist da schiefgelaufen?",
    "¿qué salió mal?",
    "o que deu errado?",
    "cosa è andato storto?",
    "что пошло не так?",
    "哪里出问题了？",
    "何が問題？",
    "뭐가 문제야?",
    "뭐가 잘못된 거야?",
  ];
  // Read as debugging (code_review) until ADR 0030: a diagnosis from a running system's log, no code shown, is analysis.
  it("is a diagnosis of the log, as a why-question over it is", () => {
    for (const next of asks) {
      expect(taskOf(ops(next)), next).toBe("analysis");
      expect(heuristicTaskOf(ops(next)), next).toBe("analysis");
    }
  });
  it("but the same words over a calendar or with no tool result are not", () => {
    const calendar = afterTool(
      "You are an executive assistant with read access to the user's calendar.",
      "what's on friday",
      "list_events",
      "09:00 Standup\n11:00 Board prep with Ana\n14:00 Dentist",
      "what's the problem with friday?",
    );
    expect(taskOf(calendar)).not.toBe("code_review");
    expect(taskOf([{ role: "user", content: "我和室友总吵架，哪里出问题了？" }])).not.toBe("code_review");
  });
});

describe("some of a tool's results listed by a condition", () => {
  const outdated = "Package    Current   Wanted   Latest\nreact      18.3.1    18.3.1   19.0.0\nexpress    4.19.2    4.21.1   5.0.1\nlodash     4.17.20   4.17.21  4.17.21\nvitest     1.6.0     1.6.0    2.1.8\npino       9.3.2     9.5.0    9.5.0";
  const coding = (next: string): ChatMessage[] => afterTool("You are a coding agent in a Node.js repository. Tools: run_cmd.", "check whats outdated", "run_cmd", outdated, next);
  const sql = "region | month | revenue\nnorth | 2026-10 | 41200\nnorth | 2026-11 | 39800\nsouth | 2026-10 | 28800\nsouth | 2026-11 | 31950\neast | 2026-10 | 17700\neast | 2026-11 | 16020";
  const data = (next: string): ChatMessage[] => afterTool("You are a data agent with read access to the warehouse. Tools: run_sql.", "revenue by region for oct and nov", "run_sql", sql, next);
  it("is an extraction, in a coding agent's run too", () => {
    for (const next of [
      "only list the ones with a major bump",
      "list only those where current is behind wanted",
      "solo lista los que tienen una versión mayor nueva",
      "liste juste ceux où la latest est une nouvelle majeure",
      "nur die auflisten, bei denen latest eine neue Major ist",
      "elenca solo quelli con una nuova major",
      "lista só os que têm major nova",
      "перечисли только те, где latest — новая мажорная",
      "latest がメジャーアップのものだけ挙げて",
      "latest가 메이저 업데이트인 것만 나열해줘",
    ]) {
      expect(taskOf(coding(next)), next).toBe("extraction");
      expect(heuristicTaskOf(coding(next)), next).toBe("extraction");
    }
    for (const next of ["only the rows where november is below october, list them", "solo dime las regiones donde bajó"]) {
      expect(taskOf(data(next)), next).toBe("extraction");
      expect(heuristicTaskOf(data(next)), next).toBe("extraction");
    }
  });
  it("but a change to make with them is code, and without a tool result the words are left alone", () => {
    expect(taskOf(coding("upgrade the ones where latest is a new major"))).toBe("code_generation");
    expect(taskOf(coding("only update the ones where wanted is newer than current"))).toBe("code_generation");
    expect(taskOf([{ role: "user", content: "just list the countries where the euro is used" }])).not.toBe("code_generation");
  });
});

describe("many subject lines, headlines or titles asked for", () => {
  const product = "Name: Lumen desk lamp\nLaunch: 2027-02-01\nPrice: €89\nFeatures: warm-to-cool light, USB-C, 40 h battery\nAudience: students, remote workers";
  const marketing = (next: string): ChatMessage[] =>
    afterTool("You are a marketing assistant agent with read access to the product catalogue.", "get the details of the new lamp", "get_product", product, next);
  it("is brainstorming: options to choose from", () => {
    for (const next of [
      "need 6 subject lines for the announcement, punchy",
      "dame 8 asuntos para el email de lanzamiento, divertidos",
      "gib mir 8 Betreffzeilen für die Launch-Mail",
      "mi servono 7 oggetti per la mail di lancio",
      "me dá 8 linhas de assunto pro email de lançamento",
      "给我8个发布邮件的标题",
      "ローンチメールの件名を8つ考えて",
      "런칭 메일 제목 8개 뽑아줘",
    ]) {
      expect(taskOf(marketing(next)), next).toBe("brainstorming");
      expect(heuristicTaskOf(marketing(next)), next).toBe("brainstorming");
    }
  });
  it("but one subject line, or headlines with the body, is the piece itself", () => {
    expect(taskOf(marketing("write me a subject line for the launch email"))).toBe("creative_writing");
    expect(taskOf(marketing("write the launch email, subject line + body"))).toBe("creative_writing");
    expect(taskOf(marketing("4 headlines + 2 body texts for facebook"))).toBe("creative_writing");
  });
});

describe("a rating on a scale asked of a text in the conversation", () => {
  const thread =
    "Customer (Dec 1): Third time writing. My invoice is STILL wrong, you charged me twice.\nAgent (Dec 1): Sorry, we're looking into it.\nCustomer (Dec 2): I want my money back TODAY or I'm disputing it with my bank.\nCustomer (Dec 3): Hello???";
  const support = (next: string): ChatMessage[] => afterTool("You are a support team lead's assistant. Tools: get_ticket_thread.", "open ticket 9120", "get_ticket_thread", thread, next);
  it("is a classification", () => {
    for (const next of [
      "rate how urgent this is, 1 to 10",
      "how upset is she, out of 5?",
      "¿qué tan enfadado está del 1 al 5?",
      "sur une échelle de 1 à 5, il est à quel point énervé ?",
      "wie sauer ist der Kunde auf einer Skala von 1 bis 10?",
      "da 1 a 5 quanto è arrabbiato?",
      "по шкале от 1 до 5 насколько он зол?",
      "按1到5分，这个客户有多生气？",
      "1から5で言うとどのくらい怒ってる？",
      "1~5점으로 치면 얼마나 화났어?",
      "score this customer 1–5 for churn risk, number + one line why",
    ]) {
      expect(taskOf(support(next)), next).toBe("classification");
      expect(heuristicTaskOf(support(next)), next).toBe("classification");
    }
  });
  it("but a scale with no text to rate, or a sum over ratings, is not", () => {
    expect(taskOf([{ role: "user", content: "on a scale of 1 to 10 how hard is learning japanese for an english speaker?" }])).not.toBe("classification");
    const csat = afterTool("You are a support analytics assistant.", "csat counts last week", "run_sql", "score | count\n1 | 31\n2 | 22\n3 | 48\n4 | 190\n5 | 402", "whats the average on the 1-5 scale?");
    expect(taskOf(csat)).toBe("math");
  });
});

// Classes read off the independent fresh set `training/conversation-dev-180.jsonl` (writeB), after its first score.

describe("a which-question over a tool's rows and their state", () => {
  const po = "po_number | item | promised_date | received_date | status\nPO-1 | jersey | 2026-11-10 | 2026-11-09 | received\nPO-2 | rib knit | 2026-11-18 | NULL | open\nPO-3 | fleece | 2026-11-25 | 2026-12-01 | received\nPO-4 | jersey | 2026-12-02 | NULL | open";
  const data = (next: string): ChatMessage[] => afterTool("You are a data assistant for the purchasing team. You query the warehouse and explain results.", "open POs for Nordtex?", "run_sql", po, next);
  it("picks those rows out: an extraction", () => {
    for (const next of ["which of them are still open?", "¿cuáles están atrasados?", "welche davon sind überfällig?", "lesquels sont en retard ?", "quali sono in ritardo?", "какие из них просрочены?", "哪些逾期了？"]) {
      expect(taskOf(data(next)), next).toBe("extraction");
      expect(heuristicTaskOf(data(next)), next).toBe("extraction");
    }
  });
  it("but a which-question with a judgement or a reason asked is not", () => {
    expect(taskOf(data("which of these should we chase first?"))).not.toBe("extraction");
    expect(taskOf(data("which ones are late and why?"))).not.toBe("extraction");
  });
});

describe("an option picked from the assistant's numbered menu", () => {
  const email = "Here's a customer email. Can you help?\n\n\"Hi, I got the green jacket instead of the blue one (order 58213). Can you send size M in blue? Thanks, Priya\"";
  const menu = (next: string, options = "1. Summarize it in one line\n2. Translate it into Spanish for the Madrid warehouse\n3. Extract the order details as JSON"): ChatMessage[] => [
    { role: "user", content: email },
    { role: "assistant", content: `Sure. What would you like me to do with it?\n${options}` },
    { role: "user", content: next },
  ];
  it("asks for that option's work", () => {
    for (const next of ["the second one", "la segunda", "die zweite", "第二个", "두 번째"]) {
      expect(taskOf(menu(next)), next).toBe("translation");
      expect(heuristicTaskOf(menu(next)), next).toBe("translation");
    }
    expect(taskOf(menu("the last one"))).toBe("extraction");
  });
  it("but without a menu, or a list that is no menu, the reference inherits", () => {
    const findings = "1. The size is wrong\n3. The colour is wrong";
    expect(taskOf(menu("the second one", findings))).not.toBe("translation");
  });
});

describe("a summary asked with the answer's language named, in Japanese, Chinese, Korean and Russian", () => {
  const web = "1. Rust 1.75 stabilizes async fn in traits. Limitations: no dyn Trait support; Send bounds cannot be expressed directly.\n2. async-trait crate — still used for dyn dispatch; boxes futures.\n3. RFC 3425 return type notation in progress.";
  const research = (next: string): ChatMessage[] => afterTool("You are a research assistant with web access.", "look up async traits in rust", "web_search", web, next);
  it("is a summary", () => {
    for (const next of ["用中文总结一下，三点就行", "한국어로 요약해줘, 세 줄로", "резюмируй по-русски в трёх пунктах", "日本語で要約して"]) {
      expect(taskOf(research(next)), next).toBe("summarization");
      expect(heuristicTaskOf(research(next)), next).toBe("summarization");
    }
  });
  it("but the language alone, or a translation asked, is a translation", () => {
    expect(taskOf(research("日本語で"))).toBe("translation");
    expect(taskOf(research("把这段翻译成中文"))).toBe("translation");
  });
});

describe("a follow-up 'and this one?' in Dutch, Polish, Swedish and Turkish, and a phishing question", () => {
  const phishing = (next: string): ChatMessage[] => [
    { role: "user", content: "Is this a phishing email?\n\n\"Dear customer, your account is locked. Click within 24 hours to verify: secure-verify.com\"" },
    { role: "assistant", content: "Yes, phishing: an urgent deadline and a link to a domain that is not the bank's." },
    { role: "user", content: next },
  ];
  it("inherits the labelling", () => {
    for (const next of ['a to? "Cześć Aniu, notatki ze spotkania są na dysku. Pozdrawiam, Tomek"', 'och den här? "Hej Anna, protokollet ligger i den delade mappen. Hälsningar, Erik"', 'peki bu? "Merhaba Ayşe, toplantı notları ortak klasörde. Selamlar, Can"']) {
      expect(taskOf(phishing(next)), next).toBe("classification");
      expect(heuristicTaskOf(phishing(next)), next).toBe("classification");
    }
  });
  it("and whether a pasted message is phishing or a scam is a classification", () => {
    for (const text of ["Is dit een phishingmail?\n\n\"Beste klant, uw rekening is geblokkeerd. Klik hier: ing-verificatie.com\"", "这是钓鱼邮件吗？\n\n“尊敬的客户，您的账户已被冻结，请点击链接验证：verify-bank.cn”", "이거 피싱이야?\n\n\"고객님의 계정이 정지되었습니다. 링크를 눌러 확인하세요: verify-kr.com\""]) {
      expect(taskOf([{ role: "user", content: text }]), text).toBe("classification");
    }
    expect(taskOf([{ role: "user", content: "Translate this phishing warning into Dutch:\n\n\"Never click links in emails that ask for your bank password.\"" }])).toBe("translation");
  });
});

describe("a fix asked for above a pasted error and the code", () => {
  const code = "\n\nTypeError: Cannot read properties of undefined (reading 'toFixed')\n    at formatPrice (/srv/app/format.js:14:31)\n\n```js\nexport function formatPrice(item) {\n  return item.salePrice.toFixed(2);\n}\n```";
  it("is the change to make", () => {
    for (const ask of ["getting this in prod, can you fix the function?", "please fix this, it breaks the cart", "kannst du das beheben? passiert in prod", "pode corrigir a função? quebra o carrinho", "帮我修一下这个函数，线上报错"]) {
      expect(taskOf([{ role: "user", content: ask + code }]), ask).toBe("code_generation");
      expect(heuristicTaskOf([{ role: "user", content: ask + code }]), ask).toBe("code_generation");
    }
  });
  it("but a diagnosis asked with it stays a review", () => {
    expect(taskOf([{ role: "user", content: "why does this crash? how do I fix it?" + code }])).toBe("code_review");
    expect(taskOf([{ role: "user", content: "what's happening here and what would you change?" + code }])).not.toBe("code_generation");
    expect(taskOf([{ role: "user", content: "вылезло в проде. что происходит и как это починить?" + code }])).not.toBe("code_generation");
  });
});

describe("a why-question about the world asked to be answered briefly", () => {
  it("is a quick answer", () => {
    for (const text of ["为啥冬天容易静电？简单说说", "¿por qué el cielo es azul? explícalo corto", "なんで空は青いの？簡単に教えて", "why is the sky blue? keep it short"]) {
      expect(taskOf([{ role: "user", content: text }]), text).toBe("simple_qa");
      expect(heuristicTaskOf([{ role: "user", content: text }]), text).toBe("simple_qa");
    }
  });
  it("but a why about the user's own figures is not", () => {
    expect(taskOf([{ role: "user", content: "why did our churn go up so much last month? keep it short" }])).not.toBe("simple_qa");
  });
});

describe("an optimum asked with the proof that nothing does better", () => {
  const catalog = "service   depends_on\nauth      -\nusers     auth\norders    users, inventory\ninventory -\nbilling   orders, users\n\nrules: a service restarts only after its dependencies are healthy.";
  const planner = (next: string): ChatMessage[] => afterTool("You are a release-planning agent.", "get the catalog", "get_catalog", catalog, next);
  it("is deep reasoning", () => {
    for (const next of ["plan the restarts in the fewest waves and prove no plan can use fewer", "ordénalos en el mínimo de tandas y demuestra que no se puede con menos"]) {
      expect(taskOf(planner(next)), next).toBe("deep_reasoning");
      expect(heuristicTaskOf(planner(next)), next).toBe("deep_reasoning");
    }
  });
  it("but a maths problem's optimum is maths", () => {
    expect(taskOf([{ role: "user", content: "find the minimum of f(x) = x^2 - 4x + 7 and prove no smaller value exists" }])).toBe("math");
  });
});

describe("a summary sized by a count and written for a newsletter", () => {
  const kpis = "\n\nMetric | This week | Last week\nActive users | 48,210 | 46,905\nNew signups | 3,412 | 3,980\nMRR (EUR) | 611,400 | 603,950\nChurned accounts | 41 | 29";
  it("is a summary, not a new piece", () => {
    for (const ask of ["Weekly numbers below. Write a 3-sentence summary for the exec newsletter.", "write me a 2-line summary for the team update"]) {
      expect(taskOf([{ role: "user", content: ask + kpis }]), ask).toBe("summarization");
      expect(heuristicTaskOf([{ role: "user", content: ask + kpis }]), ask).toBe("summarization");
    }
  });
});
