/**
 * `npm run data:check` checks the reference CSVs; the build (and the tests, through
 * `pretest`) regenerate the typed module the bundle imports. Both exit non-zero listing
 * every problem.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadReferenceData, ReferenceDataError, type LoadedData } from './referenceData';
import { packReference } from '../src/core/referenceFormat';
import type { ReferenceData } from '../src/core/referenceTypes';
import { encodeAreaTables } from '../src/core/places/areaTableFormat';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DATA_DIR = join(root, 'data');
export const GENERATED_MODULE = join(DATA_DIR, 'generated', 'reference.ts');
/** The area tables' text: the build ships it as dist/AreaTables.html, read only when first needed. */
export const GENERATED_AREA_TABLES = join(DATA_DIR, 'generated', 'areaTables.txt');

export function summarise(data: LoadedData): string {
  const years = [...new Set(data.wages.map((w) => `${w.soc} ${w.year}`))].sort().join(', ');
  const { areaTables } = data;
  const earlier = [...new Set(areaTables.earlierStateWages.map((w) => w.year))].sort().join(', ');
  const areaYears = [...new Set(areaTables.wages.map((w) => w.year))].sort().join(', ');
  return (
    `${data.areas.length} states and DC, ${data.wages.length} wage records (${years}) and ${areaTables.earlierStateWages.length} of earlier years (${earlier}), ` +
    `${areaTables.areas.length} metropolitan and nonmetropolitan areas with ${areaTables.wages.length} area wage records (${areaYears}), ` +
    `${data.earlierOccupation.length} national figures of the predecessor occupation, ${data.consumerPrices.length} CPI-U years, ` +
    `${data.certificationCosts.length} certification costs, ${data.priceParities.length} price parities, ${data.credentials.length} credentials`
  );
}

/**
 * A JSON text as a string literal the bundle carries in single quotes. JSON is full of double
 * quotes, so a bundler quotes it with whichever other quote needs no escape; an apostrophe in
 * the data (a title, a note) would tip it to a template literal, which V8 compiled about 1.5 times
 * slower than the same text in plain quotes (3.1 against 2.0 ms for the state data). Writing the apostrophe as
 * the JSON escape \u0027 leaves the text's meaning unchanged and keeps plain quotes.
 */
export function jsonLiteral(json: string): string {
  return JSON.stringify(json.replace(/'/g, '\\u0027'));
}

/**
 * The text of data/generated/reference.ts. Apps Script compiles all of Code.js and runs its top
 * level on every execution, a custom function's included, so the data goes in as JSON strings
 * (V8 compiles a string several times faster than the same object literal, and compile time
 * grows with the bytes), packed (src/core/referenceFormat.ts: keys named once per kind of
 * record, titles, pages and labels stored once), one string per table, each parsed only when
 * its table is first read.
 */
export function referenceModule(data: ReferenceData): string {
  const packed = packReference(data);
  const tables = (Object.keys(data) as (keyof ReferenceData)[]).map((key) => `  ${key}: ${jsonLiteral(packed.tables[key]!)},\n`).join('');
  return (
    '// Generated from data/*.csv by scripts/generateData.ts. Do not edit: change the CSVs.\n' +
    '//\n' +
    '// Apps Script compiles the whole of Code.js on every execution, custom functions included, then\n' +
    '// runs its top level. So the data is JSON strings, which V8 compiles several times faster than\n' +
    '// object literals, packed to few bytes (src/core/referenceFormat.ts), and each table is parsed\n' +
    '// only when first read: nothing at load, and never a table the call does not need.\n' +
    "import type { ReferenceData } from '../../src/core/referenceTypes';\n" +
    "import { lazyReference } from '../../src/core/referenceFormat';\n\n" +
    '/** Every value the tables share: publications, release and survey labels. */\n' +
    `const SHARED = ${jsonLiteral(packed.shared)};\n\n` +
    '/** Per table of ReferenceData, the JSON text of its packed form. */\n' +
    `const TABLES: { readonly [K in keyof ReferenceData]: string } = {\n${tables}};\n\n` +
    'export const REFERENCE: ReferenceData = lazyReference<ReferenceData>(SHARED, TABLES);\n'
  );
}

/**
 * Loads and checks data/ and writes data/generated/reference.ts (bundled into Code.js) and
 * data/generated/areaTables.txt. Throws ReferenceDataError.
 */
export function generateReferenceModule(dataDir = DATA_DIR, target = GENERATED_MODULE, areaTarget = GENERATED_AREA_TABLES): LoadedData {
  const loaded = loadReferenceData(dataDir);
  const { areaTables, ...data } = loaded;
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, referenceModule(data));
  writeFileSync(areaTarget, encodeAreaTables(areaTables));
  return loaded;
}

function main(): void {
  const checkOnly = process.argv.includes('--check');
  const dirFlag = process.argv.indexOf('--data-dir');
  const dataDir = dirFlag >= 0 && process.argv[dirFlag + 1] ? process.argv[dirFlag + 1]! : DATA_DIR;
  try {
    const data = checkOnly ? loadReferenceData(dataDir) : generateReferenceModule(dataDir);
    console.log(`data ${checkOnly ? 'check' : 'generate'}: ok — ${summarise(data)}`);
  } catch (error) {
    if (error instanceof ReferenceDataError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
