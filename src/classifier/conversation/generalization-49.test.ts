/**
 * Round 49: how an agent's run reads a short aside, in several of the ten languages (team-written inputs, not rows of
 * any evaluation set). A fact the user asks to be reminded of in the middle of a coding run ("quick q, what's the
 * default port again?") is a quick answer, whatever lead clause comes before it and in whichever language the question
 * says "again" ("déjà", "mesmo", "っけ", "来着", "더라").
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import { createClassifier } from "../create-classifier.js";
import { inLongRun } from "./generalization-44.fixture.js";
import { asksToRecall } from "./follow-up-asks.js";

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
