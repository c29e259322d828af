import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CLASP_PUSH, PUSHED_FILES, claspSettingsProblem } from '../scripts/push';

describe('npm run push', () => {
  it('runs the push script, which forces our manifest so a non-interactive push is never skipped', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.push).toBe('tsx scripts/push.ts');
    expect(CLASP_PUSH).toEqual(['clasp', 'push', '--force']);
  });

  it('refuses, in plain words, a .clasp.json that would push nowhere or push the sources', () => {
    expect(claspSettingsProblem(undefined)).toMatch(/No \.clasp\.json/);
    expect(claspSettingsProblem(readFileSync('.clasp.json', 'utf8'))).toMatch(/script id/);
    expect(claspSettingsProblem('{')).toMatch(/not valid JSON/);
    expect(claspSettingsProblem('{"scriptId":"1abc","rootDir":"."}')).toMatch(/rootDir/);
    expect(claspSettingsProblem('{"scriptId":"1abc","rootDir":"dist"}')).toBeUndefined();
  });

  it('lists exactly what .claspignore lets through from dist/', () => {
    const kept = readFileSync('.claspignore', 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('!'))
      .map((line) => line.slice(1));
    expect(kept).toEqual(['Code.js', '*.html', 'appsscript.json']);
    expect(PUSHED_FILES.every((f) => kept.some((k) => (k.startsWith('*') ? f.endsWith(k.slice(1)) : f === k)))).toBe(true);
  });
});
