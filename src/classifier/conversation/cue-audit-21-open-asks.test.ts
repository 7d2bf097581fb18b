/**
 * Open-ended asks in the ten most-used languages (`language-cues-open-asks.ts`): asks that name no task verb (why
 * something happened and by what mechanism, weighing options, "as many as you can", a script for an ad, "what would
 * have happened if"). Each ask is the team's own (never a row of a parallel set). Most of these cues are not defining: they
 * reach the learned task head as the cue flags every language shares, so the asks are read by the shipped classifier.
 */
import { describe, expect, it } from "vitest";
import { findCues } from "./cue-matcher.js";
import { OPEN_ASKS } from "./language-cues-open-asks.js";
import { createClassifierByName } from "../../eval/create-classifier-by-name.js";

const asks: [string, string, string][] = [
  ["es", "analysis", "Quiero entender el mecanismo por el que la inflación se come los ahorros, sin simplificar"],
  ["es", "brainstorming", "Formas de animar a los vecinos a reciclar: todas las que puedas"],
  ["es", "brainstorming", "¿Qué habría pasado si Roma nunca hubiera caído?"],
  ["es", "creative_writing", "Necesito una cuña de radio para la panadería de mi tío"],
  ["fr", "analysis", "Mets en balance le télétravail et le bureau pour une équipe de cinq"],
  ["fr", "brainstorming", "Que se serait-il passé si l'imprimerie n'avait jamais été inventée ?"],
  ["fr", "creative_writing", "Un spot publicitaire de 20 secondes pour une librairie de quartier"],
  ["de", "analysis", "Hilf mir abzuwägen, ob sich ein Lastenrad für eine Familie in der Stadt lohnt"],
  ["de", "brainstorming", "Was wäre passiert, wenn die Mauer nie gefallen wäre?"],
  ["de", "creative_writing", "Ein Drehbuch für einen Kurzfilm über einen verlorenen Schlüssel"],
  ["pt", "analysis", "Pondere os riscos de abrir um café numa cidade pequena"],
  ["pt", "brainstorming", "O que teria acontecido se o Brasil não tivesse se tornado independente?"],
  ["pt", "creative_writing", "Um roteiro de vídeo de um minuto para a padaria da esquina"],
  ["it", "analysis", "Soppesa pro e contro del treno rispetto all'aereo per Milano–Roma"],
  ["it", "brainstorming", "Cosa sarebbe successo se Colombo non fosse mai partito?"],
  ["it", "creative_writing", "Mi serve la sceneggiatura di uno sketch di due minuti"],
  ["ru", "analysis", "Взвесь, стоит ли переезжать в другой город ради работы"],
  ["ru", "summarization", "Сожми эту статью до пяти предложений"],
  ["ru", "brainstorming", "Что было бы, если бы интернет изобрели в девятнадцатом веке?"],
  ["zh", "analysis", "请讲讲通货膨胀侵蚀存款的机制，要具体"],
  ["zh", "brainstorming", "给社区图书馆想点活动，越多越好"],
  ["zh", "creative_writing", "帮我写个咖啡店的短视频脚本，三十秒左右"],
  ["ja", "creative_writing", "新商品の紹介ブログ記事を書いてほしい"],
  ["ja", "brainstorming", "もし江戸時代にスマホがあったらどうなっていたと思う？"],
  ["ja", "analysis", "円安が輸入企業に与える波及効果を説明して"],
  ["ko", "brainstorming", "동아리 이름 최대한 많이 뽑아 줘"],
  ["ko", "creative_writing", "카페 홍보 영상 대본 좀 써 줘"],
  ["ko", "analysis", "금리 인상의 파급 효과를 설명해 줘"],
  ["en", "creative_writing", "I need a podcast script for our first episode about urban gardening"],
];

const learned = await createClassifierByName("learned", {});

describe("open-ended asks in the ten most-used languages", () => {
  it.each(asks)("%s: the shipped classifier reads %s: %s", (_lang, task, text) => {
    expect(learned.classify([{ role: "user", content: text }]).task.label).toBe(task);
  });
  it("names each ask's task by a cue of the open-asks table of its language", () => {
    for (const [lang, task, text] of asks) {
      const added = new Set((OPEN_ASKS[lang]?.[task] ?? "").split("|").map((raw) => raw.replace(/^!/, "").replace(/\*$/, "")));
      const hits = findCues(text.toLowerCase()).filter((hit) => hit.task === task && hit.lang === lang && added.has(hit.cue));
      expect(hits.length, `${lang}: ${text}`).toBeGreaterThan(0);
    }
  });
  it("leaves English words alone: no open-asks cue of another language fires in everyday English", () => {
    const english = "lol haha that scenario was wild, the wage gap is a bug in the sonnet of life; what if we brainstorm a haiku, per the analysis";
    const foreign = findCues(english).filter((hit) => hit.lang !== "en" && OPEN_ASKS[hit.lang] !== undefined);
    const added = foreign.filter((hit) => (OPEN_ASKS[hit.lang]?.[hit.task] ?? "").split("|").some((raw) => raw.replace(/^!/, "").replace(/\*$/, "") === hit.cue));
    expect(added.map((hit) => `${hit.lang}:${hit.cue}`)).toEqual([]);
  });
});
