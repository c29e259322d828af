/**
 * The layer rules of eslint.config.js hold: lint fails on an import cycle and on an import that
 * runs upward (core → sheets, sheets → addon, src → scripts), and passes on the imports the
 * layers allow. The project's own config lints small trees written to a temporary folder.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
      'src/core/pay/estimate.ts': "import { cell } from '../../sheets/cells';\nexport const estimate = cell;\n",
      'src/sheets/functions.ts': "import { menu } from '../addon/menu';\nexport const fn = menu;\n",
      'src/addon/serverApi.ts': "import { build } from '../../scripts/build';\nexport const api = build;\n",
    });
    expect(found['src/core/pay/estimate.ts']).toContain('import-x/no-restricted-paths');
    expect(found['src/sheets/functions.ts']).toContain('import-x/no-restricted-paths');
    expect(found['src/addon/serverApi.ts']).toContain('import-x/no-restricted-paths');
  });

  it('fails when a room of the core imports a later one: pay from time', async () => {
    const found = await lintTree({
      'src/core/time/careerPath.ts': 'export const path = 1;\n',
      'src/core/pay/estimate.ts': "import { path } from '../time/careerPath';\nexport const estimate = path;\n",
    });
    expect(found['src/core/pay/estimate.ts']).toContain('import-x/no-restricted-paths');
  });

  it('passes on imports that run down the layers', async () => {
    const found = await lintTree({
      'src/core/pay/estimate.ts': 'export const estimate = 1;\n',
      'src/core/time/careerPath.ts': "import { estimate } from '../pay/estimate';\nexport const path = estimate;\n",
      'src/sheets/functions.ts': "import { path } from '../core/time/careerPath';\nexport const fn = path;\n",
      'src/addon/serverApi.ts': "import { fn } from '../sheets/functions';\nexport const api = fn;\n",
    });
    expect(Object.values(found).flat()).toEqual([]);
  });
});

describe('the rooms', () => {
  const SRC = join(PROJECT, 'src');
  const folders = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .flatMap((e) => [join(dir, e.name), ...folders(join(dir, e.name))]);

  it('every folder of src/ says in its README what lives there and what it may import', () => {
    for (const folder of [SRC, ...folders(SRC)].filter((f) => f !== SRC)) {
      const readme = join(folder, 'README.md');
      expect(existsSync(readme), `${folder.slice(PROJECT.length + 1)} has no README.md`).toBe(true);
      expect(readFileSync(readme, 'utf8'), readme).toMatch(/[Mm]ay\s+import|[Ii]mports\s+nothing/);
    }
  });

  it('keeps the core’s top level to its shared vocabulary: at most eight files', () => {
    const files = readdirSync(join(SRC, 'core')).filter((f) => f.endsWith('.ts'));
    expect(files.length, files.join(', ')).toBeLessThanOrEqual(8);
  });
});
