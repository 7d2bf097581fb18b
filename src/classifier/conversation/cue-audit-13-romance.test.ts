/**
 * Thirteenth round, Spanish, Portuguese, Italian and French (`language-cues-top.ts`): in a long, formal or polite
 * message the ask sits in one clause, in forms the tables did not hold: the defining verbs in the infinitive and the
 * usted / você / Lei / vous forms after "could you", "I'd be grateful if", "would you mind" ("¿podría revisar mi
 * código?", "poderia escrever uma função", "potrebbe tradurre", "pourriez-vous rédiger"); "N names / ideas / angles"
 * as a brainstorming ask; asks for a view, the weak points or the most likely cause; what an acronym stands for;
 * venting ("no quiero consejos") and questions to the assistant about itself ("tu tifi per qualche squadra?"). Each
 * ask is the team's own, read over a base that says chat, so it fails without the new cue; the venting and
 * about-the-assistant asks fire a chat cue of their language. Look-alikes: agent nouns (traductora, traduttrice,
 * analista, analyste) and common words a stem opened in the neighbouring languages (Italian 'relatore' in Spanish
 * 'relato*', 'ci rivediamo' in 'rivedi*', 'sfogliando' in 'sfog*', Portuguese 'relatorio', Italian 'conto corrente'
 * in Portuguese 'conto*', 'rimettere' in French 'rime*', Spanish 'razonable', French 'plantes').
 */
import { describe, expect, it } from "vitest";
import { findCues } from "./cue-matcher.js";
import type { CueLanguage } from "./language-cues.js";
import { read, u } from "../../../test/support/conversation-kit.js";

const asks: [string, string, string][] = [
  ["es", "translation", "Buenas tardes. Le adjunto el aviso de la comunidad de vecinos; ¿podría pasarlo al catalán para el tablón?"],
  ["es", "summarization", "Tengo la reunión en diez minutos; ¿podría resumírmelo en pocos puntos?"],
  ["es", "extraction", "Del listado de proveedores que le adjunto, sáqueme los teléfonos y los correos"],
  ["es", "code_generation", "¿Sería tan amable de escribir una función que valide un NIF?"],
  ["es", "code_review", "Antes de subirlo a producción, ¿podría revisar mi código? Me preocupa la parte de las sesiones"],
  ["es", "analysis", "Le paso el plan de negocio de mi cafetería: ¿cuáles ve como sus puntos débiles?"],
  ["es", "analysis", "La caldera hace un ruido raro desde el lunes, ¿cuál sería la causa más probable?"],
  ["es", "creative_writing", "¿Podría escribir un mensaje de despedida para el grupo del trabajo?"],
  ["es", "brainstorming", "Estamos abriendo una librería infantil y buscamos una docena de nombres con gancho"],
  ["es", "brainstorming", "Propóngame algunos nombres, por favor: es una panadería de barrio"],
  ["es", "simple_qa", "Perdone, ¿qué significan las siglas IRPF?"],
  ["es", "math", "Le agradecería que resuelva este sistema: 2x + y = 7 y x − y = 2"],
  ["pt", "summarization", "Você poderia me dar os pontos-chave dessa palestra?"],
  ["pt", "extraction", "Desse cadastro, consegue tirar de cada cliente o CPF e o telefone?"],
  ["pt", "code_review", "Você pode dar uma olhada no meu código antes do deploy?"],
  ["pt", "analysis", "Segue o meu currículo. Quais são os pontos fracos dele para uma vaga de gerente?"],
  ["pt", "analysis", "Estou entre alugar e financiar um apartamento, qual faz mais sentido pra quem muda de cidade a cada dois anos?"],
  ["pt", "brainstorming", "Vou abrir uma hamburgueria em Recife, pode me sugerir alguns nomes criativos?"],
  ["pt", "simple_qa", "Rapidinho: o que significa a sigla FGTS?"],
  ["pt", "math", "Paguei 350 dólares com IOF de 6,38% e cotação de 5,20, quanto vai dar em reais?"],
  ["it", "translation", "Gentile assistente, ci servirebbe la versione inglese di questo avviso per gli ospiti"],
  ["it", "summarization", "Quali sono i punti più importanti di questa circolare? Domani non ho tempo di leggerla"],
  ["it", "extraction", "Dal contratto qui sotto, mi estragga le scadenze e gli importi"],
  ["it", "code_generation", "Le chiederei di scrivere una funzione che converta le date dal formato americano"],
  ["it", "code_review", "Potrebbe rivedere il mio codice prima della consegna? È il mio primo progetto in Java"],
  ["it", "analysis", "Ecco la bozza del mio saggio: quali sono i punti deboli dell'argomentazione?"],
  ["it", "creative_writing", "Le andrebbe di scrivere una lettera di benvenuto per i nuovi soci del circolo?"],
  ["it", "brainstorming", "Apriamo una gelateria a Bari, ci servirebbe una decina di nomi che restino in mente"],
  ["it", "brainstorming", "Potrebbe suggerirmi qualche spunto per il discorso di apertura del convegno?"],
  ["it", "simple_qa", "Scusi, cosa significa la sigla ISEE?"],
  ["fr", "translation", "Bonjour, il faudrait passer en anglais la fiche de poste avant vendredi"],
  ["fr", "summarization", "Voici l'article, j'aimerais juste en avoir les points essentiels pour ma réunion"],
  ["fr", "extraction", "Dans ce relevé, pourriez-vous relever tous les prélèvements supérieurs à 100 euros ?"],
  ["fr", "classification", "Classez chacun de ces retours clients : compliment, réclamation ou question"],
  ["fr", "code_generation", "Serait-il possible de m'écrire une fonction qui trie les factures par date ?"],
  ["fr", "code_review", "Auriez-vous un moment pour jeter un œil à mon code ? Le formulaire se vide tout seul"],
  ["fr", "analysis", "Voici mon business plan, quels en sont selon vous les points faibles ?"],
  ["fr", "analysis", "On hésite entre un leasing et un achat : lequel a le plus de sens pour une petite entreprise ?"],
  ["fr", "brainstorming", "Pourriez-vous me proposer quelques noms ? C'est une association de quartier"],
  ["fr", "brainstorming", "Il nous faudrait une vingtaine d'idées de slogans pour la fête du village"],
  ["fr", "simple_qa", "La CAF, ça veut dire quoi les lettres ? Je ne me souviens plus"],
  ["fr", "math", "J'achète 30 € HT : à combien dois-je vendre TTC pour garder 50 % de marge ?"],
];

/** Venting and questions to the assistant: the chat cues they now fire (a base reading chat is the classifier's own). */
const chatAsks: [string, string][] = [
  ["pt", "Hoje foi um dia péssimo no trabalho e eu só precisava contar pra alguém, não quero conselhos"],
  ["it", "Ieri sera l'Atalanta ha vinto all'ultimo minuto, che serata! Tu tifi per qualche squadra?"],
  ["fr", "Rien de grave, j'avais juste besoin d'en parler à quelqu'un ce soir"],
  ["es", "Perdona el rollo, necesito sacarlo: mi casero no me devuelve la fianza. No quiero consejos, solo contárselo a alguien"],
  ["it", "Ti devo dire una cosa: volevo solo dirti che ho passato l'esame di guida!"],
];

describe("polite and indirect asks in Spanish, Portuguese, Italian and French", () => {
  it.each(asks)("%s: reads %s: %s", (_lang, task, text) => {
    expect(read("chat", [u(text)])).toBe(task);
  });
  it.each(chatAsks)("%s: fires a chat cue of its language: %s", (lang, text) => {
    expect(findCues(text.toLowerCase()).some((hit) => hit.task === "chat" && hit.lang === lang)).toBe(true);
  });
});

const ROMANCE: readonly CueLanguage[] = ["es", "pt", "it", "fr"];

/** Everyday sentences of the four languages whose words a stem of the four tables had opened. */
const LOOK_ALIKES = [
  "Mi hermana trabaja como traductora en Bruselas",
  "Il relatore della mia tesi è in ferie fino a settembre",
  "O relatorio trimestral ja esta no drive",
  "Ci rivediamo domani in ufficio, alle nove",
  "Sto sfogliando il giornale al bar",
  "Mia cugina fa la traduttrice di romanzi",
  "Sou analista de dados numa seguradora",
  "Je suis analyste financier dans une banque",
  "Il faut arroser les plantes du balcon",
  "Ho aperto un conto corrente in un'altra banca",
  "Mi può rimettere il pacco in magazzino?",
  "Me parece un precio razonable para el piso",
];

describe("look-alikes of the four tables", () => {
  it("fires no Spanish, Portuguese, Italian or French cue in everyday sentences of those languages", () => {
    const hits = LOOK_ALIKES.flatMap((text) =>
      findCues(text.toLowerCase())
        .filter((hit) => ROMANCE.includes(hit.lang))
        .map((hit) => `${text}: ${hit.lang} ${hit.task} '${hit.cue}'`),
    );
    expect(hits).toEqual([]);
  });
});
