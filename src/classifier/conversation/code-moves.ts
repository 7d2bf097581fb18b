/**
 * A change named as a move of the code to another form (thirty-second round): "yep, go ahead and move it to
 * async/await", "switch it over to the new client", "turn it into a class", "pásalo a async/await", "stell es auf
 * Promises um", "passe-le en async", "trasformalo in una classe", "passa para async". The verbs of
 * `CHANGE_REQUEST` (write, convert, migrate…) miss them, so a go-ahead after an agent read the file let the reading go on
 * instead of making the change.
 * @module
 */
export const CODE_MOVE =
  /\b(?:move|switch|turn|change|port|flip|upgrade|modernize|modernise|bring) (?:it|this|that|them|these|those|the (?:\S+ ){0,2}?(?:code|function|module|file|class|handler|calls?))(?: (?:all|over|across|back))? (?:to|into|onto|over to)\b|(?<![\p{L}])(?:p[áa]salo|p[áa]salos|c[áa]mbialo|conviértelo|convi[ée]rtelos|mu[ée]velo) (?:a|en)(?![\p{L}])|(?<![\p{L}])stell (?:es|das|ihn|sie|den code) auf (?:\S+ ){1,3}um(?![\p{L}])|(?<![\p{L}])(?:passe|bascule|transforme)-(?:le|la|les) (?:en|à|vers|sur)(?![\p{L}])|(?<![\p{L}])(?:passalo|passala|trasformalo|trasformala|portalo|convertilo) (?:a|in|su)(?![\p{L}])|(?<![\p{L}])(?:passa|muda|troca|converte|transforma)(?:-o|-a)? (?:para|em)(?![\p{L}])/u;
