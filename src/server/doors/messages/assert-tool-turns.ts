/**
 * The rules Anthropic's API holds tool turns to, checked at the door so a request it would refuse is refused here
 * too (in the door's own words, naming the message and block), instead of being translated into a chat
 * conversation some other model would answer:
 * - a `tool_result` block sits in a user turn, never in an assistant turn, and a `tool_use` block sits in an
 *   assistant turn, never in a user turn (a user turn's `tool_use` has nothing to become in a chat user message, so
 *   it would otherwise vanish without a word);
 * - a `thinking` or `redacted_thinking` block sits in an assistant turn, never in a user turn: thinking is the
 *   model's own, sent back in the assistant turn it came from (where it becomes `reasoning_details`); a chat user
 *   message has no place for it either, so it too would vanish without a word;
 * - a server tool block (`server_tool_use`, `web_search_tool_result`, `mcp_tool_use`, ...) sits in an assistant turn,
 *   never in a user turn: it is the assistant's record of a tool Anthropic's servers ran;
 * - an `image`, `document` or `search_result` block sits in a user turn (or a tool result), never in an assistant turn: a chat assistant
 *   message holds text, tool calls and reasoning only, so media there would vanish without a word;
 * - each `tool_result` answers a `tool_use` of the turn just before it ("unexpected `tool_use_id` found in
 *   `tool_result` blocks");
 * - each `tool_use` of an assistant turn that is followed by another turn is answered by a `tool_result` in that
 *   next turn ("`tool_use` ids were found without `tool_result` blocks immediately after"). An assistant turn that
 *   ends the conversation (a prefill) has no next turn to check.
 * - each `tool_use` is answered by one `tool_result` ("each tool_use must have a single result"): two would give the
 *   model two answers to one call;
 * - each `tool_use` id is used once in the conversation ("`tool_use` ids must be unique"): of two calls with one id, a
 *   chat model could not tell which one a result answers.
 * Consecutive messages of one role count as one turn, as Anthropic combines them.
 * @module
 */
import { escapeSentText } from "../../../core/quote-sent-text.js";
import { InvalidRequestError } from "../../../core/errors/index.js";
import { SERVER_TOOL_BLOCK_TYPES, type MessagesContentBlock, type MessagesMessage } from "./messages-request.js";

const MEDIA_NAMES: Readonly<Record<string, string>> = { image: "an image", document: "a document", search_result: "a search_result" };

/** A block with the place it was sent at. */
interface PlacedBlock {
  block: MessagesContentBlock;
  messageIndex: number;
  blockIndex: number;
}

/** Consecutive messages of one role. */
interface Turn {
  role: "user" | "assistant";
  blocks: PlacedBlock[];
}

/** Throws a 400 naming the message (and block) that breaks one of the rules. */
export function assertToolTurns(messages: readonly MessagesMessage[]): void {
  const turns = groupTurns(messages);
  assertUniqueToolUseIds(turns);
  turns.forEach((turn, index) => {
    const previous = turns[index - 1];
    const next = turns[index + 1];
    if (turn.role === "assistant") {
      const misplaced = turn.blocks.find(({ block }) => block.type === "tool_result");
      if (misplaced) refuse(misplaced, "is a tool_result block in an assistant turn: tool results go in the user turn that follows the assistant's tool_use.");
      const media = turn.blocks.find(({ block }) => block.type === "image" || block.type === "document" || block.type === "search_result");
      if (media) refuse(media, `is ${MEDIA_NAMES[media.block.type] ?? "a media"} block in an assistant turn: images, documents and search results are input, sent in a user turn (or returned in a tool_result).`);
      if (next) assertAnswered(turn, next);
      return;
    }
    const stray = turn.blocks.find(({ block }) => block.type === "tool_use");
    if (stray) refuse(stray, "is a tool_use block in a user turn: tool calls are the assistant's, and the user turn that follows answers them with tool_result blocks.");
    const thinking = turn.blocks.find(({ block }) => block.type === "thinking" || block.type === "redacted_thinking");
    if (thinking) refuse(thinking, `is a ${thinking.block.type} block in a user turn: thinking is the assistant's own, and goes back in the assistant turn it came from.`);
    const server = turn.blocks.find(({ block }) => (SERVER_TOOL_BLOCK_TYPES as readonly string[]).includes(block.type));
    if (server) refuse(server, `is a ${server.block.type} block in a user turn: a server tool's call and result are the assistant's own, and go back in the assistant turn they came from.`);
    const asked = new Set(previous ? toolUseIds(previous) : []);
    const answered = new Map<string, PlacedBlock>();
    for (const placed of turn.blocks) {
      if (placed.block.type !== "tool_result") continue;
      const id = placed.block.tool_use_id;
      if (!asked.has(id)) refuse(placed, `has an unexpected \`tool_use_id\` in a \`tool_result\` block: ${escapeSentText(id, 64)}. Each \`tool_result\` block must have a corresponding \`tool_use\` block in the previous message.`);
      const other = answered.get(id);
      if (other) refuse(placed, `each tool_use must have a single result. Found multiple \`tool_result\` blocks with id: ${escapeSentText(id, 64)} (the other is messages[${other.messageIndex}].content[${other.blockIndex}]).`, ": ");
      answered.set(id, placed);
    }
  });
}

function assertAnswered(turn: Turn, next: Turn): void {
  const answered = new Set(next.blocks.flatMap(({ block }) => (block.type === "tool_result" ? [block.tool_use_id] : [])));
  const unanswered = turn.blocks.filter(({ block }) => block.type === "tool_use" && !answered.has(block.id));
  const first = unanswered[0];
  if (!first) return;
  const ids = unanswered.map(({ block }) => (block.type === "tool_use" ? block.id : "")).join(", ");
  const param = `messages[${first.messageIndex}]`;
  throw new InvalidRequestError(
    `${param}: \`tool_use\` ids were found without \`tool_result\` blocks immediately after: ${ids}. Each \`tool_use\` block must have a corresponding \`tool_result\` block in the next message.`,
    { param, code: "invalid_request" },
  );
}

function assertUniqueToolUseIds(turns: readonly Turn[]): void {
  const first = new Map<string, PlacedBlock>();
  for (const placed of turns.flatMap((turn) => turn.blocks)) {
    if (placed.block.type !== "tool_use") continue;
    const earlier = first.get(placed.block.id);
    if (earlier === undefined) first.set(placed.block.id, placed);
    else refuse(placed, `\`tool_use\` ids must be unique (${placed.block.id.slice(0, 64)} is also the id of messages[${earlier.messageIndex}].content[${earlier.blockIndex}]).`, ": ");
  }
}

function toolUseIds(turn: Turn): string[] {
  return turn.blocks.flatMap(({ block }) => (block.type === "tool_use" ? [block.id] : []));
}

function groupTurns(messages: readonly MessagesMessage[]): Turn[] {
  const turns: Turn[] = [];
  messages.forEach((message, messageIndex) => {
    const blocks = typeof message.content === "string" ? [] : message.content.map((block, blockIndex) => ({ block, messageIndex, blockIndex }));
    const last = turns.at(-1);
    if (last?.role === message.role) last.blocks.push(...blocks);
    else turns.push({ role: message.role, blocks });
  });
  return turns;
}

function refuse(placed: PlacedBlock, detail: string, separator = " "): never {
  const param = `messages[${placed.messageIndex}].content[${placed.blockIndex}]`;
  throw new InvalidRequestError(`${param}${separator}${detail}`, { param, code: "invalid_request" });
}
