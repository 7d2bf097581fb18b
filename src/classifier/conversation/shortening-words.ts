/**
 * Shortening words that are not a summary ask (thirty-third round): "покороче", "сожми", "acórtalo", "recórtalo",
 * "encurta", "accorcialo", "缩短", "精简", "줄여줘", "手短に" are strong summarization cues in the cue tables (a request
 * to shorten an article is a summary), yet after a piece of writing they ask for a shorter piece, as "shorter", "kürzer"
 * and "più breve" do. Only another summary cue ("tl;dr", "resúmelo", "riassumilo", "вкратце") turns the piece into a
 * summary.
 * @module
 */
import { findCues } from "./cue-matcher.js";

/** A verb or comparative of shortening in the ten cue languages, with an optional "make it" before it. */
const SHORTENING =
  /^(?:(?:сделай|сделайте) )?(?:покороче|сожми(?:те)?|acórta(?:lo|la)|recórta(?:lo|la)|encurt[ae](?:-o|-a)?|accorcia(?:lo|la)?|精简(?:一下)?|缩短(?:一下)?|줄여 ?줘|手短に)$/u;

/** Whether a shorten follow-up's phrase names a summary itself (a strong summarization cue that is not a shortening word). */
export function namesSummary(phrase: string): boolean {
  return findCues(phrase).some((cue) => cue.task === "summarization" && cue.strong && !SHORTENING.test(cue.word));
}
