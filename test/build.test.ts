import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BuildError,
  checkCustomFunctionsAreExported,
  checkNames,
  checkShownAddresses,
  readEntryExports,
  webAddresses,
} from '../scripts/build';

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

describe('the build refuses a citation that is not the publisher', () => {
  const copy = 'https://github.com/desttes/careerskillscenter-website/blob/65b5eaa/blog/salary.html';

  it('fails on a github.com address, written plainly or with escaped slashes', () => {
    expect(() => checkShownAddresses(`"Base source: ${copy}"`, 'dist/Code.js')).toThrowError(BuildError);
    expect(() => checkShownAddresses(`"Base source: ${copy}"`, 'dist/Code.js')).toThrowError(
      /dist\/Code\.js shows 1 address\(es\) outside the publishers' sites .*https:\/\/github\.com\/desttes/,
    );
    expect(() => checkShownAddresses(JSON.stringify(JSON.stringify({ url: copy })).replace(/\//g, '\\/'), 'dist/Code.js')).toThrowError(
      /https:\/\/github\.com/,
    );
    expect(() => checkShownAddresses('<a href="http://www.bls.gov/oes/">', 'dist/Sidebar.html')).toThrowError(/http:\/\/www\.bls\.gov/);
  });

  it('fails on a host that only looks like a publisher', () => {
    for (const url of ['https://bls.gov.example.com/oes', 'https://notbls.gov/x', 'https://www.aapc.com.mirror.net/']) {
      expect(() => checkShownAddresses(`see ${url}`, 'dist/Code.js'), url).toThrowError(BuildError);
    }
  });

  it("accepts the publishers' own pages, subdomains included", () => {
    const text = [
      'https://www.bls.gov/oes/2025/may/oes_ny.htm',
      'https://data.bls.gov/timeseries/CUUR0000SA0',
      'https://apps.bea.gov/regional/zip/SARPP.zip',
      'https://www.bea.gov/data/prices-inflation/regional-price-parities-state-and-metro-area',
      'https://www.aapc.com/resources/medical-coding-salary-survey',
      'https://www.ahima.org/certification-careers/certifications-overview/',
    ].join(' ; ');
    expect(() => checkShownAddresses(text, 'dist/Code.js')).not.toThrow();
  });

  it('finds only publisher pages in the built files', () => {
    for (const file of ['dist/Code.js', 'dist/Sidebar.html']) {
      const text = readFileSync(file, 'utf8');
      expect(() => checkShownAddresses(text, file)).not.toThrow();
    }
    expect(webAddresses(readFileSync('dist/Code.js', 'utf8'))).toContain('https://www.bls.gov/oes/2025/may/oes_ny.htm');
  });
});
