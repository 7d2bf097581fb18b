/**
 * Which versions work together, asked over the versions a turn lists (thirty-second round): "Python 3.8, 3.9, 3.12;
 * Django 3.2, 4.2, 5.1. Which combinations are officially supported?", "¿Node 16 es compatible con Angular 17?". A
 * support matrix is looked up in the release notes, not debugged nor computed: the versions' figures read as a running
 * system's numbers. The twin of `asksForCommandOverVersions` (`rule-lookup.ts`).
 * @module
 */
import { readNumericDomain } from "./numeric-domain.js";
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** Asks what is supported or compatible, in the ten cue languages. */
const SUPPORT_ASK =
  /\b(?:which|what) (?:\S+ ){0,2}(?:are|is) (?:officially |still |actually )?(?:supported|compatible)\b|\b(?:is|are) (?:\S+ ){1,4}(?:officially |still )?(?:supported|compatible) (?:with|on|by)\b|\b(?:supported|compatible) (?:versions?|combinations?)\b|(?:es|son) compatibles? con|(?:qu[ée]|cu[aá]les) versiones (?:son compatibles|se soportan|soporta)|\bist [^?\n]{1,40}kompatibel\b|welche versionen[^?\n]{0,40}(?:unterst[üu]tzt|kompatibel)|(?:est|sont) compatibles? avec|quelles versions[^?\n]{0,40}(?:support[ée]es|compatibles)|(?:[ée]|s[ãa]o) compat[íi]ve(?:l|is) com|quais vers[õo]es[^?\n]{0,40}(?:suportad|compat[íi]ve)|(?:[èe]|sono) compatibil[ei] con|quali versioni[^?\n]{0,40}(?:support|compatibil)|совместим\p{L}* с|какие версии[^?\n]{0,40}(?:поддерж|совместим)|支持哪些版本|哪些版本[^?？\n]{0,20}(?:支持|兼容)|兼容吗|是否兼容|対応(?:している|してる)?バージョン|どのバージョン[^?？\n]{0,20}(?:対応|サポート)|互換性|어떤 버전[^?？\n]{0,20}(?:지원|호환)|호환(?:되나요|돼|이 되)/u;
/** A failure reported: then the versions are a running system's, debugged. */
const FAILURE = /\b(?:error|fails?|failed|failing|crash(?:es|ed)?|broke|broken|exception|traceback|doesn'?t work|not working)\b|error|fehler|erreur|erro|errore|ошибк|报错|错误|エラー|에러|오류/;
/** A version number ("3.12", "v18.19.0", "5.1"): a turn names two at least. */
const VERSION = /(?<![\d.])v?\d{1,3}\.\d{1,3}(?:\.\d{1,4})?(?![\d.]*\d)/g;
const MIN_VERSIONS = 2;
const READINGS = new Set(["math", "analysis", "code_review"]);
const MAX_CHARS = 600;

export function supportedVersionsGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!READINGS.has(task) || reading.agent.coding) return undefined;
  const text = reading.latestLower;
  if (text.length >= MAX_CHARS || text.includes("```") || !text.includes(".") || !SUPPORT_ASK.test(text) || FAILURE.test(text)) return undefined;
  if ((text.match(VERSION) ?? []).length < MIN_VERSIONS || readNumericDomain(text).log) return undefined;
  return { task: "simple_qa", why: "asks which versions are supported together: a lookup, whatever versions it names" };
}
