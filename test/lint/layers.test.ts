/**
 * The layer rules of eslint.config.js hold: lint fails on an import cycle and on an import that
 * runs upward (core → sheets, sheets → addon, src → scripts), and passes on the imports the
 * layers allow. The project's own config lints small trees written to a temporary folder.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const PROJECT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CONFIG = join(PROJECT, 'eslint.config.js');
const ESLINT = join(PROJECT, 'node_modules', 'eslint', 'bin', 'eslint.js');
const folders: string[] = [];

/**
 * Lints a tree of files (path → text) as `npm run lint` does, from the tree's own folder with the
 * project's config; the rule ids reported, by file.
 */
async function lintTree(files: Record<string, string>): Promise<Record<string, string[]>> {
  const root = mkdtempSync(join(tmpdir(), 'layers-'));
  folders.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const output = await new Promise<string>((resolve, reject) =>
    execFile(
      process.execPath,
      [ESLINT, '--config', CONFIG, '--format', 'json', ...Object.keys(files)],
      { cwd: root },
      // eslint exits 1 when it reports a problem: the JSON on stdout is the answer either way.
      (error, stdout, stderr) => (stdout ? resolve(stdout) : reject(error ?? new Error(stderr))),
    ),
  );
  const results = JSON.parse(output) as { filePath: string; messages: { ruleId: string | null; message: string }[] }[];
  return Object.fromEntries(results.map((r) => [r.filePath.slice(root.length + 1), r.messages.map((m) => m.ruleId ?? m.message)]));
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('lint keeps the layers', () => {
  it('fails on an import cycle', async () => {
    const found = await lintTree({
      'src/core/pay/estimate.ts': "import { band } from './bands';\nexport const estimate = (): number => band() + 1;\n",
      'src/core/pay/bands.ts':
        "import { estimate } from './estimate';\nexport const band = (): number => 1;\nexport const both = (): number => estimate();\n",
    });
    expect(found['src/core/pay/estimate.ts']).toContain('import-x/no-cycle');
    expect(found['src/core/pay/bands.ts']).toContain('import-x/no-cycle');
  });

  it('fails on an upward import: core from sheets, sheets from the add-on, src from scripts', async () => {
    const found = await lintTree({
      'src/sheets/cells.ts': 'export const cell = 1;\n',
      'src/addon/menu.ts': 'export const menu = 1;\n',
      'scripts/build.ts': 'export const build = 1;\n',
      'src/core/estimate.ts': "import { cell } from '../sheets/cells';\nexport const estimate = cell;\n",
      'src/sheets/functions.ts': "import { menu } from '../addon/menu';\nexport const fn = menu;\n",
      'src/addon/serverApi.ts': "import { build } from '../../scripts/build';\nexport const api = build;\n",
    });
    expect(found['src/core/estimate.ts']).toContain('import-x/no-restricted-paths');
    expect(found['src/sheets/functions.ts']).toContain('import-x/no-restricted-paths');
    expect(found['src/addon/serverApi.ts']).toContain('import-x/no-restricted-paths');
  });

  it('passes on imports that run down the layers', async () => {
    const found = await lintTree({
      'src/core/estimate.ts': 'export const estimate = 1;\n',
      'src/sheets/functions.ts': "import { estimate } from '../core/estimate';\nexport const fn = estimate;\n",
      'src/addon/serverApi.ts': "import { fn } from '../sheets/functions';\nexport const api = fn;\n",
    });
    expect(Object.values(found).flat()).toEqual([]);
  });
});
