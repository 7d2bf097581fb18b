/**
 * Round 55's review: where the round's readings must not fire (inputs written for this review, not rows of any set).
 * An aside that asks a change is the run's work ("btw, could you also bump the timeout to 10s?"); a reason, a risk or a
 * need asked with "is there" of a host inspection is a judgement, no value; a text turned into an invitation "for 30
 * people" is no scaled recipe; "amend the email to say …" or "squash my worries" is no history change; a masked word that
 * runs on into another ("证明书架", "计算机器人") leaves the maths cue; a change asked beside benchmark words ("ノイズ", "really
 * faster, switch…") is the change; a safety question about a train ride is no security verdict on the code; a story named
 * with a definite article ("la breve storia di Roma", "la morale della favola") is a history or a question, not writing.
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
const dumps = afterTool({ system: OPS, ask: "look at the dumps on vault-1", tool: "bash", args: JSON.stringify({ cmd: "ls -la /srv/dumps" }), result: "-rw-r----- 1 pg pg 2.2G Nov 29 01:00 orders-2026-11-29.sql.gz\n-rw-r----- 1 pg pg 2.3G Nov 30 01:00 orders-2026-11-30.sql.gz" });
const coding = (turn: string) => inLongRun("make the upload test less flaky", "read_file", JSON.stringify({ path: "test/upload.test.ts" }), "it('uploads', async () => {\n  await page.setInputFiles('#file', 'fixtures/a.png');\n  await expect(page.getByText('Uploaded')).toBeVisible();\n});", turn);
const bench = (turn: string) => inLongRun("compare the two json encoders", "bash", JSON.stringify({ cmd: "go test ./enc -bench . -count 3" }), "BenchmarkStd-8  120133  9810 ns/op\nBenchmarkStd-8  118420  9955 ns/op\nBenchmarkFast-8  125001  9602 ns/op", turn);
const history = (turn: string) => inLongRun("show the branch log", "bash", JSON.stringify({ cmd: "git log --oneline -5" }), "c1 wip search\nc2 wip search tests\nc3 search: facets\nc4 bump deps\nc5 init", turn);
const flyer = (turn: string): ChatMessage[] => [
  u("Make me a flyer text for our street party: 14:00 start, 3 bands, 2 food trucks, 120 m of tables."),
  { role: "assistant", content: "Street Party! Doors at 14:00 — 3 live bands, 2 food trucks and 120 m of tables." },
  u(turn),
];

describe("an aside that asks a change", () => {
  it("stays the run's (ten languages)", () => {
    for (const turn of [
      "btw, could you also bump the timeout to 10s?",
      "übrigens, kannst du auch den Timeout auf 10 Sekunden erhöhen?",
      "por cierto, ¿puedes subir también el timeout a 10 s?",
      "au fait, tu peux aussi monter le timeout à 10 s ?",
      "a proposito, puoi alzare anche il timeout a 10 secondi?",
      "aliás, dá pra aumentar o timeout pra 10 s também?",
      "кстати, можешь ещё поднять таймаут до 10 секунд?",
      "顺便，把超时改成10秒好吗？",
      "ところで、タイムアウトを10秒に延ばしてくれる？",
      "그런데 타임아웃도 10초로 늘려 줄래?",
    ])
      expect(reasonOf(coding(turn)), turn).not.toMatch(/changes the subject/);
    expect(both(coding("por cierto, ¿puedes subir también el timeout a 10 s?"))).toEqual(["code_generation", "code_generation"]);
    expect(both(coding("кстати, можешь ещё поднять таймаут до 10 секунд?"))).toEqual(["code_generation", "code_generation"]);
    expect(both(coding("그런데 타임아웃도 10초로 늘려 줄래?"))).toEqual(["code_generation", "code_generation"]);
  });
  it("leaves a question of another subject read alone", () => {
    expect(reasonOf(coding("btw, can you tell me why the ocean is salty?"))).toMatch(/changes the subject/);
  });
});

describe("a reason, a risk or a need asked with 'is there' of an inspection", () => {
  it("is a judgement, no value the output holds (it, ru, es, fr, pt, ja)", () => {
    for (const turn of ["ci sono rischi a cancellarli?", "есть ли смысл хранить их все?", "hay que comprimirlos más?", "y a-t-il intérêt à les chiffrer ?", "há algum motivo para serem tão grandes?", "残しておく意味ある？"])
      expect(both(dumps(turn)), turn).toEqual(["analysis", "analysis"]);
    expect(learned.classify(dumps("is there a reason the dumps are so big?")).task.label).toBe("analysis");
  });
});

describe("a text turned into a piece for a number of people", () => {
  it("is no scaled recipe (en, es)", () => {
    expect(both(flyer("adapt it into an invitation for 30 people"))).toEqual(["creative_writing", "creative_writing"]);
    expect(learned.classify(flyer("convert it into a tweet for our 12 guests")).task.label).toBe("creative_writing");
    expect(learned.classify(flyer("adapta el texto para 30 personas")).task.label).toBe("creative_writing");
  });
});

describe("squash, amend and reword said of something else", () => {
  it("is no history change", () => {
    expect(learned.classify(history("amend the email to the client to say we'll ship on Friday")).task.label).toBe("creative_writing");
    expect(learned.classify(history("squash my worries: will the deadline hold?")).task.label).toBe("simple_qa");
  });
});

describe("a masked word that runs on into another word", () => {
  it("leaves the maths cue (zh)", () => {
    expect(heuristic.classify([u("证明书架上至少有两本书颜色相同：书架上有 5 本书，只有 4 种颜色。")]).task.label).toBe("math");
    expect(heuristic.classify([u("计算机器人走过的总路程：先向东 3 米，再向北 4 米。")]).task.label).toBe("math");
  });
});

describe("a change asked beside benchmark words", () => {
  it("is the change", () => {
    expect(both(coding("ノイズが多いのでログを warn に下げてくれる？"))).toEqual(["code_generation", "code_generation"]);
    expect(heuristic.classify(bench("the new one is really faster, switch the default to it?")).task.label).toBe("code_generation");
  });
});

describe("a safety question about something else in a coding run", () => {
  it("is no security verdict on the code (en, de, es, ru)", () => {
    expect(heuristic.classify(coding("is this secure enough for my bike, a cable lock?")).task.label).toBe("simple_qa");
    for (const turn of ["ist es sicher, morgen mit dem Zug zu fahren?", "¿es seguro viajar a Lima en marzo?", "безопасно ли сейчас лететь в Стамбул?"])
      expect(learned.classify(coding(turn)).taskReason ?? "", turn).not.toMatch(/verdict/);
  });
});

describe("a story named with a definite article", () => {
  it("is a history or a question, not writing (it, fr, pt, es)", () => {
    expect(learned.classify([u("raccontami la breve storia di Roma")]).task.label).not.toBe("creative_writing");
    expect(heuristic.classify([u("quelle est la courte histoire du Louvre ?")]).task.label).not.toBe("creative_writing");
    expect(heuristic.classify([u("qual a pequena história por trás do nome Brasil?")]).task.label).toBe("simple_qa");
    expect(learned.classify([u("resume esta historia corta: un hombre pierde su sombrero y lo encuentra en casa.")]).task.label).toBe("summarization");
    expect(learned.classify([u("spiegami la morale della favola della volpe e l'uva")]).task.label).toBe("simple_qa");
  });
});

describe("hostile 100 kB turns through the review's patterns", () => {
  it("each reads in under 2 s", () => {
    for (const turn of [
      "证明书架".repeat(25_000),
      "计算机器".repeat(25_000),
      "is this secure ".repeat(7_000) + "x",
      "ist es sicher  ".repeat(7_000) + "?",
      "btw, could you ".repeat(7_000) + "?",
      "amend squash reword ".repeat(5_000),
    ]) {
      const start = performance.now();
      both(coding(turn));
      both(bench(turn));
      expect(performance.now() - start, turn.slice(0, 20)).toBeLessThan(2_000);
    }
  });
});
