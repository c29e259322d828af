/**
 * The preview as a user opens it, for browser tests: the preview server on a free port over the
 * built dist/, a page at 1440 × 860 once the example sheet has computed, and the bundle loaded
 * as Apps Script loads it, to compare what the page shows with the functions' own answers.
 */
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { launchBrowser } from './browser';
import { bundleGlobals } from '../../scripts/projectFiles';
import { startPreviewServer, type PreviewServer } from '../../scripts/preview/server';

export interface OpenPreview {
  readonly browser: Browser;
  readonly preview: PreviewServer;
  readonly page: Page;
  readonly bundle: Record<string, (...args: unknown[]) => unknown>;
}

export async function openPreviewPage(): Promise<OpenPreview> {
  const context = vm.createContext(bundleGlobals());
  vm.runInContext(readFileSync('dist/Code.js', 'utf8'), context);
  const preview = await startPreviewServer({ dist: 'dist', port: 0 });
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
  await page.goto(preview.url);
  await page.locator('td[data-cell="3,3"]', { hasText: '$' }).waitFor();
  return { browser, preview, page, bundle: context as OpenPreview['bundle'] };
}

export async function closePreviewPage(open: Partial<OpenPreview>): Promise<void> {
  await open.browser?.close();
  await open.preview?.close();
}
