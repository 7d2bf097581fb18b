/**
 * An approval that asks the agent to send or ship what it just showed (round 58): "looks good, ship it", "lgtm, push it",
 * "perfecto, súbelo", "没问题，提交吧", "いいね、それでプッシュして" after a coding agent's change, and "perfect, send it",
 * "passt, schick sie ab", "可以，发吧", "いいですね、送ってください", "ficou ótimo, pode enviar", "좋아요, 보내 주세요" after a
 * support agent's drafted reply. Read alone, the few words were `creative_writing` (a "send" of a text) or `simple_qa`; the
 * turn asks no new work, it carries the run's own on: in a coding run the change committed, pushed or merged is code work
 * (`code_generation`, as round 56 labels "go ahead"); elsewhere the draft is sent by a tool and nothing is written
 * (`chat`, as round 56 labels "looks good, send it" after a support draft). The whole turn must be the approval and the
 * send, in the ten cue languages: more asked beside it ("send it, and translate it into German too") is left to the
 * other readings. Only in a run whose tools answered and whose assistant answered last.
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";

/** Approval words that open the turn. */
const APPROVAL =
  "(?:looks (?:good|great|fine)|lgtm|perfect|great|ok(?:ay)?|fine|good|nice|all good|sounds good|passt(?: so)?|super|gut|sieht gut aus|perfekt|perfecto|genial|vale|bien|est[áa] bien|parfait|c'est bon|[çc]a me va|tr[eè]s bien|perfetto|va bene|ottimo|(?:ficou |t[áa] )?[óo]timo|perfeito|beleza|норм(?:ально)?|отлично|хорошо|ок|супер|可以|好的|没问题|沒問題|不错|行|いいね|いいですね|オッケー|좋아요?|좋네요?|괜찮아요?)";
/** A connective before the send ("then", "so", "それで", "那就"). */
const THEN = "(?:(?:then|so|dann|alors|entonces|ent[ãa]o|allora|тогда|那就|就|それで|じゃあ|그럼)\\s*)?";
/** A send, push, commit or merge of what was shown. */
const SEND =
  "(?:ship it|send it(?: off| out)?|push it|merge it|commit it|commit and push|send|schick(?:'s|s| es| sie| ihn)? ab|schick(?:'s| es| sie| ihn)|push(?:e)? es|versende (?:es|sie)|env[ií]a(?:lo|la)|m[aá]nda(?:lo|la)|s[uú]be(?:lo|la)|haz (?:el )?push|envoie(?:-le|-la)?|envoyez(?:-le|-la)?|commit et push|pousse(?:-le|-la)?|invia(?:lo|la)|manda(?:lo|la)|spedisci(?:lo|la)|pusha(?:lo|la)?|fai (?:il )?push|pode (?:enviar|mandar|subir)|envi[ae]|manda(?: ver)?|sobe|faz o push|отправляй|отправь|пушь|пушни|коммить|шли|发吧|发送吧|发出去吧?|提交吧|推吧|推上去吧?|合并吧|送って(?:ください)?|送信して(?:ください)?|プッシュして(?:ください)?|コミットして(?:ください)?|マージして(?:ください)?|보내\\s?주세요|보내\\s?줘|보내요|푸시해\\s?줘|푸시해\\s?주세요|커밋해\\s?줘|머지해\\s?줘)";
/** The whole turn: an approval, a stop, maybe "then", and the send. */
const APPROVED_SEND = new RegExp(`^${APPROVAL}[\\s,.!、，。！]+${THEN}${SEND}[\\s.!。！]*$`, "u");
/** Characters such a turn runs to. */
const MAX_CHARS = 60;

/** The task of an approval that sends or ships the agent's last answer (module comment), or undefined. */
export function approvedSendTask(reading: ConversationReading): "code_generation" | "chat" | undefined {
  const { agent, messages, latestIndex } = reading;
  if (latestIndex < 1 || agent.toolMessages === 0 || messages[latestIndex - 1]?.role !== "assistant") return undefined;
  const text = reading.latestLower.trim();
  if (text.length > MAX_CHARS || !APPROVED_SEND.test(text)) return undefined;
  return agent.coding ? "code_generation" : "chat";
}
