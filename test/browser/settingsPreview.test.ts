/**
 * Work settings and remote work in the local preview: formulas typed with the new settings
 * answer the bundle's own values in order, "remote" as a place answers where a remote job is
 * priced, and the sidebar's place fields say so. Screenshots go to test-results/ only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { screenshotPath } from '../support/browser';
import type { PreviewServer } from '../../scripts/preview/server';
import { closePreviewPage, openPreviewPage } from '../support/previewPage';
import { REMOTE_WORK_NOTE } from '../../src/core/places/remoteWork';

let browser: Browser;
let preview: PreviewServer;
let page: Page;
let bundle: Record<string, (...args: unknown[]) => unknown>;

beforeAll(async () => {
  ({ browser, preview, page, bundle } = await openPreviewPage());
});

afterAll(() => closePreviewPage({ browser, preview }));

const cell = (row: number, column: number) => page.locator(`td[data-cell="${row},${column}"]`);
const formulaBar = () => page.getByLabel('Formula bar');
const sidebar = () => page.frameLocator('#sidebar-frame');

async function type(row: number, column: number, text: string): Promise<void> {
  await cell(row, column).click();
  await formulaBar().fill(text);
  await formulaBar().press('Enter');
}

describe('work settings and remote work in the preview', () => {
  it('prices each setting typed in a cell as the bundle does, inpatient above outpatient above a physician office', async () => {
    const settings = ['inpatient', 'outpatient', 'physician office', 'health system', 'payer'];
    const row = 19;
    await cell(row, 1).scrollIntoViewIfNeeded();
    for (const [j, setting] of settings.entries()) {
      await type(row, j + 1, setting);
      await type(row + 1, j + 1, `=CODER_SALARY("US",5,"CPC","coder",${String.fromCharCode(65 + j)}${row})`);
    }
    const expected = settings.map((s) => bundle.CODER_SALARY!('US', 5, 'CPC', 'coder', s) as number);
    await expect.poll(() => cell(row + 1, 5).textContent()).toBe(String(expected[4]));
    const shown = await Promise.all(settings.map((_, j) => cell(row + 1, j + 1).textContent()));
    expect(shown.map(Number)).toEqual(expected);
    expect(expected[0]).toBeGreaterThan(expected[1]!);
    expect(expected[1]).toBeGreaterThan(expected[2]!);

    await type(row + 3, 1, '=CODER_SALARY("remote",5,"CPC")');
    await type(row + 3, 2, '=CODER_SALARY("TX",5,"CPC","coder","work from home")');
    await type(row + 4, 1, '=CODER_SALARY_EXPLAIN("US",5,"CPC","coder","inpatient")');
    await expect.poll(() => cell(row + 3, 1).textContent()).toBe('#ERROR!');
    await cell(row + 3, 1).hover();
    await expect
      .poll(() => page.locator('#error-popup').textContent())
      .toContain(
        `"remote" is not a place: for a remote job, give the employer's area (BLS OEWS counts workers where the employer's establishment reports them)`,
      );
    await page.screenshot({ path: screenshotPath('preview-settings-remote.png') });
    await cell(row + 3, 2).hover();
    await expect.poll(() => page.locator('#error-popup').textContent()).toContain('"work from home" is not a work setting');
    const explain = bundle.CODER_SALARY_EXPLAIN!('US', 5, 'CPC', 'coder', 'inpatient') as [string, unknown][];
    const basisRow = explain.findIndex(([step]) => step === 'Setting basis');
    await expect.poll(() => cell(row + 4 + basisRow, 2).textContent()).toContain('AAPC 2015 Salary Survey');
    await cell(row + 4 + basisRow, 1).click();
    await page.screenshot({ path: screenshotPath('preview-settings-explain.png') });
  });

  it('says under every place field of the sidebar where a remote job is priced', async () => {
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Plan a career…' }).click();
    await sidebar().locator('body[data-page="career"][data-ready="true"]').waitFor();
    const notes = sidebar().locator('.place-note');
    expect(await notes.count()).toBe(6);
    for (const text of await notes.allTextContents()) expect(text).toBe(REMOTE_WORK_NOTE);
    // Each place field points at its note, so a screen reader reads it with the field.
    for (const field of ['career-area', 'ways-area', 'fixed-state', 'bands-area', 'team-area', 'state-filter']) {
      const note = await sidebar().locator(`#${field}`).getAttribute('aria-describedby');
      expect(await sidebar().locator(`#${note}`).textContent(), field).toBe(REMOTE_WORK_NOTE);
    }
    await expect.poll(() => sidebar().locator('#career-area-note').isVisible()).toBe(true);
    const options = await sidebar().locator('#career-setting option').allTextContents();
    expect(options).toEqual([
      'All settings',
      'Hospital',
      'Hospital inpatient',
      'Hospital outpatient',
      'Physician office',
      'Health system',
      'Payer (health insurer)',
    ]);
    expect(await sidebar().locator('#career-role option').allTextContents()).toContain(
      'Health information technologist / medical registrar (29-9021)',
    );
    await page.screenshot({ path: screenshotPath('preview-settings-sidebar.png') });
  });
});
