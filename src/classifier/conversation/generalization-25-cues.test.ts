/**
 * Twenty-fifth round, cue words in a context that changes them: a why or an order below a pasted log, defining words over figures, a translation among money words.
 * The round as a whole: what a turn that carries figures asks for, read from its own ask, in several of the ten languages,
 * each with the look-alike it must leave alone. Team-written, not from any evaluation set. Each rule is tested on the
 * guard that holds it (the reading handed to it is the misreading it corrects) and, where the shipped readings miss
 * the turn, end to end.
 * Its other classes are the other generalization-25-*.test.ts files.
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import { closingDiagnosisGuard } from "./closing-diagnosis.js";
import { readConversationCached, type ConversationReading } from "./read-conversation.js";
import { definingCueGuard } from "./defining-cue-guard.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const taskOf = (content: string, classifier = learned): string => classifier.classify([{ role: "user", content }]).task.label;
const read = (content: string): ConversationReading => readConversationCached([{ role: "user", content }]);

describe("a question why, below a pasted failing log", () => {
  const log =
    "\n\n01:30:00 export.sh start, rows=0\n01:30:02 psql COPY orders TO STDOUT -> orders.csv\n01:52:41 gzip orders.csv -> orders.csv.gz\n01:52:43 gzip: orders.csv.gz: No space left on device\n01:52:43 export.sh exit 1\n\n";
  it("is debugging, whatever script the ask names", () => {
    for (const text of [
      `Der Export-Job bricht seit Montag jede Nacht ab. Ausgabe von gestern:${log}Die Tabelle hat jetzt 14 Mio. Zeilen, /tmp hat 20 GB. Warum bricht er jetzt ab, und was muss ich im Skript anpassen?`,
      `エクスポートのジョブが月曜から毎晩落ちます。昨日の出力です。${log}今は1400万行、/tmpは20GBです。なぜ落ちるのか、スクリプトのどこを変えればいいですか？`,
      `导出任务从周一开始每晚都失败。昨天的输出：${log}现在表里有1400万行，/tmp只有20 GB。为什么会失败？脚本里要改什么？`,
    ]) {
      expect(closingDiagnosisGuard("code_generation", read(text))?.task, text.slice(0, 30)).toBe("code_review");
    }
  });

  it("leaves code asked for below the log, and an order to fix it, alone", () => {
    const script = `Der Export-Job bricht seit Montag jede Nacht ab. Ausgabe von gestern:${log}Warum passiert das? Schreib mir bitte ein Skript, das vorher den freien Platz prüft und sonst abbricht.`;
    expect(closingDiagnosisGuard("code_generation", read(script))).toBeUndefined();
    const fix = `The export job fails every night since Monday. Output from last night:${log}Why does it fail now? Fix the script so it writes to /data instead.`;
    expect(closingDiagnosisGuard("code_generation", read(fix))).toBeUndefined();
  });
});

describe("review fixes: an order to change the script, or a why that asks nothing, below a failing log", () => {
  const log = "\n\n01:30:00 export.sh start\n01:52:43 gzip: orders.csv.gz: No space left on device\n01:52:43 export.sh exit 1\n\n";
  it("leaves the code-writing reading alone", () => {
    for (const closing of [
      "Why does it fail now? Add a check for free space before the gzip step.",
      "¿Por qué falla ahora? Añade una comprobación de espacio libre antes de comprimir.",
      "Warum bricht er ab? Pass das Skript bitte so an, dass es nach /data schreibt.",
      "Perché si ferma? Aggiungi un controllo dello spazio libero prima di gzip.",
      "Por que falha? Adiciona uma verificação de espaço livre antes do gzip.",
      "Not sure why it started on Monday, the table only grew by 2 million rows.",
      "O job falha desde segunda porque o disco enche, a tabela cresceu 2 milhões de linhas.",
    ]) {
      expect(closingDiagnosisGuard("code_generation", read(`The export job fails every night since Monday. Output:${log}${closing}`)), closing).toBeUndefined();
    }
  });

  it("still reads a why asked below the log as debugging", () => {
    expect(closingDiagnosisGuard("code_generation", read(`The export job fails every night since Monday. Output:${log}Why does it fail now, and what should I change in the script?`))?.task).toBe("code_review");
    expect(closingDiagnosisGuard("code_generation", read(`エクスポートが毎晩落ちます。出力です。${log}なぜ今になって失敗するのか、スクリプトのどこを直せばいいか教えてください。`))?.task).toBe("code_review");
  });
});

describe("defining words in a context where they name no task", () => {
  it("reads a debugging word over figures with nothing to debug as a question about the figures", () => {
    expect(taskOf("Mes stats de ski de fond cet hiver : 14 sorties, vitesse moyenne 11,2 km/h (13,4 l'an dernier), fréquence cardiaque moyenne 152 (144), et 3 chutes contre 0. Qu'est-ce qui cloche ?")).toBe("analysis");
    expect(taskOf("我们家热水器去年每月用气38立方，今年52立方，设定温度一样是50度，也没报错。这正常吗？")).toBe("analysis");
  });

  it("leaves a debugging word over an app's figures to debugging", () => {
    expect(taskOf("Unsere App stürzt seit Version 4.2.0 bei 3 % der Starts ab, vorher 0,2 %, vor allem auf Android 12 mit 4 GB RAM. Was ist da kaputt?")).toBe("analysis"); // ADR 0030: a diagnosis from a system's log or figures, no code shown (was code_review)
    expect(taskOf("Mon script de sauvegarde prenait 4 min pour 12 Go, il en prend 38 pour 14 Go depuis lundi, 3 fois de suite. Qu'est-ce qui cloche ?")).toBe("code_review");
  });

  it("reads Russian перевод among money words as a transfer, and a translation asked as one", () => {
    expect(taskOf("Отправляю маме в Казахстан 500 долларов. Банк берёт 2% от суммы перевода плюс 300 ₽, курс 92,4. Сколько всего спишут с карты в рублях?")).toBe("math");
    expect(taskOf("Переведи на английский: «Комиссия за перевод — 2%, минимум 300 ₽, зачисление в течение 1–3 дней.»")).toBe("translation");
  });

  it("finds a Russian message asked in the question form", () => {
    expect(taskOf("Напишешь короткое сообщение соседям? В субботу 12 апреля с 9 до 13 отключат воду, стоянку у 3-го подъезда нужно освободить к 8:30.", heuristic)).toBe("creative_writing");
  });
});

describe("review fixes: a translation asked among money words", () => {
  it("is still named by the Russian imperative, wherever the money words are", () => {
    for (const text of [
      "Переведи эти 5 фраз на английский: 1) Счёт на 250 евро оплачен. 2) Доставка 3–5 дней.",
      "Переведи на английский. Банковский перевод 1 500 евро поступит в течение 2 дней.",
      "Ваш счёт пополнен на 12 000 ₽, комиссия банка 1,5% от суммы перевода. Переведи это на английский.",
      "Вот выписка: 12.03 перевод 5 000 ₽, 14.03 оплата 1 200 ₽, 15.03 кэшбэк 60 ₽. Переведи 3 строки выписки на немецкий.",
      "Переведи 2 абзаца на французский: Стоимость участия 40 евро, скидка 10% до 1 мая.",
    ]) {
      for (const task of ["math", "extraction", "simple_qa"]) expect(definingCueGuard(task, read(text))?.task, `${task}: ${text}`).toBe("translation");
    }
  });
});
