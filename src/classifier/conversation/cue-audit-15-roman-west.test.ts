/**
 * Fifteenth round's audit of the romanized West tables (`language-cues-roman-west.ts`): Hindi and Urdu typed in Latin
 * letters ("Hinglish", `hi-Latn`), Arabic in "Arabizi" with digits for the letters Latin lacks (2 for hamza, 3 for
 * ain, 5 for kha, 7 for ha, 8 for ghain or qaf, 9 for sad or qaf; Levantine, Egyptian, Gulf and Maghrebi forms,
 * `ar-Latn`) and Persian as "Finglish" (`fa-Latn`), the way people type them in chat apps without a native keyboard,
 * mixed with English words. The cue matcher reads digits as word characters (`isCueWordChar`), so "ta3mel", "7allel"
 * and "la5esli" are words to it and Arabizi cues are written with their digits.
 *
 * Each ask is the team's own (never a working set's row) and is named by a cue of its own language's table, so each
 * fails with the tables empty. An ask named by a defining cue is read over a base that says another task; one named
 * only by weaker words is read by the default learned classifier.
 *
 * Hinglish borrows its nouns from English ("summary", "translate", "code"): its cues pair them with the Hindi verb
 * ("summary bana do", "translate kar do", "code likh do"), never the English word alone. No cue of the three tables
 * fires in a fixed sample of English prompts from the shared development data.
 *
 * Fixed with them: "kaun hai" (who is it) closes many a Hindi riddle ("bujho to jaane, main kaun hoon"); a simple_qa
 * cue there turned a riddle into a fact, so it is no cue, and the riddle's own closing words are deep_reasoning's.
 */
import { describe, expect, it } from "vitest";
import { describeAskAudit, describeTableAudit, ownCues } from "../../../test/support/table-audit.js";
import { isCueWordChar } from "./cue-matcher.js";
import type { CueLanguage } from "./language-cues.js";

const MINE: readonly CueLanguage[] = ["hi-Latn", "ar-Latn", "fa-Latn"];


/** Four or more asks per task and language. */
const asks: [string, string, string][] = [
  // hi-Latn
  ["hi-Latn", "translation", "bhai ye paragraph english mein translate kar do please, client ko bhejna hai"],
  ["hi-Latn", "translation", "'jugaad' ko english mein kaise bolte hain?"],
  ["hi-Latn", "translation", "is message ka anuvaad chahiye: The package will arrive on Monday."],
  ["hi-Latn", "translation", "mummy ke liye ye recipe hindi mein convert kar do"],
  ["hi-Latn", "summarization", "ye article bahut lamba hai, iska summary bana do"],
  ["hi-Latn", "summarization", "meeting notes neeche hain, inka saransh do line mein chahiye"],
  ["hi-Latn", "summarization", "is report ke main points batao yaar, padhne ka time nahi hai"],
  ["hi-Latn", "summarization", "ye pura thread teen line mein samjha do kya hua"],
  ["hi-Latn", "extraction", "is email se saare phone number nikal ke do"],
  ["hi-Latn", "extraction", "neeche wali list se sirf emails chahiye, kuch aur nahi"],
  ["hi-Latn", "extraction", "invoice mein se saari dates aur amount table mein daal do"],
  ["hi-Latn", "extraction", "is paragraph se sabhi naam jaisa likha hai waise hi likh do"],
  ["hi-Latn", "classification", "in reviews ko classify karo: positive, negative ya neutral"],
  ["hi-Latn", "classification", "ye message spam hai ya nahi? 'Aapne 10 lakh jeete hain, abhi click karein'"],
  ["hi-Latn", "classification", "har ticket ki priority set karo: high, medium, low"],
  ["hi-Latn", "classification", "batao ye complaint kis department ko jani chahiye: billing, tech ya sales"],
  ["hi-Latn", "code_generation", "python mein ek code likh do jo folder ki saari files rename kare"],
  ["hi-Latn", "code_generation", "mujhe ek function chahiye jo string ko reverse kare, javascript mein"],
  ["hi-Latn", "code_generation", "excel ka formula batao jo do columns ko jod de"],
  ["hi-Latn", "code_generation", "ek chhoti script bana do jo har subah backup le"],
  ["hi-Latn", "code_review", "mera code chal nahi raha, error aa raha hai: TypeError undefined is not a function"],
  ["hi-Latn", "code_review", "ye code check karo aur galti kahan hai batao"],
  ["hi-Latn", "code_review", "samajh nahi aa raha ye code kya karta hai, thoda explain karo"],
  ["hi-Latn", "code_review", "app baar baar crash ho raha hai jab login karte hain, debug karo please"],
  ["hi-Latn", "analysis", "iPhone aur Pixel mein kaunsa better hai camera ke liye?"],
  ["hi-Latn", "analysis", "dono job offers compare karo, salary aur growth dono dekh ke"],
  ["hi-Latn", "analysis", "sales data dekh ke batao, pichle mahine revenue kyun gir raha hai"],
  ["hi-Latn", "analysis", "MBA karna chahiye ya nahi abhi, 3 saal ka experience hai"],
  ["hi-Latn", "creative_writing", "meri behen ki shaadi ke liye ek kavita likho, thodi emotional"],
  ["hi-Latn", "creative_writing", "boss ko leave ke liye email likh do, 3 din ki chhutti chahiye"],
  ["hi-Latn", "creative_writing", "bacchon ke liye ek chhoti kahani sunao jisme ek bandar ho"],
  ["hi-Latn", "creative_writing", "is message ko thoda polite bana do, client naraz hai"],
  ["hi-Latn", "brainstorming", "youtube channel ke liye kuch naye ideas chahiye, cooking pe hai"],
  ["hi-Latn", "brainstorming", "meri bakery ke liye koi achha naam suggest karo"],
  ["hi-Latn", "brainstorming", "weekend pe family ke saath kya kya kar sakte hain, ideas batao"],
  ["hi-Latn", "brainstorming", "instagram pe followers kaise badhaye, kuch tarike batao"],
  ["hi-Latn", "chat", "aaj bahut bore ho raha hai yaar, kuch baat karo"],
  ["hi-Latn", "chat", "tum kaun ho? koi robot ho kya?"],
  ["hi-Latn", "chat", "office mein bahut tension ho rahi hai, bas kisi se baat karni hai"],
  ["hi-Latn", "chat", "aaj main bahut udaas hoon, mann nahi lag raha kisi cheez mein"],
  ["hi-Latn", "simple_qa", "australia ki rajdhani kya hai?"],
  ["hi-Latn", "simple_qa", "Gitanjali kisne likhi thi?"],
  ["hi-Latn", "simple_qa", "blockchain kya hota hai simple words mein?"],
  ["hi-Latn", "simple_qa", "pehla world war kis saal shuru hua?"],
  ["hi-Latn", "math", "ye sawal solve karo: 2x + 5 = 17, x kya hai?"],
  ["hi-Latn", "math", "5 lakh ke loan pe 9% byaj, 3 saal mein kitna interest dena hoga?"],
  ["hi-Latn", "math", "850 ka 18 percent kitna hota hai? hisab lagao"],
  ["hi-Latn", "math", "trip ka total 24000 hai, 6 log hain, per person kitna aayega?"],
  ["hi-Latn", "deep_reasoning", "ek paheli bujho: aisi kaun si cheez hai jo jitna badhti hai utna chhoti hoti hai?"],
  ["hi-Latn", "deep_reasoning", "koi dimaag wala sawal puchho, mushkil wala"],
  ["hi-Latn", "deep_reasoning", "ek logic wala sawal hai: teen dabbe hain, sab pe galat label laga hai, ek fruit nikal ke sab sahi kaise karoge?"],
  ["hi-Latn", "deep_reasoning", "step by step socho aur batao: agar A B se lamba hai aur B C se, to sabse chhota kaun?"],
  // ar-Latn
  ["ar-Latn", "translation", "tarjemli hal jomle lal englizi: ana jay bokra 3al shoghol"],
  ["ar-Latn", "translation", "'inshallah' bil englizi eh? ya3ni ezay a2olha lel manager"],
  ["ar-Latn", "translation", "momken ttargem el email da lel 3arabi? mama 3ayza te2rah"],
  ["ar-Latn", "translation", "7awelha lel englizi please: el ijtima3 et2ajjal lel khamis"],
  ["ar-Latn", "summarization", "la5esli el article da f kam satr"],
  ["ar-Latn", "summarization", "e3melli talkhees lel meeting notes di, el mudir 3ayezha"],
  ["ar-Latn", "summarization", "el report tawil ktir, a3tini ahamm el no2at bas"],
  ["ar-Latn", "summarization", "lakhasli el kitab da fi satrein"],
  ["ar-Latn", "extraction", "tala3li kol el emailat men el text da"],
  ["ar-Latn", "extraction", "mn el invoice, tala3li kol el tawarikh wel mabaleg fi jadwal"],
  ["ar-Latn", "extraction", "3ayez el asami bas men el list, zay ma maktoub"],
  ["ar-Latn", "extraction", "esta5rej kol el ar2am el mawjouda fel paragraph"],
  ["ar-Latn", "classification", "sanef el reviews di: ejabi wala salbi wala 7iyadi"],
  ["ar-Latn", "classification", "el message di spam wala la? 'mabrouk ksebt iPhone'"],
  ["ar-Latn", "classification", "7aded el awlawiya le kol ticket: 3ajel, 3adi, mesh mohem"],
  ["ar-Latn", "classification", "kol email men dol ay qesm lazem yesta2beloh: finance wala HR?"],
  ["ar-Latn", "code_generation", "ektebli code bel python y2ra excel file w yegma3 el columns"],
  ["ar-Latn", "code_generation", "3ayez code javascript y3mel validate lel email"],
  ["ar-Latn", "code_generation", "sawli function bt7seb el average le list of numbers"],
  ["ar-Latn", "code_generation", "bidi code SQL yjib a5er 10 orders"],
  ["ar-Latn", "code_review", "el code mesh shaghal, bytala3 error: NullPointerException"],
  ["ar-Latn", "code_review", "shof el code da w 2olli fen el ghalat"],
  ["ar-Latn", "code_review", "sala7li el function di, btrag3 nafs el result kol marra"],
  ["ar-Latn", "code_review", "el code hada shu bya3mel? eshra7li khatwe khatwe"],
  ["ar-Latn", "analysis", "qaren bein el iPhone wel Samsung men nahyet el battery"],
  ["ar-Latn", "analysis", "3andi 2 offers shoghl, ayhom a7san?"],
  ["ar-Latn", "analysis", "7allel el sales data di w 2olli leh el revenue na2as"],
  ["ar-Latn", "analysis", "eh el mazaya w 3oyoub el shoghl men el beit?"],
  ["ar-Latn", "creative_writing", "ektebli 2asida 3an el bo7r w el ghorba"],
  ["ar-Latn", "creative_writing", "ektebli resala lel manager a7tag agaza yomein"],
  ["ar-Latn", "creative_writing", "ekteb 2essa 2asira lel atfal 3an 2otta shaqiya"],
  ["ar-Latn", "creative_writing", "2olli nekta 7elwa 3an el programmers"],
  ["ar-Latn", "brainstorming", "a3tini afkar le mashrou3 sa8ir men el beit"],
  ["ar-Latn", "brainstorming", "e2tere7li asami le cafe gdid fe Cairo"],
  ["ar-Latn", "brainstorming", "shu ahdi ommi fi 3id milada?"],
  ["ar-Latn", "brainstorming", "eddini fekra le video 3al TikTok"],
  ["ar-Latn", "chat", "ana za3lan awi el naharda w mesh 3aref leh"],
  ["ar-Latn", "chat", "bas esma3ni, ma bidi 7ulul, bidi e7ki"],
  ["ar-Latn", "chat", "meen 3amalak? enta robot?"],
  ["ar-Latn", "chat", "ana ta3ban men el shoghl w 3ayez atkallem shwaya"],
  ["ar-Latn", "simple_qa", "shu ya3ni 'serendipity'?"],
  ["ar-Latn", "simple_qa", "meen katab riwayet el liss wel kilab?"],
  ["ar-Latn", "simple_qa", "eh 3asemet Australia?"],
  ["ar-Latn", "simple_qa", "el 7arb el 3alamiya el ula bada2et fi ay sana?"],
  ["ar-Latn", "math", "7el el mo3adla di: 3x + 7 = 22"],
  ["ar-Latn", "math", "e7sebli el installment el shahri lw el loan 200 alf 3ala 5 sneen"],
  ["ar-Latn", "math", "kam el nesba el me2aweya lw 45 men 180?"],
  ["ar-Latn", "math", "2adesh bisir el majmou3 lw kol wa7ed dafa3 350 w ne7na 7 ashkhas?"],
  ["ar-Latn", "deep_reasoning", "3andi lo8z: shi bimshi 3ala arba3 el sob7 w 3ala tnen el dohr, shu howa?"],
  ["ar-Latn", "deep_reasoning", "2olli fazzoura sa3ba"],
  ["ar-Latn", "deep_reasoning", "ektebli so2al manti2i 3an tlat ashkhas wa7ed menhom dayman byekdeb"],
  ["ar-Latn", "deep_reasoning", "3andi 7azzoura: 12 koora wa7da menhom wazna mokhtalef, kif tla2iha b 3 weighings?"],
  // fa-Latn
  ["fa-Latn", "translation", "in matn ro tarjome kon be englisi: jalase farda saat 10 ast"],
  ["fa-Latn", "translation", "'ta'arof' be englisi chi mishe?"],
  ["fa-Latn", "translation", "lotfan in email ro be farsi bargardoon, baraye mamanam"],
  ["fa-Latn", "translation", "tarjomash kon lotfan: The office is closed tomorrow."],
  ["fa-Latn", "summarization", "in maghale kheili tolanie, kholasash kon"],
  ["fa-Latn", "summarization", "noghat asli in report ro begoo, vaght nadaram bekhoonam"],
  ["fa-Latn", "summarization", "in meeting notes ro to se khat jam kon"],
  ["fa-Latn", "summarization", "ye kholase az in ketab mikham"],
  ["fa-Latn", "extraction", "hame email ha ro az in matn dar biar"],
  ["fa-Latn", "extraction", "faghat esm ha ro mikham, hamoon ke neveshte shode"],
  ["fa-Latn", "extraction", "tarikh ha va mablagh ha ro az invoice estekhraj kon"],
  ["fa-Latn", "extraction", "shomare telefon ha ro bekesh biroon va to jadval bezar"],
  ["fa-Latn", "classification", "in nazarat ro dastebandi kon: mosbat, manfi, khonsa"],
  ["fa-Latn", "classification", "in payam spam hast ya na? 'shoma barande shodid'"],
  ["fa-Latn", "classification", "be har ticket barchasb bezan: fori, motevaset, kam"],
  ["fa-Latn", "classification", "har email be kodoom bakhsh bere? mali ya poshtibani"],
  ["fa-Latn", "code_generation", "ye code benevis ke file haye excel ro merge kone, ba python"],
  ["fa-Latn", "code_generation", "ye tabe benevis ke adad aval ro peyda kone"],
  ["fa-Latn", "code_generation", "ye script benevis ke har roz az database backup begire"],
  ["fa-Latn", "code_generation", "barname benevis ke list ro sort kone, be zaban python"],
  ["fa-Latn", "code_review", "codam error mide: IndexError list index out of range, eshkalesh chie?"],
  ["fa-Latn", "code_review", "in code ro check kon bebin eshkal koja hast"],
  ["fa-Latn", "code_review", "in code chi kar mikone? nemifahmam"],
  ["fa-Latn", "code_review", "barnamam kar nemikone, debug kon lotfan"],
  ["fa-Latn", "analysis", "iPhone ya Samsung, kodoom behtare baraye akkasi?"],
  ["fa-Latn", "analysis", "in do ta pishnahad kari ro moghayese kon"],
  ["fa-Latn", "analysis", "mazaya va moayeb kar az khoone chie?"],
  ["fa-Latn", "analysis", "in data ro tahlil kon, chera forush oftade?"],
  ["fa-Latn", "creative_writing", "ye she'r baraye tavalod hamsaram benevis"],
  ["fa-Latn", "creative_writing", "ye email benevis be modiram baraye morakhasi"],
  ["fa-Latn", "creative_writing", "ye dastane kootah baraye bache ha benevis"],
  ["fa-Latn", "creative_writing", "in payam ro rasmi tar benevis, baraye moshtari mifrestam"],
  ["fa-Latn", "brainstorming", "chand ta idea bede baraye kanal youtube"],
  ["fa-Latn", "brainstorming", "ye esm baraye kafe jadidam pishnahad bede"],
  ["fa-Latn", "brainstorming", "chi kado bedam be baba baraye tavalodesh?"],
  ["fa-Latn", "brainstorming", "rahkar bede baraye inke ziad gooshi dast nagiram"],
  ["fa-Latn", "chat", "emruz delam gerefte, faghat mikham harf bezanam"],
  ["fa-Latn", "chat", "to ki hasti? robot hasti?"],
  ["fa-Latn", "chat", "kheili khastam az kar, hoselam sar rafte"],
  ["fa-Latn", "chat", "faghat gosh kon, nasihat nemikham"],
  ["fa-Latn", "simple_qa", "paytakht Australia kojast?"],
  ["fa-Latn", "simple_qa", "'serendipity' yani chi?"],
  ["fa-Latn", "simple_qa", "Shahnameh ro ki nevesht?"],
  ["fa-Latn", "simple_qa", "jang jahani aval dar che sali shoroo shod?"],
  ["fa-Latn", "math", "in moadele ro hal kon: 3x + 7 = 22"],
  ["fa-Latn", "math", "ghest vam 200 milion ba sood 18 darsad har mah chand mishe?"],
  ["fa-Latn", "math", "45 az 180 chand darsad mishe?"],
  ["fa-Latn", "math", "kolesh 1200 dolare, 5 nafarim, hesab kon sahme har nafar"],
  ["fa-Latn", "deep_reasoning", "ye chistan bego ke sakht bashe"],
  ["fa-Latn", "deep_reasoning", "ye moamma daram: se ta jabe, hame barchasb eshtebah daran, chetor doroste konim?"],
  ["fa-Latn", "deep_reasoning", "ye soal manteghi: yeki hamishe dorugh mige yeki hamishe rast, kodoom kodoome?"],
  ["fa-Latn", "deep_reasoning", "in moammaye manteghi ro ghadam be ghadam javab bede"],
];

describeAskAudit("the fifteenth round's asks in Hinglish, Arabizi and Finglish", MINE, asks);

describe("the fifteenth round's scripts: Hinglish, Arabizi and Finglish", () => {
  it("reads digits as letters of a cue word, as Arabizi writes them", () => {
    for (const digit of "2356789") expect(isCueWordChar(digit.charCodeAt(0)), digit).toBe(true);
    expect(ownCues("ar-Latn", "analysis", "ta7lil")).not.toEqual([]);
    // A cue does not fire inside a longer word that goes on with a digit.
    expect(ownCues("ar-Latn", "analysis", "ta7lil2")).toEqual([]);
  });
});

/** Everyday sentences that hold a look-alike of a cue and ask no task of its kind. */
const LOOK_ALIKES: [string, string][] = [
  // "kaun hai" closes a Hindi riddle: no fact is asked.
  ["bujho to jaane, hari hai par ghaas nahi, batao kaun hai?", "simple_qa"],
  // "pishnahad" is a job offer as often as a suggestion.
  ["do ta pishnahad kari daram, kodoom behtare?", "brainstorming"],
  // "ana mesh shaghal" is "I'm not working / not busy", no code.
  ["ana mesh shaghal el naharda, ta3ala nes2al 3ala ba3d", "code_review"],
  // "ek line mein" asks a short answer, not a summary.
  ["ek line mein batao, capital of Japan kya hai?", "summarization"],
  // "sher" is a lion as often as a couplet.
  ["jungle mein ek sher tha, usne kya kiya?", "creative_writing"],
  // Arabizi "ma3na" is "with us" as often as "meaning".
  ["enta ma3na bokra wala la?", "simple_qa"],
];

/** Everyday words of the three languages that no other language's table may read. */
const COMMON: Record<string, string> = {
  "hi-Latn": "yaar bhai kya hain nahi nhi karo kar kardo batao bata samjhao likho bana mujhe tum aap kaise kyun kab kahan kitna accha theek sahi bas abhi",
  "ar-Latn": "ana enta inta howa hiya ya3ni kda keda bas 3ayez 3awez bidi baddi mesh msh mish shu eh leh lesh fen wen emta kam 2adesh 7abibi yalla inshallah mashallah wallah tamam kwayes",
  "fa-Latn": "man to shoma lotfan mikham mishe chi chie chera koja key kheili khoob hast nist baraye inke ye chand ta alan farda emruz dige",
};

describeTableAudit("the romanized West tables", MINE, LOOK_ALIKES, COMMON);
