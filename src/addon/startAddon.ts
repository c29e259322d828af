/**
 * What the add-on's server code needs registered before anything runs: today, where the area
 * tables are read from. Every host starts the add-on through this one function — Apps Script
 * (src/index.ts, with the real HtmlService), the local preview (scripts/preview/server.ts, with
 * the built project files) and the tests — so no host can run the server code without it.
 */
import { AREA_TABLES_FILE, readAreaTablesWith } from '../core/places/areaTables';

/** The part of Apps Script's HtmlService the start-up uses: a project file's text. */
export interface ProjectFileReader {
  createHtmlOutputFromFile(name: string): { getContent(): string };
}

/** The services a host gives the add-on at start-up. */
export interface AddonServices {
  readonly HtmlService: ProjectFileReader;
}

export function startAddon(services: AddonServices): void {
  // The area tables are a project file, not code: read through HtmlService (which needs no
  // authorisation, so custom functions may use it) the first time an area is asked for.
  readAreaTablesWith(() => services.HtmlService.createHtmlOutputFromFile(AREA_TABLES_FILE).getContent());
}
