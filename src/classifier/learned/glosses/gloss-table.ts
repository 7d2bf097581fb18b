/**
 * A language's glosses: an English word (or short phrase, lower case) → the forms that mean it in that language,
 * `|`-separated, lower case. A form ending in `*` matches any word that starts with it (a stem); other forms match
 * whole words (or whole phrases of several words). Chinese and Japanese forms match as substrings; Korean forms as
 * word starts. Accents need not be written twice: the matcher also reads the text with accents removed.
 */
export type GlossTable = Readonly<Record<string, string>>;
