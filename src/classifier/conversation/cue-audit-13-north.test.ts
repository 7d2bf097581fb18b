/**
 * Thirteenth-round audit of the German, Russian, Chinese, Japanese and Korean tables (`language-cues-top.ts`): the
 * classes the blind sets showed, written by the team (never a working set's row). Polite and verb-final asks ("wäre ich
 * Ihnen dankbar, wenn Sie … könnten", "не могли бы вы", "您", "〜していただけますか", "-해 주시겠어요"), "propose a few
 * names / titles" (brainstorming), asks for a view or a critique (analysis), what an acronym stands for (simple_qa),
 * venting and questions to the assistant about itself (chat). Each ask is read over a base that says chat, so it fails
 * without the cue it names. The look-alikes: agent nouns of task verbs (Übersetzerin, Programmierer, переводчик, 번역가,
 * 분석가), common words a stem opened (решил, краткосрочный, резюме as a CV, анализы as lab tests) and German kürz* folded
 * onto kurz ("kurze Bitte an dich").
 */
import { describe, expect, it } from "vitest";
import { findCues } from "./cue-matcher.js";
import { classifyTask } from "../heuristic-task-classifier.js";
import { read, u } from "../../../test/support/conversation-kit.js";

const asks: [string, string, string][] = [
  // 1. Polite, indirect and verb-final forms of the defining verbs.
  ["de", "translation", "Ich wäre Ihnen dankbar, wenn Sie diesen Absatz ins Polnische bringen könnten."],
  ["de", "code_generation", "Könnten Sie mir bitte ein Skript schreiben, das jeden Abend die Logdateien packt?"],
  ["de", "code_review", "Würden Sie sich bitte meinen Code anschauen? Ich möchte den Code prüfen lassen, bevor er live geht."],
  ["de", "extraction", "Hätten Sie die Güte, aus dem Protokoll alle Fristen herauszusuchen?"],
  ["de", "creative_writing", "Wären Sie so nett, für unsere Kundin eine Antwort zu formulieren? Ich würde gern eine Antwort schreiben, die freundlich bleibt."],
  ["ru", "code_generation", "Не могли бы вы написать функцию, которая проверяет номер ИНН?"],
  ["ru", "extraction", "Выпишите, пожалуйста, из этого договора все сроки оплаты."],
  ["ru", "classification", "Проставьте метки отзывам: жалоба, вопрос или благодарность."],
  ["ru", "summarization", "Подведите итог обсуждения для тех, кто не был на созвоне."],
  ["ru", "code_review", "Посмотрите мой код, пожалуйста, там что-то с памятью."],
  ["zh", "code_generation", "麻烦您用python写一个批量改文件名的工具"],
  ["zh", "classification", "这些评论请帮我判断情感"],
  ["ja", "summarization", "この報告書を社内向けにまとめていただけますか"],
  ["ja", "code_generation", "在庫表を自動で更新するマクロを組んでいただけますか"],
  ["ja", "creative_writing", "退職する上司への寄せ書きのメッセージを考えてもらえますか"],
  ["ko", "translation", "이 안내문 일본어로 바꿔 주시겠어요?"],
  ["ko", "creative_writing", "거래처에 보낼 답장 작성 부탁드려요"],
  ["ko", "creative_writing", "동료 결혼식 인사말 작성 부탁드려요"],
  // 2. "Propose a few names / titles / angles": brainstorming.
  ["de", "brainstorming", "Für unseren Podcast brauche ich ein paar Titel, gern auch etwas verrückt."],
  ["ru", "brainstorming", "Нужно несколько названий для кофейни у моря"],
  ["zh", "brainstorming", "我们的公众号想换名，帮忙起几个名字"],
  ["ja", "brainstorming", "新商品のタイトル案をいくつか出してもらえますか"],
  ["ko", "brainstorming", "유튜브 영상 제목 추천 좀 해 주세요"],
  // 3. A view, an assessment, a critique: analysis.
  ["de", "analysis", "Wo sehen Sie Schwächen in meinem Konzept? Ich bitte um eine ehrliche Einschätzung."],
  ["ru", "analysis", "Какие у этого плана слабые места? Хочу честную оценку."],
  ["zh", "analysis", "这个方案你怎么看？有什么不足之处"],
  ["ja", "analysis", "この企画書について率直なご意見をいただけますか"],
  ["ko", "analysis", "이 사업 계획서에 대해 솔직한 의견 부탁드려요"],
  // 4. What an acronym stands for: simple_qa.
  ["de", "simple_qa", "Wofür steht eigentlich KPI?"],
  ["ru", "simple_qa", "КПД — это сокращение от чего?"],
  ["zh", "simple_qa", "告诉我ROI的全称"],
  ["ja", "simple_qa", "NISAが何の略なのか教えてください"],
  ["ko", "simple_qa", "KPI가 무슨 약자인지 알려 주세요"],
];

describe("thirteenth-round asks in German, Russian, Chinese, Japanese and Korean", () => {
  it.each(asks)("%s: reads %s over a base that says chat: %s", (_lang, task, text) => {
    expect(read("chat", [u(text)])).toBe(task);
  });
});

/** 5. Venting, sharing news and questions to the assistant about itself: a chat cue of the language. */
const talk: [string, string][] = [
  ["de", "Ich muss das jetzt einfach mal loswerden, keine Ratschläge bitte."],
  ["de", "Erinnern Sie sich eigentlich an unsere früheren Gespräche?"],
  ["ru", "Ты человек или бот? Просто интересно"],
  ["ru", "Советы не нужны, просто выслушай меня"],
  ["zh", "你还记得我上次说的事情吗"],
  ["zh", "只是想找个人说说话，不需要建议"],
  ["ja", "あなたは人間なんですか？それともAI？"],
  ["ja", "誰かに話したくて。アドバイスはいらないです"],
  ["ko", "그냥 들어 주세요. 조언은 필요 없어요"],
];

describe("talk to the assistant in the five languages", () => {
  it.each(talk)("%s: a chat cue of the language fires in: %s", (lang, text) => {
    expect(findCues(text.toLowerCase()).some((hit) => hit.lang === lang && hit.task === "chat")).toBe(true);
  });
  it.each([
    ["Guten Abend! Ich bin Übersetzerin und frage mich: Erinnern Sie sich an frühere Gespräche?"],
    ["Я работаю переводчиком, просто хотела поделиться"],
    ["Просто хотела рассказать: меня взяли на работу!"],
  ])("the heuristic reads chat, not the task a job title or 'рассказать' named: %s", (text) => {
    expect(classifyTask({ latest: text, context: "" }).label).toBe("chat");
  });
});

/** Everyday sentences that name no task: agent nouns, words a stem opened, and folded German kürz*. */
const quiet: [string, string][] = [
  ["de", "Kurze Bitte an dich: wann ist morgen das Treffen?"],
  ["de", "Meine Schwester ist Übersetzerin und arbeitet in Köln."],
  ["de", "Er ist Programmierer bei einer Bank."],
  ["de", "Kannst du mir kurz das Wetter sagen?"],
  ["ru", "Я решил уволиться с работы"],
  ["ru", "Мой друг работает переводчиком"],
  ["ru", "У меня краткосрочный кредит"],
  ["ru", "Отправил резюме на вакансию"],
  ["ru", "Завтра сдаю анализы"],
  ["ko", "제 친구는 번역가예요"],
  ["ko", "저는 데이터 분석가로 일해요"],
];

describe("look-alikes of the five tables", () => {
  it.each(quiet)("%s: fires no task cue of the language in: %s", (lang, text) => {
    expect(findCues(text.toLowerCase()).filter((hit) => hit.lang === lang && hit.task !== "chat").map((hit) => `${hit.task} '${hit.cue}'`)).toEqual([]);
  });
});
