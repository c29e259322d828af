/**
 * Reads every sheet of an .xlsx file into plain rows of cell values.
 *
 * The zip is opened by its central directory (jszip) and each sheet's XML is streamed through a
 * SAX parser (saxes), so a 140,000-row OEWS MSA file never sits in memory as XML or as cell
 * objects. exceljs's streaming reader is not used for reading: its zip parser (unzipper) can
 * report the end of the archive while entries are still to come, and then silently drops the
 * last ones (seen as a missing workbook.xml in files exceljs itself wrote).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import JSZip from 'jszip';
import { SaxesParser, type SaxesTagPlain } from 'saxes';

export type CellValue = string | number | boolean | null;

export interface SheetRows {
  /** 1-based position of the sheet in the workbook. */
  readonly position: number;
  /** Row by row; each row is 0-based by column. */
  readonly rows: CellValue[][];
}

/** "x:row" → "row": some writers prefix the spreadsheet namespace. */
function localName(tag: { name: string }): string {
  const colon = tag.name.indexOf(':');
  return colon < 0 ? tag.name : tag.name.slice(colon + 1);
}

/** An attribute by its local name ("r:id" → "id"). */
function attribute(tag: SaxesTagPlain, name: string): string | undefined {
  for (const [key, value] of Object.entries(tag.attributes)) {
    const colon = key.indexOf(':');
    if ((colon < 0 ? key : key.slice(colon + 1)) === name) return value;
  }
  return undefined;
}

/** Feeds a zip entry to a SAX parser, decoding UTF-8 across chunk boundaries. */
async function parseEntry(zip: JSZip, name: string, handlers: (parser: SaxesParser) => void): Promise<void> {
  const entry = zip.file(name);
  if (!entry) throw new Error(`no ${name}`);
  const parser = new SaxesParser();
  handlers(parser);
  const decoder = new StringDecoder('utf8');
  // jszip's stream is an older readable-stream: read it by its events.
  const stream = entry.nodeStream('nodebuffer');
  await new Promise<void>((resolve, reject) => {
    stream.on('data', (chunk: Buffer) => {
      try {
        parser.write(decoder.write(chunk));
      } catch (error) {
        reject(error as Error);
      }
    });
    stream.on('error', reject);
    stream.on('end', () => {
      try {
        parser.write(decoder.end());
        parser.close();
        resolve();
      } catch (error) {
        reject(error as Error);
      }
    });
  });
}

/** Sheet names' order and their parts: workbook.xml lists the sheets, its rels say where each is. */
async function sheetParts(zip: JSZip): Promise<string[]> {
  const ids: string[] = [];
  await parseEntry(zip, 'xl/workbook.xml', (parser) =>
    parser.on('opentag', (tag) => {
      if (localName(tag) === 'sheet') ids.push(attribute(tag, 'id') ?? '');
    }),
  );
  const targets = new Map<string, string>();
  await parseEntry(zip, 'xl/_rels/workbook.xml.rels', (parser) =>
    parser.on('opentag', (tag) => {
      if (localName(tag) === 'Relationship') targets.set(attribute(tag, 'Id') ?? '', attribute(tag, 'Target') ?? '');
    }),
  );
  return ids.map((id) => {
    const target = targets.get(id) ?? '';
    return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  });
}

/** The shared strings table; rich text runs are joined, phonetic hints left out. */
async function sharedStrings(zip: JSZip): Promise<string[]> {
  const strings: string[] = [];
  if (!zip.file('xl/sharedStrings.xml')) return strings;
  let current = '';
  let inText = false;
  let inPhonetic = false;
  await parseEntry(zip, 'xl/sharedStrings.xml', (parser) => {
    parser.on('opentag', (tag) => {
      const name = localName(tag);
      if (name === 'si') current = '';
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't') inText = !inPhonetic;
    });
    parser.on('text', (text) => {
      if (inText) current += text;
    });
    parser.on('closetag', (tag) => {
      const name = localName(tag);
      if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') strings.push(current);
    });
  });
  return strings;
}

/** "BC12" → 54 (0-based column). */
function columnIndex(reference: string): number {
  let index = 0;
  for (const char of reference.toUpperCase()) {
    if (char < 'A' || char > 'Z') break;
    index = index * 26 + (char.charCodeAt(0) - 64);
  }
  return index - 1;
}

/** A cell as the sheet stores it: shared string, inline string, boolean, error text or number. */
function cellValue(type: string | undefined, text: string, strings: readonly string[]): CellValue {
  if (text === '') return null;
  switch (type) {
    case 's':
      return strings[Number(text)] ?? null;
    case 'inlineStr':
    case 'str':
    case 'e':
    case 'd':
      return text;
    case 'b':
      return text === '1';
    default: {
      const value = Number(text);
      return Number.isFinite(value) ? value : text;
    }
  }
}

async function sheetRows(zip: JSZip, part: string, strings: readonly string[]): Promise<CellValue[][]> {
  const rows: CellValue[][] = [];
  let row: CellValue[] = [];
  let rowIndex = -1;
  let column = -1;
  let type: string | undefined;
  let text = '';
  let inValue = false;
  await parseEntry(zip, part, (parser) => {
    parser.on('opentag', (tag) => {
      switch (localName(tag)) {
        // Cell and row attributes are never prefixed; read them directly (millions of cells).
        case 'row': {
          const r = tag.attributes.r;
          rowIndex = r ? Number(r) - 1 : rowIndex + 1;
          row = [];
          column = -1;
          break;
        }
        case 'c': {
          const r = tag.attributes.r;
          column = r ? columnIndex(r) : column + 1;
          type = tag.attributes.t;
          text = '';
          break;
        }
        case 'v':
        case 't':
          inValue = true;
      }
    });
    parser.on('text', (chunk) => {
      if (inValue) text += chunk;
    });
    parser.on('closetag', (tag) => {
      switch (localName(tag)) {
        case 'v':
        case 't':
          inValue = false;
          break;
        case 'c': {
          const value = cellValue(type, text, strings);
          if (value !== null) row[column] = value;
          break;
        }
        case 'row':
          rows[rowIndex] = Array.from(row, (v) => v ?? null);
      }
    });
  });
  return Array.from(rows, (r) => r ?? []);
}

export async function readWorkbook(path: string): Promise<SheetRows[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(readFileSync(path));
  } catch (error) {
    throw new Error(`${basename(path)}: not an .xlsx file (${(error as Error).message})`);
  }
  const parts = await sheetParts(zip);
  const strings = await sharedStrings(zip);
  const sheets: SheetRows[] = [];
  for (const [index, part] of parts.entries()) sheets.push({ position: index + 1, rows: await sheetRows(zip, part, strings) });
  return sheets;
}

/** Case- and space-insensitive header key: "Employment, 2024" → "employment,2024". */
export function headerKey(value: CellValue): string {
  return String(value ?? '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/** The first row (among the first `limit`) for which `isHeader` holds, with its index. */
export function findHeader(rows: CellValue[][], isHeader: (keys: string[]) => boolean, limit = 20): number {
  for (let i = 0; i < Math.min(rows.length, limit); i++) {
    if (isHeader((rows[i] ?? []).map(headerKey))) return i;
  }
  return -1;
}
