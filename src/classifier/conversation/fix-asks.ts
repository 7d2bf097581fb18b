/**
 * An ask to fix it, in the wordings the go-ahead table lacked (thirty-third round): "じゃあ直して", "デフォルト値で直して",
 * "那就改一下", "修一下吧", "그럼 고쳐줘", "수정해 줘", "dann korrigier das", "então corrige", "ну так исправь", after the
 * assistant explained an error, read as a review of the code again (or as chat) while "ok fix it", "arréglalo" and
 * "correggilo" already made the change. A follow-up of the "act" kind: after code it asks for the change, after other
 * work it inherits it. "英語に直して" names a language and stays a translation (the translate forms are read first), and a
 * question before the verb ("为什么要改一下这里？") is not an order.
 * @module
 */
import { pattern } from "./follow-up-pattern.js";

export const FIX_ASK = pattern(
  [
    "korrigier(?:e)? (?:das|es|ihn|sie)|beheb(?:e)? (?:das|es)|fix (?:das|es)",
    "corrige(?=\\s*[.!]*$)|conserta(?: isso)?(?=\\s*[.!]*$)",
    "исправь(?:те)?(?=\\s*[.!]*$)|почини(?:те)?",
  ].join("|"),
  // "고쳐줘서 고마워" thanks for a fix made: the causal "-서" after the ask's ending is no ask (round 44).
  "直して|修正して|なおして|修一下|修复一下|修好|改一下|改好|고쳐 ?줘(?!서)|고쳐 ?주세요|수정해 ?줘(?!서)|수정해 ?주세요",
);
