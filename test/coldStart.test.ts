/**
 * What keeps a custom function's cold start short and its failures findable: the data carried
 * as plain JSON strings, a source map that turns the execution log's positions back into
 * source, and performance figures that exist only where `npm run bench` writes them. No timing
 * is asserted here; the benchmark measures.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { build } from 'esbuild';
import { jsonLiteral } from '../scripts/generateData';
import { symbolicate } from '../scripts/stackTrace';
import { PUSHED_FILES } from '../scripts/push';
import { checkAscii, plainJsdoc, readEntryExports } from '../scripts/build';
import { customFunctionsEntry } from '../scripts/bench/customFunctionsOnly';
import { benchBlock, performanceDoc } from '../scripts/bench/performanceDoc';

const code = readFileSync('dist/Code.js', 'utf8');

describe('the data in Code.js', () => {
  it('is written as JSON in plain quotes even when the data holds an apostrophe', async () => {
    const data = { title: "Coders' pay", note: 'say "why"', path: 'a\\b', dash: '2019\u20132021' };
    const literal = jsonLiteral(JSON.stringify(data));
    expect(JSON.parse(JSON.parse(literal) as string)).toEqual(data);
    const bundled = await build({
      stdin: { contents: `export const D = JSON.parse(${literal});` },
      bundle: true,
      minify: true,
      write: false,
      format: 'iife',
    });
    const text = bundled.outputFiles[0]!.text;
    expect(text).toMatch(/JSON\.parse\('/);
    expect(text).not.toContain('JSON.parse(`');
  });

  it('carries no template literal or object literal of data: every large table is a JSON string', () => {
    expect(code).not.toContain('JSON.parse(`');
    const strings = [...code.matchAll(/JSON\.parse\('((?:[^'\\]|\\.)*)'\)/g)].map((m) => m[1]!.length);
    // The state data and the publications it cites.
    expect(strings.filter((n) => n > 5000).length).toBeGreaterThanOrEqual(2);
  });

  it('leaves the menu dialogs out: Function help and About the data are project files the build writes', () => {
    expect(code).not.toContain('"signature"');
    expect(code).not.toContain('Known gaps');
    expect(PUSHED_FILES).toEqual(expect.arrayContaining(['FunctionHelp.html', 'AboutData.html']));
  });

  it('is ASCII, so V8 keeps its source one byte a character', () => {
    expect(code).not.toMatch(/[\u0080-\uffff]/);
    expect(plainJsdoc('/** Percentile (0–1), pay ÷ estimate, 2019–2021 */')).toBe('/** Percentile (0-1), pay / estimate, 2019-2021 */');
    expect(() => checkAscii('var a = /[€]/;')).toThrow(/must be ASCII: "€" at 10 /);
  });
});

describe('the control build of the custom functions alone', () => {
  it('keeps every custom function and the start-up, and drops the menu, sidebar and dialog globals with the server they call', () => {
    const exports = readEntryExports();
    const dropped = new Set(exports.filter((e) => !e.customFunction).map((e) => e.name));
    const entry = customFunctionsEntry(readFileSync('src/index.ts', 'utf8'), dropped);
    for (const e of exports) expect(entry.includes(`export function ${e.name}(`), e.name).toBe(e.customFunction);
    expect(entry).toContain('startAddon({');
    expect(entry).not.toMatch(/createServerApi\(/);
    for (const name of ['onOpen', 'showFunctionHelp', 'getSidebarOptions', 'freezeFormulasToValues'])
      expect(dropped.has(name), name).toBe(true);
  });
});

describe('stack traces from the execution log', () => {
  it('map a position in the minified Code.js back to the source file and line', () => {
    const context = vm.createContext({});
    // Apps Script names the file "Code" in its stack traces.
    vm.runInContext(code, context, { filename: 'Code' });
    let stack = '';
    try {
      (context as { onOpen: (e: unknown) => void }).onOpen({});
    } catch (error) {
      stack = (error as Error).stack ?? '';
    }
    expect(stack).toMatch(/SpreadsheetApp is not defined[\s\S]*\(?Code:1:\d+/);
    const readable = symbolicate(stack, JSON.parse(readFileSync('dist/Code.js.map', 'utf8')));
    expect(readable).toMatch(/Code:1:\d+ → src\/index\.ts:\d+:\d+/);
  });

  it('leaves positions the map does not know as they are', () => {
    expect(symbolicate('at f (Other:1:5)', { version: 3, sources: [], names: [], mappings: '' } as never)).toBe('at f (Other:1:5)');
  });

  it('keep the source map out of the pushed files and out of Code.js', () => {
    expect(PUSHED_FILES).not.toContain('Code.js.map');
    expect(readFileSync('.claspignore', 'utf8')).not.toMatch(/\.map/);
    expect(code).not.toContain('sourceMappingURL');
  });
});

describe('performance figures', () => {
  const doc = readFileSync('docs/PERFORMANCE.md', 'utf8');
  const block = benchBlock(doc);

  it('docs/PERFORMANCE.md is exactly what npm run bench writes around its printed table', () => {
    expect(block).toBeDefined();
    expect(doc).toBe(performanceDoc(block!));
  });

  it('the printed table has the sizes and both cold-start rows with their targets', () => {
    expect(block).toMatch(/^dist\/Code\.js size +[\d,]+ B \(gzip [\d,]+ B\)$/m);
    expect(block).toMatch(/^cold start: load \+ CODER_SALARY\("CA",5,"CPC"\), CPU time .* \(target ≤ 8×, (met|above)\)$/m);
    expect(block).toMatch(
      /^cold start: load \+ CODER_SALARY\("San Jose-Sunnyvale-Santa Clara, CA",5,"CPC"\), CPU time .* \(target ≤ 1\.5×, (met|above)\)$/m,
    );
    expect(block).toMatch(/^ {2}of which: compile /m);
    expect(block).toMatch(
      /^cold start, state call, a Code\.js of the custom functions alone .* this build [\d.]+× of it; [\d.]+× the 1-function script$/m,
    );
  });

  it('README copies no performance figures: it points to the generated page', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('docs/PERFORMANCE.md');
    expect(readme).toContain('npm run bench');
    expect(readme).not.toMatch(/\d\s*(ms|KB|KiB|rows\/s)\b|\d×/);
  });
});
