/**
 * Fourteenth round's audit (europe, part two): Swedish, Greek, Hebrew, Persian, Czech, Danish and Norwegian, the same
 * everyday asks as part one (`cue-audit-14-europe.test.ts`): "korta ner", "κάν' το πιο σύντομο", "כמה מילים לכרטיס",
 * "چی بهش هدیه بدم", "kdo tě vytvořil", "til den rigtige afdeling", "πώς το λέμε", "bara namnen", "איזו לבחור",
 * "hastighetsgränsen", "از هر کدوم چقدر", "hjernevrider". Forms Norwegian shares with Danish are written once, in
 * Danish's table. Each ask is the team's own and fails without the round's cues.
 *
 * Look-alikes fixed with them: the summary stems caught Danish "sammenfattende"/"opsummerende", Norwegian "oppsummert"
 * and Greek "συνοψίζοντας" (all "in summary"); Hebrew "חשב" (he thought, an accountant) was a maths verb, Hebrew
 * "ניתוח" (also surgery) and Persian "خلاصه" (also "anyway") defining cues: they stay weak, the phrases that ask the
 * task define it. The new cues keep off the shortest path ("η πιο σύντομη διαδρομή"), an equivalence relation
 * ("יחס שקילות"), weighing pros and cons ("να ζυγίσεις") and weather ("היום יותר חם").
 */
import { describe, expect, it } from "vitest";
import { findCues } from "./cue-matcher.js";
import { read, u } from "../../../test/support/conversation-kit.js";
import { asksNotNamedByOwnTable, cuesOfTask, lookAlikeHits } from "../../../test/support/cue-checks.js";

/** Chat is read over a base that says simple_qa, a fact asked over one that says analysis (a chat base would let the
 * question guard answer for some languages), every other task over one that says chat: each fails without its cue. */
const baseOf = (task: string): string => (task === "chat" ? "simple_qa" : task === "simple_qa" ? "analysis" : "chat");

const asks: [string, string, string][] = [
  ["sv", "summarization", "Gör den kortare, den är för lång."],
  ["sv", "creative_writing", "Skriv om det lite mjukare, det låter för hårt."],
  ["sv", "creative_writing", "Gör det varmare och mindre stelt."],
  ["sv", "creative_writing", "Jag behöver en text till produktsidan."],
  ["sv", "creative_writing", "Något jag kan läsa upp på bröllopet."],
  ["sv", "creative_writing", "Några ord till kortet."],
  ["sv", "brainstorming", "Vad kan jag ge honom i present?"],
  ["sv", "brainstorming", "Vad kan vi göra i helgen i Göteborg?"],
  ["sv", "chat", "Vem har skapat dig?"],
  ["sv", "chat", "Kommer du ihåg vad vi pratade om?"],
  ["sv", "chat", "Är du en bot?"],
  ["sv", "chat", "Lyssna bara, jag vill inte ha lösningar."],
  ["sv", "classification", "Bestäm prioritet för varje ärende: brådskande, medel, låg."],
  ["sv", "classification", "Skicka varje mejl till rätt avdelning."],
  ["sv", "classification", "Markera varje rad som OK eller i riskzonen."],
  ["sv", "translation", "Gör om det till japanska."],
  ["sv", "translation", "Hur säger man stol på engelska?"],
  ["sv", "translation", "Vad heter fika på engelska?"],
  ["sv", "extraction", "Bara namnen och vad de tar med sig."],
  ["sv", "analysis", "Jag har två erbjudanden, vilket ska jag ta?"],
  ["sv", "analysis", "Vad tror du är den mest sannolika orsaken?"],
  ["sv", "analysis", "Är det värt det?"],
  ["sv", "analysis", "Hur ska jag tolka den här trenden?"],
  ["sv", "simple_qa", "Vad är den maximala dygnsdosen av paracetamol?"],
  ["sv", "simple_qa", "Vad är hastighetsgränsen på motorvägen?"],
  ["sv", "simple_qa", "När firas midsommar?"],
  ["sv", "simple_qa", "Vad är den aktuella räntan?"],
  ["sv", "math", "Hur mycket av varje behöver jag till 11 personer?"],
  ["sv", "math", "Vad kostar det oss per månad?"],
  ["sv", "math", "Hur lång tid tar det att betala av lånet?"],
  ["sv", "math", "Hur mycket ränta sparar jag?"],
  ["sv", "deep_reasoning", "Ett vägningsproblem med tolv kulor."],
  ["sv", "deep_reasoning", "Här är en kluring: tre lampor och tre strömbrytare."],
  ["el", "summarization", "Μπορείς να συντομεύσεις αυτό το κείμενο σε τρεις γραμμές;"],
  ["el", "summarization", "Κάν' το πιο σύντομο."],
  ["el", "creative_writing", "Ξαναγράψ' το πιο ήπια, ακούγεται πολύ απότομο."],
  ["el", "creative_writing", "Κάν' το πιο ζεστό και λιγότερο τυπικό."],
  ["el", "creative_writing", "Χρειάζομαι ένα κείμενο για τη σελίδα του προϊόντος."],
  ["el", "creative_writing", "Κάτι που μπορώ να διαβάσω στον γάμο."],
  ["el", "creative_writing", "Λίγα λόγια για την κάρτα."],
  ["el", "brainstorming", "Τι μπορώ να του κάνω δώρο;"],
  ["el", "brainstorming", "Τι μπορούμε να κάνουμε το Σαββατοκύριακο στη Θεσσαλονίκη;"],
  ["el", "chat", "Ποιος σε έφτιαξε;"],
  ["el", "chat", "Θυμάσαι τι συζητήσαμε;"],
  ["el", "chat", "Είσαι bot;"],
  ["el", "chat", "Απλώς άκουσέ με, δεν θέλω λύσεις."],
  ["el", "classification", "Για κάθε αίτημα όρισε προτεραιότητα: επείγον, μεσαίο, χαμηλό."],
  ["el", "classification", "Στείλε κάθε email στο σωστό τμήμα."],
  ["el", "translation", "Κάν' το στα ιαπωνικά."],
  ["el", "translation", "Πώς λέγεται η καρέκλα στα αγγλικά;"],
  ["el", "translation", "Πώς το λέμε στα αγγλικά;"],
  ["el", "analysis", "Έχω δύο προσφορές, ποια να διαλέξω;"],
  ["el", "analysis", "Ποια πιστεύεις ότι είναι η πιο πιθανή αιτία;"],
  ["el", "analysis", "Αξίζει τον κόπο;"],
  ["el", "analysis", "Πώς να ερμηνεύσω αυτή την τάση;"],
  ["el", "simple_qa", "Ποια είναι η μέγιστη ημερήσια δόση παρακεταμόλης;"],
  ["el", "simple_qa", "Ποιο είναι το όριο ταχύτητας στην εθνική οδό;"],
  ["el", "simple_qa", "Πότε γιορτάζεται το Πάσχα φέτος;"],
  ["el", "math", "Πόσο μας κοστίζει τον μήνα;"],
  ["el", "math", "Σε πόσο καιρό θα αποπληρώσω το δάνειο;"],
  ["el", "summarization", "Κάνε το πιο σύντομο, σε δύο γραμμές."],
  ["he", "summarization", "תוכל לקצר את הטקסט הזה לשלוש שורות?"],
  ["he", "summarization", "תעשה את זה יותר קצר."],
  ["he", "creative_writing", "תכתוב את זה יותר חם ופחות רשמי."],
  ["he", "creative_writing", "אני צריך טקסט לדף המוצר."],
  ["he", "creative_writing", "משהו שאוכל להקריא בחתונה של אחי."],
  ["he", "creative_writing", "כמה מילים לכרטיס ברכה."],
  ["he", "brainstorming", "מה אפשר לקנות לו מתנה?"],
  ["he", "brainstorming", "מה אפשר לעשות בסוף השבוע בתל אביב?"],
  ["he", "chat", "מי יצר אותך?"],
  ["he", "chat", "אתה זוכר על מה דיברנו?"],
  ["he", "chat", "אתה בוט?"],
  ["he", "chat", "רק תקשיב, אני לא צריך פתרונות."],
  ["he", "classification", "לכל פנייה תקבע עדיפות: דחוף, בינוני, נמוך."],
  ["he", "classification", "תנתב כל מייל למחלקה הנכונה."],
  ["he", "translation", "איך אומרים כיסא באנגלית?"],
  ["he", "translation", "תעביר את זה ליפנית."],
  ["he", "extraction", "רק את השמות ומה כל אחד מביא."],
  ["he", "analysis", "יש לי שתי הצעות, איזו לבחור?"],
  ["he", "analysis", "מה לדעתך הסיבה הסבירה ביותר?"],
  ["he", "analysis", "האם זה שווה את זה?"],
  ["he", "analysis", "איך לפרש את המגמה הזאת?"],
  ["he", "simple_qa", "מה המינון היומי המקסימלי של אקמול?"],
  ["he", "simple_qa", "מה המהירות המותרת בכביש מהיר?"],
  ["he", "simple_qa", "מתי חוגגים את ט״ו בשבט?"],
  ["he", "simple_qa", "מה פירוש המילה פדיחה?"],
  ["he", "math", "כמה מכל דבר אני צריך ל-11 אנשים?"],
  ["he", "math", "כמה זה עולה לנו בחודש?"],
  ["he", "math", "כמה זמן ייקח להחזיר את ההלוואה?"],
  ["he", "deep_reasoning", "חידת היגיון מראיון עבודה."],
  ["he", "creative_writing", "תכתוב את זה בטון רך יותר."],
  ["fa", "summarization", "میشه این متن رو کوتاه کنی؟ حداکثر سه خط."],
  ["fa", "summarization", "کوتاه‌ترش کن."],
  ["fa", "creative_writing", "این رو ملایم‌تر بنویس، خیلی تند است."],
  ["fa", "creative_writing", "گرم‌تر و کمتر رسمی بنویسش."],
  ["fa", "creative_writing", "یک متن برای صفحه محصول می‌خوام."],
  ["fa", "creative_writing", "چیزی که بتونم تو عروسی بخونم."],
  ["fa", "creative_writing", "چند کلمه برای کارت تبریک."],
  ["fa", "brainstorming", "چی می‌تونم بهش هدیه بدم؟"],
  ["fa", "chat", "کی تو رو ساخته؟"],
  ["fa", "chat", "یادت هست درباره چی حرف زدیم؟"],
  ["fa", "chat", "تو ربات هستی؟"],
  ["fa", "chat", "فقط گوش کن، راه‌حل نمی‌خوام."],
  ["fa", "classification", "برای هر تیکت اولویت تعیین کن: فوری، متوسط، کم."],
  ["fa", "classification", "هر ایمیل را به بخش مربوط بفرست."],
  ["fa", "translation", "این رو به ژاپنی برگردان."],
  ["fa", "extraction", "فقط اسم‌ها و اینکه هر کی چی میاره."],
  ["fa", "analysis", "دو تا پیشنهاد کاری دارم، کدوم رو قبول کنم؟"],
  ["fa", "analysis", "به نظرت محتمل‌ترین علت چیه؟"],
  ["fa", "analysis", "ارزشش را دارد؟"],
  ["fa", "analysis", "این روند را چطور تفسیر کنم؟"],
  ["fa", "simple_qa", "حداکثر دوز روزانه استامینوفن چقدر است؟"],
  ["fa", "simple_qa", "سرعت مجاز در آزادراه چقدر است؟"],
  ["fa", "simple_qa", "چهارشنبه‌سوری کی برگزار می‌شود؟"],
  ["fa", "math", "برای ۱۱ نفر از هر کدوم چقدر لازم دارم؟"],
  ["fa", "math", "ماهانه چقدر برامون خرج داره؟"],
  ["fa", "math", "چقدر طول می‌کشه وام رو پس بدم؟"],
  ["fa", "deep_reasoning", "یک معما برات دارم."],
  ["fa", "deep_reasoning", "مسئله وزن کردن سکه‌ها."],
  ["cs", "summarization", "Udělej to kratší."],
  ["cs", "creative_writing", "Přepiš to jemněji, zní to moc tvrdě."],
  ["cs", "creative_writing", "Udělej to vřelejší a méně strojené."],
  ["cs", "creative_writing", "Potřebuju text na produktovou stránku."],
  ["cs", "creative_writing", "Něco, co můžu přečíst na svatbě."],
  ["cs", "creative_writing", "Pár slov do přání."],
  ["cs", "brainstorming", "Co bych mu mohla dát k narozeninám?"],
  ["cs", "brainstorming", "Co můžeme dělat o víkendu v Brně?"],
  ["cs", "chat", "Kdo tě vytvořil?"],
  ["cs", "chat", "Pamatuješ si, o čem jsme mluvili?"],
  ["cs", "chat", "Jsi bot?"],
  ["cs", "chat", "Jen poslouchej, nechci řešení."],
  ["cs", "classification", "U každého tiketu urči prioritu: urgentní, střední, nízká."],
  ["cs", "classification", "Přiřaď každý e-mail správnému oddělení."],
  ["cs", "translation", "Převeď to do japonštiny."],
  ["cs", "translation", "Jak se řekne židle anglicky?"],
  ["cs", "extraction", "Jen jména a co kdo přinese."],
  ["cs", "analysis", "Mám dvě nabídky, kterou mám vzít?"],
  ["cs", "analysis", "Co je podle tebe nejpravděpodobnější příčina?"],
  ["cs", "analysis", "Vyplatí se to?"],
  ["cs", "analysis", "Jak mám číst tenhle trend?"],
  ["cs", "simple_qa", "Jaká je maximální denní dávka paracetamolu?"],
  ["cs", "simple_qa", "Jaká je povolená rychlost na dálnici?"],
  ["cs", "simple_qa", "Kdy se slaví Velikonoce?"],
  ["cs", "simple_qa", "Jaký je aktuální kurz eura?"],
  ["cs", "math", "Kolik čeho potřebuju pro 11 lidí?"],
  ["cs", "math", "Kolik nás to bude stát měsíčně?"],
  ["cs", "math", "Jak dlouho budu splácet úvěr?"],
  ["da", "creative_writing", "Skriv det lidt blidere om, det lyder for hårdt."],
  ["da", "creative_writing", "Gør det varmere og mindre stift."],
  ["da", "creative_writing", "Jeg skal bruge en tekst til produktsiden."],
  ["da", "creative_writing", "Noget jeg kan læse op til brylluppet."],
  ["da", "creative_writing", "Et par ord til kortet."],
  ["da", "brainstorming", "Hvad kan jeg give ham i gave?"],
  ["da", "chat", "Hvem har lavet dig?"],
  ["da", "chat", "Kan du huske hvad vi snakkede om?"],
  ["da", "chat", "Bare lyt, jeg vil ikke have løsninger."],
  ["da", "classification", "Bestem prioriteten for hver sag: haster, middel, lav."],
  ["da", "classification", "Send hver mail til den rigtige afdeling."],
  ["da", "translation", "Lav det om til japansk."],
  ["da", "translation", "Hvad hedder hygge på engelsk?"],
  ["da", "analysis", "Jeg har to tilbud, hvilket skal jeg tage?"],
  ["da", "analysis", "Hvordan skal jeg læse denne udvikling?"],
  ["da", "simple_qa", "Hvad er den maksimale døgndosis af paracetamol?"],
  ["da", "simple_qa", "Hvad er hastighedsgrænsen på motorvejen?"],
  ["da", "simple_qa", "Hvornår fejres sankthans?"],
  ["da", "math", "Hvor meget af hver skal jeg bruge til 11 personer?"],
  ["da", "math", "Hvad koster det os om måneden?"],
  ["da", "math", "Hvor lang tid tager det at betale lånet af?"],
  ["da", "deep_reasoning", "En hjernevrider fra en jobsamtale."],
  ["da", "creative_writing", "Skriv det blidere, det lyder for hårdt."],
  ["nb", "summarization", "Kan du korte ned denne teksten til tre linjer?"],
  ["nb", "creative_writing", "Skriv det mykere, det høres for hardt ut."],
  ["nb", "creative_writing", "Jeg trenger en tekst til produktsiden."],
  ["nb", "creative_writing", "Noe jeg kan lese opp i bryllupet."],
  ["nb", "creative_writing", "Noen ord til kortet."],
  ["nb", "brainstorming", "Hva kan jeg gi ham i gave?"],
  ["nb", "chat", "Hvem har laget deg?"],
  ["nb", "chat", "Bare lytt, jeg vil ikke ha løsninger."],
  ["nb", "classification", "Bestem prioritet for hver sak: haster, middels, lav."],
  ["nb", "translation", "Gjør det om til japansk."],
  ["nb", "analysis", "Jeg har to tilbud, hvilket bør jeg ta?"],
  ["nb", "simple_qa", "Hva er maksimal døgndose av paracetamol?"],
  ["nb", "simple_qa", "Hva er fartsgrensen på motorveien?"],
  ["nb", "simple_qa", "Når feires sankthans?"],
  ["nb", "math", "Hvor mye av hver trenger jeg til 11 personer?"],
  ["nb", "math", "Hva koster det oss i måneden?"],
  ["nb", "math", "Hvor lang tid tar det å betale ned lånet?"],
  ["nb", "deep_reasoning", "En hjernetrim-oppgave fra et jobbintervju."],
];

describe("the fourteenth round's everyday asks in Swedish, Greek, Hebrew, Persian, Czech, Danish and Norwegian", () => {
  it.each(asks)("%s: reads %s: %s", (_lang, task, text) => {
    expect(read(baseOf(task), [u(text)])).toBe(task);
  });
  it("names each ask's task by a defining cue of its own language's table (forms Norwegian shares with Danish are written once, in Danish's)", () => {
    expect(asksNotNamedByOwnTable(asks, { nb: "da" })).toEqual([]);
  });
});

/** Sentences that ask no task of the kind a cue used to read (or a new cue might read) in them. */
const LOOK_ALIKES: [string, string][] = [
  ["Sammenfattende kan man sige, at det gik godt.", "summarization"],
  ["Opsummerende må vi konstatere, at budgettet holdt.", "summarization"],
  ["Oppsummert gikk prosjektet bra.", "summarization"],
  ["Sammanfattningsvis gick projektet bra.", "summarization"],
  ["Συνοψίζοντας, το έργο πήγε καλά.", "summarization"],
  ["Το πιο σύντομο μονοπάτι σε έναν γράφο.", "summarization"],
  ["Η πιο σύντομη διαδρομή από την Αθήνα στη Λάρισα.", "summarization"],
  ["Πώς να ζυγίσεις τα υπέρ και τα κατά;", "deep_reasoning"],
  ["הוא חשב שזה רעיון טוב.", "math"],
  ["יחס שקילות הוא יחס רפלקסיבי.", "deep_reasoning"],
  ["היום יותר חם מאתמול.", "creative_writing"],
  ["Skriv den om til Python.", "creative_writing"],
  ["هوا ملایم‌تر شده است.", "creative_writing"],
];

/** Words that keep a weak cue of a task but name it by no defining one. */
const WEAK_ONLY: [string, string][] = [
  ["כמה זמן ההחלמה אחרי ניתוח ברך?", "analysis"],
  ["خلاصه، دیروز رفتیم خونه و خوابیدیم.", "summarization"],
];

/** Everyday words beside the fixed cues that no other language's table may read. */
const COMMON: Record<string, string> = {
  da: "sammenfattende opsummerende",
  nb: "oppsummert",
  el: "συνοψίζοντας",
  he: "חשב שקילות",
};

describe("the fourteenth round's look-alikes in the Nordic, Greek, Hebrew and Persian tables", () => {
  it.each(LOOK_ALIKES)("in an everyday sentence reads no cue of its look-alike task: %s (%s)", (text, task) => {
    expect(cuesOfTask(text, task), text).toEqual([]);
  });
  it.each(WEAK_ONLY)("names no defining cue of its look-alike task: %s (%s)", (text, task) => {
    expect(findCues(text.toLowerCase()).filter((hit) => hit.task === task && hit.strong).map((hit) => `${hit.lang} '${hit.cue}'`), text).toEqual([]);
  });
  it("fires no cue of another language inside a common word", () => {
    expect(lookAlikeHits(COMMON)).toEqual([]);
  });
});
