/**
 * Fourteenth round: venting that says it wants no help is chat whatever its story names, and an English thanks quoted in
 * a turn of another script is the phrase asked about. The asks are the team's own; each test fails without `venting.ts`.
 */
import { describe, expect, it } from "vitest";
import { read, u } from "../../../test/support/conversation-kit.js";

describe("venting that asks for no help", () => {
  it("is chat, over a reading or a defining verb its story gave", () => {
    const vents: [string, string][] = [
      // A chat reading the story's defining verb ("아이디어") would move to brainstorming.
      ["chat", "오늘 회의에서 내 아이디어를 선배가 자기 거라고 함… 그냥 좀 들어줘, 해결책 같은 거 말고"],
      ["chat", "今天被老板当众批评了，方案是我熬夜写的。只是想吐槽一下，不用给我建议"],
      ["creative_writing", "Σήμερα μου έκλεψαν το ποδήλατο έξω από το γραφείο. Δεν θέλω λύσεις, απλά ήθελα να το πω κάπου."],
      ["analysis", "My landlord raised the rent 18% with two weeks' notice. I don't want advice, I just need to vent for a second."],
      ["summarization", "Hoy me rechazaron el artículo por tercera vez. No quiero consejos, solo quiero desahogarme un rato."],
    ];
    for (const [base, text] of vents) expect(read(base, [u(text)]), text).toBe("chat");
  });
  it("a request after the story still names its work", () => {
    expect(read("creative_writing", [u("Write a short poem about a landlord who raises the rent, so I can just vent through it.")])).toBe("creative_writing");
  });
});

describe("an English thanks quoted in a turn of another script", () => {
  it("is the phrase asked about: the turn's own words name the work", () => {
    expect(read("chat", [u("외국인 동료한테 '잘 부탁드립니다'를 영어로 뭐라고 해요? thank you very much 말고 자연스러운 표현으로요")])).toBe("translation");
    expect(read("chat", [u("«Спасибо за вашу работу» — как это сказать по-английски? thank you for your work звучит странно")])).toBe("translation");
  });
  it("a thanks in the turn's own script stays chat", () => {
    expect(read("chat", [u("감사합니다! 덕분에 잘 해결됐어요 thank you")])).toBe("chat");
  });
});
