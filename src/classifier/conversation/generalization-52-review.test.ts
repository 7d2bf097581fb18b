/**
 * Round 52's review: where the round's readings must not fire (inputs written for this review, not rows of any set).
 * A "journal", a meeting's "Protokoll", a blog (ブログ, 블로그) or a logo (логотип) is no log; a host action the user
 * reports done or declines is no change asked; a commit declined, done or kept for oneself is no commit asked; "yes or
 * no" after a question asked of each of several items is a label per item.
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import { createClassifier } from "../create-classifier.js";
import { afterTool, inLongRun } from "./generalization-44.fixture.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const both = (messages: ChatMessage[]): [string, string] => [learned.classify(messages).task.label, heuristic.classify(messages).task.label];

describe("what a document that is no log says", () => {
  const paper = afterTool({ system: "You are a research assistant. Use search_papers.", ask: "find the newest meta-analysis on vitamin D and fractures", tool: "search_papers", args: '{"q":"vitamin D"}', result: "Journal of Nutrition 2024: vitamin D supplementation and fracture risk over 65, 32 RCTs. Conclusion: no significant reduction (RR 0.97)." });
  const news = afterTool({ system: "Tu es un assistant d'actualité. Utilise search_news.", ask: "trouve l'article du Monde sur la réforme des retraites", tool: "search_news", args: '{"q":"retraites"}', result: "Le Monde, 5 déc. — l'âge légal passe à 64 ans en 2030; les syndicats appellent à la grève le 12 décembre." });
  const minutes = afterTool({ system: "Du bist der Assistent des Vorstands. Nutze get_document.", ask: "lade das Protokoll der letzten Vorstandssitzung", tool: "get_document", args: '{"id":"vs-12"}', result: "Protokoll der Vorstandssitzung vom 3.12.\nTOP 1: Budget 2027 beschlossen: 1,2 Mio € für IT.\nTOP 2: Büroräume vertagt." });
  const koBlog = afterTool({ system: "블로그 글을 찾아주는 도우미입니다. fetch_page를 사용하세요.", ask: "이 블로그 글 가져와줘", tool: "fetch_page", args: '{"url":"https://blog.example.kr/p/12"}', result: "오늘은 제주도 여행 이야기입니다. 3일 동안 한라산과 우도를 다녀왔어요." });
  const jaBlog = afterTool({ system: "ブログ記事を取得するアシスタントです。fetch_pageを使ってください。", ask: "このブログ記事を取ってきて", tool: "fetch_page", args: '{"url":"https://blog.example.jp/p/3"}', result: "今日は京都の紅葉について。嵐山と東福寺が見頃でした。" });
  const brand = afterTool({ system: "Ты помощник по маркетингу. Используй get_brand.", ask: "загрузи бренд-бук", tool: "get_brand", args: "{}", result: "Логотип: синяя волна в круге — символ надёжности и движения." });
  it("is not read as a diagnosis (en, fr, de, ko, ja, ru)", () => {
    for (const [run, turn] of [[paper, "what does the journal say about fractures"], [news, "que dit le journal ?"], [minutes, "was sagt das Protokoll zum Budget?"], [koBlog, "이 블로그 무슨 말이야?"], [jaBlog, "このブログは何て言ってる？"], [brand, "что значит логотип?"]] as const) {
      expect(learned.classify(run(turn)).task.label, turn).not.toBe("analysis");
      expect(heuristic.classify(run(turn)).taskReason ?? "", turn).not.toMatch(/asks what (?:is wrong with the system|the output)/);
    }
  });
});

describe("a host action reported done or declined in an ops run", () => {
  const OPS = "You are the SRE assistant for the payments team. You may run read-only commands on hosts over ssh_exec.";
  const syslog = Array.from({ length: 20 }, (_, i) => `Dec 06 09:${String(i).padStart(2, "0")}:02 api-4 kernel: nf_conntrack: table full, dropping packet`).join("\n");
  const inspected = afterTool({ system: OPS, ask: "api-4 is dropping requests, look at the kernel log", tool: "ssh_exec", args: '{"host":"api-4","command":"journalctl -k --since -1h | tail -n 40"}', result: syslog, answer: "The conntrack table is full. Restarting nginx would clear it." });
  it("asks no change (en, de, zh, ja, ko)", () => {
    for (const turn of ["ok, restarted it myself, works now. thanks", "ok rebooted, all good", "ok, starte mit dem wichtigsten Punkt", "好的，不用重启了，谢谢", "再起動したら直った、ありがとう", "재시작했더니 됐어 고마워", "재부팅은 안 해도 돼"]) {
      expect(both(inspected(turn)), turn).not.toContain("code_generation");
    }
  });
  it("still reads the action asked (en, de, zh, ja, ko)", () => {
    for (const turn of ["ok restart it", "ok, starte nginx neu", "好的，重启一下 nginx", "じゃあ再起動して", "그럼 재시작해줘"]) expect(both(inspected(turn)), turn).toEqual(["code_generation", "code_generation"]);
  });
});

describe("praise, then a commit declined, done or kept for oneself", () => {
  const tested = (turn: string): ChatMessage[] => inLongRun("rename the env var", "bash", '{"command":"npm test"}', "Tests: 41 passed, 41 total", turn);
  it("is small talk (ru, en, ja)", () => {
    for (const turn of ["отлично, уже закоммитил", "отлично, не коммить пока", "great, don't push", "perfect, I'll commit it later", "いいね、コミットは自分でやる"]) {
      expect(both(tested(turn)), turn).toEqual(["chat", "chat"]);
    }
  });
});

describe("'yes or no' after a question asked of each of several items", () => {
  const reviews = afterTool({ system: "You label product reviews. Use get_reviews.", ask: "pull the 5 newest reviews. does each one mention shipping damage?", tool: "get_reviews", args: "{}", result: "1. Box arrived crushed\n2. Great color\n3. Lid cracked on arrival\n4. Fast delivery\n5. Fits well" });
  it("stays a label per item (en, es)", () => {
    expect(learned.classify(reviews("yes or no, one line why")).task.label).toBe("classification");
    expect(learned.classify(reviews("sí o no, y una línea por qué")).task.label).toBe("classification");
  });
});
