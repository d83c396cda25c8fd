// Delimiter-separated text (RFC 4180 CSV, semicolon and tab variants): a small parser that keeps
// each record's row number as a spreadsheet shows it and whether each cell was quoted, and the
// writer that quotes exactly when needed. d3-dsv loses both, so this is our own.

/** The delimiters we sniff for, in order of preference when counts tie. */
export const DELIMITERS = [",", ";", "\t"] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** One record (a spreadsheet row). */
export interface DsvRecord {
  /** The row number a spreadsheet shows: the first record is row 1; a quoted line break stays in its row. */
  row: number;
  cells: string[];
  /** Per cell: true when it was written in quotes (so `""` can mean an empty string, not nothing). */
  quoted: boolean[];
}

/** A parse that went wrong at a place. */
export interface DsvError {
  row: number;
  message: string;
  fix: string;
}

export interface DsvParse {
  delimiter: Delimiter;
  records: DsvRecord[];
  errors: DsvError[];
}

/** Drops a UTF-8 byte order mark, which Excel writes at the start of "CSV UTF-8" files. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Picks the delimiter that splits the first line (outside quotes) into the most cells; a tie
 * goes to the earlier one in `DELIMITERS`, so a one-column file reads as CSV.
 */
export function sniffDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === "\n" || c === "\r")) break;
    else if (!inQuotes && counts.has(c as Delimiter)) counts.set(c as Delimiter, counts.get(c as Delimiter)! + 1);
  }
  let best: Delimiter = ",";
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/**
 * Parses delimited text: quoted cells may hold delimiters, doubled quotes and line breaks; line
 * ends may be LF, CRLF or CR. Every record is returned (blank lines too, as one empty cell) so
 * row numbers match a spreadsheet; an unterminated quote or text after a closing quote is an error.
 */
export function parseDsv(input: string, delimiter: Delimiter = sniffDelimiter(stripBom(input))): DsvParse {
  const text = stripBom(input);
  const records: DsvRecord[] = [];
  const errors: DsvError[] = [];
  let cells: string[] = [];
  let quoted: boolean[] = [];
  let row = 1;
  let i = 0;
  const n = text.length;
  const endRecord = () => {
    records.push({ row, cells, quoted });
    cells = [];
    quoted = [];
    row++;
  };
  if (n === 0) return { delimiter, records, errors };
  while (i <= n) {
    if (text[i] === '"') {
      // A quoted cell: runs to the next single quote; "" inside is a literal quote.
      const startRow = row;
      let value = "";
      let j = i + 1;
      let closed = false;
      while (j < n) {
        const q = text.indexOf('"', j);
        if (q < 0) break;
        value += text.slice(j, q);
        if (text[q + 1] === '"') {
          value += '"';
          j = q + 2;
        } else {
          j = q + 1;
          closed = true;
          break;
        }
      }
      if (!closed) {
        errors.push({
          row: startRow,
          message: "a quoted cell is never closed (the file ends inside quotes)",
          fix: 'Close the quote, or write a quote inside a quoted cell as two quotes ("")',
        });
        cells.push(value + text.slice(j));
        quoted.push(true);
        records.push({ row: startRow, cells, quoted });
        return { delimiter, records, errors };
      }
      cells.push(value);
      quoted.push(true);
      i = j;
      const c = text[i];
      if (i < n && c !== delimiter && c !== "\n" && c !== "\r") {
        errors.push({
          row: startRow,
          message: `text follows a closing quote in cell ${cells.length}`,
          fix: 'Put the whole cell in quotes and write quotes inside it as two quotes ("")',
        });
        // Skip to the end of the cell so the rest of the file still reads.
        while (i < n && text[i] !== delimiter && text[i] !== "\n" && text[i] !== "\r") i++;
      }
    } else {
      let j = i;
      while (j < n && text[j] !== delimiter && text[j] !== "\n" && text[j] !== "\r") j++;
      cells.push(text.slice(i, j));
      quoted.push(false);
      i = j;
    }
    if (i >= n) {
      endRecord();
      break;
    }
    const c = text[i];
    if (c === delimiter) {
      i++;
      if (i === n) {
        cells.push("");
        quoted.push(false);
        endRecord();
        break;
      }
    } else {
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
      endRecord();
      if (i >= n) break;
    }
  }
  return { delimiter, records, errors };
}

/** True when a record is a blank line (or only empty, unquoted cells). */
export function isBlankRecord(record: DsvRecord): boolean {
  return record.cells.every((c, k) => c === "" && !record.quoted[k]);
}

/** Writes one cell: quoted when it holds the delimiter, a quote or a line break, or when `forceQuotes`. */
export function formatCell(value: string, delimiter: Delimiter = ",", forceQuotes = false): string {
  if (forceQuotes || value.includes(delimiter) || /["\r\n]/.test(value)) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

/** Joins already formatted cells (see `formatCell`) into records with CRLF line ends (RFC 4180). */
export function formatDsv(rows: readonly (readonly string[])[], delimiter: Delimiter = ","): string {
  return rows.map((cells) => cells.join(delimiter)).join("\r\n") + "\r\n";
}
