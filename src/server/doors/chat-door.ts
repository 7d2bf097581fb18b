/**
 * The Chat Completions door: the body is already a chat request; answers are the upstream's bytes untouched.
 * @module
 */
import { readChatRequest } from "../read-chat-request.js";
import type { Door, DoorRenderer } from "./door.js";

const PASS_THROUGH: DoorRenderer = {
  json: (result) => result.raw,
  stream: (chunks) => chunks,
};

/** `POST /v1/chat/completions`. */
export const CHAT_DOOR: Door = {
  name: "chat",
  path: "/v1/chat/completions",
  credential: (headers) => headers.authorization,
  read: (body) => ({ chat: readChatRequest(body), render: PASS_THROUGH }),
};
