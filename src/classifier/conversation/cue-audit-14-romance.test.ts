/**
 * Fourteenth round's audit of Spanish, Portuguese, French, Italian (`language-cues-top.ts`), Catalan
 * (`language-cues-tail.ts`) and Romanian (`language-cues-extra.ts`): the everyday, indirect ways the blind sets showed
 * people ask, written from the team's own knowledge of the languages (never from a working set's row). Shortening to a
 * few lines ("déjalo en tres líneas", "me lo accorci", "en gros, ils me disent quoi ?"), rewriting softer ("bájale el
 * tono", "réécris-le en plus chaleureux", "rescrie-l"), words for a card or to read out ("unas palabras para la
 * tarjeta", "pra ler no casamento"), gift ideas and a few options ("qué le puedo regalar", "dame unas cuantas"), talk
 * to the assistant itself ("vc é o chatgpt? quem te fez?", "solo escúchame"), a priority or mark per item, "put it in
 * <language>" ("pásalo a inglés", "me lo metti in italiano", "me la pots passar al castellà", "en portugués de
 * Portugal"), "pull out who" ("sácame quién", "treu-me qui", "tira-me quem", "scoate-mi"), which offer to take, facts
 * ("què és això del", "limita de viteză"), sums asked indirectly ("cuánto necesito de cada", "quant estalvio"), puzzles
 * named by their words and code asked by its effect ("quiero que en la columna E salga…", "voici les tables"). Each ask
 * is read over a base that says another task (chat, or simple_qa for talk to the assistant) and fails without its cue.
 *
 * Look-alikes fixed with them: "en resumen" / "em resumo" / "en résumé" / "en resum" (in conclusion) no longer a
 * defining summary cue; "tasa de" / "taxa de" / "taux de" / "tasso di" opened exchange and interest rates; Portuguese
 * and Italian "mente" (mind) read a liar; "lógicamente", "logiquement", "lògicament" read a logic puzzle; Portuguese
 * "que dia é hoje" read chat; French wrote "mon code ne marche pas" twice.
 */
import { describe, expect, it } from "vitest";
import { read, u } from "../../../test/support/conversation-kit.js";
import { asksNotNamedByOwnTable, cuesOfTask, cuesWrittenTwice, lookAlikeHits } from "../../../test/support/cue-checks.js";
import type { CueLanguage } from "./language-cues.js";

const asks: [string, string, string][] = [
  // Spanish
  ["es", "summarization", "¿Me lo puedes dejar en tres líneas? Es para el grupo de padres del cole"],
  ["es", "summarization", "Recórtame este correo, que es larguísimo y nadie lo va a leer"],
  ["es", "summarization", "Condénsalo en un párrafo, porfa"],
  ["es", "creative_writing", "Reescríbelo más suave, que suena muy borde"],
  ["es", "creative_writing", "Bájale el tono a este mensaje para mi jefe"],
  ["es", "creative_writing", "Esto suena muy cursi, rehazlo de forma más natural"],
  ["es", "creative_writing", "Necesito unas palabras para la tarjeta de jubilación de mi compañera"],
  ["es", "creative_writing", "Quiero algo que pueda leer en la boda de mi hermano, que no dure más de dos minutos"],
  ["es", "creative_writing", "Un texto para la ficha del producto: crema de manos de aloe, 50 ml"],
  ["es", "brainstorming", "¿Qué le puedo regalar a mi suegro? Le gusta el vino y la pesca"],
  ["es", "brainstorming", "Dame unas cuantas opciones para celebrar el cumple de mi hija en casa"],
  ["es", "chat", "Oye, ¿quién te ha hecho? ¿Eres de Google?"],
  ["es", "chat", "¿Te acuerdas de lo que hablamos ayer sobre mi mudanza?"],
  ["es", "chat", "Hoy no quiero soluciones, solo escúchame un rato"],
  ["es", "classification", "Decide la prioridad de cada uno de estos tickets que te pego"],
  ["es", "classification", "Marca cada fila como OK o en riesgo según la fecha de entrega"],
  ["es", "translation", "Pásalo a inglés, que es para un cliente de Londres"],
  ["es", "translation", "La quiero en portugués de Portugal, no de Brasil"],
  ["es", "translation", "Me la puedes poner en francés? Es la invitación de la boda"],
  ["es", "extraction", "Sácame quién se apuntó y para qué turno, tal cual aparece en el correo"],
  ["es", "analysis", "Tengo dos ofertas de trabajo, ¿con cuál me quedo?"],
  ["es", "analysis", "¿Cómo interpretarías esta tendencia de ventas del último trimestre?"],
  ["es", "math", "Tengo la receta para 4, ¿cuánto necesito de cada cosa para 11 personas?"],
  ["es", "math", "Si adelanto 5.000 € de la hipoteca, ¿cuánto me ahorro en intereses?"],
  ["es", "code_generation", "Quiero que en la columna E salga «vencido» si la fecha de la D ya pasó"],
  // Portuguese
  ["pt", "summarization", "Dá pra deixar isso em três linhas? É pro grupo da família"],
  ["pt", "creative_writing", "Reescreve de um jeito mais leve, tá muito formal"],
  ["pt", "creative_writing", "Preciso de umas palavras pro cartão de despedida da minha chefe"],
  ["pt", "creative_writing", "Quero algo pra ler no casamento da minha irmã, coisa curta"],
  ["pt", "brainstorming", "O que eu posso dar de presente pro meu pai? Ele curte pescaria"],
  ["pt", "brainstorming", "Me dá umas opções de passeio em Lisboa com criança"],
  ["pt", "chat", "vc é o chatgpt? quem te fez?"],
  ["pt", "chat", "Você lembra do que a gente conversou ontem?"],
  ["pt", "chat", "tô precisando só que alguém me escute, sem soluções"],
  ["pt", "classification", "Define a prioridade de cada chamado aí embaixo"],
  ["pt", "translation", "Passa isso pro espanhol pra mim"],
  ["pt", "translation", "Como é que fala 'saudade' em inglês?"],
  ["pt", "extraction", "Tira-me quem se ofereceu e para quê, tal como está escrito"],
  ["pt", "analysis", "Tenho duas propostas de emprego, qual eu aceito?"],
  ["pt", "math", "Quanto vou precisar de cada ingrediente pra 11 pessoas?"],
  ["pt", "math", "Quanto tempo eu levo pra quitar o empréstimo pagando 800 por mês?"],
  // French
  ["fr", "summarization", "Tu peux me condenser ça en trois lignes ?"],
  ["fr", "summarization", "En gros, ils me disent quoi dans ce courrier de la banque ?"],
  ["fr", "creative_writing", "Réécris-le en plus chaleureux, c'est trop sec"],
  ["fr", "creative_writing", "J'aimerais quelques mots pour la carte de départ d'un collègue"],
  ["fr", "creative_writing", "Un texte que je peux lire au mariage de ma sœur"],
  ["fr", "brainstorming", "Qu'est-ce que je pourrais offrir à mon père pour ses 60 ans ?"],
  ["fr", "chat", "C'est qui qui t'a créé ? T'es ChatGPT ?"],
  ["fr", "chat", "Écoute-moi juste, je ne veux pas de solutions"],
  ["fr", "extraction", "Sors-moi qui s'est porté volontaire et pour quoi"],
  ["fr", "analysis", "J'ai deux offres, laquelle je prends ?"],
  ["fr", "simple_qa", "C'est quoi le taux du livret A en ce moment ?"],
  ["fr", "math", "Combien il me faut de chaque ingrédient pour 11 personnes ?"],
  ["fr", "deep_reasoning", "Voici un casse-tête de pesée : 12 billes et une balance"],
  ["fr", "code_generation", "J'aimerais relancer les clients qui n'ont pas commandé depuis 6 mois, voici les tables"],
  // Italian
  ["it", "summarization", "Me lo accorci a tre righe?"],
  ["it", "creative_writing", "Riscrivilo più caloroso, sembra un telegramma"],
  ["it", "creative_writing", "Mi servono due parole per il biglietto di laurea di mio nipote"],
  ["it", "brainstorming", "Cosa potrei regalare a mia suocera per Natale?"],
  ["it", "chat", "Chi ti ha creato? Sei ChatGPT?"],
  ["it", "translation", "Me lo metti in italiano? È per mia nonna"],
  ["it", "extraction", "Tirami fuori chi si è offerto e per cosa"],
  ["it", "analysis", "Ho due offerte di lavoro, quale accetto?"],
  ["it", "math", "Quanto mi serve di ogni ingrediente per 11 persone?"],
  ["it", "deep_reasoning", "Mi hanno fatto un quesito logico al colloquio, ti va di provarci?"],
  // Catalan
  ["ca", "summarization", "Me'l pots deixar en tres línies?"],
  ["ca", "creative_writing", "Reescriu-lo més amable, que sembla una multa"],
  ["ca", "brainstorming", "Què li puc regalar a la meva germana pel seu aniversari?"],
  ["ca", "chat", "Qui t'ha fet? Ets el ChatGPT?"],
  ["ca", "translation", "Me la pots passar al castellà?"],
  ["ca", "extraction", "Treu-me qui s'ha apuntat i per a què"],
  ["ca", "analysis", "Tinc dues ofertes, amb quina em quedo?"],
  ["ca", "simple_qa", "Què és això del bo social?"],
  ["ca", "math", "Quant en necessito de cada cosa per a 11 persones?"],
  ["ca", "deep_reasoning", "Tinc un problema de pesades: dotze boles i una balança"],
  // Romanian
  ["ro", "summarization", "Poți să mi-l scurtezi la trei rânduri?"],
  ["ro", "creative_writing", "Rescrie-l mai cald, sună prea rigid"],
  ["ro", "brainstorming", "Ce i-aș putea lua cadou soacrei mele?"],
  ["ro", "chat", "Cine te-a făcut? Ești ChatGPT?"],
  ["ro", "classification", "Pentru fiecare tichet stabilește prioritatea: urgent, mediu sau scăzut"],
  ["ro", "translation", "Pune-l în engleză, te rog"],
  ["ro", "extraction", "Scoate-mi cine s-a oferit voluntar și pentru ce"],
  ["ro", "analysis", "Am două oferte de muncă, pe care s-o aleg?"],
  ["ro", "simple_qa", "Care e limita de viteză pe autostradă?"],
  ["ro", "math", "Cât îmi trebuie din fiecare ingredient pentru 11 persoane?"],
  ["ro", "deep_reasoning", "Am primit o enigmă la un interviu: 12 bile și o balanță"],
];

describe("the fourteenth round's asks in Spanish, Portuguese, French, Italian, Catalan and Romanian", () => {
  it.each(asks)("%s: reads %s: %s", (_lang, task, text) => {
    expect(read(task === "chat" ? "simple_qa" : "chat", [u(text)])).toBe(task);
  });
  it("names each ask's task by a defining cue of its own language's table", () => {
    expect(asksNotNamedByOwnTable(asks)).toEqual([]);
  });
});

/** Everyday sentences that ask no task of the kind a cue used to read in them. */
const LOOK_ALIKES: [string, string][] = [
  ["En resumen, el proyecto va bien y seguimos con el plan previsto.", "summarization"],
  ["¿Cuál es la tasa de cambio del euro hoy?", "analysis"],
  ["Lógicamente, no pienso pagar esa multa.", "deep_reasoning"],
  ["Em resumo, a reunião foi boa e o cliente gostou.", "summarization"],
  ["Qual é a taxa de juros do financiamento da Caixa?", "analysis"],
  ["Tenho em mente uma viagem para o Nordeste em julho.", "deep_reasoning"],
  ["Que dia cai o Carnaval este ano?", "chat"],
  ["En résumé, tout s'est bien passé avec le client.", "summarization"],
  ["Quel est le taux de change du dollar aujourd'hui ?", "analysis"],
  ["Logiquement, le colis devrait arriver demain.", "deep_reasoning"],
  ["Qual è il tasso di cambio tra euro e franco svizzero?", "analysis"],
  ["Tienilo a mente per la prossima riunione.", "deep_reasoning"],
  ["En resum, tot ha anat bé amb el client.", "summarization"],
  ["Lògicament, el paquet hauria d'arribar demà.", "deep_reasoning"],
];

/** Everyday words of these languages that no other language's table may read. */
const COMMON: Record<string, string> = {
  es: "lógicamente",
  pt: "mente",
  it: "mente",
};

const MINE: readonly CueLanguage[] = ["es", "pt", "fr", "it", "ca", "ro"];

describe("the fourteenth round's look-alikes in the Romance tables", () => {
  it.each(LOOK_ALIKES)("in an everyday sentence reads no cue of its look-alike task: %s (%s)", (text, task) => {
    expect(cuesOfTask(text, task, MINE), text).toEqual([]);
  });
  it("fires no cue of another language inside a common word", () => {
    expect(lookAlikeHits(COMMON)).toEqual([]);
  });
  it("writes no cue twice in a table", () => {
    expect(cuesWrittenTwice(MINE)).toEqual([]);
  });
});
