/**
 * `npm run data:check` checks the reference CSVs; the build (and the tests, through
 * `pretest`) regenerate the typed module the bundle imports. Both exit non-zero listing
 * every problem.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadReferenceData, ReferenceDataError, type LoadedData } from './referenceData';
import type { Publication } from '../src/core/publishers';
import { encodeAreaTables } from '../src/core/places/areaTableFormat';
import { joinSummary } from './priceParityData';

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
    `${data.certificationCosts.length} certification costs, ${data.priceParities.length} state price parities, ` +
    `${joinSummary(areaTables.priceParities, areaTables.areas, data.priceParities)}, ${data.credentials.length} credentials`
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
 * Loads and checks data/ and writes data/generated/reference.ts (bundled into Code.js) and
 * data/generated/areaTables.txt. Throws ReferenceDataError.
 */
export function generateReferenceModule(dataDir = DATA_DIR, target = GENERATED_MODULE, areaTarget = GENERATED_AREA_TABLES): LoadedData {
  const loaded = loadReferenceData(dataDir);
  const { areaTables, ...data } = loaded;
  mkdirSync(dirname(target), { recursive: true });
  // The bundle parses this on every Apps Script execution: a JSON string is parsed several
  // times faster than the same object literal, and each publication is stored once.
  const keys: string[] = [];
  const stored = <T extends { publication: Publication }>(item: T) => {
    const key = JSON.stringify(item.publication);
    if (!keys.includes(key)) keys.push(key);
    return { ...item, publication: keys.indexOf(key) };
  };
  const compact = { ...data, wages: data.wages.map(stored), priceParities: data.priceParities.map(stored) };
  writeFileSync(
    target,
    '// Generated from data/*.csv by scripts/generateData.ts. Do not edit: change the CSVs.\n' +
      "import type { Publication } from '../../src/core/publishers';\n" +
      "import type { ReferenceData } from '../../src/core/referenceTypes';\n\n" +
      `const PUBLICATIONS: Publication[] = JSON.parse(${jsonLiteral(`[${keys.join(',')}]`)});\n` +
      `const DATA = JSON.parse(${jsonLiteral(JSON.stringify(compact))});\n` +
      'for (const item of [...DATA.wages, ...DATA.priceParities]) item.publication = PUBLICATIONS[item.publication];\n\n' +
      'export const REFERENCE: ReferenceData = DATA;\n',
  );
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
