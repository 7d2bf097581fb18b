/**
 * Base64 payloads of images, files and audio, checked at the edge: one that cannot be decoded went to the upstream
 * as sent, was routed and reserved for, and came back as a provider's 400 (`Invalid base64 image_url`) or, from a
 * laxer one, an answer about an image it never saw. Now it is a 400 naming the part. A single pass, no regex.
 * @module
 */

/** Why `data` is not base64 (standard alphabet, `=` padding only at the end; line breaks allowed), or undefined. */
export function base64Problem(data: string): string | undefined {
  let symbols = 0;
  let padding = 0;
  for (let index = 0; index < data.length; index += 1) {
    const code = data.charCodeAt(index);
    if (code === 10 || code === 13) continue;
    if (code === 61) {
      padding += 1;
      continue;
    }
    if (padding > 0 || !isBase64Symbol(code)) return `is not valid base64: ${JSON.stringify(data.charAt(index))} at offset ${index} ${padding > 0 ? "follows the = padding" : "is outside the base64 alphabet"}`;
    symbols += 1;
  }
  if (symbols === 0) return "is empty: it holds no base64 data";
  if (padding > 2 || symbols % 4 === 1 || (padding > 0 && (symbols + padding) % 4 !== 0)) return "is not valid base64: its length or = padding cannot be decoded (cut short?)";
  return undefined;
}

/** Why a `data:` URL's base64 payload is bad, or undefined (for any other URL, or a data: URL not in base64). */
export function dataUrlProblem(url: string): string | undefined {
  if (!/^data:/i.test(url)) return undefined;
  const comma = url.indexOf(",");
  if (comma === -1) return "is a data: URL without a comma before its data";
  if (!/;base64$/i.test(url.slice(0, comma))) return undefined;
  return base64Problem(url.slice(comma + 1));
}

function isBase64Symbol(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 43 || code === 47;
}
