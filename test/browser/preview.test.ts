/**
 * The local preview end to end: the page, its formula engine running the built Code.js, and
 * the built sidebar creating a new tab through the real server code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import vm from 'node:vm';
import { launchBrowser, screenshotPath } from '../support/browser';
import { startPreviewServer, type PreviewServer } from '../../scripts/preview/server';

let browser: Browser;
let preview: PreviewServer;
let page: Page;

beforeAll(async () => {
  preview = await startPreviewServer({ dist: 'dist', port: 0 });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 820 } });
  await page.goto(preview.url);
  await page.waitForSelector('td[data-cell="3,3"]:not(:empty)');
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

const cell = (row: number, column: number) => page.locator(`td[data-cell="${row},${column}"]`);

async function typeInto(row: number, column: number, text: string): Promise<void> {
  await cell(row, column).click();
  await page.getByLabel('Formula bar').fill(text);
  await page.getByLabel('Formula bar').press('Enter');
}

describe('the local preview', () => {
  it('opens on the example sheet with computed estimates', async () => {
    await expect.poll(() => cell(3, 3).textContent()).toMatch(/^\$\d{2},\d{3}$/);
    expect(await cell(15, 2).getAttribute('title')).toContain('did you mean "California" (CA)?');
    await page.screenshot({ path: screenshotPath('preview.png') });
    mkdirSync('docs', { recursive: true });
    copyFileSync(screenshotPath('preview.png'), 'docs/preview.png');
  });

  it('evaluates a typed formula with the same answer as the bundle', async () => {
    const context = vm.createContext({});
    vm.runInContext(readFileSync('dist/Code.js', 'utf8'), context);
    const expected = vm.runInContext('CODER_SALARY("NY", 10, "CPC")', context) as number;
    await typeInto(20, 1, '=CODER_SALARY("NY",10,"CPC")');
    await expect.poll(() => cell(20, 1).textContent()).toBe(String(expected));
  });

  it('spills a range formula over the rows it covers', async () => {
    await typeInto(22, 1, 'CA');
    await typeInto(23, 1, 'XX');
    await typeInto(24, 1, 'TX');
    await typeInto(22, 2, '=CODER_SALARY(A22:A25,5,"CPC")');
    await expect.poll(() => cell(22, 2).textContent()).toMatch(/^\d+$/);
    expect(await cell(23, 2).textContent()).toBe('#BAD STATE "XX"');
    expect(await cell(24, 2).textContent()).toMatch(/^\d+$/);
    expect(await cell(25, 2).textContent()).toBe('');
    await typeInto(27, 1, '=SALARY_RANGE(A22)');
    await expect.poll(() => cell(27, 5).textContent()).toMatch(/^\d+$/);
  });

  it('builds a 5-state comparison through the sidebar into a new tab', async () => {
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Build comparison…' }).click();
    const sidebar = page.frameLocator('#sidebar-frame');
    await sidebar.locator('body[data-ready="true"]').waitFor();
    await sidebar.getByRole('button', { name: 'Clear' }).click();
    for (const code of ['CA', 'TX', 'NY', 'FL', 'WA']) await sidebar.locator(`input[name="state"][value="${code}"]`).check();
    await sidebar.getByLabel('Title (optional)').fill('Five states');
    await sidebar.getByRole('button', { name: 'Build' }).click();
    await expect.poll(() => sidebar.locator('#status').textContent()).toBe('Built "Five states": 5 rows.');
    await expect.poll(() => page.getByRole('tab', { name: 'Five states' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => cell(6, 1).textContent()).toBe('California (CA)');
    expect(await cell(10, 1).textContent()).toBe('Washington (WA)');
    expect(await cell(6, 2).textContent()).toMatch(/^\$\d{2},\d{3}$/);
    await expect.poll(() => page.locator('#chart rect').count()).toBe(5);
    await page.screenshot({ path: screenshotPath('preview-comparison.png') });
  });

  it('reaches every menu item: help and data dialogs, and freezing formulas', async () => {
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Function help' }).click();
    await expect
      .poll(() => page.frameLocator('#dialog-frame').locator('body').textContent())
      .toContain('CODER_SALARY(state, years, [cert], [role], [setting])');
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByRole('tab', { name: 'Examples' }).click();
    await expect.poll(() => cell(3, 3).textContent()).toMatch(/^\$/);
    await cell(12, 2).click();
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Freeze formulas to values' }).click();
    await expect.poll(() => page.locator('#toast').textContent()).toMatch(/Froze 1 Coding & Billing Pay formula/);
    expect(preview.spreadsheet.workbook.rawCell('Examples', 12, 2)).toBe(0.338);
  });
});
