/**
 * `npm run template`: what a maintainer needs to publish a template spreadsheet whose bound
 * script is the add-on — the route where people "make a copy" of a shared sheet instead of
 * installing from the Marketplace. Writes dist/template/:
 *   script/   the project files `npm run push` sends (Code.js, the HTML files, appsscript.json);
 *   sheets/   the preview's example tabs as CSV, formulas as typed, to import as the template's tabs;
 *   TEMPLATE.md  the steps, the menu a copy shows, and what a person who copies it is asked to
 *             authorize and when.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BuildError, buildAll, DIST, ROOT } from './build';
import { ReferenceDataError } from './referenceData';
import { PUSHED_FILES } from './push';
import { MemoryWorkbook } from './preview/memoryWorkbook';
import { addExampleSheets } from './preview/exampleSheet';
import { MENU_ITEMS } from '../src/addon/menu';
import { readListingSource } from './listing/listingSource';

export const TEMPLATE_DIST = join(DIST, 'template');

/** One CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
function csvField(value: unknown): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Each example tab of the preview as CSV: its cells as typed, formulas included. */
export function exampleSheetsCsv(): { name: string; csv: string }[] {
  const workbook = new MemoryWorkbook();
  addExampleSheets(workbook);
  return workbook.sheets
    .filter((sheet) => sheet.cells.size > 0)
    .map((sheet) => {
      const keys = [...sheet.cells.keys()].map((key) => key.split(',').map(Number) as [number, number]);
      const rows = Math.max(0, ...keys.map(([r]) => r));
      const columns = Math.max(0, ...keys.map(([, c]) => c));
      const lines = Array.from({ length: rows }, (_, r) =>
        Array.from({ length: columns }, (_, c) => csvField(sheet.cells.get(`${r + 1},${c + 1}`))).join(','),
      );
      return { name: sheet.name, csv: lines.join('\r\n') + '\r\n' };
    });
}

interface Scope {
  readonly scope: string;
  readonly why: string;
}

export function templateGuide(name: string, sheets: readonly string[], scopes: readonly Scope[]): string {
  return `# ${name}: a template spreadsheet to copy

Written by \`npm run template\`. A template is a spreadsheet whose bound script is the add-on:
whoever makes a copy gets the script with it, in their own copy. No Marketplace listing or
review is involved.

## Files

- \`script/\`: ${PUSHED_FILES.map((f) => `\`${f}\``).join(', ')} — the project files \`npm run push\` sends.
- \`sheets/\`: ${sheets.map((s) => `\`${s}.csv\``).join(', ')} — the preview's example tabs, formulas as typed.

## Making the template (needs a Google account)

1. Create a spreadsheet named "${name} — template". For each CSV in \`sheets/\`: File → Import →
   Upload → Insert new sheet(s), with "Convert text to numbers, dates, and formulas" on. (CSV
   keeps no number formats or bold: set them by hand if you want the preview's look.)
2. Extensions → Apps Script. Rename the project "${name}": a bound script's menu is named after
   the script project (Apps Script's \`Ui.createAddonMenu\`), so this is the name under Extensions.
3. Copy the script id (Project Settings → IDs) into \`.clasp.json\` and run \`npm run push\`; or
   paste the files from \`script/\` into the editor by hand (keep their names; show
   \`appsscript.json\` in Project Settings first).
4. Reload the spreadsheet and check: the menu below appears, and \`=CODER_SALARY("CA", 5, "CPC")\`
   gives a dollar figure.
5. Share it: Share → General access → Anyone with the link → Viewer. People copy it with File →
   Make a copy (a link ending in \`/copy\` instead of \`/edit\` opens the copy dialog directly).

## What a person who makes a copy sees

- **At once, without authorizing anything:** the custom functions compute (Sheets runs custom
  functions without authorization; these use no service that needs it), and the menu
  Extensions → ${name} appears (the script's \`onOpen\` only builds the menu):
${MENU_ITEMS.map((item) => `  - ${item.caption}`).join('\n')}
- **The first time they use a menu item:** Google's authorization prompt for the copy's script,
  which asks for the scopes in \`appsscript.json\`:
${scopes.map((s) => `  - \`${s.scope}\`: ${s.why}`).join('\n')}
  The copy's script belongs to the person who copied it and has not been through Google's
  verification, so Google may first show a "Google hasn't verified this app" screen (Advanced →
  Go to ${name}). The add-on's privacy policy (docs/PRIVACY.md) says what it reads and writes.
- Their copy is theirs: later versions of the add-on reach it only if they copy the template
  again.
`;
}

/** Writes the template's files into outDir from the built project files in distDir. */
export function writeTemplate(outDir: string, distDir = DIST): { script: string[]; sheets: string[] } {
  const listing = readListingSource();
  const manifest = JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8')) as { oauthScopes: string[] };
  const scopes = manifest.oauthScopes.map((scope) => ({ scope, why: listing.scopes.find((s) => s.scope === scope)?.why ?? '' }));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'script'), { recursive: true });
  mkdirSync(join(outDir, 'sheets'), { recursive: true });
  for (const file of PUSHED_FILES) copyFileSync(join(distDir, file), join(outDir, 'script', file));
  const sheets = exampleSheetsCsv();
  for (const sheet of sheets) writeFileSync(join(outDir, 'sheets', `${sheet.name}.csv`), sheet.csv);
  writeFileSync(
    join(outDir, 'TEMPLATE.md'),
    templateGuide(
      listing.name,
      sheets.map((s) => s.name),
      scopes,
    ),
  );
  return { script: [...PUSHED_FILES], sheets: sheets.map((s) => `${s.name}.csv`) };
}

async function main(): Promise<void> {
  try {
    await buildAll();
  } catch (error) {
    if (error instanceof BuildError || error instanceof ReferenceDataError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const written = writeTemplate(TEMPLATE_DIST);
  console.log(`template: dist/template/ — script/ (${written.script.length} files), sheets/ (${written.sheets.length} CSV), TEMPLATE.md`);
}

if (process.argv[1] && /template\.ts$/.test(process.argv[1])) await main();
