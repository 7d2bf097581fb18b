/**
 * Task cue words for five more languages of Asia (twelfth round): Tamil, Telugu, Marathi, Azerbaijani and Kazakh.
 * Written by the team from general usage (never from evaluation data), in the notation of `language-cues.ts`: `word`
 * a whole word or phrase, `stem*` a word prefix, `!` a defining cue. Each defining verb is written as people type it
 * in an ask: the polite imperative and the form before "can you" (Tamil "மொழிபெயர்க்கவும்" / "மொழிபெயர்க்க
 * முடியுமா" under one stem, Telugu "అనువదించండి" / "అనువదించగలరా", Marathi "भाषांतर करा", Azerbaijani "tərcümə edə
 * bilərsən", Kazakh "аударыңыз" / "аударып бере аласың ба"), and each task names its commonest output nouns.
 *
 * Tamil and Telugu add endings to a stem, so their verbs are stems cut before the ending (`!மொழிபெயர்*`,
 * `!వర్గీకర*`) and before a virama that a case ending would replace ("தலைநகர*" holds தலைநகர், தலைநகரம், தலைநகரை).
 * Their letters are cue-word characters (`isCueWordChar` in `cue-matcher.ts`), not the learned tokenizer's.
 *
 * A form another table already has is not written again:
 * - Marathi shares much with Hindi in Devanagari ("अनुवाद", "भाषांतर", "सारांश", "विश्लेषण", "तुलना", "कविता", "समीकरण",
 *   "राजधानी", "धन्यवाद", "एरर" are `HI`'s and match Marathi asks as they are); `MR` holds the words and verb forms
 *   Hindi does not write ("लिहा", "सुचवा", "सोडवा", "कोडे"), and no bare word that reads otherwise
 *   ("काढा" alone is also "take a photo", "गोष्ट" also "a thing", "कल्पना" a name, "कथा" a Hindi story word that would
 *   name Hindi text Marathi).
 * - Azerbaijani shares Turkish's "çevir*", "kod yaz", "sağ ol"; `AZ` holds its own spellings (ə, x, q: "tərcümə",
 *   "xülasə", "hesabla", "təhlil"). Its greeting "salam" is Turkish for salami, so it is not written; Turkish's
 *   "fikir*" is cut to "fikir", "fikirler*", "fikre", since it caught Azerbaijani "fikirləşirəm" (I think).
 * - Kazakh text matches Russian's "функци…" and "логик…"; `KK` holds Kazakh words.
 * Left out as look-alikes or non-asks: Tamil "கடித*" ("கடித்தது", bit), Telugu "అనువ*" ("అనువైన", suitable) and
 * "లెక్క" ("doesn't count"), Kazakh "шеш*" ("шеше", mother; "шешім", decision) and "туынды" (a work as well as a
 * derivative), Azerbaijani "çıxar" alone (also "interest"), Tamil "கட்டுரை" and Telugu "వ్యాసం" (an article, most
 * often the text to summarize), and words for "briefly": "what is X? briefly" asks a question.
 *
 * Audited (fourteenth round) with the twelve European tables: speeches, jokes, check-my-code and "what does this code
 * do", which is better, only the names, knights and liars, how much will I pay; "how many percent" and "prove" are weak
 * cues, "as a table" too, and Kazakh "сөз жаз" is not written ("сөз" is a word as well as a speech).
 *
 * Thirteenth round (`cue-audit-13-tail.test.ts`): a view asked ("உங்கள் கருத்து என்ன", "fikrin nədir",
 * "пікіріңіз қандай"), full forms of acronyms ("முழு வடிவம்", "పూర్తి రూపం", "nəyin qısaltmasıdır", "толық атауы"),
 * names by number and venting ("məsləhət istəmirəm", "кеңес керек емес"). Stems cut back to the forms that ask:
 * Azerbaijani "tərcümə*" ("tərcüməçi", a translator), "hesabla*" ("hesablar", accounts), "təhlil*" ("təhlilçi"), Kazakh
 * "аудар*" ("аудармашы"; "назар аударыңыз", pay attention), "бағала*" ("бағалар", prices), "есепте*" ("есептер").
 * @module
 */

type CueTable = Readonly<Record<string, string>>;

export const TA: CueTable = {
  translation: "!மொழிபெயர்*|ஆங்கிலத்தில்|ஆங்கிலத்திற்கு|தமிழுக்கு",
  summarization: "!சுருக்கம்|!சுருக்கத்தை|!சுருக்கவும்|!சுருக்கு|!சுருக்கி*|!சுருக்க|முக்கிய அம்சங்கள்|முக்கிய குறிப்புகள்|சாராம்சம்|!முக்கிய அம்சங்களை|!முக்கிய குறிப்புகளை|!கூட்டக் குறிப்புகள்",
  extraction: "!பிரித்தெடு*|அனைத்து தேதிகளையும்|எல்லா தேதிகளையும்|அனைத்து பெயர்களையும்|எல்லா பெயர்களையும்|அட்டவணையாக|பட்டியலிடு*|!பெயர்களை மட்டும்|!தேதிகளை மட்டும்|!தொலைபேசி எண்களை|அட்டவணையில்",
  classification: "!வகைப்படுத்*|நேர்மறையா எதிர்மறையா|நேர்மறை அல்லது எதிர்மறை|எந்த வகையைச் சேர்ந்தது|!நேர்மறை, எதிர்மறை|நடுநிலை",
  code_generation: "!குறியீடு எழுது*|!நிரல் எழுது*|!கோட் எழுது*|!ஃபங்ஷன் எழுது*|!ஸ்கிரிப்ட் எழுது*|ஃபங்ஷன்|ஸ்கிரிப்ட்|!வினவல் எழுது*|!கோடு எழுது*|!நிரலை எழுது*|!ஸ்கிரிப்ட் வேண்டும்|!ஸ்கிரிப்ட் தேவை",
  code_review: "வேலை செய்யவில்லை|பிழை செய்தி|பிழை வருகிறது|எரர்|!கோடை சரிபார்*|!குறியீட்டை சரிபார்*|!இந்த கோட் என்ன செய்கிறது|!இந்த குறியீடு என்ன செய்கிறது|!ஏன் மெதுவாக|மெதுவாக இயங்குகிறது",
  analysis: "!பகுப்பாய்*|ஒப்பிட*|ஒப்பீடு|நன்மைகள் மற்றும் தீமைகள்|!எது சிறந்தது|!எதை தேர்ந்தெடுப்பீர்கள்|!மதிப்பிடு*|!நன்மை தீமைகள்|!உங்கள் கருத்து என்ன|!உன் கருத்து என்ன|!பலவீனங்கள்|!பலம் மற்றும் பலவீனம்|!நேர்மையான மதிப்பீடு|!முடிவு எடுக்க முடியவில்லை",
  creative_writing: "!கவிதை*|கதை*|பாடல்*|கடிதம்|கடிதத்தை|வாழ்த்து*|நகைச்சுவை|மின்னஞ்சல் எழுது*|!பேச்சு எழுது*|!ஜோக் சொல்*|!நகைச்சுவை சொல்*|!பாடல் எழுது*|!கதை எழுது*|!கடிதம் எழுது*|!பதிவு எழுது*",
  brainstorming: "!யோசனைகள*|!ஐடியா*|பெயர்களை பரிந்துரை*|!பரிந்துரைக்கவும்|!பெயர் பரிந்துரை*|!சில பெயர்கள்|!பெயர்கள் சொல்*|!யோசனை சொல்*",
  chat: "வணக்கம்|நன்றி|எப்படி இருக்கீங்க|எப்படி இருக்கிறீர்கள்|எப்படி இருக்க|சோர்வாக இருக்கிறேன்|சோகமாக இருக்கிறேன்|!மனசு விட்டு பேச*|!அறிவுரை வேண்டாம்|!யாரிடமாவது சொல்ல*|!நீ ரோபோவா|!நீங்கள் ரோபோவா|!நீ மனிதனா",
  simple_qa: "தலைநகர*|யார் எழுதினார்|யார் கண்டுபிடித்தார்|எந்த ஆண்டு|எந்த வருடம்|!முழு வடிவம்|!விரிவாக்கம்",
  math: "!கணக்கிட*|!தீர்க்கவும்|சமன்பாடு|சமன்பாட்டை|சமன்பாட்டின்|நிகழ்தகவு|வகைக்கெழு|!எவ்வளவு செலுத்த*|எத்தனை சதவீதம்|நிரூபி*",
  deep_reasoning: "புதிர*|!விடுகதை*|தர்க்க*|படிப்படியாக|பொய் சொல்*|பொய் பேசு*|உண்மை பேசு*|!எப்போதும் பொய் சொல்*|!எப்போதும் உண்மை சொல்*|!தர்க்க புதிர்",
};

export const TE: CueTable = {
  translation: "!అనువది*|!అనువాద*|ఆంగ్లంలోకి|ఆంగ్లంలో|ఇంగ్లీషులోకి|ఇంగ్లీషులో|తెలుగులోకి",
  summarization: "!సారాంశ*|!సంక్షిప్తీకరించ*|!ముఖ్యాంశాలు|!ముఖ్య అంశాలు",
  extraction: "!వెలికితీ*|అన్ని తేదీలు|అన్ని పేర్లు|పట్టిక రూపంలో|పట్టికగా|జాబితా చేయండి|!పేర్లు మాత్రమే|!తేదీలు మాత్రమే|!ఫోన్ నంబర్లు|పట్టికలో",
  classification: "!వర్గీకర*|సానుకూలమా ప్రతికూలమా|సానుకూలమా లేక ప్రతికూలమా|సానుకూల లేదా ప్రతికూల|ఏ వర్గానికి|!సానుకూల, ప్రతికూల|తటస్థ",
  code_generation: "!కోడ్ రాయ*|!కోడ్ రాసి*|!ఫంక్షన్ రాయ*|!స్క్రిప్ట్ రాయ*|!ప్రోగ్రామ్ రాయ*|ఫంక్షన్|!క్వెరీ రాయ*|!ప్రోగ్రామ్ రాసి*|!ఫంక్షన్ రాసి*|!స్క్రిప్ట్ రాసి*|!స్క్రిప్ట్ కావాలి",
  code_review: "పని చేయడం లేదు|పనిచేయడం లేదు|ఎర్రర్|బగ్|!కోడ్ చెక్ చేయ*|!ఈ కోడ్ ఏమి చేస్తుంది|!ఈ కోడ్ ఏం చేస్తుంది|!ఎందుకు నెమ్మదిగా|నెమ్మదిగా",
  analysis: "!విశ్లేషి*|!విశ్లేషణ*|పోల్చ*|పోలిక|లాభాలు మరియు నష్టాలు|!ఏది మంచిది|!ఏది ఉత్తమం|!ఏది ఎంచుకుంటారు|!ఏది ఎంచుకుంటావు|!అంచనా వేయ*|!లాభనష్టాలు|!మీ అభిప్రాయం ఏమిటి|!నీ అభిప్రాయం ఏమిటి|!మీ అభిప్రాయం|!బలహీనతలు|!నిజాయితీగా అంచనా|!నిర్ణయించుకోలేకపోతున్నా",
  creative_writing: "!కవిత*|కథ|కథను|కథలు|పాట|పాటను|లేఖ|లేఖను|శుభాకాంక్షల సందేశం|జోక్*|!ప్రసంగం రాయ*|!పుట్టినరోజు శుభాకాంక్షలు|!జోక్ చెప్ప*|!పాట రాయ*|!కథ రాయ*|!లేఖ రాయ*|!ఈమెయిల్ రాయ*|!మెసేజ్ రాయ*|!పోస్ట్ రాయ*",
  brainstorming: "!ఆలోచనలు|!ఐడియాలు|!ఐడియాస్|!సూచనలు ఇవ్వ*|!పేర్లు సూచించ*|!కొన్ని పేర్లు|!పేర్లు చెప్ప*",
  chat: "నమస్కారం|నమస్తే|ధన్యవాదాలు|ఎలా ఉన్నారు|ఎలా ఉన్నావు|బాగున్నారా|అలసిపోయాను|బోర్ కొడుతోంది|బాధగా ఉంది|!మనసు విప్పి|!సలహా వద్దు|!సలహాలు వద్దు|!నువ్వు రోబోవా|!మీరు రోబోనా|!మీరు మనిషా",
  simple_qa: "రాజధాని|ఎవరు రాశారు|ఏ సంవత్సరంలో|ఎవరు కనుగొన్నారు|!పూర్తి రూపం|!పూర్తి పేరు ఏమిటి",
  math: "!లెక్కించ*|!సమీకరణాన్ని సాధించ*|!సమీకరణాన్ని పరిష్కరించ*|సమీకరణం|సంభావ్యత|!ఎంత చెల్లించాలి|ఎంత శాతం|నిరూపించ*",
  deep_reasoning: "!పొడుపు కథ*|పజిల్*|తర్కం|దశలవారీగా|అబద్ధం చెబుతా*|అబద్ధాలు చెబుతా*|నిజం చెబుతా*|!ఎప్పుడూ అబద్ధం|!ఎప్పుడూ నిజం|!తర్క పజిల్",
};

export const MR: CueTable = {
  translation: "इंग्रजीत|इंग्रजीमध्ये|मराठीत|मराठीमध्ये",
  summarization: "!गोषवारा|!मुख्य मुद्दे|!महत्त्वाचे मुद्दे|!बैठकीचे इतिवृत्त",
  extraction: "!काढून द्या|सर्व तारखा|सर्व नावे|सर्व रकमा|यादी करा|!फक्त नावे|!फक्त तारखा|!सर्व फोन नंबर|तक्त्यात",
  classification: "!वर्गवारी|कोणत्या श्रेणीत|कोणत्या प्रकारात|!सकारात्मक की नकारात्मक|!सकारात्मक, नकारात्मक",
  code_generation: "!कोड लिहा|!कोड लिहू*|!फंक्शन लिहा|!फंक्शन लिहू*|!स्क्रिप्ट लिहा|!स्क्रिप्ट लिहू*|!प्रोग्राम लिहा|!प्रोग्राम लिहू*|!क्वेरी लिहा|!क्वेरी लिहू*|!स्क्रिप्ट हवी|!स्क्रिप्ट हवा|!एक्सेल फॉर्म्युला",
  code_review: "चालत नाही|काम करत नाही|चूक शोधा|त्रुटी|!माझा कोड तपासा|!कोड तपासा|!हा कोड काय करतो|!इतका हळू का|हळू चालत",
  analysis: "!कोणते चांगले|!कोणता चांगला|!कोणती चांगली|!तुम्ही कोणते निवडाल|!मूल्यमापन करा|!फायदे आणि तोटे|!तुमचं मत काय|!तुमचे मत काय|!तुला काय वाटतं|!तुम्हाला काय वाटते|!कमकुवत बाजू|!प्रामाणिक मत|!सर्वात संभाव्य कारण|!ठरवता येत नाहीये|!निर्णय घेता येत नाहीये",
  creative_writing: "!गोष्ट लिहा|!कथा लिहा|बोधकथा|गाणे|शुभेच्छा|चारोळी|!मेसेज लिहा|!संदेश लिहा|!भाषण लिहा|!वाढदिवसाच्या शुभेच्छा|!विनोद सांगा|!गाणे लिहा|!पत्र लिहा|!ईमेल लिहा|!पोस्ट लिहा",
  brainstorming: "!सुचव*|नावांची यादी|!कल्पना द्या|!काही कल्पना|!काही नावे|!काही नावं|!काही पर्याय सुचवा|!काही आयडिया",
  chat: "नमस्कार|कसे आहात|कसा आहेस|कशी आहेस|आभारी आहे|काय चाललंय|मी थकलो आहे|मी थकले आहे|कंटाळा आला|!मन मोकळं करायचं|!मन मोकळे करायचे|!सल्ला नको|!कोणाला तरी सांगायचं होतं|!तू रोबोट आहेस का|!तुम्ही रोबोट आहात का",
  simple_qa: "कोणी लिहिले|कोणी लिहिली|कोणत्या वर्षी|कोणी शोधला|कोणी शोध लावला|!लघुरूप|!पूर्ण रूप काय|!चे पूर्ण रूप|!फुल फॉर्म काय",
  math: "!सोडव*|!हिशोब करा|बेरीज|वजाबाकी|गुणाकार|भागाकार|संभाव्यता|किती होईल|किती होतील|!किती पैसे भरावे|किती टक्के|सिद्ध करा",
  deep_reasoning: "टप्प्याटप्प्याने|खोटे बोलतो|खरे बोलतो|तर्कशास्त्र|!नेहमी खोटे|!नेहमी खरे बोलतो|!कोडे",
};

export const AZ: CueTable = {
  translation: "!tərcümə|!tərcüməni|!tərcüməsi*|tərcümədə|ingilis dilinə|azərbaycan dilinə|rus dilinə|ingiliscə|!necə deyilir",
  summarization: "!xülasə*|!ümumiləşdir*|qısaltmaq|qısaldıb|!qısalt|!qısaldın|!iclasın protokolu|üç cümlədə|bir neçə cümlədə|!əsas məqamlar*",
  extraction: "!çıxarın|siyahısını çıxar|bütün tarixləri|bütün adları|bütün məbləğləri|cədvələ|!yalnız adları|!yalnız tarixləri|!yalnız məbləğləri|!bütün telefon nömrələrini|!sahələri doldur*|!json formatında|siyahı şəklində|cədvəl şəklində",
  classification: "!təsnif*|!qruplaşdır*|!kateqoriyalara ayır|müsbət və ya mənfi|müsbətdir yoxsa mənfi|hansı kateqoriya*|və ya neytral|!hər birini etiketlə|!etiketlə|!müsbət, mənfi",
  code_generation: "!funksiya yaz*|!skript yaz*|!proqram yaz*|!kod yazın|funksiya*|!sorğu yaz*|!sql sorğusu yaz*|!sinif yaz*|!skript lazımdır|!sorğu lazımdır|!funksiya lazımdır|!excel düsturu",
  code_review: "işləmir|niyə işləmir|xəta verir|xətanı tap|xətanı tapın|kodu yoxla|kodu yoxlayın|!kodumu yoxla*|!koduma bax|!bu kod nə edir|!bu kodu izah et|!niyə bu sorğu|yavaş işləyir|xəta atır",
  analysis: "!təhlil|!təhlili|!təhlilini|müqayisə*|müsbət və mənfi cəhətləri|!hansı daha yaxşıdır|!hansını seçərdin|!hansını seçərdiniz|!dəyərmi|!qiymətləndir*|!üstünlükləri və çatışmazlıqları|risklər|!fikrin nədir|!fikriniz nədir|!nə düşünürsən|!necə görürsən|!zəif cəhətləri|!zəif tərəfləri|!güclü və zəif|!dürüst qiymətləndirmə|!ən ehtimal olunan səbəb|!qərar verə bilmirəm|!seçə bilmirəm",
  creative_writing: "!şeir*|hekayə*|nağıl*|mahnı*|məktub*|təbrik*|lətifə*|zarafat*|şüar*|!nitq yaz*|!tost yaz*|!ad günü təbriki|!təbrik yaz*|!lətifə danış|!zarafat danış|!mahnı yaz*|!paylaşım yaz*|!reklam mətni|!məktub yaz*|!hekayə yaz*|motivasiya məktubu|!motivasiya məktubu yaz",
  brainstorming: "!ideya*|təklif et|təkliflər|ad təklif*|adlar təklif*|!fikirlər ver|!nə edə bilərəm|!ad təklif et|!bir neçə ad|!bir neçə variant|!ad variantları|!başlıq təklif*",
  chat: "təşəkkür*|necəsən|necəsiniz|sabahın xeyir|sabahınız xeyir|yorğunam|darıxıram|axşamınız xeyir|!dərdləşmək istəyirəm|!ürəyimi boşaltmaq|!məsləhət istəmirəm|!məsləhət lazım deyil|!sadəcə kiməsə demək istədim|!robotsan|!insansan|!əvvəlki söhbətimizi xatırlayırsan",
  simple_qa: "paytaxt*|kim yazıb|hansı ildə|kim icad edib|sözünün mənası|kim kəşf edib|!nəyin qısaltmasıdır|!qısaltmasıdır|!qısaltması nədir|!abreviaturası|!tam açılışı|!tam adı nədir",
  math: "!hesabla|!hesablay*|!hesablamaq|!həll et*|!həll ed*|tənlik*|törəmə*|ehtimalı|!nə qədər ödəyəcəyəm|neçə faiz|!faizini hesabla|sübut et|isbat et",
  deep_reasoning: "!tapmaca*|məntiq*|addım-addım|yalan danışır|düz danışır|həqiqəti deyir|!həmişə yalan danışır|!həmişə düz danışır|!həmişə həqiqəti deyir|!cəngavərlər və yalançılar|!məntiq tapmacası",
};

export const KK: CueTable = {
  translation: "!аудар|!аударшы|!аударыңызшы|!аударып бер*|!аударма|!аудармасы*|!тіліне аударыңыз|!мәтінді аударыңыз|ағылшын тіліне|қазақ тіліне|орыс тіліне|ағылшынша|қазақшаға|!ағылшынша қалай|!қалай аударылады|қалай айтылады",
  summarization: "!түйіндеме*|!қорытындыла*|қысқарт*|негізгі тұстар|басты ойлар|!қысқаша мазмұн*|!қысқартып бер*|!түйіндеп бер*|!жиналыс хаттамасы|үш сөйлеммен|бірнеше сөйлеммен|!негізгі ойлар*",
  extraction: "!бөліп ал*|!шығарып бер*|барлық күндерді|барлық есімдерді|барлық аттарды|кестеге|тізіп бер*|!тек аттарын|!тек есімдерін|!тек күндерін|!тек сомаларын|!барлық телефон нөмірлерін|!өрістерді толтыр*|!json форматында|тізім түрінде|кесте түрінде",
  classification: "!жікте*|!топтастыр*|!санаттарға бөл*|оң ба, теріс пе|оң немесе теріс|спам ба|қай санатқа|!оң, теріс немесе бейтарап|немесе бейтарап|!әрқайсысын белгіле*",
  code_generation: "!код жаз*|!функция жаз*|!скрипт жаз*|!бағдарлама жаз*|!сұраныс жаз*|!sql сұраныс*|!регулярлы өрнек*|!класс жаз*|!скрипт керек|!функция керек|!сұраным керек|!excel формуласы",
  code_review: "жұмыс істемейді|неге жұмыс істемейді|қатені тап*|қате шығарады|қате береді|кодты тексер*|!кодымды тексер*|!кодты қарап шық*|!бұл код не істейді|!бұл кодты түсіндір*|!неге бұл сұраныс|!неге баяу|тым баяу",
  analysis: "!талда*|салыстыр*|қайсысы тиімді|!қайсысы жақсы|!қайсысын таңдар едің|!қайсысын таңдайсың|!бағала|!бағалаңыз|!бағалаңызшы|!бағалап бер*|!бағалау|!артықшылықтары мен кемшіліктері|тәуекелдер|!сен қалай ойлайсың|!қалай ойлайсыз|!пікіріңіз қандай|!пікірің қандай|!әлсіз тұстары|!күшті және әлсіз|!шынайы баға|!ең ықтимал себеп|!шеше алмай жүрмін|!таңдай алмай жүрмін",
  creative_writing: "!өлең*|ертегі*|ән мәтін*|құттықтау*|әзіл*|!тост жаз*|!туған күнге құттықтау|!құттықтау жаз*|!әзіл айт*|!ән жаз*|!пост жаз*|!жарнама мәтін*|!хат жаз*|!әңгіме жаз*|мотивациялық хат|ілеспе хат",
  brainstorming: "!идеялар*|!идея ұсын*|ұсыныстар|ат ұсын*|!бірнеше идея|!не істей аламын|!атау ұсын*|!бірнеше атау|!атау нұсқалары|!бірнеше нұсқа ұсын*",
  chat: "сәлем|сәлеметсіз бе|рахмет|көп рахмет|қалайсың|қалайсыз|қайырлы таң|шаршадым|іш пыстым|қайырлы кеш|!ішімдегіні айтқым келеді|!кеңес керек емес|!кеңес бермей-ақ қой|!роботсың ба|!роботсыз ба|!адамсың ба|!бұрынғы әңгімемізді есіңде*",
  simple_qa: "астанасы|кім жазған|қай жылы|кім ойлап тапқан|сөзінің мағынасы|кім ашқан|!толық атауы|!аббревиатурасы|!толық нұсқасы|!қалай толық айтылады|!қысқартылған сөз",
  math: "!есепте|!есептеңіз|!есептеңізші|!есептеші|!есептеп бер*|!есептеу|!шешіңіз|!шешіп бер*|теңдеу*|ықтималдық*|!қанша төлеймін|!қанша төлеуім керек|неше пайыз|дәлелде*",
  deep_reasoning: "!жұмбақ*|қадам-қадаммен|қадамма-қадам|өтірік айтады|шындықты айтады|!әрқашан өтірік айтады|!әрқашан шындықты айтады|!кім кім|!логикалық есеп|!логикалық жұмбақ",
};
