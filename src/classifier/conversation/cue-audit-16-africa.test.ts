/**
 * Sixteenth round's audit of the tables of five languages of Africa (`language-cues-africa.ts`): Amharic in the Ge'ez
 * script, Hausa, Yoruba, isiZulu and Igbo. Each ask is the team's own (never a working set's row) and is named by a cue
 * of its own language's table, so each fails with the tables empty. An ask named by a defining cue is read over a base
 * that says another task; one named only by weaker words (a greeting, thanks, "babban birnin", "ngawuphi unyaka") is
 * read by the default learned classifier, which reads the table's cues as features.
 *
 * The asks are typed the ways people type these languages: Yoruba with its tone marks, with its underdots only and
 * in plain letters; Hausa with its hooked letters and without them ("takaita", "wasika"); Igbo with its dotted
 * vowels and without them. The cue matcher reads Ge'ez letters and Hausa ɓ and ɗ as word characters (checked below).
 */
import { describe, expect, it } from "vitest";
import { describeAskAudit, describeTableAudit } from "../../../test/support/table-audit.js";
import { tableEntries } from "../../../test/support/cue-checks.js";
import { foldedCue } from "./cue-folding.js";
import { findCues, isCueWordChar } from "./cue-matcher.js";
import type { CueLanguage } from "./language-cues.js";

const MINE: readonly CueLanguage[] = ["am", "ha", "yo", "zu", "ig"];


/** Four or more asks per task and language, one line per language and task. */
const grouped: [CueLanguage, string, string[]][] = [
  ["am", "translation", ["ይህን አንቀጽ ወደ እንግሊዝኛ ተርጉምልኝ፦ ስብሰባው ወደ አርብ ተዛውሯል", "እባክሽ ይህን ኢሜይል ተርጉሚልኝ፣ ደንበኛው አማርኛ አያነብም", "'እንኳን ደስ አለህ' በእንግሊዝኛ እንዴት ይባላል?", "ይህን ጽሑፍ ወደ አማርኛ መተርጎም ትችላለህ? The package will arrive tomorrow and needs a signature."]],
  ["am", "summarization", ["ይህን ረጅም ሪፖርት በሦስት ዓረፍተ ነገሮች አጠቃልልልኝ", "የስብሰባውን ዋና ዋና ነጥቦች ብቻ ንገረኝ", "ለዚህ ጽሑፍ አጭር ማጠቃለያ ስጠኝ", "ይህን ኢሜይል አሳጥረው፣ በጣም ረጅም ነው"]],
  ["am", "extraction", ["ከዚህ ጽሑፍ ውስጥ ስሞቹን ብቻ ለይተህ አውጣ", "በኢሜይሉ ውስጥ ያሉትን ቀኖቹን ብቻ ዘርዝርልኝ", "የደንበኞቹን ስም እና ስልክ ቁጥር በሰንጠረዥ አስቀምጥልኝ", "ከዚህ ደረሰኝ ውስጥ ዋጋውንና ቀኑን በJSON አውጣልኝ"]],
  ["am", "classification", ["እነዚህን አስተያየቶች አዎንታዊ ወይም አሉታዊ ብለህ መድብ", "እያንዳንዱን ትኬት በምድብ ለይልኝ፦ ክፍያ፣ ቴክኒክ፣ ሌላ", "ይህ መልእክት አይፈለጌ ነው ወይስ አይደለም? የትኛው ምድብ ውስጥ ይገባል?", "እነዚህን ምርቶች በየምድቡ መድቢልኝ"]],
  ["am", "code_generation", ["የፓይቶን ኮድ ጻፍልኝ፣ ፋይሉን አንብቦ መስመሮቹን የሚቆጥር", "ለድረ ገጹ የመግቢያ ፎርም ኮድ ፃፍልኝ በJavaScript", "ኢሜይል አድራሻን የሚያረጋግጥ ፋንክሽን ጻፍ", "ፋይሎችን በየቀኑ ባክአፕ የሚያደርግ ስክሪፕት ፃፍልኝ"]],
  ["am", "code_review", ["ኮዱ አይሰራም፣ TypeError ይላል፣ ምን ችግር አለው?", "ይህን ኮዴን ፈትሽልኝ፦ def add(a, b): return a - b", "ይህ ኮድ ምን ይሰራል? for i in range(10): print(i*i)", "ኮዱን አስተካክልልኝ፣ ሲሮጥ ኤረር ይሰጣል"]],
  ["am", "analysis", ["የዚህን ሩብ ዓመት የሽያጭ መረጃ ተንትንልኝ", "አይፎንና ሳምሰንግን አወዳድርልኝ ለሥራ", "ከቤት መሥራት ጥቅምና ጉዳቱ ምንድን ነው?", "ሁለት የሥራ ዕድሎች አሉኝ፣ የትኛው ይሻላል?"]],
  ["am", "creative_writing", ["ስለ ዝናብ አጭር ግጥም ጻፍልኝ", "ለልጆች አጭር ታሪክ ስለ አንበሳና አይጥ", "ለአለቃዬ የይቅርታ ደብዳቤ ጻፍልኝ", "ቀልድ ንገረኝ ስለ ፕሮግራመሮች"]],
  ["am", "brainstorming", ["ለአዲሱ ካፌዬ የስም ሀሳቦች ስጠኝ", "ቅዳሜና እሁድ ምን ላድርግ? ሃሳብ ስጠኝ", "ለእናቴ ልደት ስጦታ ጠቁመኝ", "ለዩቲዩብ ቻናሌ ስም አውጣልኝ"]],
  ["am", "chat", ["ሰላም! እንዴት ነህ?", "በጣም አመሰግናለሁ፣ ረድተኸኛል", "ዛሬ በጣም ደክሞኛል... ዝም ብለህ ስማኝ", "ማን ሰራህ? ሮቦት ነህ?"]],
  ["am", "simple_qa", ["የአውስትራሊያ ዋና ከተማ ምንድን ነው?", "'ፍቅር እስከ መቃብር'ን ማን ጻፈው?", "የአድዋ ጦርነት በየትኛው ዓመት ነበር?", "UN የምን ምህጻረ ቃል ነው?"]],
  ["am", "math", ["2x + 5 = 17 የሚለውን እኩልታ ፍታው", "የ2400 15% አስላልኝ", "በወር 3000 ብር ብከፍል በ12 ወር ውስጥ ምን ያህል እከፍላለሁ?", "የዚህን ክብ ስፋት አስላ፣ ራዲየሱ 7 ሴ.ሜ ነው"]],
  ["am", "deep_reasoning", ["እንቆቅልሽ ንገረኝ፣ ከባድ የሆነ", "አንዱ ሁልጊዜ ይዋሻል ሌላው እውነት ይናገራል፤ በአንድ ጥያቄ ማን ማን እንደሆነ ፈልግ", "ይህን የሎጂክ ጥያቄ ደረጃ በደረጃ ፍታልኝ", "እንቆቅልሾች አሉህ? 12 ሳንቲሞች፣ አንዱ ሐሰተኛ"]],
  ["ha", "translation", ["Don Allah ka fassara wannan sakin layi zuwa Turanci: taron ya koma ranar Juma'a", "Yaya ake cewa 'barka da sallah' da Turanci?", "fassarar wannan imel zuwa Faransanci nake so", "Ka taimaka min ka fassara wannan takarda zuwa Larabci"]],
  ["ha", "summarization", ["Ka taƙaita min wannan rahoto a cikin jimla uku", "Don Allah takaita wannan bayanin, ya yi tsayi da yawa", "Ina son taƙaitawa ta wannan taron", "Ka gajarta wannan imel ɗin"]],
  ["ha", "extraction", ["Ciro dukkan sunaye daga wannan rubutu", "Fitar da dukkan kwanakin da ke cikin wannan imel", "Ina son sunaye kawai, ba komai ba", "Sanya sunayen abokan ciniki da lambobin wayarsu a tsarin JSON"]],
  ["ha", "classification", ["Rarraba su zuwa rukuni uku: biyan kuɗi, fasaha, sauran", "Wannan sharhi tabbatacce ko korau ne?", "Ka raba su zuwa rukuni bisa ga nau'insu", "Sanya kowane tikiti a rukunin da ya dace"]],
  ["ha", "code_generation", ["Rubuta min code na Python da zai karanta fayil", "Ka rubuta function da ke duba ko lamba prime ce", "Ina bukatar ka rubuta script wanda zai yi backup kowace rana", "Rubuta program mai sauƙi na kalkuleta"]],
  ["ha", "code_review", ["Duba min code ɗina, baya aiki: def add(a, b): return a - b", "Me wannan code yake yi? for i in range(10): print(i)", "Ka gyara min code ɗin nan, yana nuna kuskure", "Gyara code din nan don Allah, TypeError"]],
  ["ha", "analysis", ["Ka yi nazari kan bayanan tallace-tallace na wannan wata", "Kwatanta tsakanin iPhone da Samsung don aiki", "Menene amfani da rashin amfani na aiki daga gida?", "Ina da tayin aiki biyu, wanne ya fi kyau?"]],
  ["ha", "creative_writing", ["Rubuta min waƙa game da damina", "Ka rubuta gajeren labari ga yara game da zaki", "Rubuta wasika zuwa ga maigidana cewa ba zan zo ba", "Faɗa min barkwanci game da malamai"]],
  ["ha", "brainstorming", ["Ba ni ra'ayoyi don sunan sabon shagona", "Ina bukatar wasu sunaye don kamfanin mu", "Ba ni dabaru kan yadda zan tara kuɗi", "Ba ni shawarwari kan abin da zan yi a karshen mako"]],
  ["ha", "chat", ["Sannu! Yaya kake?", "Na gode sosai, ka taimake ni", "Ina kwana, yau na gaji sosai", "Kai robot ne? Wa ya ƙirƙire ka?"]],
  ["ha", "simple_qa", ["Menene babban birnin Ostireliya?", "Wa ya rubuta littafin 'Magana Jari Ce'?", "A wace shekara Najeriya ta sami 'yancin kai?", "Menene ma'anar kalmar 'hikima'?"]],
  ["ha", "math", ["Lissafa min kashi 15 cikin 100 na 2400", "Warware lissafin nan: 2x + 5 = 17", "Idan na biya 5000 kowane wata, nawa zan biya a shekara?", "Yi lissafi: fadin murabba'i mai tsawon 7 da faɗin 3"]],
  ["ha", "deep_reasoning", ["Ba ni kacici-kacici mai wahala", "Ɗaya koyaushe yana ƙarya, ɗayan yana faɗin gaskiya; wa ne wane?", "Wasan kwakwalwa: mutane uku, ɗaya kullum yana ƙarya", "Kacici kacici: me ke da ƙafafu huɗu da safe?"]],
  ["yo", "translation", ["Jọ̀wọ́ túmọ̀ èyí sí èdè Gẹ̀ẹ́sì: ìpàdé náà ti yí padà sí ọjọ́ Ẹtì", "Jowo tumo eyi si ede Geesi, oga mi ko gbo Yoruba", "Báwo ni a ṣe ń sọ 'ẹ kú iṣẹ́' ní èdè Gẹ̀ẹ́sì?", "Ṣe itumọ lẹta yii si Yoruba"]],
  ["yo", "summarization", ["Ṣe àkópọ̀ ìròyìn yìí ní gbólóhùn mẹ́ta", "Jọwọ ṣakopọ ọrọ gigun yii fun mi", "Fun mi ni akopo ipade ana", "Kí ni àwọn kókó pàtàkì inú àròkọ yìí?"]],
  ["yo", "extraction", ["Yọ gbogbo orúkọ tó wà nínú ìwé yìí", "Mo fẹ́ orúkọ nìkan, kò sí nǹkan mìíràn", "Fi orúkọ àti nọ́mbà fóònù àwọn oníbàárà sínú tábìlì", "Se akojo gbogbo ojo ti o wa ninu email yii"]],
  ["yo", "classification", ["Pín wọn sí ìsọ̀rí mẹ́ta: owó, ìmọ̀-ẹ̀rọ, òmíràn", "Ṣé àsọyé yìí jẹ́ rere tàbí búburú?", "Isọri wo ni ọja yii wa?", "Pin si isori: ibeere, ẹdun, iyin"]],
  ["yo", "code_generation", ["Kọ kóòdù Python tí yóò ka fáìlì", "Jọwọ kọ koodu fun fọọmu iwọle", "Ko koodu JavaScript fun bọtini kan", "Kọ ètò kọ̀mpútà kékeré tí yóò to àwọn nọ́mbà"]],
  ["yo", "code_review", ["Kóòdù mi kò ṣiṣẹ́, ṣàyẹ̀wò kóòdù yìí: def add(a, b): return a - b", "Kí ni kóòdù yìí ń ṣe? for i in range(10): print(i)", "Jọwọ yẹ koodu mi wo, aṣiṣe kan wa", "Tun koodu yii ṣe, o n fun mi ni TypeError"]],
  ["yo", "analysis", ["Ṣe ìtúpalẹ̀ àwọn dátà títà oṣù yìí", "Ṣe àfiwé iPhone àti Samsung fún iṣẹ́", "Kí ni àǹfààní àti àléébù ṣíṣe iṣẹ́ láti ilé?", "Mo ní ìfilọ̀ iṣẹ́ méjì, èwo ló dára jù?"]],
  ["yo", "creative_writing", ["Kọ ewì nípa òjò", "Kọ ìtàn kúkúrú fún àwọn ọmọdé nípa kìnnìún", "Jọwọ kọ lẹta si ọga mi pe mi o ni wa loni", "Sọ àwàdà kan fún mi nípa àwọn olùkọ́"]],
  ["yo", "brainstorming", ["Fún mi ní èrò fún orúkọ ṣọ́ọ̀bù tuntun mi", "Dábàá àwọn ohun tí mo lè ṣe ní òpin ọ̀sẹ̀", "Mo nílò orúkọ tó dára fún ilé-iṣẹ́ wa", "Awon ero fun ayeye ojo ibi baba mi"]],
  ["yo", "chat", ["Ẹ káàárọ̀! Ṣé dáadáa ni?", "O ṣeun gan-an, o ràn mí lọ́wọ́", "Ta ló ṣẹ̀dá rẹ? Ṣé ẹ̀rọ ni ọ́?", "O re mi pupo loni, mo kan fe soro"]],
  ["yo", "simple_qa", ["Kí ni olú-ìlú orílẹ̀-èdè Ọsirélíà?", "Ta ló kọ ìwé 'Ògbójú Ọdẹ Nínú Igbó Irúnmọlẹ̀'?", "Ọdún wo ni Nàìjíríà gba òmìnira?", "Kí ni ìtumọ̀ ọ̀rọ̀ 'ọgbọ́n'?"]],
  ["yo", "math", ["Bá mi ṣírò ìpín ọgọ́rùn-ún mẹ́ẹ̀ẹ́dógún ti 2400", "Yanjú ìdọ́gba yìí: 2x + 5 = 17", "Se isiro owo ele lori 50000 fun odun meta", "Tí mo bá san 5000 lóṣooṣù, mélòó ni màá san lọ́dún?", "Siro iye owo ti mo maa san"]],
  ["yo", "deep_reasoning", ["Pa àlọ́ àpamọ̀ kan fún mi", "Òpùrọ́ àti olóòótọ́ wà ní erékùṣù kan; ta ni ta?", "Alọ apamọ: kí ni ó ní ẹsẹ̀ mẹ́rin ní òwúrọ̀?", "Alo apamo: kini o n lo soke ti ko pada wale?"]],
  ["zu", "translation", ["Ngicela uhumushe lesi sigaba esiNgisini: umhlangano uhanjiswe ngoLwesihlanu", "Humushela le imeyili esiZulwini", "Ngihumushele lo musho: I will be late today", "Igama elithi 'ubuntu' kusho ukuthini ngesiNgisi?"]],
  ["zu", "summarization", ["Ngicela ufingqe lo mbiko ube yimisho emithathu", "Fingqa le ndaba, yinde kakhulu", "Ngifingqele umhlangano wayizolo", "Ngitshele amaphuzu amqoka kule athikili", "Ngicela ungifingqele le ndaba"]],
  ["zu", "extraction", ["Khipha onke amagama abantu kulo mbhalo", "Ngifuna amagama kuphela, akukho okunye", "Ngikhiphele izinsuku kule imeyili", "Faka amagama nezinombolo zocingo zamakhasimende ethebuleni"]],
  ["zu", "classification", ["Hlukanisa ngezigaba lezi zikhalazo: ukukhokha, ubuchwepheshe, okunye", "Yisiphi isigaba salo mkhiqizo?", "Faka ilebula kumazwana ngamunye: kuhle, kubi, akuchemile", "Hlela ngezigaba la mathikithi ngokubaluleka"]],
  ["zu", "code_generation", ["Ngibhalele ikhodi ye-Python efunda ifayela", "Bhala ikhodi yefomu lokungena kuwebhusayithi", "Ngibhalele i-function ehlola ukuthi inombolo iyi-prime", "Bhala i-script eyenza i-backup nsuku zonke", "Ngicela ungibhalele ikhodi ye-JavaScript"]],
  ["zu", "code_review", ["Ikhodi yami ayisebenzi, kuvela i-TypeError", "Hlola ikhodi yami: def add(a, b): return a - b", "Le khodi yenzani? for i in range(10): print(i)", "Lungisa ikhodi le, inephutha"]],
  ["zu", "analysis", ["Hlaziya idatha yokuthengisa yale nyanga", "Qhathanisa i-iPhone ne-Samsung emsebenzini", "Yikuphi okungcono: ukuqasha noma ukuthenga indlu?", "Ngicela uhlaziye okuhle nokubi kokusebenza ekhaya"]],
  ["zu", "creative_writing", ["Ngibhalele inkondlo emayelana nemvula", "Bhala indaba emfushane yezingane mayelana nebhubesi", "Bhala incwadi eya kumphathi wami ngicela ikhefu", "Ngitshele ihlaya ngothisha"]],
  ["zu", "brainstorming", ["Nginike imibono yegama lesitolo sami esisha", "Ngiphakamisele izinto engingazenza ngempelasonto", "Ngidinga iziphakamiso zomcimbi wosuku lokuzalwa", "Phakamisa amagama enkampani yethu entsha"]],
  ["zu", "chat", ["Sawubona! Unjani?", "Ngiyabonga kakhulu, ungisizile", "Namuhla ngikhathele kakhulu... ngilalele nje", "Ubani owakwenza? Uyirobhothi?"]],
  ["zu", "simple_qa", ["Iyiphi inhlokodolobha yase-Australia?", "Ubani owabhala incwadi ethi 'Inkinsela YaseMgungundlovu'?", "Ngawuphi unyaka iNingizimu Afrika yathola inkululeko?", "Igama elithi 'ubuntu' lisho ukuthini?"]],
  ["zu", "math", ["Xazulula lesi sibalo: 2x + 5 = 17", "Ngibalele amaphesenti ayi-15 ka-2400", "Uma ngikhokha u-R5000 njalo ngenyanga, yimalini engizoyikhokha ngonyaka?", "Xazulula isibalo: indawo yonxande ongu-7 ngo-3"]],
  ["zu", "deep_reasoning", ["Ngiphe imfumbe enzima", "Omunye uhlala eqamba amanga, omunye ukhuluma iqiniso; ubani ongubani?", "Nansi isiphicaphicwano: yini ehamba ngezinyawo ezine ekuseni?", "Ngitshele izimfumbe ezintathu"]],
  ["ig", "translation", ["Biko sụgharịa nke a n'asụsụ Bekee: nzukọ ahụ agaala Fraịde", "Kedu ka esi ekwu 'nnọọ' na Bekee?", "Sugharia email a n'asusu Igbo", "Achọrọ m nsụgharị akwụkwọ a"]],
  ["ig", "summarization", ["Chịkọta akụkọ a n'ahịrịokwu atọ", "Nye m nchịkọta nzukọ ụnyaahụ", "Mee ka ọ dị mkpụmkpụ, ozi a dị ogologo", "Chikota ederede a"]],
  ["ig", "extraction", ["Wepụta aha niile dị n'ederede a", "Achọrọ m naanị aha, ọ dịghị ihe ọzọ", "Depụta ụbọchị niile dị na email a", "Tinye aha ndị ahịa na nọmba ekwentị ha n'ụdị tebụl"]],
  ["ig", "classification", ["Kewaa ha n'otu atọ: ịkwụ ụgwọ, teknụzụ, ndị ọzọ", "Nkwupụta a ọ bụ nke ọma ma ọ bụ nke ọjọọ?", "Ngwaahịa a dị na ngalaba ole?", "Nye ha akara: ngwa ngwa, nkịtị, obere"]],
  ["ig", "code_generation", ["Deere m koodu Python ga-agụ faịlụ", "Dee koodu maka fọm nbanye", "Dee function na-enyocha ma nọmba bụ prime", "Deere m script na-eme backup kwa ụbọchị"]],
  ["ig", "code_review", ["Koodu m anaghị arụ ọrụ, ọ na-egosi TypeError", "Lelee koodu m: def add(a, b): return a - b", "Gịnị ka koodu a na-eme? for i in range(10): print(i)", "Dozie koodu a, o nwere njehie"]],
  ["ig", "analysis", ["Mee nyocha data ahịa ọnwa a", "Tụlee iPhone na Samsung maka ọrụ", "Kedu uru na ọghọm nke ịrụ ọrụ n'ụlọ?", "Enwere m ọrụ abụọ, kedu nke ka mma?"]],
  ["ig", "creative_writing", ["Dee abụ banyere mmiri ozuzo", "Kọọrọ m njakịrị banyere ndị nkuzi", "Dee akwụkwọ ozi nye onye isi m", "Dee akụkọ ifo maka ụmụaka banyere mbe"]],
  ["ig", "brainstorming", ["Nye m echiche maka aha ụlọ ahịa ọhụrụ m", "Tụọrọ m aro ihe m ga-eme na ngwụsị izu", "Achọrọ m aha ole na ole maka ụlọ ọrụ anyị", "Nye m echiche ole na ole maka ememme ụbọchị ọmụmụ"]],
  ["ig", "chat", ["Ndewo! Kedu ka ị mere?", "Daalụ nke ukwuu, i nyere m aka", "Onye kere gị?", "Ike gwụrụ m taa, achọrọ m ịkpa nkata"]],
  ["ig", "simple_qa", ["Kedu isi obodo Australia?", "Onye dere akwụkwọ 'Things Fall Apart'?", "N'afọ ole ka Naịjirịa nwetara nnwere onwe?", "Okwu 'ịhụnanya' pụtara gịnị?"]],
  ["ig", "math", ["Gbakọọ pasent 15 nke 2400", "Gbakọta ọnụ ahịa ihe ndị a niile", "Ọ bụrụ na m kwụọ 5000 kwa ọnwa, ego ole ka m ga-akwụ n'afọ?", "Gbakoo mpaghara akụkụ anọ nke nwere ogologo 7 na obosara 3"]],
  ["ig", "deep_reasoning", ["Gwa m gwa m: gịnị nwere ụkwụ anọ n'ụtụtụ?", "Otu onye na-agha ụgha mgbe niile, onye nke ọzọ na-ekwu eziokwu", "Nye m ihe mgbagwoju anya siri ike", "Gwam gwam, ọ dị ihe m na-echere gị"]],
];
const asks: [string, string, string][] = grouped.flatMap(([lang, task, texts]) => texts.map((text): [string, string, string] => [lang, task, text]));

describeAskAudit("the sixteenth round's asks in Amharic, Hausa, Yoruba, isiZulu and Igbo", MINE, asks);

describe("the sixteenth round's scripts: Amharic, Hausa, Yoruba, isiZulu and Igbo", () => {
  it("reads Ge'ez letters, Hausa's hooked letters and Yoruba's and Igbo's marks as letters of a cue word", () => {
    for (const letter of "ሀተርጉምፐፚɓɗƙƴẹọṣịụṅǹ\u0300\u0301\u0323") expect(isCueWordChar(letter.charCodeAt(0)), letter).toBe(true);
    // The Ethiopic wordspace, full stop, comma and question mark end a word.
    for (const mark of "፡።፣፧") expect(isCueWordChar(mark.charCodeAt(0)), mark).toBe(false);
  });
  it("counts a Yoruba cue once whether typed with tone marks, underdots only or plain letters", () => {
    for (const text of ["túmọ̀ èyí sí gẹ̀ẹ́sì", "tumọ eyi si gẹẹsi", "tumo eyi si geesi"]) {
      const hits = findCues(text).filter((hit) => hit.lang === "yo" && hit.task === "translation");
      expect(hits.map((hit) => hit.at), text).toEqual([0, text.indexOf("s")]);
    }
  });
  it("writes its cues in NFC, so a cue typed on a phone keyboard is the one written", () => {
    const decomposed = MINE.flatMap((lang) => tableEntries(lang).filter((cue) => cue !== cue.normalize("NFC")).map((cue) => `${lang} '${cue}'`));
    expect(decomposed).toEqual([]);
  });
  it("folds Hausa's hooked letters to the plain ones people type", () => {
    expect(foldedCue("taƙaita", false)).toBe("takaita");
    expect(foldedCue("faɗa min barkwanci", false)).toBe("fada min barkwanci");
    expect(findCues("don allah takaita wannan").some((hit) => hit.lang === "ha" && hit.task === "summarization" && hit.cue === "taƙaita")).toBe(true);
  });
});

/** Everyday sentences that hold a look-alike of a cue and ask no task of its kind: "meaning" and "history" nouns,
 * Amharic "overall", Hausa "ko" (or) before an English noun, isiZulu "indaba" (a matter), money taken out of a bank,
 * Igbo "ngalaba" (a department). */
const LOOK_ALIKES: [string, string][] = [
  ["የዚህ ቃል ትርጉም ምንድን ነው?", "translation"],
  ["የኢትዮጵያ ታሪክ በጣም ረጅም ነው", "creative_writing"],
  ["አጠቃላይ ሁኔታው ጥሩ ነው", "summarization"],
  ["Kí ni 'ọ̀rẹ́' túmọ̀ sí?", "translation"],
  ["Ìtàn ilẹ̀ Yorùbá jẹ́ ohun ìwúrí", "creative_writing"],
  ["Labarai na yau: an yi ruwan sama a Kano", "creative_writing"],
  ["Kana da wani app ko program da zai taimaka min?", "code_generation"],
  ["Zan aiko maka ta waya ko email gobe", "creative_writing"],
  ["Indaba yami ukuthi angikwazi ukuza kusasa", "creative_writing"],
  ["Abụọ n'ime ha bịara ụnyaahụ", "creative_writing"],
  ["Ngikhiphele imali ebhange kusasa", "extraction"],
  ["Ciro min kuɗi a banki gobe", "extraction"],
  ["Ọ rụrụ ọrụ na ngalaba ahụike", "classification"],
];

/** Everyday words of the five languages, and of Swahili beside them, that no other language's table may read. */
const COMMON: Record<string, string> = {
  am: "እባክህ እባክሽ ይህን ይህ ምን ለምን እንዴት የት መቼ ዛሬ ነገ ትናንት ሥራ ቤት ጓደኛ አዎ ጥሩ በጣም አጠቃላይ ታሪክ ትርጉም",
  ha: "don allah ina son wannan yaya yau gobe jiya aiki gida aboki kyau sosai labarai labari shiri kuma amma ko kuma",
  yo: "jọ̀wọ́ jowo mo fẹ́ èyí báwo ibo lónìí ọ̀la àná iṣẹ́ ilé ọ̀rẹ́ bẹ́ẹ̀ni rárá dáadáa púpọ̀ ìtàn ìtumọ̀",
  zu: "ngicela ngifuna lokhu yini kanjani kuphi nini namuhla kusasa izolo umsebenzi ikhaya umngane yebo kahle kakhulu indaba",
  ig: "biko achọrọ nke gịnị kedu ebee mgbe taa echi ụnyaahụ ọrụ ụlọ enyi mba ọma ukwuu abụọ",
  sw: "habari asante sana kesho leo kazi nyumba rafiki ndiyo hapana tafadhali",
};

describeTableAudit("the Africa tables", MINE, LOOK_ALIKES, COMMON);
