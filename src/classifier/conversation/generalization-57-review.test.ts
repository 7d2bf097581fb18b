/**
 * Review of round 57: the round's cue words in another meaning, in the ten languages (inputs written for the review, no
 * row of any set). A month and an "again" in a thank-you, a promise to write, a translation or a poem; a polite "run" that
 * asks a review, an analysis or a point elaborated; a commit message named beside a verb of finding or thinking, or the
 * subject of a joke; a forecast asked after a subject or a "how" of degree; "what does X do" of something that is no
 * code; a file named in a save declined, done or put off, or beside words that only look like a save verb.
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import { createClassifier } from "../create-classifier.js";
import { afterTool } from "./generalization-44.fixture.js";
import { diff, margins, mounts } from "./generalization-57.fixture.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const reasons = (messages: ChatMessage[]): string[] => [learned.classify(messages).taskReason ?? "", heuristic.classify(messages).taskReason ?? ""];
const labels = (messages: ChatMessage[]): string[] => [learned.classify(messages).task.label, heuristic.classify(messages).task.label];

const ads = afterTool({
  system: "You are a marketing agent. Use get_campaign_stats to read ad campaigns.",
  ask: "how did the autumn campaign do?",
  tool: "get_campaign_stats",
  args: JSON.stringify({ campaign: "autumn" }),
  result: "autumn: impressions 1.2M, clicks 18k, ctr 1.5%, conversions 410, cpa 12.4 EUR",
  answer: "The autumn campaign got 1.2M impressions, 18k clicks (1.5% CTR) and 410 conversions at 12.4 EUR each.",
});

describe("a month and an 'again' in a thank-you, a promise or another piece of work", () => {
  it("is no re-run of the anchor's work (de, fr, it, ru, zh, ja, ko, en)", () => {
    for (const turn of [
      "danke, ich schreibe im Oktober nochmal",
      "merci encore, on refait le point en octobre",
      "grazie ancora, ci risentiamo a ottobre",
      "спасибо, напишу снова в октябре",
      "好的，十月再说吧",
      "ありがとう、10月にもう一度連絡します",
      "고마워, 10월에 다시 연락할게",
      "translate that summary into German again, it's for the October board pack",
      "write a short poem about the March margins, and the same one for April",
      "ancora una volta ottobre sarà il mese della chiusura dei conti, che ansia",
      "十月再跑一次半马",
      "10월에 다시 하프 마라톤 뛸 거야",
    ]) for (const why of reasons(margins(turn))) expect(why, turn).not.toMatch(/another period/);
  });
  it("still reads the re-run itself", () => {
    for (const why of reasons(margins("nochmal, aber für April"))) expect(why).toMatch(/another period/);
  });
});

describe("a polite 'run' that asks a review, an analysis or a point elaborated", () => {
  it("is no run asked of the agent (ru, fr, es, it, pt, ja)", () => {
    for (const turn of [
      "можешь выполнить code review этого диффа?",
      "tu peux lancer une revue du diff avant que je merge ?",
      "¿puedes ejecutar una revisión de seguridad del endpoint?",
      "puoi eseguire una code review veloce del diff?",
      "você pode executar uma revisão do PR antes do merge?",
      "このテストが何を確かめているか、頭の中で回してもらえる？",
    ]) expect(learned.classify(diff(turn)).task.label, turn).not.toBe("code_generation");
  });
  it("still reads the run asked politely", () => {
    expect(labels(diff("можешь ещё раз прогнать тесты?"))).toEqual(["code_generation", "code_generation"]);
    expect(labels(diff("tu peux relancer les tests ?"))).toEqual(["code_generation", "code_generation"]);
  });
});

describe("a commit message named beside a verb of finding or thinking, or the subject of a joke", () => {
  it("is no commit message asked (fr, it, pt, de, zh, ko, es)", () => {
    for (const turn of [
      "trouve le commit dont le message de commit parle du cache",
      "pensa che il messaggio del commit dice solo 'wip': chi l'ha fatto?",
      "a mensagem do commit cria confusão, quem escreveu isso?",
      "denk dran: die Commit-Nachricht von gestern war falsch, woran lag der CI-Fehler?",
      "我在想一个问题：提交信息为什么显示成乱码？",
      "커밋 메시지가 너무 긴 것 같은데, 어떻게 생각해?",
      "inventa un chiste sobre el mensaje del commit 'arreglos varios'",
      "imagine une blague sur le message de commit « wip »",
    ]) expect(labels(diff(turn)), turn).not.toContain("summarization");
  });
  it("still reads the message to come up with", () => {
    expect(labels(diff("trouve un message de commit court"))).toEqual(["summarization", "summarization"]);
    expect(labels(diff("커밋 메시지 하나 생각해 줘"))).toEqual(["summarization", "summarization"]);
  });
});

describe("a forecast after a subject, a 'how' of degree", () => {
  it("is no value read off the inspection (it, es, ko)", () => {
    for (const turn of ["il server quanto reggerà ancora?", "el servidor cuánto aguanta así?", "얼마나 심각해?"]) {
      expect(learned.classify(mounts(turn)).task.label, turn).not.toBe("simple_qa");
    }
  });
});

describe("'what does X do' of something that is no code", () => {
  it("leaves a cause asked over campaign figures", () => {
    expect(learned.classify(ads("what does ctr actually do for us here, and why is it so low?")).task.label).not.toBe("code_review");
  });
});

describe("a file named in a save declined, done or put off, or beside a look-alike of a save verb", () => {
  it("is no file to write (en, it, pt, es, ko, zh, ja, fr, ru)", () => {
    for (const turn of [
      "don't export anything to top.csv, just tell me the top 3 stores",
      "I saved it as march.png already, no need to save it again",
      "the chart in march.png looks off to me, the dip in Nice is weird",
      "Salvatore mi ha girato margini.xlsx, tutto torna",
      "salve! vi o margens.xlsx, ficou ótimo, valeu",
      "el equipo de guardia subió incidentes.csv anoche, todo tranquilo",
      "저장소 README 기준으로 보면 config.json 구조가 이상해",
      "数据保存期限是多久，看 policy.json 里写的",
      "昨日 result.csv に保存したけど、数字が合わない気がする",
      "merci, pas besoin d'exporter marges.csv, c'est bon",
      "сохранить в result.csv не нужно, просто скажи итог",
      "もう保存しなくていいよ、result.csvはそのままで",
      "dormant.csv로 저장 안 해도 돼",
    ]) for (const why of reasons(margins(turn))) expect(why, turn).not.toMatch(/named file/);
  });
});
