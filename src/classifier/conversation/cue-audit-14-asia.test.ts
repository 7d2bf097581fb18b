/**
 * Fourteenth round's audit of the Chinese (simplified and traditional), Japanese, Korean, Thai, Vietnamese, Indonesian,
 * Malay, Hindi (with romanised Hinglish), Bengali, Arabic and Urdu tables: the ordinary, indirect ways of asking that
 * blind sets showed missing. Shortening a pasted text ("浓缩成三行", "手短に", "짧게 만들어 줄래", "padatkan") and
 * rewriting it softer ("润色一下", "柔らかい言い方に書き直して", "viết lại cho nhẹ nhàng", "أعد صياغة"); a text to
 * publish or read out ("产品页上的介绍", "結婚式で読み上げる", "शादी में पढ़ने के लिए"); gift ideas ("送他什么好",
 * "뭘 선물하면", "kado apa", "क्या गिफ्ट दूँ"); the assistant itself and venting ("你是谁开发的", "누가 너를 만들었어",
 * "bas sun lo", "من صنعك"); a priority or a department per item ("判断优先级", "優先度を判定", "tentukan prioritas");
 * translation by other verbs ("改成日文", "英語では何と言いますか", "ubah ke bahasa", "जापानी में बदल दो"); fields
 * as written ("只列出日期", "名前だけ並べて", "giữ nguyên như trong văn bản"); a view ("怎么解读", "어느 쪽이 나을까", "أي العرضين"); a fact
 * ("是什麼意思", "制限速度", "dosis maksimal"); sums asked indirectly ("多久才能還清", "人分だと", "다 갚는 데",
 * "berapa lama lunas"); and riddles by name ("谜语", "頭の体操", "넌센스 퀴즈", "soal logika"). Each ask is the team's
 * own (never a working set's row); those of a task are read over a base that says another task (chat, or analysis and summarization where a question alone already reads a fact or a view), the talk to the assistant over
 * one that says simple_qa, and each is named by a defining cue of its own table, so each fails without its new cue.
 *
 * Look-alikes fixed with them: Chinese 积分 (loyalty points as often as an integral) and Japanese 積分 firing on
 * traditional Chinese 會員積分; Vietnamese "tóm lại" (also "in conclusion"); and words asking a brief answer rather
 * than a summary: Vietnamese "ngắn gọn", Indonesian "singkatnya", Arabic "باختصار", Korean "간단히", Japanese "短く".
 */
import { describe, expect, it } from "vitest";
import { read, u } from "../../../test/support/conversation-kit.js";
import { asksNotNamedByOwnTable, cuesOfTask, cuesWrittenTwice, lookAlikeHits } from "../../../test/support/cue-checks.js";
import type { CueLanguage } from "./language-cues.js";

const asks: [string, string, string][] = [
  // zh
  ["zh", "summarization", "这段话太长了，帮我浓缩成三行"],
  ["zh", "summarization", "幫我把這篇改短一點，留下重點就好"],
  ["zh", "creative_writing", "这封信语气太生硬了，帮我润色一下，委婉一点"],
  ["zh", "creative_writing", "這段自我介紹有點尷尬，幫我重寫一下"],
  ["zh", "creative_writing", "帮我写一段产品页上的介绍"],
  ["zh", "creative_writing", "婚禮上我要致詞，幫我準備幾句可以唸出來的話"],
  ["zh", "creative_writing", "给这张照片配一段文字，发朋友圈用"],
  ["zh", "brainstorming", "我男朋友下周生日，送他什么好？"],
  ["zh", "brainstorming", "媽媽退休了，該送什麼給她？給我幾個方向"],
  ["zh", "classification", "下面每个工单请判断优先级：紧急、中、低"],
  ["zh", "classification", "把每封郵件分到對應的部門：財務、人事、技術"],
  ["zh", "translation", "把这段话改成日文"],
  ["zh", "translation", "「隨機應變」英文怎麼講？"],
  ["zh", "extraction", "只列出日期，其他的不用"],
  ["zh", "extraction", "原样列出每个人的名字和他们带的东西，不要改写"],
  ["zh", "analysis", "这个月活跃用户一直在降，你觉得最可能是什么原因"],
  ["zh", "analysis", "這份計畫的弱點在哪裡？"],
  ["zh", "analysis", "这条增长曲线应该怎么解读？"],
  ["zh", "simple_qa", "「內卷」這個詞是什麼意思？"],
  ["zh", "simple_qa", "布洛芬每天最大剂量是多少？"],
  ["zh", "simple_qa", "高速公路限速是多少？"],
  ["zh", "math", "11个人吃火锅，每样要准备多少？"],
  ["zh", "math", "房貸每個月還八千，多久才能還清？"],
  ["zh", "math", "提前还款能省多少利息？"],
  ["zh", "deep_reasoning", "给我出一个谜语，要难一点的"],
  ["zh", "deep_reasoning", "面試時遇到一個燒腦的稱重問題：12個球找出一個重量不同的"],
  // ja
  ["ja", "summarization", "この文章、手短にしてもらえますか"],
  ["ja", "summarization", "半分の長さに削ってください"],
  ["ja", "creative_writing", "このメール、もう少し柔らかい言い方に書き直してください"],
  ["ja", "creative_writing", "堅苦しくない感じにしてほしい、この挨拶"],
  ["ja", "creative_writing", "商品ページに載せる文章をお願いします"],
  ["ja", "creative_writing", "結婚式で読み上げる短いスピーチを頼めますか"],
  ["ja", "brainstorming", "父の誕生日に何をあげたらいいかな"],
  ["ja", "brainstorming", "週末に子どもと何をするか、方向性をいくつか出して"],
  ["ja", "classification", "各チケットの優先度を判定してください：高・中・低"],
  ["ja", "classification", "それぞれのメールをどの部署に回すべきか決めて"],
  ["ja", "translation", "このメール、英語版にしてもらえますか"],
  ["ja", "translation", "「いただきます」って英語では何と言いますか"],
  ["ja", "extraction", "名前だけ書かれている通りに並べて"],
  ["ja", "extraction", "参加者の名前だけ並べてくれる？"],
  ["ja", "analysis", "この売上の推移、どう読めばいい？"],
  ["ja", "analysis", "内定が二つあって、どちらにすべきか迷っています"],
  ["ja", "simple_qa", "「忖度」ってどういう意味？"],
  ["ja", "simple_qa", "高速道路の制限速度は何キロですか"],
  ["ja", "math", "11人分だと材料はそれぞれどれくらい必要？"],
  ["ja", "math", "毎月3万円ずつ返したら何年で完済できる？"],
  ["ja", "deep_reasoning", "面接で出た頭の体操みたいな問題を解いてみて"],
  ["ja", "deep_reasoning", "謎解きを一つ出して"],
  // ko
  ["ko", "summarization", "이 글 좀 짧게 만들어 줄래?"],
  ["ko", "summarization", "분량을 절반으로 줄여줄 수 있어?"],
  ["ko", "creative_writing", "이 메일 좀 더 부드럽게 바꿔 줘"],
  ["ko", "creative_writing", "자기소개가 너무 오글거려요, 덜 오글거리게 다시 써 주세요"],
  ["ko", "creative_writing", "상세페이지에 들어갈 글 부탁해요"],
  ["ko", "creative_writing", "결혼식에서 읽을 짧은 글을 준비해 주세요"],
  ["ko", "brainstorming", "아빠 생신에 뭘 선물하면 좋을까?"],
  ["ko", "brainstorming", "주말에 뭐 할지 몇 가지 방향을 잡아 줘"],
  ["ko", "classification", "티켓마다 우선순위를 매겨 줘: 긴급/보통/낮음"],
  ["ko", "classification", "메일마다 담당 부서를 정해 주세요"],
  ["ko", "translation", "'눈치'는 영어로 뭐야?"],
  ["ko", "translation", "이 문장 영어로 써 줘"],
  ["ko", "extraction", "날짜만 적힌 그대로 알려 줘"],
  ["ko", "analysis", "오퍼가 두 개인데 어느 쪽이 나을까요?"],
  ["ko", "analysis", "이 추세를 어떻게 해석해야 할까?"],
  ["ko", "simple_qa", "'갑분싸' 뜻이 뭐야?"],
  ["ko", "simple_qa", "고속도로 제한 속도가 얼마예요?"],
  ["ko", "math", "11명이면 재료가 각각 얼마나 필요해?"],
  ["ko", "math", "매달 50만원씩 갚으면 다 갚는 데 얼마나 걸려?"],
  ["ko", "deep_reasoning", "넌센스 퀴즈 하나 내 줘"],
  // th
  ["th", "summarization", "ช่วยย่อให้เหลือสามบรรทัด"],
  ["th", "creative_writing", "ช่วยเขียนใหม่ให้นุ่มนวลขึ้นหน่อย"],
  ["th", "creative_writing", "ขอข้อความสำหรับหน้าสินค้าหน่อย"],
  ["th", "brainstorming", "วันเกิดแฟน ควรซื้ออะไรให้ดี"],
  ["th", "classification", "ช่วยระบุความเร่งด่วนของแต่ละตั๋ว: ด่วน กลาง ต่ำ"],
  ["th", "translation", "ช่วยเปลี่ยนเป็นภาษาญี่ปุ่นหน่อย"],
  ["th", "extraction", "เอาแค่วันที่ตามที่เขียนไว้"],
  ["th", "analysis", "แนวโน้มนี้ควรตีความยังไง"],
  ["th", "simple_qa", "คำว่า เกรงใจ แปลว่าอะไร"],
  ["th", "simple_qa", "ความเร็วสูงสุดบนทางด่วนคือเท่าไหร่"],
  ["th", "math", "ผ่อนเดือนละห้าพัน กี่เดือนถึงจะผ่อนหมด"],
  ["th", "deep_reasoning", "ขอโจทย์ปริศนาเชาวน์สักข้อ"],
  // vi
  ["vi", "summarization", "Rút ngắn đoạn này còn ba dòng giúp mình"],
  ["vi", "creative_writing", "Viết lại cho nhẹ nhàng hơn, bớt cứng nhắc"],
  ["vi", "creative_writing", "Mình cần một đoạn cho trang sản phẩm"],
  ["vi", "creative_writing", "Vài lời để đọc trong đám cưới em gái"],
  ["vi", "brainstorming", "Sinh nhật bố nên tặng gì nhỉ?"],
  ["vi", "classification", "Chuyển mỗi email đến phòng ban phù hợp"],
  ["vi", "translation", "Chuyển đoạn này sang tiếng Nhật giúp"],
  ["vi", "translation", "Tiếng Anh gọi là gì?"],
  ["vi", "extraction", "Chỉ lấy tên, giữ nguyên như trong văn bản"],
  ["vi", "analysis", "Có hai lời mời làm việc, nên nhận cái nào?"],
  ["vi", "simple_qa", "Liều tối đa mỗi ngày của paracetamol là bao nhiêu?"],
  ["vi", "simple_qa", "Tết Trung thu được tổ chức vào ngày nào?"],
  ["vi", "math", "Mỗi tháng trả 5 triệu thì bao lâu thì trả hết?"],
  ["vi", "deep_reasoning", "Cho mình vài câu hỏi đố mẹo"],
  // id
  ["id", "summarization", "Tolong padatkan teks ini jadi tiga baris"],
  ["id", "creative_writing", "Tulis ulang biar lebih halus dan nggak kaku"],
  ["id", "creative_writing", "Buat teks untuk halaman produk kami"],
  ["id", "creative_writing", "Kata-kata untuk dibacakan di pernikahan sahabatku"],
  ["id", "brainstorming", "Kado apa yang cocok buat ayah?"],
  ["id", "classification", "Tentukan prioritas tiap tiket: mendesak, sedang, rendah"],
  ["id", "classification", "Arahkan setiap email ke departemen yang tepat"],
  ["id", "translation", "Ubah ke bahasa Jepang ya"],
  ["id", "extraction", "Cukup tanggalnya saja, tulis persis seperti aslinya"],
  ["id", "analysis", "Ada dua tawaran kerja, sebaiknya ambil yang mana?"],
  ["id", "simple_qa", "Berapa dosis maksimal parasetamol per hari?"],
  ["id", "simple_qa", "Batas kecepatan di jalan tol berapa?"],
  ["id", "math", "Kalau cicilan 2 juta per bulan, berapa lama lunas?"],
  ["id", "deep_reasoning", "Kasih aku soal logika yang susah"],
  // ms
  ["ms", "creative_writing", "Tolong tulis semula supaya nadanya lebih lembut"],
  ["ms", "brainstorming", "Hadiah apa yang sesuai untuk ayah saya?"],
  ["ms", "classification", "Tentukan keutamaan setiap tiket: segera, sederhana, rendah"],
  ["ms", "translation", "Tukar ayat ini ke bahasa Jepun"],
  ["ms", "simple_qa", "Apa maksud perkataan 'mengelamun'?"],
  ["ms", "math", "Berapa bulan untuk habis bayar kalau bayar 500 sebulan?"],
  // hi
  ["hi", "summarization", "इसे तीन लाइनों में छोटा कीजिए"],
  ["hi", "creative_writing", "इस मैसेज को थोड़ा नरम करके दोबारा लिखो"],
  ["hi", "creative_writing", "शादी में पढ़ने के लिए कुछ लाइनें चाहिए"],
  ["hi", "brainstorming", "पापा के जन्मदिन पर क्या गिफ्ट दूँ?"],
  ["hi", "brainstorming", "bhai ke birthday pe kya gift du?"],
  ["hi", "classification", "हर टिकट की प्राथमिकता तय करो: अर्जेंट, मध्यम, कम"],
  ["hi", "translation", "इसे जापानी में बदल दो"],
  ["hi", "translation", "isko english mein kya kehte hain?"],
  ["hi", "analysis", "दो ऑफर हैं, कौन सा लूँ?"],
  ["hi", "simple_qa", "पैरासिटामोल की अधिकतम खुराक कितनी है?"],
  ["hi", "simple_qa", "होली कब मनाई जाती है?"],
  ["hi", "math", "11 लोगों के लिए हर चीज़ कितनी लगेगी?"],
  ["hi", "math", "हर महीने पाँच हजार दूँ तो लोन कितने समय में चुकेगा?"],
  ["hi", "deep_reasoning", "कोई दिमागी कसरत वाला सवाल पूछो"],
  // bn
  ["bn", "summarization", "লেখাটা ছোট করে দাও, তিন লাইনে"],
  ["bn", "creative_writing", "আরেকটু নরম ভাষায় আবার লেখো"],
  ["bn", "brainstorming", "বাবার জন্মদিনে কী উপহার দেব?"],
  ["bn", "classification", "প্রতিটি টিকিটের অগ্রাধিকার ঠিক করো"],
  ["bn", "translation", "এটা জাপানি ভাষায় করে দাও"],
  ["bn", "simple_qa", "প্যারাসিটামলের সর্বোচ্চ ডোজ কত?"],
  ["bn", "math", "প্রতি মাসে কত টাকা খরচ হবে আমাদের?"],
  // ar
  ["ar", "summarization", "اجعله أقصر، في ثلاثة أسطر فقط"],
  ["ar", "creative_writing", "أعد صياغة الرسالة بشكل ألطف"],
  ["ar", "creative_writing", "أريد نصا لصفحة المنتج"],
  ["ar", "brainstorming", "ماذا أهدي أبي في عيد ميلاده؟"],
  ["ar", "classification", "حدد أولوية كل تذكرة: عاجل، متوسط، منخفض"],
  ["ar", "translation", "حوّل هذه الجملة إلى اليابانية"],
  ["ar", "extraction", "اكتب الأسماء كما هي مكتوبة"],
  ["ar", "analysis", "عندي عرضان، أي العرضين أقبل؟"],
  ["ar", "simple_qa", "ما هي الجرعة القصوى من الباراسيتامول يوميا؟"],
  ["ar", "math", "كم يكلفنا هذا شهريا؟"],
  ["ar", "deep_reasoning", "أعطني لغزا منطقيا صعبا"],
  // ur
  ["ur", "summarization", "اسے تین لائنوں میں چھوٹا کر دیں"],
  ["ur", "creative_writing", "اس پیغام کو نرم لہجے میں دوبارہ لکھیں"],
  ["ur", "brainstorming", "ابو کی سالگرہ پر کیا تحفہ دوں؟"],
  ["ur", "classification", "ہر ٹکٹ کی ترجیح طے کریں: فوری، درمیانی، کم"],
  ["ur", "translation", "اسے جاپانی میں بدل دیں"],
  ["ur", "simple_qa", "پیراسیٹامول کی زیادہ سے زیادہ خوراک کتنی ہے؟"],
  ["ur", "math", "ہر مہینے کتنا خرچ آئے گا؟"],
];

/** The base each ask is read over: chat, but analysis under a fact asked (a question already reads simple_qa over chat)
 * and summarization under a view asked (a question of choice already reads analysis over chat). */
const BASE: Readonly<Record<string, string>> = { simple_qa: "analysis", analysis: "summarization" };

/** Talk to the assistant itself and venting, read over a base that says simple_qa. */
const chats: [string, string][] = [
  ["zh", "你是谁开发的？你是机器人吗"],
  ["zh", "我只想有人聽我說說，不需要建議"],
  ["zh", "你還記得我們上次聊了什麼嗎"],
  ["ja", "あなたを作ったのは誰ですか"],
  ["ja", "解決策はいらないから、ただ聞いてほしい"],
  ["ko", "누가 너를 만들었어?"],
  ["ko", "해결책은 필요 없고 그냥 들어만 줘"],
  ["th", "ใครสร้างคุณขึ้นมา"],
  ["th", "แค่ฟังก็พอ ไม่ต้องแนะนำอะไร"],
  ["vi", "Ai tạo ra bạn vậy?"],
  ["vi", "Bạn có nhớ lần trước mình nói gì không?"],
  ["vi", "Chỉ cần lắng nghe mình thôi, đừng đưa giải pháp"],
  ["id", "Siapa yang membuatmu?"],
  ["id", "Dengerin aja ya, nggak usah kasih solusi"],
  ["ms", "Siapa yang cipta awak?"],
  ["hi", "तुम्हें किसने बनाया?"],
  ["hi", "bas sun lo, koi solution mat do"],
  ["bn", "তোমাকে কে বানিয়েছে?"],
  ["ar", "من صنعك؟"],
  ["ar", "بس اسمعني، ما أبي حلول"],
  ["ur", "تمہیں کس نے بنایا؟"],
];

describe("the fourteenth round's asks in the Asian, Indic and Arabic-script tables", () => {
  it.each(asks)("%s: reads %s over a base that says another task: %s", (_lang, task, text) => {
    expect(read(BASE[task] ?? "chat", [u(text)])).toBe(task);
  });
  it.each(chats)("%s: reads talk to the assistant or venting as chat over a base that says simple_qa: %s", (_lang, text) => {
    expect(read("simple_qa", [u(text)])).toBe("chat");
  });
  it("names each ask's task by a defining cue of its own language's table (Malay forms shared with Indonesian are written in Indonesian's)", () => {
    expect(asksNotNamedByOwnTable([...asks, ...chats.map(([lang, text]) => [lang, "chat", text] as const)], { ms: "id" })).toEqual([]);
  });
});

/** Sentences that ask no task of the kind the cues used to read in them. */
const LOOK_ALIKES: [string, string][] = [
  ["我的会员积分下个月就过期了", "math"],
  ["超市的會員積分可以換咖啡嗎？", "math"],
  ["Tóm lại là hôm nay mình mệt quá.", "summarization"],
  ["Trả lời ngắn gọn thôi: thủ đô của Úc là gì?", "summarization"],
  ["Singkatnya, aku lagi capek banget hari ini.", "summarization"],
  ["أجب باختصار: ما عاصمة أستراليا؟", "summarization"],
  ["간단히 대답해 줘: 호주의 수도는 어디야?", "summarization"],
  ["短く答えて：オーストラリアの首都はどこ？", "summarization"],
];

/** Everyday words beside the new cues that no other language's table may read. */
const COMMON: Record<string, string> = {
  zh: "會員積分 会员积分 积分卡",
  vi: "tặng quà",
  id: "kado hadiah prioritas",
  ms: "hadiah keutamaan jabatan",
  hi: "गिफ्ट तोहफा प्राथमिकता",
  ur: "تحفہ ترجیح",
};

const MINE: readonly CueLanguage[] = ["zh", "ja", "ko", "th", "vi", "id", "ms", "hi", "bn", "ar", "ur"];

describe("the fourteenth round's look-alikes in the Asian, Indic and Arabic-script tables", () => {
  it.each(LOOK_ALIKES)("in an everyday sentence reads no cue of its look-alike task: %s (%s)", (text, task) => {
    expect(cuesOfTask(text, task), text).toEqual([]);
  });
  it("fires no cue of another language inside a common word", () => {
    expect(lookAlikeHits(COMMON)).toEqual([]);
  });
  it("writes no cue twice in a table", () => {
    expect(cuesWrittenTwice(MINE)).toEqual([]);
  });
});
