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
 * @module
 */

type CueTable = Readonly<Record<string, string>>;

export const TA: CueTable = {
  translation: "!மொழிபெயர்*|ஆங்கிலத்தில்|ஆங்கிலத்திற்கு|தமிழுக்கு",
  summarization: "!சுருக்கம்|!சுருக்கத்தை|!சுருக்கவும்|!சுருக்கு|!சுருக்கி*|!சுருக்க|முக்கிய அம்சங்கள்|முக்கிய குறிப்புகள்|சாராம்சம்",
  extraction: "!பிரித்தெடு*|அனைத்து தேதிகளையும்|எல்லா தேதிகளையும்|அனைத்து பெயர்களையும்|எல்லா பெயர்களையும்|அட்டவணையாக|பட்டியலிடு*",
  classification: "!வகைப்படுத்*|நேர்மறையா எதிர்மறையா|நேர்மறை அல்லது எதிர்மறை|எந்த வகையைச் சேர்ந்தது",
  code_generation: "!குறியீடு எழுது*|!நிரல் எழுது*|!கோட் எழுது*|!ஃபங்ஷன் எழுது*|!ஸ்கிரிப்ட் எழுது*|ஃபங்ஷன்|ஸ்கிரிப்ட்",
  code_review: "வேலை செய்யவில்லை|பிழை செய்தி|பிழை வருகிறது|எரர்",
  analysis: "!பகுப்பாய்*|ஒப்பிட*|ஒப்பீடு|நன்மை தீமைகள்|நன்மைகள் மற்றும் தீமைகள்|எது சிறந்தது",
  creative_writing: "!கவிதை*|கதை*|பாடல்*|கடிதம்|கடிதத்தை|வாழ்த்து*|நகைச்சுவை|மின்னஞ்சல் எழுது*",
  brainstorming: "!யோசனைகள*|!ஐடியா*|பெயர்களை பரிந்துரை*|பெயர் பரிந்துரை*",
  chat: "வணக்கம்|நன்றி|எப்படி இருக்கீங்க|எப்படி இருக்கிறீர்கள்|எப்படி இருக்க",
  simple_qa: "தலைநகர*|யார் எழுதினார்|யார் கண்டுபிடித்தார்|எந்த ஆண்டு|எந்த வருடம்",
  math: "!கணக்கிட*|!தீர்க்கவும்|சமன்பாடு|சமன்பாட்டை|சமன்பாட்டின்|நிகழ்தகவு|வகைக்கெழு",
  deep_reasoning: "புதிர*|விடுகதை*|தர்க்க*|படிப்படியாக|பொய் சொல்*|பொய் பேசு*|உண்மை பேசு*",
};

export const TE: CueTable = {
  translation: "!అనువది*|!అనువాద*|ఆంగ్లంలోకి|ఆంగ్లంలో|ఇంగ్లీషులోకి|ఇంగ్లీషులో|తెలుగులోకి",
  summarization: "!సారాంశ*|!సంక్షిప్తీకరించ*|ముఖ్యాంశాలు|ముఖ్య అంశాలు",
  extraction: "!వెలికితీ*|అన్ని తేదీలు|అన్ని పేర్లు|పట్టిక రూపంలో|పట్టికగా|జాబితా చేయండి",
  classification: "!వర్గీకర*|సానుకూలమా ప్రతికూలమా|సానుకూలమా లేక ప్రతికూలమా|సానుకూల లేదా ప్రతికూల|ఏ వర్గానికి",
  code_generation: "!కోడ్ రాయ*|!కోడ్ రాసి*|!ఫంక్షన్ రాయ*|!స్క్రిప్ట్ రాయ*|!ప్రోగ్రామ్ రాయ*|ఫంక్షన్",
  code_review: "పని చేయడం లేదు|పనిచేయడం లేదు|ఎర్రర్|బగ్",
  analysis: "!విశ్లేషి*|!విశ్లేషణ*|పోల్చ*|పోలిక|లాభనష్టాలు|లాభాలు మరియు నష్టాలు|ఏది మంచిది|ఏది ఉత్తమం",
  creative_writing: "!కవిత*|కథ|కథను|కథలు|పాట|పాటను|లేఖ|లేఖను|శుభాకాంక్షల సందేశం|జోక్*",
  brainstorming: "!ఆలోచనలు|!ఐడియాలు|!ఐడియాస్|పేర్లు సూచించ*",
  chat: "నమస్కారం|నమస్తే|ధన్యవాదాలు|ఎలా ఉన్నారు|ఎలా ఉన్నావు|బాగున్నారా",
  simple_qa: "రాజధాని|ఎవరు రాశారు|ఏ సంవత్సరంలో|ఎవరు కనుగొన్నారు",
  math: "!లెక్కించ*|!సమీకరణాన్ని సాధించ*|!సమీకరణాన్ని పరిష్కరించ*|సమీకరణం|సంభావ్యత",
  deep_reasoning: "!పొడుపు కథ*|పజిల్*|తర్కం|దశలవారీగా|అబద్ధం చెబుతా*|అబద్ధాలు చెబుతా*|నిజం చెబుతా*",
};

export const MR: CueTable = {
  translation: "इंग्रजीत|इंग्रजीमध्ये|मराठीत|मराठीमध्ये",
  summarization: "!गोषवारा|मुख्य मुद्दे|महत्त्वाचे मुद्दे",
  extraction: "!काढून द्या|सर्व तारखा|सर्व नावे|सर्व रकमा|तक्त्यात|यादी करा",
  classification: "!वर्गवारी|कोणत्या श्रेणीत|कोणत्या प्रकारात",
  code_generation: "!कोड लिहा|!कोड लिहू*|!फंक्शन लिहा|!फंक्शन लिहू*|!स्क्रिप्ट लिहा|!स्क्रिप्ट लिहू*|!प्रोग्राम लिहा|!प्रोग्राम लिहू*",
  code_review: "चालत नाही|काम करत नाही|चूक शोधा|कोड तपासा|त्रुटी",
  analysis: "फायदे आणि तोटे|कोणते चांगले|कोणता चांगला|कोणती चांगली",
  creative_writing: "!गोष्ट लिहा|!कथा लिहा|बोधकथा|गाणे|पत्र लिहा|शुभेच्छा|भाषण लिहा|चारोळी|!मेसेज लिहा|!संदेश लिहा",
  brainstorming: "!सुचव*|काही कल्पना|कल्पना द्या|नावांची यादी",
  chat: "नमस्कार|कसे आहात|कसा आहेस|कशी आहेस|आभारी आहे|काय चाललंय",
  simple_qa: "कोणी लिहिले|कोणी लिहिली|कोणत्या वर्षी|कोणी शोधला|कोणी शोध लावला",
  math: "!सोडव*|!हिशोब करा|बेरीज|वजाबाकी|गुणाकार|भागाकार|संभाव्यता|किती होईल|किती होतील",
  deep_reasoning: "कोडे|टप्प्याटप्प्याने|खोटे बोलतो|खरे बोलतो|नेहमी खोटे|तर्कशास्त्र",
};

export const AZ: CueTable = {
  translation: "!tərcümə*|ingilis dilinə|azərbaycan dilinə|rus dilinə|ingiliscə",
  summarization: "!xülasə*|!ümumiləşdir*|qısalt*|əsas məqamlar",
  extraction: "!çıxarın|siyahısını çıxar|bütün tarixləri|bütün adları|bütün məbləğləri|cədvəl şəklində|cədvələ",
  classification: "!təsnif*|!qruplaşdır*|!kateqoriyalara ayır|müsbət və ya mənfi|müsbətdir yoxsa mənfi|hansı kateqoriya*",
  code_generation: "!funksiya yaz*|!skript yaz*|!proqram yaz*|!kod yazın|funksiya*",
  code_review: "işləmir|niyə işləmir|xəta verir|xətanı tap|xətanı tapın|kodu yoxla|kodu yoxlayın",
  analysis: "!təhlil*|müqayisə*|üstünlükləri və çatışmazlıqları|müsbət və mənfi cəhətləri|hansı daha yaxşıdır|dəyərmi",
  creative_writing: "!şeir*|hekayə*|nağıl*|mahnı*|məktub*|təbrik*|lətifə*|zarafat*|şüar*",
  brainstorming: "!ideya*|təklif et|təkliflər|ad təklif*|adlar təklif*",
  chat: "təşəkkür*|necəsən|necəsiniz|sabahın xeyir|sabahınız xeyir",
  simple_qa: "paytaxt*|kim yazıb|hansı ildə|kim icad edib",
  math: "!hesabla*|!həll et*|!həll ed*|tənlik*|törəmə*|ehtimalı",
  deep_reasoning: "tapmaca*|məntiq*|addım-addım|yalan danışır|düz danışır|həqiqəti deyir",
};

export const KK: CueTable = {
  translation: "!аудар*|ағылшын тіліне|қазақ тіліне|орыс тіліне|ағылшынша|қазақшаға",
  summarization: "!түйіндеме*|!қорытындыла*|қысқарт*|негізгі ойлар|негізгі тұстар|басты ойлар",
  extraction: "!бөліп ал*|!шығарып бер*|барлық күндерді|барлық есімдерді|барлық аттарды|кестеге|кесте түрінде|тізіп бер*",
  classification: "!жікте*|!топтастыр*|!санаттарға бөл*|оң ба, теріс пе|оң немесе теріс|спам ба|қай санатқа",
  code_generation: "!код жаз*|!функция жаз*|!скрипт жаз*|!бағдарлама жаз*",
  code_review: "жұмыс істемейді|неге жұмыс істемейді|қатені тап*|қате шығарады|қате береді|кодты тексер*",
  analysis: "!талда*|салыстыр*|артықшылықтары мен кемшіліктері|қайсысы жақсы|қайсысы тиімді",
  creative_writing: "!өлең*|ертегі*|әңгіме жаз*|ән мәтін*|ән жаз*|хат жаз*|құттықтау*|әзіл*",
  brainstorming: "!идеялар*|!идея ұсын*|ұсыныстар|атау ұсын*|ат ұсын*",
  chat: "сәлем|сәлеметсіз бе|рахмет|көп рахмет|қалайсың|қалайсыз|қайырлы таң",
  simple_qa: "астанасы|кім жазған|қай жылы|кім ойлап тапқан",
  math: "!есепте*|!шешіңіз|!шешіп бер*|теңдеу*|ықтималдық*",
  deep_reasoning: "жұмбақ*|қадам-қадаммен|қадамма-қадам|өтірік айтады|шындықты айтады",
};
