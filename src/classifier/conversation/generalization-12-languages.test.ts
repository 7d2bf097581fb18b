/**
 * Twelfth round: cues in twelve more languages (Bulgarian, Serbian, Croatian, Slovenian, Lithuanian, Latvian, Estonian,
 * Tamil, Telugu, Marathi, Azerbaijani, Kazakh). Each ask is read over a base that says chat, so it fails without the
 * cue; most ask politely or as a question ("можеш ли да преведеш", "ar galėtum išversti", "అనువదించండి"). The
 * prompts are the team's own, not the working sets' rows.
 */
import { describe, expect, it } from "vitest";
import { findCues } from "./cue-matcher.js";
import { readConversation } from "./read-conversation.js";
import { read, u } from "../../../test/support/conversation-kit.js";

const asks: [string, string, string][] = [
  ["bg", "translation", "Можеш ли да преведеш това писмо на английски? Срещата се мести за четвъртък."],
  ["bg", "classification", "Класифицирай тези отзиви: „доставката закъсня“, „чудесно обслужване“, „продуктът е счупен“"],
  ["bg", "math", "Изчисли колко лихва ще платя за заем от 20 000 лева за три години при 6%"],
  ["sr", "extraction", "Издвоји све датуме и износе из овог уговора о закупу стана"],
  ["sr", "brainstorming", "Смисли неколико имена за моју пекару у Новом Саду"],
  ["sr", "summarization", "Можеш ли да сажмеш овај извештај у три реченице за директора?"],
  ["hr", "summarization", "Možeš li sažeti ovaj izvještaj u tri rečenice za upravu?"],
  ["hr", "creative_writing", "Napiši pjesmu za rođendan moje bake, nešto toplo i kratko"],
  ["hr", "code_generation", "Napiši funkciju u Pythonu koja provjerava je li OIB ispravan"],
  ["sl", "summarization", "Povzemi ta članek v treh stavkih za mojo šefico"],
  ["sl", "extraction", "Izvleci vse datume in zneske iz te pogodbe o najemu"],
  ["sl", "creative_writing", "Napiši pesem za mamin rojstni dan"],
  ["lt", "translation", "Ar galėtum išversti šį laišką į anglų kalbą? Susitikimas perkeltas į ketvirtadienį."],
  ["lt", "summarization", "Parašyk šio straipsnio santrauką trimis sakiniais"],
  ["lt", "analysis", "Išanalizuok, ar verta pirkti butą Kaune, ar geriau nuomotis"],
  ["lv", "translation", "Vai vari pārtulkot šo e-pastu angliski? Sapulce ir pārcelta uz ceturtdienu."],
  ["lv", "code_generation", "Uzraksti funkciju, kas pārbauda, vai personas kods ir derīgs"],
  ["lv", "math", "Aprēķini, cik procentus es samaksāšu par 5000 eiro kredītu trīs gados"],
  ["et", "summarization", "Kas sa saaksid selle artikli kolme lausega kokku võtta?"],
  ["et", "classification", "Liigita need tagasisided: 'tarne hilines', 'suurepärane teenindus', 'toode oli katki'"],
  ["et", "math", "Arvuta, kui palju ma maksan intressi 10 000 euro laenult kolme aasta jooksul"],
  ["ta", "translation", "இந்த மின்னஞ்சலை ஆங்கிலத்தில் மொழிபெயர்க்க முடியுமா?"],
  ["ta", "summarization", "இந்த அறிக்கையை மூன்று வரிகளில் சுருக்கவும்"],
  ["ta", "creative_writing", "என் அம்மாவின் பிறந்தநாளுக்கு ஒரு கவிதை எழுதுங்கள்"],
  ["te", "translation", "ఈ సందేశాన్ని ఆంగ్లంలోకి అనువదించండి"],
  ["te", "classification", "ఈ సమీక్షలను సానుకూల లేదా ప్రతికూల అని వర్గీకరించండి"],
  ["te", "analysis", "ఈ రెండు ఫోన్లను పోల్చి ఏది మంచిది అని విశ్లేషించండి"],
  ["mr", "translation", "हा ईमेल इंग्रजीत भाषांतर करून द्या"],
  ["mr", "code_generation", "पायथनमध्ये एक फंक्शन लिहा जे यादी उलटी करते"],
  ["mr", "math", "हे समीकरण सोडवा: 2x + 5 = 17"],
  ["az", "translation", "Bu məktubu ingilis dilinə tərcümə edə bilərsən? Görüş cümə axşamına keçirildi."],
  ["az", "summarization", "Bu məqalənin qısa xülasəsini hazırla"],
  ["az", "creative_writing", "Anamın ad günü üçün bir şeir yaz"],
  ["kk", "translation", "Осы хатты ағылшын тіліне аударып бере аласың ба?"],
  ["kk", "analysis", "Екі банктің ұсыныстарын талдап, қайсысы тиімді екенін айт"],
  ["kk", "creative_writing", "Анамның туған күніне арнап өлең жазып бер"],
];

describe("twelve more cue languages", () => {
  it.each(asks)("%s: reads the defining verb, in its polite and question forms too, as %s over a base that says chat: %s", (_lang, task, text) => {
    expect(read("chat", [u(text)])).toBe(task);
  });
  it("finds each ask's cue in its own language's table, or in the table that writes a shared form once", () => {
    // Croatian holds the Latin forms Serbian and Slovenian share ("prevedi", "izračunaj"), Bulgarian the Cyrillic
    // forms Serbian shares ("преведи", "имена за"); these asks use each language's own words.
    for (const [lang, task, text] of asks) {
      const hits = findCues(text.toLowerCase()).filter((hit) => hit.task === task).map((hit) => hit.lang);
      expect(hits, `${lang}: ${text}`).toContain(lang);
    }
  });
  it("names the Latin-script languages by their function words, Cyrillic ones by their letters, the others by their cues", () => {
    const named = (text: string): string => readConversation([u(text)]).language;
    expect(named("Molim te, nije mi jasno ovo, jer ne znam koji je bolji")).toBe("hr");
    expect(named("Prosim, ker tudi ne vem, kaj je zelo dobro, ampak lahko poskusim")).toBe("sl");
    expect(named("Labai norėčiau sužinoti, kaip tai veikia, jei galite paaiškinti")).toBe("lt");
    expect(named("Palun ütle, kuidas ja miks see juhtus, kui aga mida teha")).toBe("et");
    expect(named("Bu gün çox yorğunam, amma bu iş üçün vaxt tapmalıyam, deyil?")).toBe("az");
    expect(named("Ще ти кажа какво се случи във вторник, не съм сигурен")).toBe("bg");
    expect(named("Није ми јасно зашто је то тако")).toBe("sr");
    expect(named("Бүгін қалайсың, жұмыс қалай?")).toBe("kk");
    expect(named("Доброго дня, чи є у вас час?")).toBe("uk");
    expect(named("Привет, как прошёл твой день?")).toBe("ru");
    expect(named("இந்த மின்னஞ்சலை ஆங்கிலத்தில் மொழிபெயர்க்கவும்")).toBe("ta");
    expect(named("ఈ సందేశాన్ని ఆంగ్లంలోకి అనువదించండి")).toBe("te");
    expect(named("हा ईमेल इंग्रजीत भाषांतर करून द्या")).toBe("mr");
    expect(named("इस लेख का सारांश तीन वाक्यों में लिखो")).toBe("hi");
  });
});
