/**
 * Round 54: the classes of the round's development set (conversation-dev-236, agent-heavy), as inputs written for this
 * test in several of the ten languages (not rows of any evaluation set). A command run over ssh, or a kubectl call with a
 * namespace flag, is read as the host inspection it is; a count, an amount, a time or a version asked of what the
 * inspection brought back is a lookup, not a diagnosis; code asked to be written with a language named for its data is
 * code, not a translation; what uses up a resource, asked of a profile, is a cause (ADR 0045); a risk asked before a push,
 * or which findings are real bugs, is a review.
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import { createClassifier } from "../create-classifier.js";
import { afterTool, inLongRun, u } from "./generalization-44.fixture.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const both = (messages: ChatMessage[]): [string, string] => [learned.classify(messages).task.label, heuristic.classify(messages).task.label];
const reasonOf = (messages: ChatMessage[]): string => learned.classify(messages).taskReason ?? "";

const OPS = "You are the on-call assistant for the storage team. Run read-only diagnostics with the bash tool; ask before changing anything.";
const overSsh = (command: string, result: string, answer?: string) =>
  afterTool({ system: OPS, ask: "look at the queue consumer on mq-3", tool: "bash", args: JSON.stringify({ cmd: command }), result, ...(answer === undefined ? {} : { answer }) });
const journal = Array.from({ length: 60 }, (_, i) => `Dec 01 02:${String(i).padStart(2, "0")}:10 mq-3 consumer[811]: WARN ack timeout after 30000ms, redelivering batch ${i}`).join("\n");
const stuck = overSsh("ssh -p 2222 mq-3 'journalctl -u consumer -n 60 --no-pager'", journal, "The consumer has timed out on every ack for an hour; a restart usually clears the stuck channel.");

describe("a command run over ssh, or kubectl with a namespace flag, is a host inspection", () => {
  it("takes the host action asked after it (it, es, ru, en)", () => {
    expect(both(stuck("va bene, riavvialo"))).toEqual(["code_generation", "code_generation"]);
    expect(both(stuck("vale, reinícialo"))).toEqual(["code_generation", "code_generation"]);
    expect(both(stuck("ладно, перезапусти"))).toEqual(["code_generation", "code_generation"]);
    expect(reasonOf(stuck("ok, restart it"))).toMatch(/asks an action on the host the run inspected/);
  });
  it("reads the run as an ops run in the reason of a diagnosis", () => {
    const pods = afterTool({ system: OPS, ask: "payments pods?", tool: "bash", args: JSON.stringify({ cmd: "kubectl -n payments get pods -o wide" }), result: "NAME READY STATUS RESTARTS\npay-1 0/1 CrashLoopBackOff 14\npay-2 1/1 Running 0" });
    expect(reasonOf(pods("what's going on with pay-1?"))).toMatch(/ops run: the shell only inspected hosts/);
  });
  it("is no inspection when the remote command or the kubectl call changes something", () => {
    const removed = overSsh("ssh mq-3 'rm -rf /var/spool/consumer/old'", "");
    expect(reasonOf(removed("what's going on with it now?"))).not.toMatch(/ops run/);
    const deleted = afterTool({ system: OPS, ask: "payments pods?", tool: "bash", args: JSON.stringify({ cmd: "kubectl -n payments delete pod pay-1" }), result: 'pod "pay-1" deleted' });
    expect(reasonOf(deleted("what's going on with pay-1?"))).not.toMatch(/ops run/);
    const login = overSsh("ssh mq-3", "Welcome to Ubuntu 24.04 LTS");
    expect(reasonOf(login("what's going on there?"))).not.toMatch(/ops run/);
  });
});

const disk = overSsh("ssh files-2 df -h", "Filesystem Size Used Avail Use% Mounted on\n/dev/sda1 100G 41G 59G 41% /\n/dev/sdb1 4.0T 3.1T 900G 78% /data");
const cert = overSsh("echo | openssl s_client -connect files-2.acme.io:443 2>/dev/null | openssl x509 -noout -dates", "notBefore=Oct  1 00:00:00 2026 GMT\nnotAfter=Dec 30 23:59:59 2026 GMT");
const ingest = afterTool({ system: OPS, ask: "ingest pods?", tool: "bash", args: JSON.stringify({ cmd: "kubectl -n data get pods" }), result: "NAME READY STATUS RESTARTS AGE\ningest-0 1/1 Running 3 2d\ningest-1 1/1 Running 0 2d\ningest-2 1/1 Running 1 2d" });

describe("a value asked of what the host inspection brought back", () => {
  it("is a lookup (en, es, de, zh, ja, fr)", () => {
    expect(both(disk("how much space is left on /data?"))).toEqual(["simple_qa", "simple_qa"]);
    expect(both(ingest("¿cuántos se han reiniciado alguna vez?"))).toEqual(["simple_qa", "simple_qa"]);
    expect(both(ingest("wie viele davon laufen gerade?"))).toEqual(["simple_qa", "simple_qa"]);
    expect(both(cert("这个证书什么时候过期？"))).toEqual(["simple_qa", "simple_qa"]);
    expect(both(cert("有効期限はいつまで？"))).toEqual(["simple_qa", "simple_qa"]);
    expect(both(cert("quand est-ce qu'il expire exactement ?"))).toEqual(["simple_qa", "simple_qa"]);
    expect(reasonOf(disk("how much space is left on /data?"))).toMatch(/asks a value the host inspection's output holds/);
  });
  it("leaves a cause, a fault, a judgement or a decision asked beside it", () => {
    expect(learned.classify(ingest("how many restarted, and why?")).task.label).toBe("analysis");
    expect(learned.classify(ingest("when did ingest-0 start failing?")).task.label).not.toBe("simple_qa");
    expect(learned.classify(disk("how much is too much for /data, should we worry?")).task.label).not.toBe("simple_qa");
    expect(learned.classify(ingest("¿cuántos reinicios son normales?")).task.label).not.toBe("simple_qa");
    expect(learned.classify(ingest("为什么 ingest-0 重启了三次？")).task.label).toBe("analysis");
  });
  it("leaves a value still to be worked out, or another ask after the question (es, fr, it, pt, zh, ja, ko, en)", () => {
    for (const turn of [
      "¿cuándo se va a llenar /data a este ritmo?",
      "combien de disques faut-il ajouter pour tenir six mois ?",
      "quanto tempo prima che /data si riempia?",
      "quantos discos a mais precisamos para o próximo trimestre?",
      "按这个速度，/data 还有多少天会满？",
      "このペースだと/dataはいつ満杯になる？",
      "이 속도면 /data가 언제 꽉 차?",
      "how much will it cost us to double /data on AWS?",
      "how many restarts would trigger the alert? write me the alert rule",
    ]) expect(both(disk(turn)), turn).not.toContain("simple_qa");
  });
  it("is read only over a host inspection, not over a coding run's output", () => {
    const built = inLongRun("run the build", "Bash", JSON.stringify({ command: "npm run build" }), "built 214 modules in 8.1s\nwarning: bundle 2.3MB", "how many modules did it build?");
    expect(reasonOf(built)).not.toMatch(/host inspection/);
  });
});

const slugify = [u("write a TypeScript function slugify(s) that strips accents"), { role: "assistant" as const, content: "```ts\nexport function slugify(s: string): string {\n  return s.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');\n}\n```" }];

describe("code asked to be written with a language named for its data", () => {
  it("is code, not a translation (en, es, de, it)", () => {
    expect(both([...slugify, u("now write the unit tests, with sample titles in Spanish")])).toEqual(["code_generation", "code_generation"]);
    expect(both([...slugify, u("ahora escribe las pruebas, con ejemplos en francés")])).toEqual(["code_generation", "code_generation"]);
    expect(both([...slugify, u("schreib jetzt die Tests dazu, mit Beispielen auf Französisch")])).toEqual(["code_generation", "code_generation"]);
    expect(both([...slugify, u("ora scrivi i test, con qualche caso in tedesco")])).toEqual(["code_generation", "code_generation"]);
  });
  it("leaves a translation or a piece of prose in the language", () => {
    expect(learned.classify([...slugify, u("now translate the comments into Spanish")]).task.label).toBe("translation");
    expect(learned.classify([...slugify, u("now in Portuguese please")]).task.label).not.toBe("code_generation");
  });
  it("leaves a piece of prose whose topic is code (en, pt, de, fr, ru, zh, it)", () => {
    const poem = [u("write a short poem about autumn"), { role: "assistant" as const, content: "Leaves fall slow,\nthe light grows thin,\nthe year exhales\nand lets us in." }];
    for (const turn of [
      "now write in Portuguese a poem about tests",
      "escreve em português um poema sobre testes",
      "schreib eine E-Mail an das Team über die Tests, auf Englisch",
      "écris un paragraphe sur les tests de charge en anglais",
      "напиши письмо команде о тестах на английском",
      "用英文写一段关于测试的介绍",
      "scrivi una mail al team sulla migrazione in inglese",
    ]) expect(both([...poem, u(turn)]), turn).not.toContain("code_generation");
  });
});

const profile = Array.from({ length: 80 }, (_, i) => `${9000 - i * 97} ms  ${["serialize_row", "json.dumps", "deepcopy", "Decimal.quantize"][i % 4]}  jobs/export.py:${40 + i}`).join("\n");
const profiled = (turn: string): ChatMessage[] => inLongRun("profile the export job, it got slow", "Bash", JSON.stringify({ command: "py-spy top --once -- python -m jobs.export" }), profile, turn);

describe("what uses up a resource, asked of a profile in a coding run", () => {
  it("is a cause asked (ADR 0045) under both classifiers (en, de, ru, es)", () => {
    expect(both(profiled("what's hogging the memory here?"))).toEqual(["analysis", "analysis"]);
    expect(both(profiled("was frisst so viel Speicher?"))).toEqual(["analysis", "analysis"]);
    expect(both(profiled("что жрёт память?"))).toEqual(["analysis", "analysis"]);
    expect(learned.classify(profiled("¿qué está consumiendo tanta memoria?")).task.label).toBe("analysis");
  });
  it("leaves a fact or a change", () => {
    expect(both(profiled("what's the memory limit of the job?"))).not.toContain("analysis");
    expect(both(profiled("what's eating the memory budget for the team offsite?"))).not.toContain("analysis");
    expect(both(profiled("what is using memory limit config?"))).not.toContain("analysis");
    expect(both(profiled("ok, cache the serialized rows so deepcopy goes away"))).toEqual(["code_generation", "code_generation"]);
  });
});

const diff = "diff --git a/src/auth/session.ts b/src/auth/session.ts\n@@ -3,6 +3,9 @@\n-const TTL = 3600;\n+const TTL = 86400 * 30;\n+export function extend(s: Session) { s.expires = Date.now() + TTL * 1000; }\n";
const diffed = (turn: string): ChatMessage[] => inLongRun("show me the branch diff", "Bash", JSON.stringify({ command: "git diff main...HEAD" }), diff, turn);

describe("a risk asked of the code before it goes out", () => {
  it("is a review (en, es, de, ru)", () => {
    expect(both(diffed("before we push: anything dangerous here?"))).toEqual(["code_review", "code_review"]);
    expect(heuristic.classify(diffed("¿ves algo peligroso antes de hacer push?")).task.label).toBe("code_review");
    expect(heuristic.classify(diffed("irgendwas Riskantes drin, bevor ich pushe?")).task.label).toBe("code_review");
    expect(heuristic.classify(diffed("есть что-то рискованное перед тем как пушить?")).task.label).toBe("code_review");
  });
  it("leaves the push asked", () => {
    expect(both(diffed("nothing risky, push it"))).toEqual(["code_generation", "code_generation"]);
  });
});

const lint = Array.from({ length: 60 }, (_, i) => `src/cart/${["index", "api", "hooks"][i % 3]}.ts:${10 + i}:5  ${i % 2 ? "error" : "warning"}  ${["Expected '===' and instead saw '=='", "Missing semicolon", "Promises must be awaited"][i % 3]}`).join("\n");
const linted = (turn: string): ChatMessage[] => inLongRun("lint the cart module", "Bash", JSON.stringify({ command: "npx eslint src/cart" }), lint, turn);

describe("which findings are real bugs, over a linter's output", () => {
  it("is a review (en, ru under the learned classifier; es, de, fr under the heuristic)", () => {
    expect(learned.classify(linted("which of these are actual bugs, and which are only style?")).task.label).toBe("code_review");
    expect(learned.classify(linted("какие из них настоящие баги?")).task.label).toBe("code_review");
    expect(heuristic.classify(linted("¿cuáles de estos son errores de verdad?")).task.label).toBe("code_review");
    expect(heuristic.classify(linted("welche davon sind echte Fehler?")).task.label).toBe("code_review");
    expect(heuristic.classify(linted("lesquels sont de vrais bugs ?")).task.label).toBe("code_review");
  });
  it("leaves the fix asked beside it", () => {
    expect(both(linted("fix the ones that are real bugs, leave the style ones"))).toEqual(["code_generation", "code_generation"]);
  });
});

describe("the round's readings on 100 kB hostile turns", () => {
  it("decide in about linear time", () => {
    const hostile = [
      "how many ".repeat(11_000),
      "wie viele ".repeat(10_000),
      "write ".repeat(4_000) + "tests ".repeat(12_000) + " in Spanish",
      "what's eating the ".repeat(6_000) + "cpu?",
      "which of these are ".repeat(5_000) + "real bugs?",
      "anything ".repeat(11_000) + "risky?",
      "ssh ".repeat(25_000),
      "what's eating the cpu" + " ".repeat(100_000) + "budget?",
      "write a " + "poem about ".repeat(9_000) + "tests in Spanish",
      "¿cuántos " + "a este ritmo ".repeat(8_000) + "?",
    ];
    for (const turn of hostile) {
      const started = performance.now();
      learned.classify(stuck(turn));
      heuristic.classify(profiled(turn));
      learned.classify([...slugify, u(turn)]);
      expect(performance.now() - started).toBeLessThan(2_000);
    }
  });
});
