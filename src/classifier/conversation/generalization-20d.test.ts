/**
 * Twentieth round, fifth wave: the classes read off dev 161 and 163, in the team's own wording (never a set's row).
 * Controls (a training programme offered, a need for a CSV file, a dose asked without a check) check each rule's reach.
 */
import { describe, expect, it } from "vitest";
import { createClassifierByName } from "../../eval/create-classifier-by-name.js";
import { a, u } from "../../../test/support/conversation-kit.js";
import { offerClause } from "./offer.js";
import { looksUpRule } from "./rule-lookup.js";
import { assignmentPuzzleGuard } from "./constraint-puzzle.js";
import { readConversation } from "./read-conversation.js";
import { readNumericDomain } from "./numeric-domain.js";

const learned = await createClassifierByName("learned");
const taskOf = (...messages: Parameters<typeof learned.classify>[0]): string => learned.classify(messages).task.label;

describe("an offer of code named before it", () => {
  it("reads 'write it' as the script or query the assistant named", () => {
    expect(offerClause(a("A short SQL query could pull every overdue invoice and group them by client. Want me to write it?"))).toBe("write the query");
    expect(taskOf(u("every Monday I copy our Shopify orders into a sheet by hand"), a("A small Google Apps Script could pull the orders and fill the sheet on a timer. Want me to write it?"), u("yes please"))).toBe("code_generation");
  });
  it("leaves a pronoun alone when no code was named", () => {
    expect(offerClause(a("A four-week training plan would build you up to 10 km. Want me to write it?"))).toBe("write it");
  });
});

describe("asks in their own words", () => {
  it("reads code asked for by its file name", () => {
    expect(taskOf(u("Necesito un docker-compose.yml con postgres 16 y redis, y que postgres guarde los datos en un volumen"))).toBe("code_generation");
  });
  it("reads a maximum dose checked as a lookup", () => {
    expect(looksUpRule("ibuprofen for adults: max single dose 400 mg otc and max 1200 mg a day, right?")).toBe(true);
    expect(looksUpRule("she weighs 18 kg, what's her max single dose of paracetamol at 15 mg/kg?")).toBe(false);
  });
  it("solves a combination that must meet every constraint, or says none does", () => {
    expect(assignmentPuzzleGuard("analysis", readConversation([u("four volunteers, three shifts. find the combination that meets all their constraints, or tell me none does.")]))?.task).toBe("deep_reasoning");
  });
  it("reads 'what's going wrong' over a system's figures as a diagnosis ask", () => {
    expect(readNumericDomain("queue depth 12 -> 4,800, consumer lag 40 min, cpu 30%. what's going wrong?").interpret).toBe(true);
  });
  it("reads a Russian ask for the notes made short as a summary, and a Czech 'is it true that' as a lookup", () => {
    expect(taskOf(u("Вот заметки со встречи, можешь сделать коротко — что решили и кто что делает?\n\n— Оля: запускаем рассылку в среду, текст пишет Оля.\n— Бюджет на рекламу урезали до 20 тысяч, решение за Пашей.\n— Сайт: переезд на новый хостинг откладываем на месяц, Игорь проверит тарифы.\n— Следующая встреча в пятницу."))).toBe("summarization");
    expect(taskOf(u("Dobrý den, je pravda, že vlaštovky odlétají na zimu až do jižní Afriky?"))).toBe("simple_qa");
  });
});
