/**
 * `npm run template`, written to a temporary folder from the built dist/: the project files a
 * template's bound script needs, byte for byte; the example tabs as CSV with their formulas; and
 * a guide that names every menu item a copy shows and every scope its first use asks for.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTemplate } from '../../scripts/template';
import { PUSHED_FILES } from '../../scripts/push';
import { MENU_ITEMS } from '../../src/addon/menu';

const out = mkdtempSync(join(tmpdir(), 'template-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const written = writeTemplate(out);
const guide = readFileSync(join(out, 'TEMPLATE.md'), 'utf8');

describe('npm run template', () => {
  it('copies exactly the files npm run push sends, unchanged', () => {
    expect(readdirSync(join(out, 'script')).sort()).toEqual([...PUSHED_FILES].sort());
    for (const file of PUSHED_FILES)
      expect(readFileSync(join(out, 'script', file)).equals(readFileSync(join('dist', file))), file).toBe(true);
  });

  it('writes the example tabs as CSV, formulas as typed and quoted where they hold commas', () => {
    expect(written.sheets).toContain('Examples.csv');
    expect(written.sheets).not.toContain('Sheet1.csv');
    const examples = readFileSync(join(out, 'sheets', 'Examples.csv'), 'utf8');
    expect(examples.split('\r\n')[2]).toBe(
      'CA,5,"=CODER_SALARY(A3:A7,B3:B7,""CPC"")","=CODER_SALARY(A3:A7,B3:B7)","=PAY_PERCENTILE(55000,A3:A7)",=STATE_WAGE(A3:A7)',
    );
  });

  it('says which menu a copy shows and which scopes its first use asks for, and that functions need none', () => {
    for (const item of MENU_ITEMS) expect(guide).toContain(`  - ${item.caption}`);
    const manifest = JSON.parse(readFileSync('appsscript.json', 'utf8')) as { oauthScopes: string[] };
    for (const scope of manifest.oauthScopes) expect(guide).toMatch(new RegExp(`\`${scope.replace(/\./g, '\\.')}\`: \\S`));
    expect(guide).toMatch(/without authorizing anything:\*\* the custom functions compute/);
    expect(guide).toContain('Rename the project "Coding & Billing Pay"');
  });
});
