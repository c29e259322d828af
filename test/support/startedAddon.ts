/**
 * Tests that import src/ start the add-on as every host does, through startAddon, here with the
 * project files the global setup built into dist/ (as the local preview does).
 */
import { startAddon } from '../../src/addon/startAddon';
import { projectHtmlService } from '../../scripts/projectFiles';

export function startAddonFromDist(): void {
  startAddon({ HtmlService: projectHtmlService() });
}
