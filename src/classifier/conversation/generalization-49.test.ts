/**
 * Round 49: how an agent's run reads a short aside, in several of the ten languages (team-written inputs, not rows of
 * any evaluation set). A fact the user asks to be reminded of in the middle of a coding run ("quick q, what's the
 * default port again?") is a quick answer, whatever lead clause comes before it and in whichever language the question
 * says "again" ("déjà", "mesmo", "っけ", "来着", "더라"). A verdict asked on the code before a merge ("passt das so?") is a
 * review; a repair asked at the head of a turn ("corrige tout ça") is a change, whatever review word the verb is
 * elsewhere; a coding agent is declared as "un agent de code" too.
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import { createClassifier } from "../create-classifier.js";
import { inLongRun } from "./generalization-44.fixture.js";
import { asksToRecall } from "./follow-up-asks.js";
import { opensWithFix } from "./fix-imperative.js";
import { readAgentContext } from "./agent-context.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const both = (messages: ChatMessage[]): [string, string] => [learned.classify(messages).task.label, heuristic.classify(messages).task.label];

/** A coding run that read a config file, answered, and is then asked `aside`. */
const midRun = (aside: string): ChatMessage[] => [
  ...inLongRun(
    "the cache layer times out under load, look at the config",
    "read_file",
    '{"path":"config/cache.yml"}',
    "cache:\n  driver: memcached\n  host: cache-1.internal\n  timeout_ms: 50\n  pool_size: 4\n",
  ),
  { role: "assistant", content: "The pool is 4 connections with a 50 ms timeout; under load every request waits for a connection. I'd raise pool_size to 32 and the timeout to 250 ms." },
  { role: "user", content: aside },
];

const asides: [string, string][] = [
  ["en", "ok quick q before that, whats the default port memcached listens on again?"],
  ["en", "hmm right. btw what flag makes curl follow redirects again? one line"],
  ["fr", "attends, c'est quoi déjà le port par défaut de memcached ?"],
  ["pt", "pera, qual é a porta padrão do memcached mesmo?"],
  ["es", "vale. oye, ¿cuál era el puerto por defecto de memcached otra vez?"],
  ["de", "moment, kurz dazwischen: welcher Port war bei memcached nochmal Standard?"],
  ["ja", "ちなみにmemcachedのデフォルトポートって何番だっけ？"],
  ["zh", "顺便问一下，memcached 默认端口是多少来着？"],
];
/** Read right before this round too (the model's own reading of the Korean turn); kept as a control for the particle. */
const koreanAside = "잠깐, memcached 기본 포트가 몇 번이었더라?";

describe("a fact asked to be reminded of, in the middle of a coding run", () => {
  for (const [language, aside] of asides) {
    it(`is a quick answer, not the run's code work (${language}: ${aside})`, () => {
      expect(both(midRun(aside))).toEqual(["simple_qa", "simple_qa"]);
    });
  }
  it("reads the Korean particle the same way (a control: read right before this round)", () => {
    expect(both(midRun(koreanAside))).toEqual(["simple_qa", "simple_qa"]);
    expect(asksToRecall(koreanAside)).toBe(true);
  });
  it("says the turn asks to be reminded of a fact", () => {
    expect(learned.classify(midRun(asides[0]![1])).taskReason).toMatch(/asks to be reminded of a fact/);
  });
  it("leaves the same work asked again, and a question of new work, to the readings they had", () => {
    expect(asksToRecall("try again")).toBe(false);
    expect(asksToRecall("again but for the staging config")).toBe(false);
    expect(asksToRecall("ok. now do what you did for redis again")).toBe(false);
    expect(asksToRecall("quick q, what's the default port again? also bump the pool to 32 and the timeout to 250ms please")).toBe(false);
    expect(both(midRun("run the load test again"))).not.toContain("simple_qa");
  });
});

/** A coding run that showed a branch's diff, and the turn after it. */
const afterDiff = (turn: string): ChatMessage[] => [
  ...inLongRun(
    "show me what changed on the discount branch",
    "bash",
    '{"command":"git diff main...discount"}',
    "diff --git a/src/price.ts b/src/price.ts\n@@ -4,3 +4,8 @@ export function finalPrice(net: number, c: Customer): number {\n-  return net * 1.2;\n+  let off = 0;\n+  if (c.points > 1000) off = 0.05;\n+  if (c.wholesale) off = 0.1;\n+  const gross = net * 1.2;\n+  return gross - gross * off;\n }",
  ),
  { role: "user", content: turn },
];

const verdicts: [string, string][] = [
  ["de", "sieht ok aus, aber passt das so mit den Rabatten oder hab ich was übersehen?"],
  ["es", "¿está bien así o se me escapa algo antes de hacer merge?"],
  ["fr", "ça te paraît correct comme ça ? j'aimerais merger ce soir"],
  ["ja", "これで大丈夫？マージする前に見てほしい"],
  ["pt", "tá certo assim ou deixei passar alguma coisa?"],
];

describe("a verdict asked on the code a coding run showed", () => {
  for (const [language, turn] of verdicts) {
    it(`is a review, not a change to make (${language}: ${turn})`, () => {
      expect(both(afterDiff(turn))).toEqual(["code_review", "code_review"]);
    });
  }
  it("leaves a verdict with a change asked beside it to the change", () => {
    expect(both(afterDiff("looks ok, now add the same cap to the refund path"))).toEqual(["code_generation", "code_generation"]);
  });
});

/** A coding run whose tests failed after a rename, and the turn after it. */
const afterRedTests = (turn: string): ChatMessage[] => [
  ...inLongRun(
    "rename orderId to order_id in the export module",
    "bash",
    '{"command":"npm test"}',
    "FAIL test/export.test.ts\n  ● writes the header row\n    expect(received).toEqual(expected)\n    - \"orderId;total\"\n    + \"order_id;total\"\n      at Object.<anonymous> (test/export.test.ts:14:22)\nTests: 1 failed, 22 passed",
  ),
  { role: "assistant", content: "Renamed in src/. One test still expects the old header." },
  { role: "user", content: turn },
];

const repairs: [string, string][] = [
  ["fr", "bon, corrige tout ça et relance les tests"],
  ["es", "vale, ahora corrige el test que rompiste"],
  ["it", "allora correggi il test che fallisce"],
];
/** Read right before this round too (the verb is no review cue in these languages); kept as controls. */
const plainRepairs = ["теперь исправь тест", "ok now fix the failing header test"];

describe("a repair asked at the head of a turn in a coding run", () => {
  for (const [language, turn] of repairs) {
    it(`asks the agent to make the change (${language}: ${turn})`, () => {
      expect(both(afterRedTests(turn))).toEqual(["code_generation", "code_generation"]);
    });
  }
  it("reads a repair whose verb is no review word the same way (controls: read right before this round)", () => {
    for (const turn of plainRepairs) expect(both(afterRedTests(turn))).toEqual(["code_generation", "code_generation"]);
  });
  it("is found at the head of the turn only, after a few words of assent", () => {
    expect(opensWithFix("ok now fix the tests")).toBe(true);
    expect(opensWithFix("dann jetzt repariere die tests")).toBe(true);
    expect(opensWithFix("why did the fix break the tests?")).toBe(false);
    expect(opensWithFix("the fixture is stale")).toBe(false);
  });
});

describe("a coding agent declared in the other cue languages", () => {
  const declared = (system: string): boolean => readAgentContext([{ role: "system", content: system }, { role: "user", content: "salut" }], 1).agent.coding;
  it("reads 'agent de code', 'asistente de código' and 'агент-программист' as a coding agent", () => {
    expect(declared("Tu es un agent de code qui travaille dans le dépôt de l'application mobile.")).toBe(true);
    expect(declared("Eres un asistente de código para el equipo de pagos.")).toBe(true);
    expect(declared("Ты — агент-программист команды платежей.")).toBe(true);
  });
  it("leaves an agent of other work alone", () => {
    expect(declared("Tu es un agent de service client pour une banque.")).toBe(false);
    expect(declared("Eres un asistente de ventas de la tienda.")).toBe(false);
  });
});
