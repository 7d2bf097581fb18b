/**
 * Round 57: the classes of the round's development set (conversation-dev-257, 88 agent conversations), as inputs written
 * for this test in the ten languages (not rows of any evaluation set). A run's work asked again for another period takes
 * the anchor's task; a run asked as a polite question is the run; a commit message to come up with is the change summed
 * up; the fullest disk, a certificate's expiry named first and how long a host is up are lookups; "what does X do" beside
 * a cause is a review; a file asked written from a data run's results is code work.
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import { createClassifier } from "../create-classifier.js";
import { afterTool, inLongRun } from "./generalization-44.fixture.js";
import { OPS, diff, margins, mounts } from "./generalization-57.fixture.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const both = (messages: ChatMessage[]): [string, string] => [learned.classify(messages).task.label, heuristic.classify(messages).task.label];
const reasonOf = (messages: ChatMessage[]): string => learned.classify(messages).taskReason ?? "";

/** A coding run whose tests could not run; the agent fixed the parser first. */
const blocked = (turn: string): ChatMessage[] =>
  inLongRun("the price parser chokes on '1 234,50'", "bash", JSON.stringify({ cmd: "pytest -q tests/test_prices.py" }), "E   sqlalchemy.exc.OperationalError: could not connect to server: Connection refused\n4 errors in 1.9s", turn);
const cert = afterTool({ system: OPS, ask: "check the cert on api.example.de", tool: "bash", args: JSON.stringify({ cmd: "echo | openssl s_client -connect api.example.de:443 | openssl x509 -noout -dates" }), result: "notBefore=Oct  1 00:00:00 2026 GMT\nnotAfter=Dec 30 23:59:59 2026 GMT" });
const uptime = afterTool({ system: OPS, ask: "status of build-9", tool: "bash", args: JSON.stringify({ cmd: "ssh build-9 uptime" }), result: " 09:14:02 up 212 days,  4:51,  0 users,  load average: 1.02, 0.97, 0.88" });
const module = (turn: string): ChatMessage[] =>
  inLongRun("read the queue module", "read_file", JSON.stringify({ path: "queue/lease.py" }), "def renew_lease(job, ttl):\n    job.expires_at = now() + ttl\n    if job.attempts > 3:\n        job.ttl = min(ttl * 2, 600)\n    store.save(job)", turn);

describe("a run's work asked again for another period takes the anchor's task", () => {
  it("is the anchor's analysis, not a run asked of the agent (en, es, fr, de, it, pt, ru, zh, ja, ko)", () => {
    for (const turn of [
      "run the numbers again but for April",
      "otra vez pero con abril",
      "refais les calculs pour avril",
      "nochmal, aber für April",
      "rifallo per aprile",
      "roda de novo mas pra abril",
      "то же самое за апрель",
      "四月的再算一遍",
      "4月分でもう一回",
      "4월 기준으로 다시 돌려줘",
    ]) {
      expect(learned.classify(margins(turn)).task.label, turn).toBe("analysis");
      expect(reasonOf(margins(turn)), turn).toMatch(/again for another period/);
    }
    expect(heuristic.classify(margins("run the numbers again but for April")).taskReason).toMatch(/again for another period/);
  });
  it("leaves code, a comparison, and a question with more said after it", () => {
    expect(reasonOf(margins("give me the pandas for that so I can rerun it monthly"))).not.toMatch(/another period/);
    expect(reasonOf(margins("compare with February at the same point"))).not.toMatch(/another period/);
    expect(reasonOf(margins("what does this say? the CFO wants to rerun the promo in May"))).not.toMatch(/another period/);
    expect(reasonOf(margins("run the tests again for the april branch"))).not.toMatch(/another period/);
  });
});

describe("a run asked as a polite question is the run", () => {
  it("is code_generation in a coding run (de, es, fr, it, pt, ru, zh, ja, ko, en)", () => {
    for (const turn of [
      "die DB läuft jetzt. Kannst du die Tests nochmal laufen lassen?",
      "¿puedes volver a correr los tests?",
      "tu peux relancer les tests ?",
      "puoi rilanciare i test?",
      "consegue rodar os testes de novo?",
      "можешь ещё раз прогнать тесты?",
      "能再跑一下测试吗？",
      "テストもう一回走らせてもらえる？",
      "테스트 다시 돌려줄 수 있어?",
      "would you mind running the suite once more?",
    ]) expect(learned.classify(blocked(turn)).task.label, turn).toBe("code_generation");
  });
  it("leaves a question about how to run, and a telling asked", () => {
    expect(learned.classify(blocked("kannst du mir erklären, wie ich die Tests laufen lasse?")).task.label).not.toBe("code_generation");
    expect(reasonOf(blocked("would you mind running me through the failure?"))).not.toMatch(/politely/);
  });
});

describe("a commit message to come up with is the change summed up", () => {
  it("is a summary (en, ru, es, de, zh)", () => {
    expect(learned.classify(diff("nice, come up with a commit message")).task.label).toBe("summarization");
    expect(learned.classify(diff("придумай сообщение коммита")).task.label).toBe("summarization");
    expect(both(diff("inventa un mensaje de commit"))).toEqual(["summarization", "summarization"]);
    expect(both(diff("denk dir eine Commit-Nachricht aus"))).toEqual(["summarization", "summarization"]);
    expect(both(diff("想一个提交信息"))).toEqual(["summarization", "summarization"]);
  });
  it("leaves ideas with no commit message, and a hook for the message", () => {
    expect(learned.classify(diff("come up with a name for this branch")).task.label).not.toBe("summarization");
    expect(learned.classify(diff("придумай хук, который проверяет сообщение коммита")).task.label).not.toBe("summarization");
  });
});

describe("the fullest disk, an expiry named first and how long a host is up are lookups", () => {
  it("reads them as simple_qa", () => {
    expect(both(mounts("quel disque est le plus plein ?"))).toEqual(["simple_qa", "simple_qa"]);
    expect(both(cert("il certificato quando scade?"))).toEqual(["simple_qa", "simple_qa"]);
    expect(both(uptime("这台机器开机多久了？"))).toEqual(["simple_qa", "simple_qa"]);
    expect(both(uptime("how long has it been up?"))).toEqual(["simple_qa", "simple_qa"]);
    expect(both(uptime("wie lange läuft die Kiste schon?"))).toEqual(["simple_qa", "simple_qa"]);
  });
  it("leaves a forecast and a cause", () => {
    expect(learned.classify(mounts("à ce rythme, le disque sera plein quand ?")).task.label).not.toBe("simple_qa");
    expect(learned.classify(uptime("wie lange läuft die Kiste schon, und warum ist die Last so hoch?")).task.label).not.toBe("simple_qa");
  });
});

describe("what a piece of code does, asked beside a cause, is a review", () => {
  it("is code_review (de, en, es, fr, it, ru)", () => {
    expect(both(module("Was macht renew_lease genau, und warum wird die ttl verdoppelt?"))).toEqual(["code_review", "code_review"]);
    expect(learned.classify(module("what does renew_lease actually do, and why does it double the ttl?")).task.label).toBe("code_review");
    expect(learned.classify(module("¿qué hace renew_lease y por qué duplica el ttl?")).task.label).toBe("code_review");
    expect(learned.classify(module("que fait renew_lease, et pourquoi double-t-il le ttl ?")).task.label).toBe("code_review");
    expect(learned.classify(module("cosa fa renew_lease e perché raddoppia il ttl?")).task.label).toBe("code_review");
    expect(learned.classify(module("что делает renew_lease и почему он удваивает ttl?")).task.label).toBe("code_review");
  });
});

describe("a file asked written from a data run's results is code work", () => {
  it("is code_generation (de, ko, en, es, fr, it, pt, ru, zh, ja)", () => {
    for (const turn of [
      "mach daraus ein Liniendiagramm und speicher es als maerz.png",
      "이 결과를 엑셀로 저장해 줘, margins.xlsx로",
      "export that to margins_march.csv",
      "guárdalo en margenes.csv",
      "enregistre le tableau sous marges.csv",
      "salvalo in margini.json",
      "salve isso em margens.csv",
      "сохрани это в margins.csv",
      "把结果导出成 margins.csv",
      "グラフにして margins.png に保存して",
    ]) expect(learned.classify(margins(turn)).task.label, turn).toBe("code_generation");
  });
  it("leaves a question about the file", () => {
    expect(learned.classify(margins("where did you save margins.csv?")).task.label).not.toBe("code_generation");
    expect(learned.classify(margins("warum ist margins.csv leer?")).task.label).not.toBe("code_generation");
  });
});

describe("the round's readings stay cheap on hostile input", () => {
  it("reads a 100 kB turn of repeated cue words in under 2 s", () => {
    const turn = "nochmal aber für Oktober kannst du speicher es als a.png ".repeat(1800);
    const started = performance.now();
    learned.classify(margins(turn));
    heuristic.classify(blocked(turn));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
