/**
 * Longer words that hold a cue but name something else (round 55): Japanese "証明書" (a certificate) holds the maths cue
 * "証明" (a proof), so "この証明書はいつ期限が切れる？" after `openssl x509` read as maths; Korean "증명서" and Chinese "证明书"
 * are the same certificate, "计算机" / "計算機" a computer or a calculator, "計算書" and "계산서" a statement or an invoice,
 * "계산대" a checkout counter. Chinese, Japanese and Korean write words without spaces (Korean's cues are word prefixes),
 * so the word boundary that keeps "approve" from "prove" cannot keep these apart. Each mask is written with its cue in
 * brackets ("[証明]書", "在职[证明]"): a cue found where its mask stands in the text is no cue there. A cue's masks are
 * found by one map lookup; a cue with none costs nothing more.
 * @module
 */

/** The masks, their cue in brackets, per language. */
const MASKS: readonly string[] = [
  // Japanese: a certificate, an ID photo, a statement of account, a calculator or computer.
  "[証明]書",
  "[証明]写真",
  "[計算]書",
  "[計算]機",
  // Chinese: a certificate or its papers, proof of employment or income (a document), a computer, a calculator.
  "[证明]书",
  "[證明]書",
  "[证明]文件",
  "[证明]材料",
  "在职[证明]",
  "收入[证明]",
  "[计算]机",
  "[計算]機",
  "[计算]器",
  // Korean: a certificate, an ID photo, an invoice, a checkout counter.
  "[증명]서",
  "[증명]사진",
  "[계산]서",
  "[계산]대",
];

/**
 * Where the mask's last character starts another word, the cue is the cue again (review 55): "证明书架上至少有两本书颜色相同"
 * is "prove: on the bookshelf…", "计算机器人走过的总路程" is "work out the robot's distance". Written as the masks are.
 */
const UNMASKS: readonly string[] = ["[证明]书架", "[证明]书本", "[证明]书包", "[證明]書架", "[计算]机器", "[計算]機器", "[計算]機械", "[计算]器材", "[计算]器件"];

interface Mask {
  /** The whole word, lower-cased. */
  word: string;
  /** Where the cue starts in the word. */
  offset: number;
}

const BY_CUE: ReadonlyMap<string, readonly Mask[]> = buildMasks(MASKS);
const UNMASK_BY_CUE: ReadonlyMap<string, readonly Mask[]> = buildMasks(UNMASKS);

function buildMasks(masks: readonly string[]): Map<string, Mask[]> {
  const byCue = new Map<string, Mask[]>();
  for (const written of masks) {
    const offset = written.indexOf("[");
    const close = written.indexOf("]");
    const cue = written.slice(offset + 1, close).toLowerCase();
    const word = written.replace("[", "").replace("]", "").toLowerCase();
    byCue.set(cue, [...(byCue.get(cue) ?? []), { word, offset }]);
  }
  return byCue;
}

/** Whether the cue `cue` found at `at` in `lower` is part of a longer word that names something else (module comment). */
export function maskedByLongerWord(lower: string, cue: string, at: number): boolean {
  const masks = BY_CUE.get(cue);
  if (masks === undefined) return false;
  if (standsAt(UNMASK_BY_CUE.get(cue) ?? [], lower, at)) return false;
  return standsAt(masks, lower, at);
}

/** Whether one of `masks` stands in `lower` with its cue at `at`. */
function standsAt(masks: readonly Mask[], lower: string, at: number): boolean {
  for (const mask of masks) if (at >= mask.offset && lower.startsWith(mask.word, at - mask.offset)) return true;
  return false;
}
