import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FUNCTIONS_DOC, functionsDocWithReference } from '../scripts/functionReference';
import { ROOT } from '../scripts/build';

const README = join(ROOT, 'README.md');

describe('README and docs/', () => {
  it('docs/FUNCTIONS.md carries the function reference generated from the source JSDoc (run `npm run docs` after changing a function)', () => {
    const doc = readFileSync(FUNCTIONS_DOC, 'utf8');
    expect(doc).toBe(functionsDocWithReference(doc));
  });

  it('names the two quick-start commands and the test command CI runs', () => {
    const readme = readFileSync(README, 'utf8');
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toMatch(/^npm test\s/m);
    expect(readFileSync(join(ROOT, '.ci', 'run'), 'utf8')).toMatch(/^npm test$/m);
  });

  it('README is a front page: at most about 150 lines, every link it gives leads to a file', () => {
    const readme = readFileSync(README, 'utf8');
    expect(readme.split('\n').length).toBeLessThanOrEqual(150);
    const links = [...readme.matchAll(/\]\(((?:docs\/)?[^)#:]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(existsSync(join(ROOT, link)), link).toBe(true);
  });
});
