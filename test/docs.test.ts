import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { README, readmeWithReference } from '../scripts/functionReference';

describe('README', () => {
  it('carries the function reference generated from the source JSDoc (run `npm run docs` after changing a function)', () => {
    const readme = readFileSync(README, 'utf8');
    expect(readme).toBe(readmeWithReference(readme));
  });

  it('names the two quick-start commands and the test command CI runs', () => {
    const readme = readFileSync(README, 'utf8');
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toMatch(/^npm test\s/m);
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/^npm test$/m);
  });
});
