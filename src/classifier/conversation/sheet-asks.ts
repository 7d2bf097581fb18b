/**
 * Spreadsheets (moved out of `numeric-guard.ts` in the eighteenth round): a formula asked of a sheet is code to write, and
 * a formula that gives an error or a wrong result is code to debug, whatever figures the sheet holds.
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";

/** A correction and why it was made (the shape of `task-guards.ts`'s `GuardResult`). */
interface GuardResult {
  task: string;
  why: string;
}

/**
 * A spreadsheet asked to work something out ("I want column C to fill in each share automatically… Google Sheets",
 * "Quiero que en la columna E salga «Vencida»… en Excel"): a formula to write, not the sums (fourteenth round).
 */
const SHEET_APP = /\b(?:google sheets?|excel|spreadsheet|libreoffice|hoja de c[aá]lculo|planilha|tableur|tabellenkalkulation|foglio di calcolo)\b|エクセル|スプレッドシート|엑셀|表格公式|গুগল শিট|স্প্রেডশিট|এক্সেল|गूगल शीट|स्प्रेडशीट|एक्सेल|جداول بيانات|إكسل|اكسل|اکسل|ایکسل|กูเกิลชีต|เอ็กเซล|google trang tính|e-tablo/;
const SHEET_WORK =
  /\b(?:column|columna|colonne|spalte|coluna|colonna) [a-z]\b[^.\n]{0,60}?\b(?:to (?:fill|show|say|calculate|compute|work out)|automatically|autom[aá]ticamente|automatiquement|automatisch|automaticamente|salga|aparezca|affiche|anzeigt|apare[çc]a|compaia)|\b(?:formulas?|f[oó]rmulas?|formules?|formeln?|rumus|formül|formuł[ay]?|vzorec|vzorce)\b|ফর্মুলা|সূত্র|फ़ॉर्मूला|फॉर्मूला|صيغة|فرمول|فارمولا|สูตร|công thức/;
/**
 * A spreadsheet formula shown ("=VLOOKUP(B2, F2:G6, 2, FALSE)", "=C2*$B$8", "=SUM(C2:C10)") with an error value or a
 * result called wrong ("#VALUE! in D5 and I can't see why", "bakit mali yung total"): a formula to debug (seventeenth round).
 */
const SHEET_FORMULA = /=\s?[A-Z][A-Z.]{1,15}\(|=\s?\$?[A-Z]{1,2}\$?\d{1,5}\s?[-+*/]/;
const SHEET_ERROR = /#(?:VALUE!|N\/A|REF!|DIV\/0!|NAME\?|NUM!|SPILL!|NULL!)/;
const WRONG_RESULT = /\b(?:why|wrong|incorrect|not working|doesn'?t work|broken|off by|looks (?:low|high|off|wrong))\b|por ?qu[eé]|warum|pourquoi|perch[eé]|почему|bakit|mali|falsch|errad|errato|errado|faux/;
const SHEET_DEBUG_READINGS = new Set(["math", "analysis", "code_generation", "extraction", "deep_reasoning", "simple_qa"]);
const SHEET_READINGS = new Set(["math", "deep_reasoning", "analysis", "extraction", "chat", "summarization", "classification", "creative_writing"]);
/** Whether the turn (lower-cased) asks a spreadsheet to work something out. */
export function asksASheet(text: string): boolean {
  return SHEET_APP.test(text) && SHEET_WORK.test(text);
}

/** Code to debug or to write for a reading of a turn about a spreadsheet's formula (see the module comment). */
export function sheetGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  const text = reading.latestLower;
  if (SHEET_DEBUG_READINGS.has(task) && SHEET_FORMULA.test(reading.latest) && (SHEET_ERROR.test(reading.latest) || WRONG_RESULT.test(text))) return { task: "code_review", why: "a spreadsheet formula that gives an error or a wrong result is code to debug" };
  if (SHEET_READINGS.has(task) && asksASheet(text) && !reading.cues.some((cue) => (cue.strong || task === "creative_writing") && cue.task === task)) return { task: "code_generation", why: "asks a spreadsheet to work something out: a formula to write" };
  return undefined;
}
