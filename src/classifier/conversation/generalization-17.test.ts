/**
 * Seventeenth round: general mechanisms for classes left open by earlier rounds and found in this round's working sets,
 * each in the team's own wording, never a set's row. Most tests fail on the round's first build.
 */
import { describe, expect, it } from "vitest";
import { composedText } from "../conversation-text.js";
import { createClassifierByName } from "../../eval/create-classifier-by-name.js";
import { u } from "../../../test/support/conversation-kit.js";

describe("text typed or pasted decomposed (combining marks) reads as its composed form", () => {
  const asks: [string, string][] = [
    ["Jọ̀ọ́ bá mi túmọ̀ ọ̀rọ̀ yìí sí èdè Gẹ̀ẹ́sì: Ẹ kú àárọ̀, ṣé dáadáa ni?", "translation"],
    ["Hãy dịch đoạn này sang tiếng Anh giúp tôi: Cảm ơn quý khách đã mua hàng.", "translation"],
    ["Tóm tắt giúp mình bài báo này trong ba câu: Ngân hàng Nhà nước vừa công bố lãi suất mới cho vay mua nhà.", "summarization"],
    ["Übersetze bitte ins Französische: Die Lieferung kommt am Dienstag.", "translation"],
  ];
  it("composes only text that holds a combining mark", () => {
    const plain = "Translate this, please.";
    expect(composedText(plain)).toBe(plain);
    expect(composedText("de\u0301ja\u0300")).toBe("déjà");
  });
  for (const name of ["learned", "heuristic"]) {
    it(`${name}: a decomposed ask reads as the composed one`, async () => {
      const classifier = await createClassifierByName(name);
      for (const [text, task] of asks) {
        const composed = classifier.classify([u(text.normalize("NFC"))]).task.label;
        const decomposed = classifier.classify([u(text.normalize("NFD"))]).task.label;
        expect(decomposed, text).toBe(composed);
        if (name === "learned") expect(decomposed, text).toBe(task);
      }
    });
  }
});

describe("a task word the writer rules out, in languages that negate after the verb, Swahili and Thai", () => {
  it("rules out the cue", async () => {
    const { isNegated } = await import("./negated-cues.js");
    const { findCues } = await import("./cue-matcher.js");
    for (const text of [
      "अनुवाद करने की ज़रूरत नहीं है, बस बताओ इसमें क्या लिखा है",
      "इसका सारांश मत बनाओ, पूरा पढ़कर बताओ कि मुझे क्या करना चाहिए",
      "অনুবাদ করার দরকার নেই, শুধু বলো এখানে কী লেখা আছে",
      "ترجمہ کرنے کی ضرورت نہیں، بس بتاؤ اس میں کیا لکھا ہے",
      "özetlemene gerek yok, şu rakamlar iyi mi kötü mü?",
      "hakuna haja ya kutafsiri, niambie tu inasema nini",
    ]) {
      const hits = findCues(text);
      expect(hits.length, text).toBeGreaterThan(0);
      for (const hit of hits) expect(isNegated(text, hit), `${text}: ${hit.word}`).toBe(true);
    }
  });
  it("keeps the cue of a plain or polite ask", async () => {
    const { isNegated } = await import("./negated-cues.js");
    const { findCues } = await import("./cue-matcher.js");
    for (const text of [
      "इसका अनुवाद अंग्रेज़ी में करो, मुझे हिंदी नहीं आती",
      "অনুবাদ করে দেবে না? আমার ইংরেজি ভালো না",
      "bunu özetler misin, okumaya vaktim yok",
      "tafadhali tafsiri ujumbe huu kwa kiingereza",
    ]) {
      const hits = findCues(text);
      expect(hits.length, text).toBeGreaterThan(0);
      for (const hit of hits) expect(isNegated(text, hit), `${text}: ${hit.word}`).toBe(false);
    }
  });
});
