/**
 * Task cue words for five languages of Africa (sixteenth round): Amharic in the Ge'ez script, Hausa, Yoruba, isiZulu
 * and Igbo (Swahili's are `SW` in `language-cues-extra.ts`). Written by the team from general usage (never from
 * evaluation data), in the notation of `language-cues.ts`: `word` a whole word or phrase, `stem*` a word prefix, `!` a
 * defining cue. These tables are read in every text, so no cue is an English word or opens one.
 *
 * Scripts and spellings:
 * - Amharic is written in Ge'ez syllables (one character a consonant and its vowel), with spaces between words; its
 *   letters are cue-word characters (`isCueWordChar`). A verb is written in its imperatives (masculine, feminine,
 *   plural or polite), most as stems that take "for me" (-ልኝ): "!ተርጉም*" holds ተርጉም and ተርጉምልኝ. An ending
 *   changes the vowel of the syllable before it (እንቆቅልሽ, a riddle; እንቆቅልሾች, riddles), so a stem stops before that
 *   syllable ("!እንቆቅል*") or the inflected form is written too ("!ግጥሞች*", "!ጥቅምና ጉዳቱ"). Letters people
 *   write either way are written both ways where an ask turns on them: ጻፍ / ፃፍ (write), ሀሳብ / ሃሳብ (idea),
 *   እንግሊዝኛ / እንግሊዘኛ (English).
 * - Hausa's hooked letters ɓ ɗ ƙ are cue-word characters too, and fold to b d k (`cue-folding.ts`): "taƙaita" is
 *   also found as "takaita".
 * - Yoruba is written with its tone marks and again with its underdots only, the two ways people type it; the
 *   plain form ("tumo eyi si geesi") is the folding's. Igbo's dotted vowels fold the same way ("sughar*" for "sụghar*").
 * - isiZulu puts its prefixes before the verb stem, so a verb is written in the forms an ask takes: the imperative,
 *   "for me" (ngi-…-ele), "please do" (u-…-e) and "please do for me" after ngicela (ungi-…-ele): "!humush*",
 *   "!ngihumushel*", "!uhumushe", "!ungihumushel*".
 *
 * Left out: a noun that is also "meaning" where it would name translation (Amharic ትርጉም, Yoruba ìtúmọ̀ and "túmọ̀
 * sí", "means", are simple_qa's weak cues); the story word that is also "history" or "news" alone (Amharic ታሪክ,
 * Yoruba ìtàn, Hausa labari, isiZulu indaba), written only in "write a story" or "short story"; words for "briefly"
 * (a question asked briefly is a question); Amharic ገምግም (evaluate) bare (it also reviews code); bare "kedu" (Igbo
 * "how", which opens questions), Yoruba "báwo ni" (also "how"), isiZulu "bala" (Spanish "bala") and Hausa "shiri" (a
 * plan as often as a program); Yoruba "kọ" (write) before an English noun ("kọ program", "kọ email"), whose plain
 * form is Hausa "ko" (or): "app ko program", "ta waya ko email"; "take out for me" alone (isiZulu "ngikhiphele",
 * Hausa "ciro min": also money from a bank), written only with what is taken out. Weak only: Yoruba àfiwé alone (also
 * a simile), Amharic ምድብ (also a league's group), Hausa "wane rukuni" and "sanya alama" (a mark on anything).
 * Defining though they have a second sense, since an ask means the task: Amharic መድብ (also "allocate"), Igbo
 * chịkọta (also "gather"), Hausa taƙaita (also "restrict").
 * @module
 */

type CueTable = Readonly<Record<string, string>>;

export const AM: CueTable = {
  translation:
    "!ተርጉም*|!ተርጉሚ*|!ተርጉሙ*|!ይተርጉሙ*|!ትተረጉም*|!መተርጎም|!ወደ እንግሊዝኛ|!ወደ እንግሊዘኛ|!ወደ አማርኛ|!ወደ ኦሮምኛ|!ወደ ትግርኛ|!ወደ ፈረንሳይኛ|!ወደ ዓረብኛ|!ወደ አረብኛ|በእንግሊዝኛ|በእንግሊዘኛ|!በእንግሊዝኛ እንዴት ይባላል|!በእንግሊዘኛ እንዴት ይባላል|!በአማርኛ እንዴት ይባላል",
  summarization:
    "!አጠቃል*|!ማጠቃለያ*|!ማጠቃለል|!ጠቅለል አድርገ*|!አሳጥረው|!አሳጥርልኝ|!አሳጥሪልኝ|!ዋና ዋና ነጥቦ*|!ቁልፍ ነጥቦ*|!ቃለ ጉባኤ|!ቃለ ጉባዔ",
  extraction:
    "!ለይተህ አውጣ*|!ለይተሽ አውጪ*|!ለይተው ያውጡ*|!ስሞቹን ብቻ|!ቀኖቹን ብቻ|!ቀናቱን ብቻ|!ስልክ ቁጥሮቹን ብቻ|ሁሉንም ስሞች|ሁሉንም ቀኖች|ሁሉንም ቀናት|ስልክ ቁጥሮች*|በሰንጠረዥ|!በሰንጠረዥ አስቀምጥ*|!በሰንጠረዥ አድርግ*|!በjson",
  classification:
    "!መድብ|!መድቢ|!መድቡ|!መድብልኝ|!መድቢልኝ|!መድቡልኝ|!ፈርጅ*|!በምድብ ለይ*|!የትኛው ምድብ|!በየምድቡ|ምድብ|!አዎንታዊ ወይም አሉታዊ|አዎንታዊ|አሉታዊ|ገለልተኛ|አይፈለጌ|!መለያ ስጥ*|!መለያ ስጣቸው",
  code_generation:
    "!ኮድ ጻፍ*|!ኮድ ፃፍ*|!ኮድ ጻፊ*|!ኮድ ፃፊ*|!ኮዱን ጻፍ*|!ኮዱን ፃፍ*|!ፕሮግራም ጻፍ*|!ፕሮግራም ፃፍ*|!ስክሪፕት ጻፍ*|!ስክሪፕት ፃፍ*|!ፋንክሽን ጻፍ*|!ፋንክሽን ፃፍ*|ፋንክሽን|ስክሪፕት",
  code_review:
    "!ኮዱ አይሰራም|!ኮዴ አይሰራም|አይሰራም|!ኮዴን ፈትሽ*|!ኮዱን ፈትሽ*|!ኮዴን ገምግም*|!ኮዱን ገምግም*|!ኮዱን አስተካክል*|!ኮዴን አስተካክል*|!ይህ ኮድ ምን ይሰራል|!ይህ ኮድ ምን ያደርጋል|ኤረር|!ኤረር ይሰጣል|!ኤረር ያመጣል",
  analysis:
    "!ተንትን*|!ተንትኚ*|!ተንትኑ*|!ትንተና*|!አወዳድር*|!አወዳድሪ*|!አወዳድሩ*|!ማወዳደር|!ጥቅምና ጉዳት|!ጥቅምና ጉዳቱ|!ጥቅሙና ጉዳቱ|!ጥቅሞችና ጉዳቶች*|!የትኛው ይሻላል|!የቱ ይሻላል|!የትኛውን ልምረጥ|ምን ይመስልሃል|ምን ይመስልሻል|ምን ይመስልዎታል",
  creative_writing:
    "!ግጥም*|!ግጥሞች*|!ግጥሙ*|!አጭር ታሪክ|!ታሪክ ጻፍ*|!ታሪክ ፃፍ*|!ደብዳቤ ጻፍ*|!ደብዳቤ ፃፍ*|ደብዳቤ|!ኢሜይል ጻፍ*|!ኢሜይል ፃፍ*|!ኢሜል ጻፍ*|!ኢሜል ፃፍ*|!ቀልድ ንገረኝ|!ቀልድ ንገሪኝ|!ዘፈን ጻፍ*|!ዘፈን ፃፍ*|!መልእክት ጻፍ*|!መልዕክት ጻፍ*|!መልእክት ፃፍ*|!መልዕክት ፃፍ*|!ንግግር ጻፍ*|!ንግግር ፃፍ*|!የልደት መልእክት|!የልደት መልዕክት",
  brainstorming:
    "!ሀሳብ ስጠኝ|!ሃሳብ ስጠኝ|!ሀሳቦች ስጠኝ|!ሃሳቦች ስጠኝ|!ሀሳቦችን ስጠኝ|!ሃሳቦችን ስጠኝ|!ሀሳብ ስጪኝ|!ሃሳብ ስጪኝ|ሀሳቦች|ሃሳቦች|!ጠቁመኝ|!ጠቁሚኝ|!ጠቁሙኝ|!ስም አውጣልኝ|!ስም አውጪልኝ|!ስሞችን ጠቁም*|!የስም ሀሳብ*|!የስም ሃሳብ*|!የስም ሀሳቦች*|!የስም ሃሳቦች*",
  chat:
    "ሰላም|ሰላም ነህ|ሰላም ነሽ|እንደምን ነህ|እንደምን ነሽ|እንደምን አደርክ|እንደምን አደርሽ|እንዴት ነህ|እንዴት ነሽ|አመሰግናለሁ|አመሰግናለው|እናመሰግናለን|ደክሞኛል|ሰልችቶኛል|አዝኛለሁ|!ማን ሰራህ|!ማን ሠራህ|!ማን ፈጠረህ|!ሮቦት ነህ|!ሰው ነህ ወይ|!ምክር አልፈልግም|!ዝም ብለህ ስማኝ",
  simple_qa:
    "ዋና ከተማ|ማን ጻፈው|ማን ፃፈው|ማን ፈለሰፈው|በየትኛው ዓመት|በየትኛው አመት|የቃሉ ትርጉም|ምን ማለት ነው|!ምህጻረ ቃል|!ምሕጻረ ቃል",
  math:
    "!አስላ|!አስላልኝ|!አስሉ|!አስሉልኝ|!እኩልታ*|ፍታው|!ምን ያህል እከፍላለሁ|ስንት በመቶ|ፕሮባቢሊቲ",
  deep_reasoning:
    "!እንቆቅል*|ደረጃ በደረጃ|!ሁልጊዜ ይዋሻል|!ሁሌም ይዋሻል|ይዋሻል|ውሸታም*|እውነት ይናገራል|!የሎጂክ ጥያቄ|!የአመክንዮ ጥያቄ|አመክንዮ",
};

export const HA: CueTable = {
  translation:
    "!fassara*|!zuwa turanci|!zuwa hausa|!zuwa larabci|!zuwa faransanci|da turanci|a turance|!yaya ake cewa|!yaya ake faɗin",
  summarization:
    "!taƙaita|!taƙaitawa|!taƙaita min|!taƙaice shi|!gajarta|a taƙaice|muhimman abubuwa|muhimman batutuwa|manyan batutuwa|!manyan abubuwan da",
  extraction:
    "!fitar da dukkan|!fitar da duk|!ciro dukkan|!ciro duk|!ciro min sunaye|!ciro min dukkan|!sunaye kawai|!kwanakin kawai|!lambobin waya kawai|dukkan sunaye|dukkan kwanakin|lambobin waya|a cikin tebur|!a tsarin json",
  classification:
    "!rarraba su|!rarraba zuwa|!raba su zuwa rukuni|wane rukuni|!rukunin da ya dace|sanya alama|!tabbatacce ko korau|korau|saƙon banza",
  code_generation:
    "!rubuta code|!rubuta min code|!rubuta kod|!rubuta min kod|!rubuta function|!rubuta min function|!rubuta script|!rubuta min script|!rubuta program|!rubuta min program",
  code_review:
    "!duba code|!duba min code|!gyara code|!gyara min code|baya aiki|ba ya aiki|!me wannan code yake yi|!me wannan code ke yi|yana nuna kuskure",
  analysis:
    "!yi nazari|!nazarci|nazari|!kwatanta tsakanin|!kwatanta su|!fa'ida da rashin fa'ida|!amfani da rashin amfani|!alfanu da illa|!wanne ya fi kyau|!wanne ne ya fi|!wacce ta fi kyau|!wanne zan zaɓa|me kake gani|ra'ayinka",
  creative_writing:
    "!rubuta waƙa|!rubuta min waƙa|!waƙa game da|!rubuta labari|!rubuta min labari|!gajeren labari|!rubuta wasiƙa|!rubuta min wasiƙa|!rubuta jawabi|!rubuta min jawabi|!rubuta saƙo|!rubuta min saƙo|!rubuta imel|!rubuta min imel|!ba ni barkwanci|!faɗa min barkwanci|barkwanci",
  brainstorming:
    "!ba ni ra'ayoyi|!ba ni dabaru|!ba ni shawarwari|ra'ayoyi|dabaru|!wasu sunaye|!sunaye masu kyau|!ba da shawarar sunaye",
  chat:
    "sannu|sannu da zuwa|ina kwana|ina wuni|yaya kake|yaya kike|na gode|nagode|mun gode|barka da safiya|barka da yamma|barka da rana|na gaji|mu yi hira|!kai mutum ne|!kai robot ne|!wa ya ƙirƙire ka|!ba na son shawara",
  simple_qa:
    "babban birnin|wa ya rubuta|wa ya ƙirƙiro|a wace shekara|ma'anar kalmar|me ake nufi da",
  math:
    "!lissafa|!lissafa min|!yi lissafi|lissafi|!warware lissafin|!nawa zan biya|kashi nawa",
  deep_reasoning:
    "!kacici-kacici|!ka-cici-ka-cici|!kacici kacici|mataki-mataki|mataki bayan mataki|!koyaushe yana ƙarya|!kullum yana ƙarya|yana ƙarya|maƙaryaci|yana faɗin gaskiya|!wasan ƙwaƙwalwa",
};

export const YO: CueTable = {
  translation:
    "!túmọ̀ èyí|!tumọ eyi|!túmọ̀ rẹ̀ sí|!tumọ rẹ si|!túmọ̀ ọ̀rọ̀ yìí|!tumọ ọrọ yii|!ṣe ìtúmọ̀|!ṣe itumọ|!sí èdè gẹ̀ẹ́sì|!si ede gẹẹsi|!sí gẹ̀ẹ́sì|!si gẹẹsi|!sí èdè yorùbá|!sí yorùbá|!sí èdè faransé|ní èdè gẹ̀ẹ́sì|ni ede gẹẹsi|!báwo ni a ṣe ń sọ|!bawo ni a ṣe n sọ|!báwo la ṣe ń sọ",
  summarization:
    "!ṣe àkópọ̀|!ṣe akopọ|!àkópọ̀|!akopọ|!akopo|!ṣàkópọ̀|!ṣakopọ|!àkótán|!kókó pàtàkì|!koko pataki",
  extraction:
    "!yọ gbogbo orúkọ|!yọ gbogbo orukọ|!ṣe àkójọ gbogbo|!ṣe akojọ gbogbo|!orúkọ nìkan|!orukọ nikan|!ọjọ́ nìkan|!ọjọ nikan|!sínú tábìlì|!sinu tabili|gbogbo orúkọ|gbogbo orukọ|nọ́mbà fóònù|nọmba foonu",
  classification:
    "!pín sí ìsọ̀rí|!pin si isọri|!pín wọn sí ìsọ̀rí|!ìsọ̀rí wo|!isọri wo|ìsọ̀rí|isọri|!rere tàbí búburú|!ṣe ìpínsísọ̀rí|!ṣe ipinsisọri",
  code_generation:
    "!kọ kóòdù|!kọ koodu|!kọ ètò kọ̀mpútà|!kọ eto kọmputa",
  code_review:
    "kò ṣiṣẹ́|ko ṣiṣẹ|!ṣàyẹ̀wò kóòdù|!ṣayẹwo koodu|!yẹ kóòdù mi wò|!yẹ koodu mi wo|!tún kóòdù|!tun koodu|!kí ni kóòdù yìí ń ṣe|!ki ni koodu yii n ṣe|àṣìṣe|aṣiṣe",
  analysis:
    "!ṣe ìtúpalẹ̀|!ṣe itupalẹ|!ìtúpalẹ̀|!itupalẹ|!ṣe àfiwé|!ṣe afiwe|àfiwé|afiwe|!àǹfààní àti àléébù|!èwo ló dára jù|!èwo ni ó dára jù|kí ni èrò rẹ|ki ni ero rẹ",
  creative_writing:
    "!kọ ewì|!kọ ewi|!ewì nípa|!ìtàn kúkúrú|!kọ ìtàn|!kọ itan|!kọ lẹ́tà|!kọ lẹta|!kọ orin|!sọ àwàdà|!sọ awada|àwàdà",
  brainstorming:
    "!fún mi ní èrò|!àwọn èrò fún|!awọn ero fun|!dábàá|!dabaa|!àwọn àbá|!awọn aba|!orúkọ tó dára fún|!orukọ to dara fun",
  chat:
    "ẹ káàárọ̀|ẹ kaaarọ|káàárọ̀|ẹ káàsán|ẹ kaasan|ẹ kúùrọ̀lẹ́|ẹ kuurọlẹ|ẹ ṣeun|o ṣeun|mo dúpẹ́|mo dupẹ|ó rẹ̀ mí|o rẹ mi|ṣé dáadáa ni|!ta ló ṣẹ̀dá rẹ|!ta lo ṣẹda rẹ|!ṣé ẹ̀rọ ni ọ́|!ṣe ẹrọ ni ọ|!ṣé ènìyàn ni ọ́",
  simple_qa:
    "olú-ìlú|olu-ilu|olú ìlú|olu ilu|ta ló kọ|ta lo kọ|ta ló ṣàwárí|ọdún wo|ọdun wo|kí ni ìtumọ̀|ki ni itumọ|túmọ̀ sí|tumọ si",
  math:
    "!bá mi ṣírò|!ba mi ṣiro|!ṣírò iye|!ṣírò rẹ̀|!ṣe ìṣirò|!ṣe iṣiro|ìṣirò|iṣiro|!yanjú ìdọ́gba|!yanju idọgba|ìdọ́gba|!mélòó ni màá san|ìpín ọgọ́rùn-ún",
  deep_reasoning:
    "!àlọ́ àpamọ̀|!alọ apamọ|àlọ́|!òpùrọ́ àti olóòótọ́|òpùrọ́|opurọ|ń purọ́|n purọ|ń sọ òtítọ́|n sọ otitọ|ìgbésẹ̀ kọ̀ọ̀kan|igbesẹ kọọkan",
};

export const ZU: CueTable = {
  translation:
    "!humush*|!ngihumushel*|!uhumushe|!ukuhumusha|!hunyush*|!ngihunyushel*|!uhunyushe|!ukuhunyusha|!guqulela esingisini|!kusho ukuthini ngesingisi|esingisini|ngesingisi|esizulwini|olimini lwesingisi|!ungihumushel*|!ungihunyushel*",
  summarization:
    "!fingq*|!ngifingqel*|!ufingqe|!ukufingqa|!finyeza|!ngifinyezel*|isifinyezo|!amaphuzu amqoka|!amaphuzu asemqoka|!amaphuzu abalulekile|!ungifingqel*|!ungifinyezel*",
  extraction:
    "!khipha onke|!khipha zonke|!ngikhiphele onke|!ngikhiphele zonke|!ngikhiphele amagama|!ngikhiphele izinsuku|!amagama kuphela|!izinsuku kuphela|!izinombolo kuphela|!ethebuleni|!yenza uhlu lwamagama|izinombolo zocingo|!ungikhiphele amagama|!ungikhiphele izinsuku",
  classification:
    "!hlukanisa ngezigaba|!ukuhlukanisa ngezigaba|!hlela ngezigaba|ngezigaba|!ngokwezigaba|!yisiphi isigaba|!isiphi isigaba|!faka ilebula|okuhle noma okubi",
  code_generation:
    "!bhala ikhodi|!ngibhalele ikhodi|!bhala i-function|!ngibhalele i-function|!bhala i-script|!ngibhalele i-script|!uhlelo lwekhompyutha|!ungibhalele ikhodi|!ungibhalele i-function|!ungibhalele i-script",
  code_review:
    "!ikhodi ayisebenzi|!ikhodi yami ayisebenzi|ayisebenzi|!hlola ikhodi|!buyekeza ikhodi|!lungisa ikhodi|!le khodi yenzani|iphutha",
  analysis:
    "!hlaziy*|!ngihlaziyel*|!uhlaziye|!ukuhlaziya|!uhlaziyo|!qhathanis*|!ngiqhathanisel*|!uqhathanise|!ukuqhathanisa|!okuhle nokubi|!yikuphi okungcono|!yiliphi elingcono|!yimuphi ongcono|!yiyiphi engcono|!yisiphi esingcono|ucabangani|umbono wakho|!ungihlaziyel*|!ungiqhathanisel*",
  creative_writing:
    "!inkondlo*|!izinkondlo|!indaba emfushane|!bhala indaba|!ngibhalele indaba|!bhala incwadi|!ngibhalele incwadi|!bhala ingoma|!ngibhalele ingoma|!ngitshele ihlaya|ihlaya|amahlaya|!bhala inkulumo|!bhala umlayezo|!ngibhalele umlayezo|!bhala i-imeyili|!ngibhalele i-imeyili|!ungibhalele inkondlo|!ungibhalele indaba|!ungibhalele incwadi|!ungibhalele umlayezo|!ungibhalele ingoma",
  brainstorming:
    "!nginike imibono|!ngiphe imibono|imibono|!iziphakamiso|!ngiphakamisele|!phakamisa amagama|amagama amahle|!ungiphakamisele",
  chat:
    "sawubona|sanibonani|sakubona|unjani|ninjani|ngiyabonga|siyabonga|ngiyaphila|ngikhathele|ngidiniwe|!ubani owakwenza|!ubani owakudala|!ungumuntu yini|!uyirobhothi|!angidingi izeluleko|!ngilalele nje",
  simple_qa:
    "inhlokodolobha|inhloko-dolobha|ubani owabhala|ubani owasungula|ngawuphi unyaka|ngowuphi unyaka|kusho ukuthini|lisho ukuthini",
  math:
    "!ngibalele|!xazulula lesi sibalo|!xazulula isibalo|!xazulula lezi zibalo|isibalo|izibalo|!yimalini engizoyikhokha|amaphesenti|!ungibalele",
  deep_reasoning:
    "!imfumbe|!izimfumbe|!isiphicaphicwano|!iziphicaphicwano|isinyathelo ngesinyathelo|!uhlala eqamba amanga|uqamba amanga|umqambimanga|ukhuluma iqiniso",
};

export const IG: CueTable = {
  translation:
    "!sụghar*|!nsụghar*|!ntụgharị asụsụ|n'asụsụ bekee|!kedu ka esi ekwu|!kedu ka a si ekwu|!kedu ka esi asụ|na bekee|!n'asụsụ igbo",
  summarization:
    "!chịkọta|!nchịkọta|!mee ka ọ dị mkpụmkpụ|!isi ihe ndị dị mkpa|!isi okwu ndị dị mkpa",
  extraction:
    "!wepụta aha niile|!wepụta ụbọchị niile|!depụta aha|!depụta ụbọchị|!naanị aha|!naanị ụbọchị|!naanị nọmba|aha niile|nọmba ekwentị|!n'ụdị tebụl|!n'ụdị json",
  classification:
    "!kewaa ha|!na ngalaba ole|!n'ụdị ole|!nke ọma ma ọ bụ nke ọjọọ|!nye ha akara",
  code_generation:
    "!dee koodu|!deere m koodu|!dee function|!deere m function|!dee script|!deere m script|!dee program|!deere m program",
  code_review:
    "anaghị arụ ọrụ|!koodu m anaghị arụ ọrụ|!lelee koodu|!dozie koodu|!gịnị ka koodu a na-eme|njehie",
  analysis:
    "!mee nyocha|nyochaa|!tụlee|!uru na ọghọm|!kedu nke ka mma|!kedu nke kacha mma|nke ka mma|nke kacha mma|echiche gị",
  creative_writing:
    "!dee abụ|!dee uri|!dee akụkọ|!akụkọ ifo|!akụkọ dị mkpirikpi|!dee akwụkwọ ozi|!dee ozi|!kọọrọ m njakịrị|njakịrị",
  brainstorming:
    "!nye m echiche|!echiche ole na ole|!tụọ aro|!tụọrọ m aro|!aha ole na ole|!aha mara mma",
  chat:
    "ndewo|ndeewo|kedu ka ị mere|kedụ ka ị mere|daalụ|daalu|imela|ụtụtụ ọma|ka chi fo|ike gwụrụ m|!onye kere gị|!onye mere gị",
  simple_qa:
    "isi obodo|onye dere|onye chepụtara|n'afọ ole|pụtara gịnị",
  math:
    "!gbakọọ|!gbakọta|mgbakọ na mwepụ|!ego ole ka m ga-akwụ|pasent ole",
  deep_reasoning:
    "!gwa m gwa m|!gwam gwam|!mgbagwoju anya|nzọụkwụ site na nzọụkwụ|na-agha ụgha|onye ụgha|!na-agha ụgha mgbe niile|na-ekwu eziokwu",
};
