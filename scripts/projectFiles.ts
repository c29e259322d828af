/**
 * The add-on's project files as Apps Script's HtmlService gives them to server code, for whatever
 * runs dist/Code.js outside Apps Script (tests, the local preview, the benchmark, the docs):
 * Code.js reads dist/AreaTables.html through
 * `HtmlService.createHtmlOutputFromFile('AreaTables').getContent()` when an area is first asked for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST_DIR = join(fileURLToPath(import.meta.url), '..', '..', 'dist');

export interface ProjectHtmlService {
  createHtmlOutputFromFile(name: string): { getContent(): string };
}

/** HtmlService reading `<name>.html` from `dist`; `onRead` hears each file read. */
export function projectHtmlService(dist = DIST_DIR, onRead?: (name: string) => void): ProjectHtmlService {
  const texts = new Map<string, string>();
  return {
    createHtmlOutputFromFile(name: string) {
      onRead?.(name);
      let text = texts.get(name);
      if (text === undefined) {
        text = readFileSync(join(dist, `${name}.html`), 'utf8');
        texts.set(name, text);
      }
      const content = text;
      return { getContent: () => content };
    },
  };
}

/** The globals a fresh scope running Code.js needs: the services its custom functions may use. */
export function bundleGlobals(dist = DIST_DIR): { HtmlService: ProjectHtmlService } {
  return { HtmlService: projectHtmlService(dist) };
}
