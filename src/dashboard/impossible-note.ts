/**
 * The overview's word on records it left out of its figures.
 * @module
 */
import { h } from "./dom.js";
import { count } from "./numbers.js";

/**
 * Said above a period's cards when its log holds impossible measures (a negative or infinite cost, token count or
 * latency; a store edited by hand, a bug): the gateway leaves them out of every figure and says how many (`impossible`).
 * Summed in, one refund of a million dollars made the period's spend a plausible-looking wrong number.
 */
export function impossibleNote(records: number | undefined): HTMLElement | null {
  if (records === undefined || records <= 0) return null;
  const which = records === 1 ? "1 request in this period holds" : `${count(records)} requests in this period hold`;
  return h(
    "p",
    { class: "callout warn", "data-impossible-count": String(records) },
    `${which} an impossible cost, token count or latency (below zero, infinite or not a number): counted as requests, left out of spend, tokens and latency below. Each is badged impossible on its page under Decisions.`,
  );
}
