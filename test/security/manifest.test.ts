/**
 * The manifest asks for exactly what the add-on needs: to read and write the open spreadsheet
 * and to show its menu and sidebar. Nothing that reaches Drive, mail, other spreadsheets or the
 * network, and no scope Apps Script would add by guessing (an explicit list turns that off).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SCOPES = ['https://www.googleapis.com/auth/script.container.ui', 'https://www.googleapis.com/auth/spreadsheets.currentonly'];

const read = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

describe('appsscript.json', () => {
  const manifest = read('appsscript.json');

  it('declares exactly the two scopes: this spreadsheet only, and the add-on UI', () => {
    expect([...(manifest.oauthScopes as string[])].sort()).toEqual(SCOPES);
  });

  it('runs on V8', () => {
    expect(manifest.runtimeVersion).toBe('V8');
  });

  it('adds no libraries, advanced services, web app, API executable or URL allow-list', () => {
    const dependencies = (manifest.dependencies ?? {}) as Record<string, unknown[]>;
    expect(dependencies.libraries ?? []).toEqual([]);
    expect(dependencies.enabledAdvancedServices ?? []).toEqual([]);
    for (const key of ['webapp', 'executionApi', 'urlFetchWhitelist']) expect(manifest).not.toHaveProperty(key);
  });

  it('is pushed unchanged (dist/appsscript.json)', () => {
    expect(existsSync('dist/appsscript.json')).toBe(true);
    expect(read('dist/appsscript.json')).toEqual(manifest);
  });
});
