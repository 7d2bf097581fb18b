/**
 * Asks about the items a turn names (thirty-second round), run together in the guard chain: an appliance's error code
 * asked what it means and versions asked which work together (both looked up), and items pulled out with a German
 * separable verb ("schreib … raus").
 * @module
 */
import { deviceErrorCodeGuard } from "./device-error-code.js";
import { separableExtractionGuard } from "./separable-extraction.js";
import { supportedVersionsGuard } from "./supported-versions.js";
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

export function askedItemsGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  return deviceErrorCodeGuard(task, reading) ?? supportedVersionsGuard(task, reading) ?? separableExtractionGuard(task, reading);
}
