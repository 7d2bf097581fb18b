/**
 * What an API key looks like in a config value: an error message may end up in a log, so such a value is never quoted.
 * @module
 */

/**
 * An API key anywhere in a value (`sk-or-v1-…`, `sk-ant-…`, `sk-sy-…`, and the `hf_`, `gsk_`, `xai-`, `AIza` families),
 * also after a name and `=` as pasted from a `.env` file.
 */
export const KEY_LIKE = /(?:^|[^A-Za-z0-9])(?:sk-|sk_|gsk_|hf_|xai-|AIza)[\w-]{8,}/;

/** What a message says in a key's place. */
export const KEY_SHOWN_AS = "an API key, not shown";
