/**
 * "把这个月的开销按类别分一下：房租 3500，外卖 860…", "先月の支出をカテゴリ別に分けて：家賃 72000…": items sorted by
 * category are a classification, though the amounts beside them read as a sum (thirty-fourth round; "分类一下" and
 * "카테고리별로 나눠줘" already read so). A total per category asked ("按类别算一下每类一共多少钱") is still a sum.
 * @module
 */
import { readNumericDomain } from "./numeric-domain.js";
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** Sorting by category, in Chinese, Japanese and Korean. */
const BY_CATEGORY =
  /(?:按|按照)(?:类别|類別|类型|類型|种类|種類|用途|分类|分類)(?:分|归|歸|整理|列)|分门别类|分門別類|(?:カテゴリ|カテゴリー|種類|項目|用途)(?:別|ごと)に(?:分け|分類|整理|まとめ)|(?:카테고리|종류|항목)별로 (?:나눠|나누어|분류|정리)/;
/** Characters of the turn's head where the ask is looked for (the items follow it). */
const ASK_CHARS = 300;
/** Readings the amounts give such a turn instead of a classification. */
const MISREAD: ReadonlySet<string> = new Set(["math", "chat", "simple_qa", "analysis"]);

/** Items sorted by category, with no sum asked: a classification (see the module comment). */
export function byCategoryGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!MISREAD.has(task)) return undefined;
  const text = reading.latestLower;
  const sorted = BY_CATEGORY.exec(text.slice(0, ASK_CHARS));
  if (sorted === null) return undefined;
  const domain = readNumericDomain(text);
  if (domain.compute || domain.calculate || domain.figure) return undefined;
  return { task: "classification", why: `'${sorted[0]}' sorts the items by category` };
}
