/**
 * News told for its own sake: the writer only wanted to tell someone (moved out of `venting.ts` in the nineteenth round,
 * so the task guards can ask it too).
 * @module
 */

/**
 * Says the writer only wanted to tell someone (eighteenth round), in the cue languages: "fallait que je le dise à
 * quelqu'un", "volevo solo dirlo a qualcuno", "tenía que contárselo a alguien", "musste es einfach jemandem erzählen",
 * "просто хотела кому-то рассказать", "誰かに言いたくて". With no question, news shared for its own sake.
 */
const TOLD_SOMEONE = new RegExp(
  [
    /\b(?:had|have|needed|wanted) to tell (?:someone|somebody|anyone|you)\b|\bjust (?:had|wanted|needed) to (?:share|say it|get it off my chest)\b|\bso i'?m telling you\b/.source,
    /fallait que je le dise|je voulais (?:juste|seulement) (?:le dire|partager)|volevo solo (?:dirlo|condividerlo)|dovevo dirlo a qualcuno|ten[ií]a que cont[aá]rselo|necesitaba cont[aá]rselo|solo quer[ií]a (?:contarlo|compartirlo)|precisava contar|s[óo] queria (?:contar|compartilhar)/.source,
    /musste es (?:einfach )?(?:jemandem|irgendwem) erz[äa]hlen|wollte es (?:nur|einfach) (?:jemandem )?(?:erz[äa]hlen|loswerden)|moest het (?:gewoon )?(?:aan iemand )?kwijt|wilde het (?:even )?kwijt|musia(?:łem|łam) (?:to )?komuś powiedzieć|chcia(?:łem|łam) się (?:tylko )?podzielić|birine anlatmam laz[ıi]md[ıi]|sadece payla[şs]mak istedim/.source,
    /(?:просто )?хотел[аи]? (?:кому-(?:то|нибудь) )?(?:рассказать|поделиться)|надо было кому-то рассказать|誰かに(?:言いたく|聞いてほしく|話したく)|ただ共有したくて|就是想(?:跟|和)(?:人|谁)说|想找人说说|只是想分享|누군가에게 말하고 싶|그냥 (?:자랑하고|말하고) 싶었/.source,
    // Hindi, Bengali, Urdu and romanized Hindi (nineteenth round): "बस किसी से बाँटना था", "kisi ko batana tha".
    /किसी (?:से|को) (?:बाँटना|बांटना|बताना|शेयर करना) था|बस (?:बताना|बाँटना|बांटना|शेयर करना) था|কাউকে (?:বলতে|জানাতে) (?:চাইছিলাম|হতো|হত)|শেয়ার করতে চাইছিলাম|کسی کو بتانا تھا|بس بتانا تھا|\b(?:bas )?kisi (?:ko|se) (?:batana|share karna|bolna) (?:tha|thaa)\b/.source,
  ].join("|"),
  "u",
);
/** Whether the turn shares news to tell someone ("nobody here gets it so I'm telling you", "volevo solo dirlo a qualcuno"). */
export function sharesNews(lower: string): boolean {
  return TOLD_SOMEONE.test(lower);
}
