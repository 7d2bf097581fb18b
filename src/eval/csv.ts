/**
 * A small RFC 4180 CSV reader: quoted fields, doubled quotes and newlines inside quotes.
 * The published routing datasets are CSV files with multi-line prompts.
 * @module
 */

/**
 * Parses CSV text into rows of fields (no type conversion). A leading byte-order mark (Excel's "CSV UTF-8") is not
 * part of the first column's name.
 * @throws SyntaxError naming `file` (when given) and the line of a quote that is never closed (it would swallow the
 * rest of the file).
 */
export function parseCsv(source: string, file?: string): string[][] {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let inQuotes = false;
  let line = 1;
  let quoteLine = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += ch;
      // A line ends at LF, CRLF or a lone CR, as outside quotes.
      if (ch === "\n" || (ch === "\r" && text[i + 1] !== "\n")) line++;
      continue;
    }
    if (ch === '"') {
      inQuotes = true;
      quoteLine = line;
    } else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      line++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (inQuotes) throw new SyntaxError(`${file === undefined ? "" : `${file}: `}line ${quoteLine}: a quoted field is never closed (a " opens it and the file ends inside it).`);
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Parses CSV text with a header row into records keyed by column name; `file` names it in an error. */
export function parseCsvRecords(text: string, file?: string): { header: string[]; records: Record<string, string>[] } {
  const [header = [], ...body] = parseCsv(text, file);
  const records = body
    .filter((cells) => cells.length > 1 || (cells[0] ?? "") !== "")
    .map((cells) => {
      // No prototype: a column named `__proto__` or `constructor` is a column like any other, not Object's.
      const record = Object.create(null) as Record<string, string>;
      header.forEach((name, index) => {
        record[name] = cells[index] ?? "";
      });
      return record;
    });
  return { header, records };
}

/** Parses JSON Lines text, skipping blank lines; a line that is not JSON is an error naming its number. */
export function parseJsonLines(text: string): unknown[] {
  return parseNumberedJsonLines(text).map((row) => row.value);
}

/** {@link parseJsonLines} keeping each value's line number (1-based, blank lines counted). */
export function parseNumberedJsonLines(text: string): { line: number; value: unknown }[] {
  const values: { line: number; value: unknown }[] = [];
  // A byte-order mark (a file saved by a Windows editor) is not part of a line's JSON: at the start of any line, as
  // `route --jsonl` reads it, since two such files joined with `cat` hold one in the middle (round 24).
  text.split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    try {
      values.push({ line: index + 1, value: JSON.parse(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line) as unknown });
    } catch (error) {
      throw new SyntaxError(`line ${index + 1} is not JSON: ${(error as Error).message}`);
    }
  });
  return values;
}
