/**
 * Audit of the nine most-used languages' cue tables (`language-cues-top.ts`): everyday ways of asking that the tables
 * missed — "pásalo al inglés", "me sale este error", "merece la pena", "vale a pena", "ça vaut le coup", "lohnt es sich",
 * "стоит ли", "用英语怎么说", "英語で何て言う", "핵심만 세 줄로" — in formal and casual registers, Latin-American and
 * European Spanish, Brazilian and European Portuguese, simplified and traditional Chinese, Japanese plain and polite
 * forms, Korean 해요 / 합니다 / 반말 endings. Each ask is the team's own (never a working set's row) and is read over a
 * base that says chat, so it fails without the cue it names.
 */
import { describe, expect, it } from "vitest";
import { findCues } from "./cue-matcher.js";
import { foldedCue } from "./cue-folding.js";
import { LANGUAGE_CUES, type CueLanguage } from "./language-cues.js";
import { read, u } from "../../../test/support/conversation-kit.js";
import { lookAlikeHits } from "../../../test/support/cue-checks.js";

const asks: [string, string, string][] = [
  ["es", "translation", "Pásalo al inglés, que es para un cliente de Londres"],
  ["es", "summarization", "¿Cuáles son las ideas principales de esta charla? Te pego la transcripción"],
  ["es", "extraction", "De este hilo de correos, quiero solo las fechas de entrega"],
  ["es", "classification", "¿Este SMS es spam o no? \"Has ganado un iPhone, pulsa aquí\""],
  ["es", "code_review", "Me sale este error al hacer npm install, ¿qué hago?"],
  ["es", "analysis", "¿Merece la pena cambiarse a un coche eléctrico si hago 40 km al día?"],
  ["es", "creative_writing", "Cuéntame un chiste malo de matemáticos"],
  ["es", "brainstorming", "Dame ideas para celebrar el aniversario de la empresa"],
  ["es", "deep_reasoning", "Hay tres puertas y un guardia siempre miente, ¿qué pregunta le hago?"],
  ["pt", "translation", "Passa esse recado pro inglês, é pro meu chefe"],
  ["pt", "summarization", "Me dá os tópicos principais dessa palestra"],
  ["pt", "extraction", "Quero só os e-mails dos clientes dessa planilha"],
  ["pt", "code_generation", "Faz um script em Python que baixa todas as imagens de uma página"],
  ["pt", "code_review", "Revisa o meu código antes de eu mandar o pull request"],
  ["pt", "analysis", "Vale a pena trocar de emprego por 10% a mais de salário?"],
  ["pt", "creative_writing", "Conta uma piada de português pra animar a reunião"],
  ["pt", "brainstorming", "Sugere nomes para o meu canal de culinária no YouTube"],
  ["pt", "deep_reasoning", "Numa ilha, um cavaleiro sempre diz a verdade e um escudeiro sempre mente. Quem é quem?"],
  ["pt", "math", "Quanto vou pagar no total num financiamento de 30 mil em 48 parcelas a 1,5% ao mês?"],
  ["fr", "translation", "Tu peux mettre ce mail en anglais ? Enfin, mets-le en anglais mais garde le ton poli"],
  ["fr", "summarization", "Fais ressortir les points principaux de cet article pour ma présentation"],
  ["fr", "extraction", "Je veux seulement les noms des participants, rien d'autre"],
  ["fr", "classification", "Ce message, c'est du spam ou pas ?"],
  ["fr", "code_review", "Mon code ne marche pas depuis la mise à jour de Node"],
  ["fr", "analysis", "Ça vaut le coup de passer à la fibre pour du télétravail ?"],
  ["fr", "brainstorming", "Des suggestions pour un week-end en amoureux pas trop cher ?"],
  ["fr", "math", "Combien je vais payer par mois pour un crédit de 200 000 euros sur 20 ans à 3,5 % ?"],
  ["it", "translation", "Come si dice \"ci vediamo dopo\" in tedesco?"],
  ["it", "summarization", "Dammi i punti salienti di questa riunione"],
  ["it", "extraction", "Mi servono solo gli indirizzi dei fornitori da questo documento"],
  ["it", "code_review", "Il mio codice non compila più dopo l'aggiornamento"],
  ["it", "analysis", "Quali sono i pro e i contro di un mutuo a tasso fisso?"],
  ["it", "creative_writing", "Raccontami una barzelletta sui carabinieri"],
  ["it", "brainstorming", "Dammi delle idee per una festa di laurea originale"],
  ["it", "math", "Quanto pagherò di interessi su un prestito di 15.000 euro al 6% in 5 anni?"],
  ["de", "translation", "Wie sagt man \"Feierabend\" auf Englisch?"],
  ["de", "summarization", "Fass mir bitte das Meeting-Transkript in fünf Punkten zusammen"],
  ["de", "extraction", "Aus dieser Mail brauche ich nur die Telefonnummern"],
  ["de", "classification", "Ist das Spam oder nicht? \"Ihr Paket wartet, klicken Sie hier\""],
  ["de", "code_review", "Warum bekomme ich diesen Fehler, wenn ich den Container starte?"],
  ["de", "analysis", "Lohnt es sich, eine Wärmepumpe in einen Altbau einzubauen?"],
  ["de", "creative_writing", "Erzähl mir einen Witz über Beamte"],
  ["de", "brainstorming", "Ich suche Namen für ein kleines Café am See, hast du Vorschläge?"],
  ["de", "math", "Wie viel zahle ich insgesamt bei 20.000 Euro Kredit mit 4 % Zinsen über 5 Jahre?"],
  ["ru", "translation", "Как по-английски сказать \"у меня дедлайн горит\"?"],
  ["ru", "summarization", "Перескажи эту главу в нескольких предложениях"],
  ["ru", "extraction", "Выпиши из договора только даты и суммы платежей"],
  ["ru", "classification", "Это спам или нет: \"Вы выиграли миллион, перейдите по ссылке\""],
  ["ru", "code_review", "Глянь мой код, там где-то утечка памяти"],
  ["ru", "analysis", "Стоит ли переезжать в другой город ради работы?"],
  ["ru", "creative_writing", "Расскажи анекдот про Штирлица"],
  ["ru", "brainstorming", "Накидай идей для подарка коллеге на день рождения"],
  ["ru", "math", "Сколько процентов от 1200 составляет 300?"],
  ["ko", "translation", "이 문장 영어로 옮겨 줄 수 있어요?"],
  ["ko", "summarization", "이 논문 핵심만 세 줄로 알려 줘"],
  ["ko", "classification", "이 문자 스팸인지 아닌지 알려 줘"],
  ["ko", "code_review", "이 에러가 왜 뜨는지 모르겠어요"],
  ["ko", "analysis", "전기차 사는 게 나을까 하이브리드 사는 게 나을까?"],
  ["ko", "brainstorming", "팀 회식 장소 후보 좀 추천해 줘"],
  ["ko", "math", "x^2 sin x 미분해 주세요"],
  ["zh", "translation", "\"加油\"用英语怎么说比较地道？"],
  ["zh", "summarization", "这篇论文讲了什么？简单说说"],
  ["zh", "extraction", "把这份简历里的联系方式都找出来"],
  ["zh", "classification", "这条短信是不是垃圾邮件？"],
  ["zh", "code_review", "我的代码跑不起来，帮我看看"],
  ["zh", "creative_writing", "给我讲个冷笑话"],
  ["zh", "brainstorming", "我们团队要团建，给点建议"],
  ["zh", "math", "帮我算一下房贷每个月要还多少"],
  ["ja", "translation", "「お疲れ様です」って英語で何て言うの？"],
  ["ja", "summarization", "この議事録を3行でまとめて"],
  ["ja", "extraction", "この請求書から金額だけ抜き出して"],
  ["ja", "classification", "このメールは迷惑メールかどうか判定して"],
  ["ja", "code_review", "このエラーがどうしても消えないんです"],
  ["ja", "creative_writing", "友達の結婚式のスピーチを書いてほしい"],
  ["ja", "brainstorming", "新しいカフェの名前の案を出してください"],
  ["ja", "math", "サイコロを3回振って全部同じ目が出る確率は？"],
];

const NINE: readonly CueLanguage[] = ["es", "de", "fr", "pt", "it", "ru", "ko", "zh", "ja"];

describe("everyday asks in the nine most-used languages", () => {
  it.each(asks)("%s: reads %s over a base that says chat: %s", (_lang, task, text) => {
    expect(read("chat", [u(text)])).toBe(task);
  });
  it("names each ask's task by a defining cue of one of the nine tables", () => {
    for (const [lang, task, text] of asks) {
      const hits = findCues(text.toLowerCase()).filter((hit) => hit.task === task && hit.strong).map((hit) => hit.lang);
      expect(hits.some((hit) => NINE.includes(hit)), `${lang}: ${text}`).toBe(true);
    }
  });
});

/** Everyday words of the nine languages (none a task word), and the English words nearest the new stems. */
const COMMON: Record<string, string> = {
  en: "trade tradition tradeoff consult console content context sugar suggest suggestion render accord according preen prevent furniture fur rompers compass complete completion summary summit resume resumed encore",
  es: "hoy mañana trabajo casa vida gente ahora siempre nunca porque también entonces pasar dame tengo quiero puedes ayuda semana dinero coche",
  pt: "hoje amanhã trabalho casa vida gente agora sempre nunca porque também então passar tenho quero pode ajuda semana dinheiro carro",
  it: "oggi domani lavoro casa vita gente adesso sempre mai perché anche allora passare ho voglio puoi aiuto settimana soldi macchina",
  fr: "aujourd'hui demain travail maison vie gens maintenant toujours jamais parce aussi alors passer j'ai veux peux aide semaine argent voiture",
  de: "heute morgen arbeit haus leben leute jetzt immer nie weil auch dann geben habe will kannst hilfe woche geld auto fassade rechner kürzlich",
  ru: "сегодня завтра работа дом жизнь люди сейчас всегда никогда потому тоже тогда дать есть хочу можешь помощь неделя деньги машина стихия сократить",
  ko: "오늘 내일 일 집 생활 사람 지금 항상 절대 왜냐하면 그리고 그러면 있어요 원해요 도와줘 주말 돈 자동차 비교적",
  zh: "今天 明天 工作 家 生活 人们 现在 总是 从来 因为 也 然后 我想 你能 帮助 周末 钱 汽车 积分",
  ja: "今日 明日 仕事 家 生活 人 今 いつも 決して なぜなら そして それから 欲しい できる 手伝って 週末 お金 車 荷物",
};

describe("look-alikes of the nine tables", () => {
  it("fires no cue of another language inside a common word of the nine or an English word near a new stem", () => {
    expect(lookAlikeHits(COMMON)).toEqual([]);
  });
  it("keeps no two entries of one of the nine tables that match the same text (as written or unaccented)", () => {
    const repeated: string[] = [];
    for (const lang of NINE) {
      const texts = new Map<string, string>();
      for (const list of Object.values(LANGUAGE_CUES[lang])) {
        for (const raw of list.split("|")) {
          const prefix = raw.endsWith("*");
          const written = raw.replace(/^!/, "").replace(/\*$/, "");
          const folded = lang === "zh" || lang === "ja" ? undefined : foldedCue(written, prefix);
          for (const text of folded === undefined ? [written] : [written, folded]) {
            const key = `${text}${prefix ? "*" : ""}`;
            const other = texts.get(key);
            if (other !== undefined && other !== raw) repeated.push(`${lang} '${raw}' matches what '${other}' does`);
            texts.set(key, raw);
          }
        }
      }
    }
    expect(repeated).toEqual([]);
  });
});
