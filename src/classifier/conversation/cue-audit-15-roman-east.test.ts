/**
 * Fifteenth round's audit of the romanized East tables: Japanese in romaji, Chinese in pinyin without tones, Korean in
 * romanization and Russian in Latin transliteration (`language-cues-roman-east.ts`), the way people type these languages
 * without a native keyboard, mixed with English words. Each ask is the team's own (never a working set's row) and is
 * named by a cue of its own language's table, so each fails with the tables empty. An ask named by a defining cue is
 * read over a base that says another task; one named only by weaker words (a greeting, thanks, "shuto wa", "v kakom
 * godu", an error reported) is read by the default learned classifier, which reads the table's cues as features.
 *
 * Fixed with them: a bare "no" just before a cue ruled it out as a negation, which in romaji is the particle of "kono
 * kiji no youyaku" (the article's summary); it no longer does for romaji cues, and romaji, Korean and Russian typed in
 * Latin letters get their own negations ("honyaku wa iranai", "beonyeok piryo eopseo", "ne nado perevodit").
 *
 * Romaji and pinyin syllables are short and many are English, Italian or German words ("shite", "miti", "dianzi",
 * "Kategorie", "privet"): the tables hold phrases there, and no cue of theirs fires in a fixed sample of English prompts
 * from the shared development data.
 */
import { describe, expect, it } from "vitest";
import { describeTableAudit } from "../../../test/support/table-audit.js";
import { read, u } from "../../../test/support/conversation-kit.js";
import { createClassifier } from "../create-classifier.js";
import { findCues } from "./cue-matcher.js";
import { LANGUAGE_CUES, type CueLanguage } from "./language-cues.js";

const MINE: readonly CueLanguage[] = ["ja-Latn", "zh-Latn", "ko-Latn", "ru-Latn"];

/** Chat is read over a base that says simple_qa, a fact over one that says analysis, a view over one that says
 * summarization, every other task over one that says chat. */
const baseOf = (task: string): string => (task === "chat" ? "simple_qa" : task === "simple_qa" ? "analysis" : task === "analysis" ? "summarization" : "chat");

/** Four or more asks per task and language. */
const asks: [string, string, string][] = [
  // ja-Latn
  ["ja-Latn", "translation", "kore honyaku shite kudasai: The meeting has been moved to Friday."],
  ["ja-Latn", "translation", "eigo ni shite kudasai, ashita no kaigi wa gogo sanji kara desu"],
  ["ja-Latn", "translation", "'itadakimasu' tte eigo de nante iu?"],
  ["ja-Latn", "translation", "this paragraph, nihongo ni yakushite onegai"],
  ["ja-Latn", "summarization", "kono kiji wo youyaku shite kudasai, 3 lines kurai de"],
  ["ja-Latn", "summarization", "nagai meeru nan dakedo, pointo dake oshiete"],
  ["ja-Latn", "summarization", "kaigi no memo, kantan ni matomete onegai"],
  ["ja-Latn", "summarization", "this report is too long, mijikaku shite kudasai"],
  ["ja-Latn", "extraction", "kono bunshou kara namae dake nukidashite"],
  ["ja-Latn", "extraction", "meeru no naka no hizuke wo zenbu risuto ni shite"],
  ["ja-Latn", "extraction", "invoice kara kingaku to hizuke wo json keishiki de dashite"],
  ["ja-Latn", "extraction", "sankasha no denwa bangou dake kakidashite kudasai"],
  ["ja-Latn", "classification", "kono review wo pojitibu ka negatibu ka de bunrui shite"],
  ["ja-Latn", "classification", "kono meeru wa supamu ka dou ka hantei shite"],
  ["ja-Latn", "classification", "each ticket no yuusendo wo hantei shite: high, medium, low"],
  ["ja-Latn", "classification", "kono komento wo kategori ni wakete kudasai"],
  ["ja-Latn", "code_generation", "python de kansuu wo kaite kudasai, list no chouhuku wo nozoku yatsu"],
  ["ja-Latn", "code_generation", "CSV wo yomu sukuriputo wo tsukutte"],
  ["ja-Latn", "code_generation", "meeru adoresu no seiki hyougen wo kaite onegai"],
  ["ja-Latn", "code_generation", "kono API wo yobu koodo wo kaite, TypeScript de"],
  ["ja-Latn", "code_review", "kono koodo ga ugokanai, doko ga machigatte iru?"],
  ["ja-Latn", "code_review", "koodo rebyuu onegai shimasu: def add(a, b): return a - b"],
  ["ja-Latn", "code_review", "TypeError tte eraa ga deru, nande?"],
  ["ja-Latn", "code_review", "kono SQL naze osoi? index wa aru kedo"],
  ["ja-Latn", "analysis", "iPhone to Pixel, docchi ga ii to omou?"],
  ["ja-Latn", "analysis", "kono uriage deeta wo bunseki shite kudasai"],
  ["ja-Latn", "analysis", "remote work no meritto to demeritto wo oshiete"],
  ["ja-Latn", "analysis", "naitei ga futatsu aru kedo, dochira wo erabeba ii?"],
  ["ja-Latn", "creative_writing", "neko ni tsuite no shi wo kaite"],
  ["ja-Latn", "creative_writing", "buchou ni owabi no meeru wo kaite kudasai"],
  ["ja-Latn", "creative_writing", "tomodachi no kekkonshiki no supiichi genkou onegai"],
  ["ja-Latn", "creative_writing", "kono meeru, motto yawarakai iikata ni kakinaoshite"],
  ["ja-Latn", "brainstorming", "shin shouhin no namae wo kangaete, 10 ko kurai"],
  ["ja-Latn", "brainstorming", "shuumatsu no ibento, nanika aidea kudasai"],
  ["ja-Latn", "brainstorming", "chichi no tanjoubi ni nani wo agetara ii kana"],
  ["ja-Latn", "brainstorming", "blog no taitoru an wo ikutsuka dashite"],
  ["ja-Latn", "chat", "konnichiwa! ogenki desu ka?"],
  ["ja-Latn", "chat", "kyou wa hontou ni tsukareta... tada kiite hoshii"],
  ["ja-Latn", "chat", "arigatou gozaimasu, tasukarimashita!"],
  ["ja-Latn", "chat", "anata wa dare? anata wo tsukutta no wa dare?"],
  ["ja-Latn", "simple_qa", "Osutoraria no shuto wa doko desu ka?"],
  ["ja-Latn", "simple_qa", "'sontaku' tte dou iu imi?"],
  ["ja-Latn", "simple_qa", "NASA wa nan no ryaku desu ka?"],
  ["ja-Latn", "simple_qa", "kousoku douro no seigen sokudo wa nan kiro?"],
  ["ja-Latn", "math", "2x + 5 = 17 no houteishiki wo toite kudasai"],
  ["ja-Latn", "math", "kono sekibun wo keisan shite kudasai: x^2 dx from 0 to 3"],
  ["ja-Latn", "math", "maitsuki 3 man en zutsu kaeshitara nannen de kansai dekiru?"],
  ["ja-Latn", "math", "sai wo 2 kai furu toki, goukei ga 7 ni naru kakuritsu wa?"],
  ["ja-Latn", "deep_reasoning", "nazonazo wo dashite! muzukashii no ga ii"],
  ["ja-Latn", "deep_reasoning", "shoujikimono to usotsuki no mondai, A wa 'B wa usotsuki' to iu..."],
  ["ja-Latn", "deep_reasoning", "12 ko no tama kara omosa no chigau tama wo sagasu tenbin no mondai"],
  ["ja-Latn", "deep_reasoning", "atama no taisou mitai na mondai wo dashite"],
  // zh-Latn
  ["zh-Latn", "translation", "bang wo fanyi yixia zhe ju hua: I'll be late today"],
  ["zh-Latn", "translation", "'suibian' yingwen zenme shuo?"],
  ["zh-Latn", "translation", "qing ba zhe duan fanyi cheng yingwen"],
  ["zh-Latn", "translation", "fan yi xia: wo mingtian bu neng lai shangban"],
  ["zh-Latn", "summarization", "zhe pian wenzhang tai chang le, bang wo zongjie yixia"],
  ["zh-Latn", "summarization", "gei zhe ge meeting notes xie yige zhaiyao"],
  ["zh-Latn", "summarization", "yi ju hua gaikuo zhe ge article"],
  ["zh-Latn", "summarization", "zhe ge report de zhongdian shi shenme?"],
  ["zh-Latn", "extraction", "cong zhe feng email li tiqu suoyou riqi"],
  ["zh-Latn", "extraction", "ba wenzhang li de renming zhaochulai, zhi yao mingzi"],
  ["zh-Latn", "extraction", "ba zhe xie kehu xinxi zhengli cheng biaoge"],
  ["zh-Latn", "extraction", "yi json geshi liechu dingdan hao he jine"],
  ["zh-Latn", "classification", "ba zhe xie pinglun fenlei: zhengmian haishi fumian"],
  ["zh-Latn", "classification", "zhe feng you jian shi bu shi laji youjian? 'ni zhong le yi bai wan'"],
  ["zh-Latn", "classification", "gei mei tiao feedback da biaoqian: bug, feature, question"],
  ["zh-Latn", "classification", "qing panduan youxianji: gao, zhong, di"],
  ["zh-Latn", "code_generation", "yong python xie yige hanshu, panduan sushu"],
  ["zh-Latn", "code_generation", "bang wo xie ge jiaoben, piliang chongmingming wenjian"],
  ["zh-Latn", "code_generation", "xie yitiao sql chaxun mei ge yue de xiaoshou e"],
  ["zh-Latn", "code_generation", "xie ge pachong zhua jingdong de jiage"],
  ["zh-Latn", "code_review", "wo de daima baocuo le: IndexError list index out of range"],
  ["zh-Latn", "code_review", "zhe duan daima you shenme wenti? for i in range(10) print(i)"],
  ["zh-Latn", "code_review", "bang wo kankan daima, weishenme zheme man"],
  ["zh-Latn", "code_review", "npm run build pao bu qilai, zenme ban"],
  ["zh-Latn", "analysis", "fenxi yixia zhe ge yue de xiaoshou shuju"],
  ["zh-Latn", "analysis", "iPhone he Android, na ge geng hao?"],
  ["zh-Latn", "analysis", "zhe liang ge offer wo gai xuan na ge?"],
  ["zh-Latn", "analysis", "yuancheng bangong de youquedian shi shenme?"],
  ["zh-Latn", "creative_writing", "xie yi shou guanyu qiutian de shi"],
  ["zh-Latn", "creative_writing", "bang wo xie feng youjian gei laoban qingjia"],
  ["zh-Latn", "creative_writing", "gei wo mama xie yi duan shengri zhufu"],
  ["zh-Latn", "creative_writing", "zhe duan hua runse yixia, weiwan yidian"],
  ["zh-Latn", "brainstorming", "bang wo qi ge mingzi, kafei dian yong de"],
  ["zh-Latn", "brainstorming", "zhoumo keyi zuo shenme? gei dian jianyi"],
  ["zh-Latn", "brainstorming", "nan pengyou shengri song shenme liwu hao"],
  ["zh-Latn", "brainstorming", "gongsi nianhui, lai ji ge dianzi"],
  ["zh-Latn", "chat", "nihao! zuijin zenmeyang?"],
  ["zh-Latn", "chat", "xiexie ni, tai you yong le"],
  ["zh-Latn", "chat", "jintian hao lei a, xiang zhao ren liaoliao"],
  ["zh-Latn", "chat", "ni shi jiqiren ma? shui kaifa le ni?"],
  ["zh-Latn", "simple_qa", "Aodaliya de shoudu shi na li?"],
  ["zh-Latn", "simple_qa", "'neijuan' shi shenme yisi?"],
  ["zh-Latn", "simple_qa", "Hong Lou Meng shi shui xie de?"],
  ["zh-Latn", "simple_qa", "NBA shi shenme de suoxie?"],
  ["zh-Latn", "math", "jie fangcheng: 3x - 7 = 11"],
  ["zh-Latn", "math", "bang wo suan yixia 2400 de 15% shi duoshao"],
  ["zh-Latn", "math", "fangdai mei ge yue huan 8000, duojiu neng huanqing?"],
  ["zh-Latn", "math", "zhi liang ci shaizi, dianshu he wei 7 de gailv shi duoshao?"],
  ["zh-Latn", "deep_reasoning", "gei wo chu ge miyu, nan yidian de"],
  ["zh-Latn", "deep_reasoning", "lai yi dao luoji ti: san ge ren, yi ge zongshi shuo zhenhua"],
  ["zh-Latn", "deep_reasoning", "naojin jizhuanwan: shenme dongxi yue xi yue zang?"],
  ["zh-Latn", "deep_reasoning", "12 ge qiu li zhao yi ge jia de, chengzhong wenti, cheng san ci"],
  // ko-Latn
  ["ko-Latn", "translation", "i munjang yeongeoro beonyeok haejuseyo: naeil hoeui isseoyo"],
  ["ko-Latn", "translation", "'nunchi' yeongeoro mwoya?"],
  ["ko-Latn", "translation", "this email hangugeoro bunyuk jom haejwo"],
  ["ko-Latn", "translation", "beonyeokhaejwo: Thank you for your patience"],
  ["ko-Latn", "summarization", "i gisa yoyak haejwo, se jullo"],
  ["ko-Latn", "summarization", "hoeui naeyong haeksimman jeongni haejwo"],
  ["ko-Latn", "summarization", "this report is too long, yoyakhaejuseyo"],
  ["ko-Latn", "summarization", "i geul jjalge mandeureo jwo"],
  ["ko-Latn", "extraction", "i imeil-eseo naljaman ppoba jwo"],
  ["ko-Latn", "extraction", "chamseokja ireumman ppobajwo"],
  ["ko-Latn", "extraction", "jumun jeongbo pyoro jeongni haejwo"],
  ["ko-Latn", "extraction", "i email-eseo jeonhwabeonhoman chuchul haejwo"],
  ["ko-Latn", "classification", "i hugi-deul geungjeong bujeong bullyu haejwo"],
  ["ko-Latn", "classification", "i mesiji seupaeminji anin-ji allyeojwo"],
  ["ko-Latn", "classification", "gak tiket useonsunwireul maegyeo jwo: high, mid, low"],
  ["ko-Latn", "classification", "i munui-neun eoneu buseo-ro bonaeya dwae?"],
  ["ko-Latn", "code_generation", "python-euro hamsu jjajwo, sosu panbyeol"],
  ["ko-Latn", "code_generation", "CSV ilgneun seukeuripteu jjajwo"],
  ["ko-Latn", "code_generation", "imeil jeonggyusik mandeureojwo"],
  ["ko-Latn", "code_generation", "login API kodeu jom jjajwo, node-ro"],
  ["ko-Latn", "code_review", "i kodeu an doraga, mwoga jalmotdwaesseo?"],
  ["ko-Latn", "code_review", "kodeu ribyu jom haejwo: def add(a, b): return a - b"],
  ["ko-Latn", "code_review", "NullPointerException ereoga na, wae geurae?"],
  ["ko-Latn", "code_review", "i query wae ireoke neuryeo?"],
  ["ko-Latn", "analysis", "i maechul deiteo bunseok haejwo"],
  ["ko-Latn", "analysis", "aipon irang gaelleoksi bigyo haejwo"],
  ["ko-Latn", "analysis", "jaetaek geunmu jangdanjeom mwoya?"],
  ["ko-Latn", "analysis", "opeo du gae inde eoneu jjogi na-a?"],
  ["ko-Latn", "creative_writing", "gaeul-e daehan si sseojwo"],
  ["ko-Latn", "creative_writing", "timjangnim-kke bonael sagwa meil sseojwo"],
  ["ko-Latn", "creative_writing", "chingu gyeolhonsik chuksa jom sseojwo"],
  ["ko-Latn", "creative_writing", "i mesiji budeureopge bakkwo jwo"],
  ["ko-Latn", "brainstorming", "kape ireum jieojwo, 10 gae jeongdo"],
  ["ko-Latn", "brainstorming", "jumal-e mwo hamyeon joeulkka? aidieo jom"],
  ["ko-Latn", "brainstorming", "appa saengsin seonmul chucheon haejwo"],
  ["ko-Latn", "brainstorming", "beullogeu jemok chucheon myeot gae"],
  ["ko-Latn", "chat", "annyeonghaseyo! jal jinaeyo?"],
  ["ko-Latn", "chat", "gamsahamnida, jeongmal dowumi dwaesseoyo"],
  ["ko-Latn", "chat", "oneul neomu himdeureosseo... geunyang deureojwo"],
  ["ko-Latn", "chat", "neo nuguya? nuga neol mandeureosseo?"],
  ["ko-Latn", "simple_qa", "hoju sudoneun eodiya?"],
  ["ko-Latn", "simple_qa", "'gapbunssa' tteusi mwoya?"],
  ["ko-Latn", "simple_qa", "NASA-neun museun yakja-ya?"],
  ["ko-Latn", "simple_qa", "'Toji' nuga sseosseo?"],
  ["ko-Latn", "math", "2x + 3 = 11 bangjeongsik pureojwo"],
  ["ko-Latn", "math", "15% harin hamyeon eolmainji gyesan haejwo: 48000 won"],
  ["ko-Latn", "math", "maedal 50man won-ssik gapeumyeon da gamneun de eolmana geollyeo?"],
  ["ko-Latn", "math", "jusawi du beon deonjil ttae hap-i 7il hwangnyul-eun?"],
  ["ko-Latn", "deep_reasoning", "susukkekki hana naejwo"],
  ["ko-Latn", "deep_reasoning", "neonsenseu kwijeu naejwo, eoryeoun geollo"],
  ["ko-Latn", "deep_reasoning", "nonri munje: hangsang geojitmal haneun saram-i issgo..."],
  ["ko-Latn", "deep_reasoning", "jeoul munje: gonggo 12 gae jung gajja chatgi"],
  // ru-Latn
  ["ru-Latn", "translation", "perevedi na angliyskiy: zavtra vstrecha v 10"],
  ["ru-Latn", "translation", "kak skazat po-angliyski 'toska'?"],
  ["ru-Latn", "translation", "please perevedite etot tekst na russkiy"],
  ["ru-Latn", "translation", "nuzhen perevod etogo pisma: Dear team, the release is delayed"],
  ["ru-Latn", "summarization", "sdelay kratkoe soderzhanie etoy stati"],
  ["ru-Latn", "summarization", "podytozh vstrechu v tryokh punktakh"],
  ["ru-Latn", "summarization", "vot dlinnyy tekst, sokrati do 3 predlozheniy"],
  ["ru-Latn", "summarization", "pereskazhi etu glavu, ochen dlinnaya"],
  ["ru-Latn", "extraction", "vypishi vse daty iz etogo pisma"],
  ["ru-Latn", "extraction", "izvleki imena i telefony v vide tablitsy"],
  ["ru-Latn", "extraction", "iz etogo teksta vytashchi tolko imena"],
  ["ru-Latn", "extraction", "naydi vse email adresa i vydai v formate json"],
  ["ru-Latn", "classification", "klassifitsiruy eti otzyvy: pozitivnyy ili negativnyy"],
  ["ru-Latn", "classification", "eto spam ili net? 'Vy vyigrali iPhone'"],
  ["ru-Latn", "classification", "opredeli tonalnost kazhdogo kommentariya"],
  ["ru-Latn", "classification", "opredeli prioritet kazhdogo tiketa: vysokiy, sredniy, nizkiy"],
  ["ru-Latn", "code_generation", "napishi funktsiyu na python, kotoraya proveryaet prostye chisla"],
  ["ru-Latn", "code_generation", "napishi skript dlya backup bazy dannykh"],
  ["ru-Latn", "code_generation", "nuzhna regulyarka dlya email"],
  ["ru-Latn", "code_generation", "napishi zapros SQL, kotoryy vybiraet top-10 klientov"],
  ["ru-Latn", "code_review", "moy kod ne rabotaet, vydaet oshibku TypeError"],
  ["ru-Latn", "code_review", "prover' kod pozhaluysta: def add(a, b): return a - b"],
  ["ru-Latn", "code_review", "chto delaet etot kod? def f(x): return x[::-1]"],
  ["ru-Latn", "code_review", "pochemu padaet etot skript? segmentation fault"],
  ["ru-Latn", "analysis", "sravni iPhone i Samsung dlya raboty"],
  ["ru-Latn", "analysis", "kakie plyusy i minusy udalyonki?"],
  ["ru-Latn", "analysis", "stoit li pereezzhat v Berlin? tvoe mnenie"],
  ["ru-Latn", "analysis", "proanaliziruy prodazhi za kvartal"],
  ["ru-Latn", "creative_writing", "napishi stikh pro osen"],
  ["ru-Latn", "creative_writing", "napishi pismo nachalniku, chto ya zabolel"],
  ["ru-Latn", "creative_writing", "napishi pozdravlenie s dnem rozhdeniya dlya mamy"],
  ["ru-Latn", "creative_writing", "rasskazhi anekdot pro programmistov"],
  ["ru-Latn", "brainstorming", "pridumay nazvanie dlya kofeyni"],
  ["ru-Latn", "brainstorming", "chto podarit pape na yubiley?"],
  ["ru-Latn", "brainstorming", "nakiday idey dlya vecherinki"],
  ["ru-Latn", "brainstorming", "predlozhi neskolko idey dlya startapa"],
  ["ru-Latn", "chat", "privet kak dela?"],
  ["ru-Latn", "chat", "spasibo bolshoe, ochen pomog!"],
  ["ru-Latn", "chat", "mne grustno segodnya, prosto poboltat hochu"],
  ["ru-Latn", "chat", "ty robot? kto tebya sozdal?"],
  ["ru-Latn", "simple_qa", "kakaya stolitsa Avstralii?"],
  ["ru-Latn", "simple_qa", "kto napisal 'Voynu i mir'?"],
  ["ru-Latn", "simple_qa", "chto oznachaet slovo 'toska'?"],
  ["ru-Latn", "simple_qa", "v kakom godu nachalas vtoraya mirovaya?"],
  ["ru-Latn", "math", "reshi uravnenie 2x + 5 = 15"],
  ["ru-Latn", "math", "poschitay 15% ot 2400"],
  ["ru-Latn", "math", "naydi proizvodnuyu ot x^3 + 2x"],
  ["ru-Latn", "math", "kredit 500 tysyach, platyu 20 tysyach v mesyats, za skolko mesyatsev vyplachu?"],
  ["ru-Latn", "deep_reasoning", "zagadai mne zagadku, slozhnuyu"],
  ["ru-Latn", "deep_reasoning", "golovolomka: na ostrove rytsari i lzhetsy, kto est kto?"],
  ["ru-Latn", "deep_reasoning", "logicheskaya zadacha: odin vsegda lzhet, drugoy govorit pravdu"],
  ["ru-Latn", "deep_reasoning", "zadacha na smekalku s sobesedovaniya, pomogi"],
];

const learned = createClassifier("learned");

/** The cues of `lang`'s own table that name `task` in `text`. */
const ownCues = (lang: string, task: string, text: string) => findCues(text.toLowerCase()).filter((hit) => hit.lang === lang && hit.task === task);

describe("the fifteenth round's asks in romaji, pinyin, romanized Korean and Russian", () => {
  it("has at least four asks per task in each language", () => {
    for (const lang of MINE) {
      for (const task of Object.keys(LANGUAGE_CUES.en)) expect(asks.filter(([l, t]) => l === lang && t === task).length, `${lang} ${task}`).toBeGreaterThanOrEqual(4);
    }
  });
  it.each(asks)("%s: names %s by its own table and reads it: %s", (lang, task, text) => {
    const own = ownCues(lang, task, text);
    expect(own.map((hit) => hit.cue), text).not.toEqual([]);
    if (own.some((hit) => hit.strong)) expect(read(baseOf(task), [u(text)])).toBe(task);
    else expect(learned.classify([u(text)]).task.label).toBe(task);
  });
});

/** A task word ruled out beside another asked; and romaji's particle "no", which is no negation. */
const RULED_OUT: [string, string][] = [
  ["honyaku wa iranai, youyaku dake onegai", "summarization"],
  ["beonyeok piryo eopseo, yoyak haejwo", "summarization"],
  ["ne nado perevodit. pereskazhi korotko", "summarization"],
  ["kono kiji no youyaku onegai shimasu", "summarization"],
  ["uriage deeta no bunseki wo onegai", "analysis"],
];

/** Everyday sentences that hold a look-alike of a cue and ask no task of its kind. */
const LOOK_ALIKES: [string, string][] = [
  ["resutoran no yoyaku shitai, ashita no yoru", "summarization"],
  ["Miyu-chan to kouen de asonda", "deep_reasoning"],
  ["raishuu kansai ni iku yotei desu", "math"],
  ["sahoejeok yakja-reul dowajuneun danche", "simple_qa"],
  ["qing zhuyi anquan, xiaoxin luhua", "brainstorming"],
  ["huiyuan jifen xia ge yue guoqi", "math"],
  ["wo de dianzi youjian dizhi bian le", "brainstorming"],
  ["I tuoi miti preferiti, poco dianzi, erano quelli greci", "brainstorming"],
  ["Welche Kategorie passt hier am besten?", "classification"],
  ["We trimmed the privet hedge before the party", "chat"],
];

/** Everyday words of the four languages that no other language's table may read. */
const COMMON: Record<string, string> = {
  "ja-Latn": "kudasai onegai onegaishimasu shite oshiete kore sore nani desu desuka kono sono dake zenbu ikura itsu doko dare naze yoroshiku sugoi kawaii daijoubu wakaranai hontou",
  "zh-Latn": "bang wo qing yixia zhege nage shenme weishenme zenme keyi haode xianzai mingtian jintian zuotian pengyou laoshi gongsi xuesheng",
  "ko-Latn": "haejwo haejuseyo jom mwo mwoya wae eotteoke jigeum oneul naeil chingu hoesa seonsaengnim saranghae daebak jinjja",
  "ru-Latn": "pozhaluysta pozhalujsta mne nado eto chto pochemu kak gde kogda segodnya zavtra vchera rabota drug khorosho ladno davay ochen",
};

describe("the romanized East tables' ruled-out asks", () => {
  it.each(RULED_OUT)("reads the task asked, not the one ruled out, and romaji's particle 'no' rules nothing out: %s", (text, task) => {
    expect(read("chat", [u(text)])).toBe(task);
  });
});

describeTableAudit("the romanized East tables", MINE, LOOK_ALIKES, COMMON);
