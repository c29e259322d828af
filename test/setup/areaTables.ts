/**
 * Tests that import src/ directly read the area tables from dist/AreaTables.html, built by the
 * global setup, as Code.js reads them through HtmlService in Apps Script.
 */
import { readAreaTablesWith, AREA_TABLES_FILE } from '../../src/core/areaTables';
import { projectHtmlService } from '../../scripts/projectFiles';

const html = projectHtmlService();
readAreaTablesWith(() => html.createHtmlOutputFromFile(AREA_TABLES_FILE).getContent());
