/**
 * The text of a chat answer's `message.content`, as the Messages and Responses doors re-express it: a string, or a
 * list of parts (some providers answer `[{"type": "text", "text": ...}]`), whose text parts are joined. Read as a
 * string only, a list became an empty answer, paid for and marked complete. Streamed deltas are read the same way.
 * @module
 */
export { contentText as answerText, argumentsText } from "../../core/content-text.js";
