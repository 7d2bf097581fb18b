import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import { countNumbers, hasExplicitMath, readNumericDomain } from "./numeric-domain.js";
import { readConversation } from "./read-conversation.js";
import { definingCueGuard } from "./defining-cue-guard.js";
import { numericGuard } from "./numeric-guard.js";

const u = (content: string): ChatMessage => ({ role: "user", content });
const a = (content: string): ChatMessage => ({ role: "assistant", content });
const guarded = (task: string, ...messages: ChatMessage[]): string => numericGuard(task, readConversation(messages))?.task ?? task;

const BUILD_LOG = "> Task :app:mergeReleaseResources FAILED\nFAILURE: Build failed with an exception.\nBUILD FAILED in 3m 41s\n54 actionable tasks: 40 executed";

describe("numbers are not maths, in ten languages", () => {
  it("reads business figures read as maths as analysis", () => {
    const cases = [
      "Our trial conversion fell from 14% to 9% this quarter. Should we worry?",
      "Nuestra tasa de abandono subió del 3% al 7% en dos meses. ¿Qué opinas?",
      "Der Umsatz fiel im Quartal um 12%, die Marge auf 18%. Sollten wir uns Sorgen machen?",
      "Le chiffre d'affaires a baissé de 8 % et la marge de 3 points. Est-ce grave ?",
      "Il fatturato è salito del 20% ma il margine è sceso al 9%. Cosa ne pensi?",
      "A receita caiu 11% e a margem foi para 14%. O que você acha?",
      "Выручка упала на 15%, а маржа до 9%. Что думаешь?",
      "客户流失率从4%涨到了9%，需要担心吗？",
      "解約率が3%から8%に上がりました。どう思いますか？",
      "고객 이탈률이 2%에서 6%로 올랐어요. 걱정해야 할까요?",
    ];
    for (const text of cases) expect(guarded("math", u(text)), text).toBe("analysis");
  });

  it("reads a running system's figures, logs and stack traces as code work", () => {
    const cases = [
      "After the deploy p99 latency went from 180ms to 900ms. What happened?",
      "Después del despliegue la latencia subió de 200 ms a 1200 ms. ¿Qué pasó?",
      "Seit Version 4.2.0 braucht die App 9 Sekunden zum Starten statt 2. Warum?",
      "После обновления до версии 2.8 время ответа выросло с 120 мс до 800 мс. Почему?",
      "升级到2.4版本后，页面加载时间从1.5秒变成了6秒，为什么？",
      "デプロイ後にp99レイテンシが200msから900msになりました。なぜですか？",
    ];
    for (const text of cases) expect(guarded("math", u(text)), text).toBe("code_review");
    expect(guarded("deep_reasoning", u(`Our Android build got slow:\n${BUILD_LOG}`))).toBe("code_review");
    expect(guarded("analysis", u(`Error rate went from 0.1% to 4% at 14:02.\nException in thread "main" java.lang.IllegalStateException\n\tat com.shop.Cart.total(Cart.java:57)\n\tat com.shop.Main.main(Main.java:12)`))).toBe("code_review");
  });

  it("keeps real maths as maths, also when it talks about money", () => {
    const cases = [
      "If a shirt costs $40 after a 20% discount, what was the original price?",
      "An investment of 5,000 earns 4% compounded yearly. How much is it worth after 6 years?",
      "Resuelve: 3x - 7 = 2x + 5.",
      "Wie groß ist die Wahrscheinlichkeit, mit zwei Würfeln eine 12 zu würfeln?",
      "一个长方形的周长是30厘米，长比宽多3厘米，求它的面积。",
      "Prove that the sum of the first n odd numbers is n squared.",
    ];
    for (const text of cases) expect(guarded("math", u(text)), text).toBe("math");
    // A puzzle dressed in prices stays a puzzle.
    expect(guarded("deep_reasoning", u("A bat and a ball cost $1.10 together and the bat costs $1 more than the ball. Why is the intuitive answer wrong?"))).toBe("deep_reasoning");
  });

  it("reads a quick-answer reading of figures by what they are about, with the turn before a short question", () => {
    expect(guarded("simple_qa", u("Ein Rechteck hat den Umfang 36 cm und ist doppelt so lang wie breit. Wie groß ist die Fläche?"))).toBe("math");
    expect(guarded("chat", u("month,revenue,churned\nJan,182000,95\nFeb,176500,121\nMar,171200,148"), a("Got it."), u("¿Qué tendencia ves?"))).toBe("analysis");
    expect(guarded("simple_qa", u(BUILD_LOG), a("OK."), u("Was ist hier los?"))).toBe("code_review");
    // Figures with no question about them, and questions without figures, stay as read.
    expect(guarded("simple_qa", u("What year did the Berlin Wall fall?"))).toBe("simple_qa");
    expect(guarded("chat", u("thanks, the 3 charts for Q2 look great"))).toBe("chat");
  });

  it("reads the domain with whole English words and stems elsewhere", () => {
    expect(readNumericDomain("an array of 5 random moments").business).toBe(false);
    expect(readNumericDomain("占用cpu 90%").system).toBe(true);
    expect(readNumericDomain("die wahrscheinlichkeiten sind 1/6").math).toBe(true);
    expect(readNumericDomain("upgraded from 5.3.0 to 5.4.1").system).toBe(true);
    expect(countNumbers("1.200 and 3,5 and 7")).toBe(3);
  });
});

describe("a defining verb names the task", () => {
  const named = (task: string, text: string): string => definingCueGuard(task, readConversation([u(text)]))?.task ?? task;

  it("keeps a summary or translation of a text full of figures a summary or translation", () => {
    expect(named("analysis", "Resume este texto en dos frases: la empresa facturó 4,2 millones, un 9% más, y el margen cayó al 18%.")).toBe("summarization");
    expect(named("analysis", "请总结这段话：公司收入增长了20%，员工从300人增加到450人。")).toBe("summarization");
    expect(named("math", "Переведи на английский: выручка выросла на 20% за 2 года.")).toBe("translation");
  });

  it("leaves other readings, and verbs that name different tasks, alone", () => {
    expect(named("code_generation", "Traduce esta función a Python: function f(x) { return x * 2 }")).toBe("code_generation");
    expect(named("analysis", "Resume y analiza estos resultados: ventas +12%, margen 18%.")).toBe("analysis");
    expect(named("analysis", "Our churn went from 3% to 5% this quarter, why?")).toBe("analysis");
  });

  it("leaves explicit maths to maths when the verb only analyses, but not when it translates or summarises", () => {
    expect(named("math", "Analiza la función f(x) = x^3 - 3x y encuentra sus extremos.")).toBe("math");
    expect(named("math", "Analysiere die Funktion f(x) = x^2 - 4x + 3 und bestimme die Nullstellen.")).toBe("math");
    expect(named("math", "Traduce al inglés: si x^2 = 4, entonces x vale 2 o -2.")).toBe("translation");
  });
});

describe("notation and term lists read what they say", () => {
  it("does not read a Windows path as LaTeX, nor a square metre as maths", () => {
    expect(hasExplicitMath("at orders.cs:line 42 in c:\\src\\generated\\orders.cs")).toBe(false);
    expect(hasExplicitMath("the office is 120 m² and costs 3,000 a month")).toBe(false);
    expect(hasExplicitMath("show that \\sum_{k=1}^n k = n(n+1)/2 and that a \\ge b")).toBe(true);
  });

  it("reads a troubleshooting ask about a running system's figures as debugging", () => {
    expect(guarded("analysis", u("接口QPS从800涨到2000后，Redis命中率从95%降到70%，响应时间翻倍。怎么排查？"))).toBe("code_review");
    expect(guarded("analysis", u("After the 2.3 release our p99 latency went from 200 ms to 900 ms. Where should we start looking?"))).toBe("code_review");
  });

  it("reads quarters through a range class (q1 to q4) as business", () => {
    for (const quarter of ["q1", "q2", "q3", "q4"]) expect(readNumericDomain(`our ${quarter} numbers came in at 4.2m`).business).toBe(true);
  });
});
