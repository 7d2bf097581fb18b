/**
 * Another version asked with "another" or "other" in a short turn (thirty-third round): "faz outra versão mais curta e
 * sem emoji", "いいね、別のバージョンもください", "다른 버전도 보여줘", "给我另一个版本", "noch eine andere Version", "dame otra
 * versión más seria", "un'altra versione", "une autre version", "другой вариант": the piece or the ideas again, so the
 * work of the turn before is inherited. "Another" is what keeps it apart from "can you do a Polish version too" (a
 * translation), which the thirty-second round left to the model; a turn that names a language is still left to the
 * translate readings ("another version in Polish", "otra versión en inglés").
 * @module
 */
import { LANGUAGE_ALONE, TRANSLATE } from "./follow-up-languages.js";

const ANOTHER_VERSION =
  /(?<![\p{L}])(?:another (?:version|take|variant)|(?:otra|outra) (?:versi[oó]n|vers[aã]o|variante)|(?:un'altra|un altra|altra) (?:versione|variante)|une autre (?:version|variante)|(?:noch )?(?:eine |ne )?andere (?:version|variante|fassung)|noch (?:eine|ne) (?:version|variante|fassung)|(?:другой|ещё один|еще один) вариант|другую версию|ещё одну версию|еще одну версию)(?![\p{L}])|另一个版本|另一版|换个版本|再来一个版本|別の(?:バージョン|案|パターン)|別バージョン|他のバージョン|다른 버전|다른 버젼/u;

/** The "another version" phrase of a short follow-up head, unless the head names a language. */
export function anotherVersion(head: string): string | undefined {
  const match = ANOTHER_VERSION.exec(head);
  if (match === null || TRANSLATE.test(head) || LANGUAGE_ALONE.test(head)) return undefined;
  return match[0];
}
