/**
 * Round 55: the classes of the round's development set (conversation-dev-255, agent-heavy) and round 54's leftovers, as
 * inputs written for this test in several of the ten languages (not rows of any evaluation set). A longer word masks a
 * cue inside it (a certificate is no proof); an artifact asked after a question is code to write; an aside question that
 * shares nothing with the run is another subject; whether something is there, asked of a host inspection, is a lookup;
 * removing or stopping something on an inspected host is the change; a judgement of a benchmark's figures is analysis; a
 * security verdict on the code is a review; a history change with its message given is code work; amounts scaled to a
 * headcount are maths; a test that "挂了" is a bug reported; a piece asked to do one thing instead of another keeps its
 * task; a story with an adjective before it ("una breve storia") is writing.
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import { createClassifier } from "../create-classifier.js";
import { afterTool, inLongRun, u } from "./generalization-44.fixture.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const both = (messages: ChatMessage[]): [string, string] => [learned.classify(messages).task.label, heuristic.classify(messages).task.label];
const reasonOf = (messages: ChatMessage[]): string => learned.classify(messages).taskReason ?? "";

const OPS = "You are the platform team's on-call helper. Inspect hosts with the bash tool; ask before you change anything.";
const certs = afterTool({ system: OPS, ask: "check the cert on gw-2", tool: "bash", args: JSON.stringify({ cmd: "openssl x509 -noout -enddate -in /etc/ssl/gw-2.pem" }), result: "notAfter=Mar  3 12:00:00 2027 GMT" });
const pods = afterTool({ system: OPS, ask: "search pods?", tool: "bash", args: JSON.stringify({ cmd: "kubectl -n search get pods" }), result: "NAME READY STATUS RESTARTS AGE\nsearch-0 1/1 Running 11 5h\nsearch-1 0/1 CrashLoopBackOff 23 5h\nsearch-2 1/1 Running 0 5h" });
const dumps = afterTool({ system: OPS, ask: "look at the dumps on vault-1", tool: "bash", args: JSON.stringify({ cmd: "ls -la /srv/dumps" }), result: "-rw-r----- 1 pg pg 2.2G Nov 29 01:00 orders-2026-11-29.sql.gz\n-rw-r----- 1 pg pg 2.3G Nov 30 01:00 orders-2026-11-30.sql.gz" });
const containers = afterTool({ system: OPS, ask: "what's on ci-9", tool: "bash", args: JSON.stringify({ cmd: "docker ps -a --format '{{.Names}} {{.Status}}'" }), result: "agent-a Up 2 days\nagent-b Up 2 days\nagent-legacy Exited (1) 3 weeks ago\nminio Up 9 days" });
const coding = (turn: string) => inLongRun("make the upload test less flaky", "read_file", JSON.stringify({ path: "test/upload.test.ts" }), "it('uploads', async () => {\n  await page.setInputFiles('#file', 'fixtures/a.png');\n  await expect(page.getByText('Uploaded')).toBeVisible();\n});", turn);
const bench = (turn: string) =>
  inLongRun("compare the two json encoders", "bash", JSON.stringify({ cmd: "go test ./enc -bench . -count 3" }), "BenchmarkStd-8  120133  9810 ns/op\nBenchmarkStd-8  118420  9955 ns/op\nBenchmarkFast-8  125001  9602 ns/op\nBenchmarkFast-8  119877  9870 ns/op", turn);
const history = (turn: string) => inLongRun("show the branch log", "bash", JSON.stringify({ cmd: "git log --oneline -5" }), "c1 wip search\nc2 wip search tests\nc3 search: facets\nc4 bump deps\nc5 init", turn);
const BROWSER = "You are a home assistant with a browser. Use read_page.";
const soup = afterTool({ system: BROWSER, ask: "open the soup recipe", tool: "read_page", args: JSON.stringify({ url: "https://cook.example/soup" }), result: "Pumpkin soup (serves 4): 800 g pumpkin, 1 onion, 2 carrots, 750 ml stock, 200 ml cream, 1 tsp nutmeg." });

describe("a longer word masks the cue inside it", () => {
  it("reads a certificate's expiry as the value asked, not maths (ja, ko, zh)", () => {
    expect(both(certs("この証明書の有効期限はいつまで？"))).toEqual(["simple_qa", "simple_qa"]);
    expect(learned.classify(certs("인증서 말고 증명서 만료일은 언제야?")).task.label).not.toBe("math");
    expect(learned.classify([u("公司要我开在职证明，一般需要带什么？")]).task.label).not.toBe("math");
  });
  it("keeps the proof where the cue stands alone (ja, zh, ko)", () => {
    expect(learned.classify([u("√2が無理数であることを証明してください。")]).task.label).toBe("math");
    expect(heuristic.classify([u("证明：任意两个奇数之和是偶数。")]).task.label).toBe("math");
    expect(learned.classify([u("두 홀수의 합이 짝수임을 증명해 줘")]).task.label).toBe("math");
  });
});

describe("an artifact asked after a question opens its own sentence", () => {
  it("is code to write (en, es, de, zh)", () => {
    expect(both(pods("how many restarts an hour should page someone? write me the alert rule"))).toEqual(["code_generation", "code_generation"]);
    expect(both(pods("¿cuántos reinicios son demasiados? escríbeme la regla de alerta"))).toEqual(["code_generation", "code_generation"]);
    expect(both(pods("ab wie vielen Neustarts sollten wir alarmieren? schreib mir die Alert-Regel"))).toEqual(["code_generation", "code_generation"]);
    expect(reasonOf(pods("重启多少次算异常？帮我写一个告警规则"))).toMatch(/asks for code or configuration to write/);
  });
  it("leaves a rule only mentioned after the question", () => {
    expect(reasonOf(pods("how many restarts did search-1 have? I'll write the alert rule myself"))).not.toMatch(/code or configuration/);
  });
});

describe("an aside question sharing nothing with the run is another subject", () => {
  it("is read on its own (en, de, ja, ru)", () => {
    expect(learned.classify(coding("btw, why is the ocean salty?")).task.label).toBe("simple_qa");
    expect(reasonOf(coding("übrigens, wie alt werden Schildkröten?"))).toMatch(/changes the subject/);
    expect(reasonOf(coding("ところで、富士山の高さは何メートル？"))).toMatch(/changes the subject/);
    expect(reasonOf(coding("кстати, сколько лун у Юпитера?"))).toMatch(/changes the subject/);
  });
  it("stays the run's when it points back or shares its words", () => {
    expect(reasonOf(coding("btw why does this keep timing out?"))).not.toMatch(/changes the subject/);
    expect(reasonOf(coding("by the way, why is the upload flaky only in CI?"))).not.toMatch(/changes the subject/);
    expect(reasonOf(coding("übrigens, warum schlägt das fehl?"))).not.toMatch(/changes the subject/);
    // A Latin word inside Japanese text is a word of the run ("setInputFiles"), read apart from the kana around it.
    expect(reasonOf(coding("ちなみにsetInputFilesって非同期なの？"))).not.toMatch(/changes the subject/);
  });
});

describe("whether something is there, asked of a host inspection, is a lookup", () => {
  it("reads the output (it, en, de, zh, ja, ko)", () => {
    expect(both(dumps("c'è quello di oggi?"))).toEqual(["simple_qa", "simple_qa"]);
    expect(both(dumps("is there one from december yet?"))).toEqual(["simple_qa", "simple_qa"]);
    expect(reasonOf(dumps("gibt es schon einen vom 1. Dezember?"))).toMatch(/asks a value the host inspection's output holds/);
    expect(reasonOf(dumps("有没有今天的备份？"))).toMatch(/asks a value/);
    expect(reasonOf(dumps("今日のダンプはある？"))).toMatch(/asks a value/);
    expect(reasonOf(dumps("오늘 덤프 있어?"))).toMatch(/asks a value/);
  });
  it("stays a diagnosis when something odd is looked for", () => {
    expect(learned.classify(dumps("c'è qualcosa di strano in questi dump?")).task.label).toBe("analysis");
    expect(learned.classify(dumps("is there anything odd about the sizes?")).task.label).toBe("analysis");
  });
});

describe("removing or stopping something on an inspected host is the change", () => {
  it("reads the action (en, de, fr, ru, zh, ja)", () => {
    expect(learned.classify(containers("remove agent-legacy")).task.label).toBe("code_generation");
    expect(reasonOf(containers("ok, lösche agent-legacy"))).toMatch(/asks an action on the host/);
    expect(learned.classify(containers("supprime agent-legacy")).task.label).toBe("code_generation");
    expect(learned.classify(containers("удали agent-legacy")).task.label).toBe("code_generation");
    expect(learned.classify(containers("把 agent-legacy 删掉")).task.label).toBe("code_generation");
    expect(reasonOf(containers("agent-legacyを削除して"))).toMatch(/asks an action on the host/);
  });
  it("leaves a question and an action declined", () => {
    expect(learned.classify(containers("should we remove agent-legacy?")).task.label).not.toBe("code_generation");
    expect(reasonOf(containers("不用删掉 agent-legacy，先看看为什么退出"))).not.toMatch(/asks an action on the host/);
  });
});

describe("a judgement of a benchmark's figures is analysis", () => {
  it("reads the figures judged (en, de, es, zh)", () => {
    expect(both(bench("is Fast really faster or is it just noise?"))).toEqual(["analysis", "analysis"]);
    expect(both(bench("ist Fast wirklich schneller oder ist das nur Rauschen?"))).toEqual(["analysis", "analysis"]);
    expect(learned.classify(bench("¿Fast es realmente más rápido o es solo ruido?")).task.label).toBe("analysis");
    expect(learned.classify(bench("Fast 真的更快吗，还是只是噪声？")).task.label).toBe("analysis");
  });
  it("leaves a change asked after the figures", () => {
    expect(heuristic.classify(bench("it's really faster, switch the encoder to Fast")).taskReason).not.toMatch(/judgement of the figures/);
  });
});

describe("a security verdict on the code is a review", () => {
  it("reads the verdict (ja, en, de, es, zh, ko)", () => {
    expect(both(coding("このテスト、セキュリティ的に問題ない？"))).toEqual(["code_review", "code_review"]);
    expect(learned.classify(coding("is this secure?")).task.label).toBe("code_review");
    expect(learned.classify(coding("ist das so sicher?")).task.label).toBe("code_review");
    expect(learned.classify(coding("¿es seguro así?")).task.label).toBe("code_review");
    expect(learned.classify(coding("这样安全吗？")).task.label).toBe("code_review");
    expect(learned.classify(coding("보안상 괜찮아?")).task.label).toBe("code_review");
  });
});

describe("a change to the history with its message given is code work", () => {
  it("reads the change (en)", () => {
    expect(both(history("squash c1 and c2 into one commit called 'search: facets tests'"))).toEqual(["code_generation", "code_generation"]);
    expect(both(history("amend the last commit message to say 'search: facets'"))).toEqual(["code_generation", "code_generation"]);
  });
  it("leaves a commit message to write", () => {
    expect(learned.classify(history("squash them and write a proper commit message")).task.label).toBe("summarization");
  });
});

describe("amounts scaled to a headcount are maths", () => {
  it("reads the ratio (en, de, es, fr, ru, ja, ko)", () => {
    expect(both(soup("scale it for 9 people please"))).toEqual(["math", "math"]);
    expect(both(soup("rechne das auf 10 Personen um"))).toEqual(["math", "math"]);
    expect(learned.classify(soup("adáptala para 12 personas")).task.label).toBe("math");
    expect(learned.classify(soup("recalcule pour 6 personnes")).task.label).toBe("math");
    expect(learned.classify(soup("пересчитай на 10 человек")).task.label).toBe("math");
    expect(learned.classify(soup("10人分に計算して")).task.label).toBe("math");
    expect(learned.classify(soup("10인분으로 계산해 줘")).task.label).toBe("math");
  });
  it("leaves a plan for a headcount", () => {
    expect(learned.classify(soup("adjust the menu ideas for 10 people, something vegan too")).task.label).not.toBe("math");
  });
});

describe("a test that fell over, in Chinese slang, is the diagnosis ADR 0045 reads", () => {
  it("reads the cause asked under the heuristic too (zh)", () => {
    expect(heuristic.classify(coding("上传测试又挂了，帮我查查是什么原因")).task.label).toBe("analysis");
    expect(heuristic.classify(coding("上传测试挂掉了，为啥")).task.label).toBe("analysis");
  });
  it("leaves the fix asked", () => {
    expect(heuristic.classify(coding("上传测试挂了，帮我修一下")).task.label).toBe("code_generation");
  });
});

const deduped = (turn: string): ChatMessage[] => [
  u("TypeScript: remove repeated ids from an array, keep the order"),
  { role: "assistant", content: "```ts\nexport const uniq = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) === i);\n```" },
  u(turn),
];

describe("the piece asked to do one thing instead of another keeps its task", () => {
  it("reads the follow-up (en, de, es, fr)", () => {
    expect(both(deduped("could it keep the newest id instead of the oldest?"))).toEqual(["code_generation", "code_generation"]);
    expect(heuristic.classify(deduped("kann sie statt der ersten die letzte id behalten?")).task.label).toBe("code_generation");
    expect(heuristic.classify(deduped("¿puede quedarse con la última en lugar de la primera?")).task.label).toBe("code_generation");
    expect(heuristic.classify(deduped("pourrait-elle garder la dernière au lieu de la première ?")).task.label).toBe("code_generation");
  });
});

describe("a story with an adjective between article and noun is writing", () => {
  it("reads the story (it, fr, pt, es)", () => {
    expect(both([u("Scrivi una breve storia su un faro che non vuole più spegnersi.")])).toEqual(["creative_writing", "creative_writing"]);
    expect(heuristic.classify([u("Écris une courte histoire sur un facteur qui perd sa sacoche.")]).task.label).toBe("creative_writing");
    expect(heuristic.classify([u("Escreva uma pequena história sobre uma bicicleta velha.")]).task.label).toBe("creative_writing");
    expect(heuristic.classify([u("Inventa una fiaba con un gatto e una luna.")]).task.label).toBe("creative_writing");
  });
});

describe("the round's readings on 100 kB hostile turns", () => {
  it("decide in about linear time", () => {
    const hostile = [
      "btw, " + "why do cats purr ".repeat(6_000) + "?",
      "how many? ".repeat(10_000) + "write me the alert rule",
      "? write ".repeat(12_000) + "the alert rule",
      "c'è ".repeat(20_000),
      "remove ".repeat(14_000),
      "really faster or just noise ".repeat(4_000) + "?",
      "squash ".repeat(14_000) + "called 'x'",
      "scale it for 10 people ".repeat(5_000),
      "証明書".repeat(30_000),
      "증명서 ".repeat(25_000),
    ];
    for (const turn of hostile) {
      const started = performance.now();
      learned.classify(coding(turn));
      heuristic.classify(pods(turn));
      learned.classify(soup(turn));
      expect(performance.now() - started).toBeLessThan(2_000);
    }
  });
});
