import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BuildError, checkCustomFunctionsAreExported, checkNames, readEntryExports } from '../scripts/build';

function tempSource(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cbp-build-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const DOC = '/**\n * Doubles.\n *\n * @param {2} x A number.\n * @customfunction\n */\n';

describe('the build refuses what Apps Script would silently mishandle', () => {
  it('reads each export with its JSDoc and parameter names', () => {
    const dir = tempSource({ 'index.ts': `${DOC}export function DOUBLE(x: number, y?: number): number { return x * 2 + (y ?? 0); }\n` });
    expect(readEntryExports(join(dir, 'index.ts'))).toEqual([
      { name: 'DOUBLE', params: ['x', 'y'], jsdoc: DOC.trimEnd(), customFunction: true },
    ]);
  });

  it('fails when an export has no JSDoc or is not a function declaration', () => {
    const bare = tempSource({ 'index.ts': 'export function DOUBLE(x: number): number { return x * 2; }\n' });
    expect(() => readEntryExports(join(bare, 'index.ts'))).toThrowError(/DOUBLE has no JSDoc/);
    const constant = tempSource({ 'index.ts': `${DOC}export const DOUBLE = (x: number): number => x * 2;\n` });
    expect(() => readEntryExports(join(constant, 'index.ts'))).toThrowError(BuildError);
  });

  it('fails when a @customfunction lives outside the entry file without being exported from it', () => {
    const dir = tempSource({ 'index.ts': '', 'sheets/more.ts': `${DOC}export function TRIPLE(x: number): number { return x * 3; }\n` });
    expect(() => checkCustomFunctionsAreExported([], dir, join(dir, 'index.ts'))).toThrowError(
      /TRIPLE is marked @customfunction but is not exported from src\/index.ts/,
    );
  });

  it('fails on names that clash in Sheets (case-insensitive) or with the bundle global', () => {
    const entry = (name: string) => ({ name, params: [], jsdoc: DOC, customFunction: true });
    expect(() => checkNames([entry('PAY'), entry('pay')])).toThrowError(/duplicate global name pay/);
    expect(() => checkNames([entry('__addon')])).toThrowError(/clashes with the bundle's global name/);
  });
});
