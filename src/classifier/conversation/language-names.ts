/**
 * Languages people name in English when they ask for a version in them ("now the same in Swahili", "need a Khmer version
 * too"), beyond the ten cue languages and the commonest others each list already spells out (eighteenth round). One
 * list for the follow-up reader and the English cue table, so the two cannot drift apart.
 * @module
 */
export const MORE_LANGUAGE_NAMES: readonly string[] = [
  "thai", "greek", "hebrew", "czech", "hungarian", "romanian", "finnish", "norwegian", "danish", "serbian", "croatian",
  "bosnian", "slovenian", "slovak", "bulgarian", "icelandic", "estonian", "latvian", "lithuanian", "persian", "farsi",
  "urdu", "bengali", "bangla", "punjabi", "tamil", "telugu", "marathi", "gujarati", "kannada", "malayalam", "nepali",
  "sinhala", "malay", "tagalog", "filipino", "khmer", "lao", "burmese", "swahili", "amharic", "yoruba", "igbo", "hausa",
  "zulu", "xhosa", "afrikaans", "somali", "kazakh", "uzbek", "georgian", "armenian", "azerbaijani", "albanian",
  "macedonian", "catalan", "basque", "galician", "welsh", "irish", "mongolian", "pashto", "kurdish",
];
