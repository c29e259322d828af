/**
 * Every host starts the add-on's server code one way, through startAddon: Apps Script (src/index.ts,
 * as built into Code.js), the local preview (`npm start`) and the tests. This file registers
 * nothing itself before it asks, so a host that forgets the start-up fails here.
 */
import { describe, expect, it, vi } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { projectHtmlService } from '../../scripts/projectFiles';

type Globals = Record<string, (...args: unknown[]) => unknown>;

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('starting the add-on', () => {
  it('without start-up, the server code cannot read an area, and says so', async () => {
    vi.resetModules();
    const { createServerApi } = await import('../../src/addon/serverApi');
    const { MemoryWorkbook } = await import('../../scripts/preview/memoryWorkbook');
    const api = createServerApi(() => new MemoryWorkbook());
    expect(() => api.getAreaChoices()).toThrow('the area tables are not available: no reader was given');
  });

  it('Code.js starts itself at load, touching no service until an area is first asked for', () => {
    const reads: string[] = [];
    const context = vm.createContext({ HtmlService: projectHtmlService(undefined, (name) => reads.push(name)) });
    vm.runInContext(readFileSync('dist/Code.js', 'utf8'), context);
    const code = context as Globals;
    expect(code.CODER_SALARY!('OH', 5)).toEqual(expect.any(Number));
    expect(reads).toEqual([]);
    const ohio = code.AREA_LIST!('OH') as unknown[][];
    expect(ohio[1]![1]).toEqual(expect.stringMatching(/, OH/));
    const choices = code.getAreaChoices!() as { areas: { code: string }[] };
    expect(choices.areas.length).toBeGreaterThan(500);
    expect(reads).toEqual(['AreaTables']);
  });

  it('the preview that `npm start` serves starts the add-on: the sidebar’s area calls answer', async () => {
    vi.resetModules();
    const { startPreviewServer } = await import('../../scripts/preview/server');
    const preview = await startPreviewServer({ dist: 'dist', port: 0 });
    try {
      const run = async (name: string, args: unknown[]) => {
        const response = await fetch(`${preview.url}api/run`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ name, args: JSON.stringify(args) }),
        });
        return (await response.json()) as { ok: boolean; value?: unknown; message?: string };
      };
      const choices = await run('getAreaChoices', []);
      expect(choices.message).toBeUndefined();
      expect((choices.value as { areas: unknown[] }).areas.length).toBeGreaterThan(500);
      const bands = await run('suggestPayBands', [{ area: 'Columbus, OH', role: 'coder', setting: 'any', cert: 'CPC' }]);
      expect(bands.message).toBeUndefined();
      expect(bands.ok).toBe(true);
    } finally {
      await preview.close();
    }
  });

  it('only startAddon registers the area reader: src/index.ts calls it, and no script or test wires the reader itself', () => {
    expect(readFileSync('src/index.ts', 'utf8')).toMatch(/^startAddon\(\{ HtmlService: /m);
    const wiring = [...sources('src'), ...sources('scripts'), ...sources('test')].filter(
      (file) =>
        !['src/core/places/areaTables.ts', 'src/addon/startAddon.ts', 'test/addon/startAddon.test.ts'].includes(file) &&
        readFileSync(file, 'utf8').includes('readAreaTablesWith'),
    );
    expect(wiring).toEqual([]);
    expect(readFileSync('vitest.config.ts', 'utf8')).not.toMatch(/setupFiles/);
  });
});
