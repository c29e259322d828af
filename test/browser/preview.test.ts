/**
 * The local preview end to end in headless chromium: the page, its formula engine running the
 * built Code.js, the add-on menu, and the built sidebar creating a new tab through the real
 * server code. Screenshots go to test-results/ only (a test run changes no tracked file; README's
 * docs/preview.png is refreshed by hand from test-results/preview.png).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { screenshotPath } from '../support/browser';
import type { PreviewServer } from '../../scripts/preview/server';
import { closePreviewPage, openPreviewPage } from '../support/previewPage';
import { isFormula } from '../../scripts/preview/memoryWorkbook';
import { usesAddonFunction } from '../../src/addon/freeze/freeze';

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

async function menu(caption: string): Promise<void> {
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: caption }).click();
}

async function openTab(name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await expect.poll(() => page.getByRole('tab', { name }).getAttribute('aria-selected')).toBe('true');
}

describe('the local preview', () => {
  it('opens on example sheets computed by the add-on, with the sidebar a menu item away', async () => {
    expect(await page.getByRole('tab').allTextContents()).toEqual([
      'Examples',
      'Areas',
      'Offers',
      'Team',
      'How it is estimated',
      'Career over time',
    ]);
    expect(await cell(3, 3).textContent()).toBe(`$${(bundle.CODER_SALARY!('CA', 5, 'CPC') as number).toLocaleString('en-US')}`);
    expect(await cell(7, 6).textContent()).toMatch(/^\$\d{2},\d{3}$/); // the spilled end of STATE_WAGE(A3:A7)
    expect(await cell(9, 2).textContent()).toBe('10th percentile');
    expect(await cell(16, 2).textContent()).toBe('#ERROR!');

    await menu('Build comparison…');
    await sidebar().locator('body[data-ready="true"]').waitFor();
    expect(await page.locator('#sidebar-title').textContent()).toBe('Coding & Billing Pay');
    await cell(16, 2).hover();
    await expect.poll(() => page.locator('#error-popup').textContent()).toContain('did you mean "California" (CA)?');
    await page.screenshot({ path: screenshotPath('preview.png') });
  });

  it('evaluates a formula typed into a cell with the bundle’s own answer', async () => {
    const expected = String(bundle.CODER_SALARY!('NY', 10, 'CPC'));
    await cell(21, 1).click();
    await page.keyboard.type('=CODER_SALARY("NY",10,"CPC")');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(21, 1).textContent()).toBe(expected);
    expect(await page.locator('#name-box').textContent()).toBe('A22');
    await cell(21, 1).click();
    expect(await formulaBar().inputValue()).toBe('=CODER_SALARY("NY",10,"CPC")');
  });

  it('spills a range formula over the rows it covers, a bad row keeping its own message', async () => {
    for (const [row, state] of [
      [23, 'CA'],
      [24, 'XX'],
      [25, 'TX'],
    ] as const) {
      await cell(row, 1).click();
      await formulaBar().fill(state);
      await formulaBar().press('Enter');
    }
    await cell(23, 2).click();
    await formulaBar().fill('=CODER_SALARY(A23:A26,5,"CPC")');
    await formulaBar().press('Enter');
    const expected = bundle.CODER_SALARY!([['CA'], ['XX'], ['TX'], ['']], 5, 'CPC') as unknown[][];
    await expect.poll(() => cell(23, 2).textContent()).toBe(String(expected[0]![0]));
    expect(await cell(24, 2).textContent()).toBe('#BAD STATE "XX" → Texas?');
    expect(await cell(25, 2).textContent()).toBe(String(expected[2]![0]));
    expect(await cell(26, 2).textContent()).toBe('');

    await cell(28, 1).click();
    await page.keyboard.type('=SALARY_RANGE(A23:A25)');
    await page.keyboard.press('Enter');
    const range = bundle.SALARY_RANGE!([['CA'], ['XX'], ['TX']]) as unknown[][];
    await expect.poll(() => cell(28, 5).textContent()).toBe(String(range[0]![4]));
    expect(await cell(30, 1).textContent()).toBe(String(range[2]![0]));
  });

  it('answers for areas typed as a person would, lists a state’s areas, and shows an ambiguous city’s message', async () => {
    const formulas: [number, number, string][] = [
      [33, 1, '=CODER_SALARY("Sunnyvale",10)'],
      [33, 2, '=CODER_SALARY(41940,10)'],
      [33, 3, '=STATE_WAGE("41940","p25")'],
      [33, 4, '=CODER_SALARY("Portland",5)'],
      [35, 1, '=AREA_LIST("OR","coder","median")'],
    ];
    for (const [row, column, formula] of formulas) {
      await cell(row, column).click();
      await formulaBar().fill(formula);
      await formulaBar().press('Enter');
    }
    // 10 years is a little past the median worker's 9.6, so a little above San Jose's published median, 86,890.
    await expect.poll(() => cell(33, 1).textContent()).toBe('87930');
    expect(await cell(33, 2).textContent()).toBe('87930');
    expect(await cell(33, 3).textContent()).toBe('63760');
    const oregon = bundle.AREA_LIST!('OR', 'coder', 'median') as unknown[][];
    await expect.poll(() => cell(35 + oregon.length - 1, 2).textContent()).toBe(String(oregon.at(-1)![1]));
    expect(await cell(36, 2).textContent()).toBe(String(oregon[1]![1]));
    await cell(33, 4).hover();
    await expect.poll(() => page.locator('#error-popup').textContent()).toContain('"Portland" is in two areas');
    await page.screenshot({ path: screenshotPath('preview-areas.png') });
    await cell(35 + oregon.length - 1, 1).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('preview-area-list.png') });
    // The sheet's one deliberate error stays B16, as the freeze test below expects.
    await cell(33, 4).click();
    await formulaBar().fill('');
    await formulaBar().press('Enter');
    await expect.poll(() => cell(33, 4).textContent()).toBe('');
  });

  it('builds a 5-state comparison through the sidebar into a new tab', async () => {
    await sidebar().getByRole('button', { name: 'Clear' }).click();
    for (const code of ['CA', 'TX', 'NY', 'FL', 'WA']) await sidebar().locator(`input[name="state"][value="${code}"]`).check();
    await sidebar().getByLabel('Title (optional)').fill('Five states');
    await sidebar().getByRole('button', { name: 'Build' }).click();
    await expect.poll(() => sidebar().locator('#status').textContent()).toBe('Built "Five states": 5 rows.');
    await expect.poll(() => page.getByRole('tab', { name: 'Five states' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => cell(7, 1).textContent()).toBe('California');
    expect(await cell(11, 1).textContent()).toBe('Washington');
    expect(await cell(7, 2).textContent()).toBe(`$${(bundle.CODER_SALARY!('CA', 5, 'CPC') as number).toLocaleString('en-US')}`);
    await expect.poll(() => page.locator('#charts rect').count()).toBe(5);
    await expect.poll(() => page.locator('#toast-message').textContent()).toMatch(/Five states/);
    await page.screenshot({ path: screenshotPath('preview-comparison-toast.png') });
    // The toast closes on its button, as in Sheets, rather than only after its few seconds.
    await page.getByRole('button', { name: 'Close message' }).click();
    await page.locator('#toast').waitFor({ state: 'hidden' });
    await page.locator('#charts figure').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('preview-comparison.png') });
  });

  it('inserts the reference tables from the menu, each on a new tab', async () => {
    const before = await page.getByRole('tab').count();
    await menu('Insert reference tables…');
    await sidebar().locator('body[data-page="reference"][data-ready="true"]').waitFor();
    await sidebar().getByRole('button', { name: 'Insert tables' }).click();
    await expect.poll(() => page.getByRole('tab').count()).toBe(before + 3);
    await page.locator('#close-sidebar').click();
    await expect.poll(() => page.locator('#sidebar').isHidden()).toBe(true);
    await openTab('Credential catalogue');
    await expect.poll(() => cell(4, 7).textContent()).toBe('Basis (survey and year)');
    // CPMA from the AAPC 2010 table that holds the job fixed (respondents with the job title "coder").
    expect(await cell(12, 7).textContent()).toBe("AAPC 2010 survey (job title 'coder'): CPMA ÷ CPC × current CPC ratio");
    await page.screenshot({ path: screenshotPath('preview-credential-catalogue.png') });
  });

  it('shows what areas do on their example tab: by title, code and city, an ambiguous city, a state beside its areas', async () => {
    await openTab('Areas');
    const sanJose = `$${(bundle.CODER_SALARY!('41940', 10) as number).toLocaleString('en-US')}`;
    await expect.poll(() => cell(4, 2).textContent()).toBe(sanJose);
    expect(await cell(3, 2).textContent()).toBe(sanJose);
    expect(await cell(5, 2).textContent()).toBe(sanJose);
    expect(await cell(6, 2).textContent()).toBe(`$${(bundle.CODER_SALARY!('Portland, OR', 10) as number).toLocaleString('en-US')}`);
    expect(await cell(7, 2).textContent()).toBe('#ERROR!');
    expect(await cell(8, 2).textContent()).toBe('$63,760');
    expect(await cell(9, 2).textContent()).toBe('0.65');
    expect(await cell(4, 3).textContent()).toBe('=CODER_SALARY("41940",10)');
    // The state beside its areas, each column one formula over the places.
    expect(await cell(12, 3).textContent()).toBe(`$${(bundle.STATE_WAGE!('CA') as number).toLocaleString('en-US')}`);
    expect(await cell(13, 4).textContent()).toBe('$63,760');
    const delaware = bundle.AREA_LIST!('DE') as unknown[][];
    await expect.poll(() => cell(17 + delaware.length - 1, 2).textContent()).toBe(String(delaware.at(-1)![1]));
    await page.screenshot({ path: screenshotPath('preview-areas-tab.png') });
    await cell(7, 2).hover();
    await expect.poll(() => page.locator('#error-popup').textContent()).toContain('"Portland" is in two areas');
    await page.screenshot({ path: screenshotPath('preview-areas-tab-ambiguous.png') });
  });

  it('inserts the area wage table of one state through the sidebar, every figure whole in its column', async () => {
    await menu('Insert reference tables…');
    await sidebar().locator('body[data-page="reference"][data-ready="true"]').waitFor();
    for (const id of ['#ref-states', '#ref-credentials', '#ref-outlook']) await sidebar().locator(id).uncheck();
    await sidebar().getByLabel('Area wage table').check();
    await sidebar().getByLabel('Areas in').selectOption({ label: 'California' });
    await sidebar().getByRole('button', { name: 'Insert tables' }).click();
    const name = 'Area wages — Medical Records Specialists (29-2072), California';
    await expect.poll(() => sidebar().locator('#reference-status').textContent()).toBe(`Inserted "${name}".`);
    await expect.poll(() => page.getByRole('tab', { name }).getAttribute('aria-selected')).toBe('true');
    const sanJose = page.locator('td[data-cell$=",1"]', { hasText: /^41940$/ });
    await sanJose.waitFor();
    const row = Number((await sanJose.getAttribute('data-cell'))!.split(',')[0]);
    expect(await cell(row, 5).textContent()).toBe('$86,890');
    expect(await cell(row, 6).textContent()).toBe('$63,760');
    expect(await cell(row, 12).textContent()).toBe('https://www.bls.gov/oes/2025/may/oes_41940.htm');
    // Nothing is cut off: every cell of the table shows its text whole (the area name on its two lines at most).
    const clipped = await page.evaluate(`[...document.querySelectorAll('#grid td')]
      .filter((td) => !td.classList.contains('spill') && td.scrollWidth > td.clientWidth + 1)
      .map((td) => td.dataset.cell + ' ' + td.textContent)`);
    expect(clipped).toEqual([]);
    await page.screenshot({ path: screenshotPath('preview-area-wage-table.png') });
    await page.evaluate("document.getElementById('grid-wrap').scrollLeft = 900");
    await page.screenshot({ path: screenshotPath('preview-area-wage-table-right.png') });
    await page.evaluate("document.getElementById('grid-wrap').scrollLeft = 0");
    await page.locator('#close-sidebar').click();
    await expect.poll(() => page.locator('#sidebar').isHidden()).toBe(true);
    await page.locator('td[data-cell$=",1"]', { hasText: /^Year: the May release/ }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('preview-area-wage-table-sources.png') });
  });

  it('shows the career functions at work on their example tab', async () => {
    await openTab('Career over time');
    await expect.poll(() => cell(4, 6).textContent()).toBe('Median in 2025 dollars (CPI-U, 2025 average provisional)');
    const trend = bundle.WAGE_TREND!('US') as unknown[][];
    const row2023 = trend.findIndex((r) => r[0] === 2023);
    expect(await cell(4 + row2023, 3).textContent()).toBe('$48,780');
    expect(Number(await cell(25, 5).textContent())).toBe(bundle.CERT_PAYBACK!('TX', 0, 'CPC', 'none'));
    expect(Number(await cell(28, 6).textContent())).toBe(bundle.CERT_PAYBACK!('CA', 4, 'COC', 'CPC', '', '', 400));
    expect(await cell(42, 3).textContent()).toBe('CPC, CRC');
    await page.screenshot({ path: screenshotPath('preview-career-examples.png') });
  });

  it('plans a career through the sidebar: the path, each payback and the wage trend, with their line charts', async () => {
    await menu('Plan a career…');
    await sidebar().locator('body[data-page="career"][data-ready="true"]').waitFor();
    await sidebar().getByLabel('Where you work').fill('TX');
    await sidebar().getByLabel('Plan: credential and the year you earn it').fill('CPC:0, CRC:3');
    await sidebar().getByRole('button', { name: 'Build plan' }).click();
    await expect
      .poll(() => sidebar().locator('#career-status').textContent())
      .toBe('Built "Career plan for Texas": 11 years, 2 credentials, the wage trend.');
    await expect.poll(() => page.getByRole('tab', { name: 'Career plan for Texas' }).getAttribute('aria-selected')).toBe('true');
    const path = bundle.CAREER_PATH!('TX', 0, 'CPC:0, CRC:3', 10) as unknown[][];
    const section = page.locator('td[data-cell$=",1"]', { hasText: /^Year by year$/ });
    await section.waitFor();
    const header = Number((await section.getAttribute('data-cell'))!.split(',')[0]) + 1;
    expect(await cell(header, 4).textContent()).toBe("Estimated pay (today's dollars)");
    expect(await cell(header + 4, 4).textContent()).toBe(`$${(path[4]![3] as number).toLocaleString('en-US')}`);
    expect(await cell(header + 4, 3).textContent()).toBe('CPC, CRC');
    await expect.poll(() => page.locator('#charts figure svg polyline').count()).toBeGreaterThanOrEqual(4);
    await page.locator('#charts figure').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('preview-career.png') });
    await page.locator('td[data-cell$=",1"]', { hasText: /^Payback of each credential in the plan$/ }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('preview-career-payback.png') });
    await page.locator('#charts figure').last().scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('preview-career-trend.png') });
    await page.locator('#close-sidebar').click();
  });

  it('opens the help and data dialogs from the menu', async () => {
    await menu('Function help');
    await expect.poll(() => page.locator('#dialog-title').textContent()).toBe('Function help');
    await expect
      .poll(() => page.frameLocator('#dialog-frame').locator('body').textContent())
      .toContain('CODER_SALARY(state, years, [cert], [role], [setting])');
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await menu('About the data');
    await expect.poll(() => page.frameLocator('#dialog-frame').locator('body').textContent()).toContain('Known gaps');
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await expect.poll(() => page.locator('#dialog').isVisible()).toBe(false);
  });

  it('freezes the add-on formulas of the selection to values, spilled cells included', async () => {
    await openTab('Examples');
    await cell(9, 2).click();
    await cell(11, 6).click({ modifiers: ['Shift'] });
    expect(await page.locator('#name-box').textContent()).toBe('B9:F11');
    const shownBefore = await cell(11, 6).textContent();
    await menu('Freeze formulas to values');
    await expect
      .poll(() => page.locator('#toast-message').textContent())
      .toBe('Froze 1 Coding & Billing Pay formula to values on "Examples".');
    expect(preview.spreadsheet.workbook.rawCell('Examples', 9, 2)).toBe('10th percentile');
    expect(await cell(11, 6).textContent()).toBe(shownBefore);
    await cell(11, 6).click();
    expect(await formulaBar().inputValue()).toMatch(/^\d+$/);
    // Formulas outside the selection stay formulas.
    expect(preview.spreadsheet.workbook.rawCell('Examples', 3, 3)).toBe('=CODER_SALARY(A3:A7,B3:B7,"CPC")');
  });

  it('freezes a whole result when the selection cuts through it, and says which formulas it left and why', async () => {
    const workbook = preview.spreadsheet.workbook;
    await openTab('Examples');
    // Spilled cells only: nothing changes, and the toast names the formula to select.
    await cell(4, 3).click();
    await cell(5, 4).click({ modifiers: ['Shift'] });
    await menu('Freeze formulas to values');
    await expect.poll(() => page.locator('#toast-message').textContent()).toContain('select C3 to freeze that result');
    expect(workbook.rawCell('Examples', 3, 3)).toBe('=CODER_SALARY(A3:A7,B3:B7,"CPC")');

    await cell(3, 3).click();
    await cell(4, 4).click({ modifiers: ['Shift'] });
    const shown = await page.locator('td[data-cell$=",3"], td[data-cell$=",4"]').allTextContents();
    await menu('Freeze formulas to values');
    await expect
      .poll(() => page.locator('#toast-message').textContent())
      .toBe(
        'Froze 2 Coding & Billing Pay formulas to values on "Examples". Each result was frozen whole, 6 spilled cells outside the selection included.',
      );
    await page.screenshot({ path: screenshotPath('preview-freeze-whole-result.png') });
    expect(await page.locator('td[data-cell$=",3"], td[data-cell$=",4"]').allTextContents()).toEqual(shown);
    expect([3, 4, 5, 6, 7].map((r) => typeof workbook.rawCell('Examples', r, 3))).toEqual(Array(5).fill('number'));
    expect(workbook.rawCell('Examples', 3, 5)).toBe('=PAY_PERCENTILE(55000,A3:A7)');

    // A single cell selected means the whole sheet; the formula showing an error stays.
    await cell(1, 1).click();
    await menu('Freeze formulas to values');
    await expect
      .poll(() => page.locator('#toast-message').textContent())
      .toMatch(/^Froze \d+ Coding & Billing Pay formulas to values on "Examples"\. Left 1 as a formula: B16 shows #ERROR!\.$/);
    await page.screenshot({ path: screenshotPath('preview-freeze-left-error.png') });
    expect(workbook.rawCell('Examples', 16, 2)).toBe('=CODER_SALARY("Calfornia",5)');
    expect(await cell(16, 2).textContent()).toBe('#ERROR!');
    const formulasLeft = [...workbook.sheet('Examples')!.cells].filter(([, raw]) => isFormula(raw) && usesAddonFunction(raw));
    expect(formulasLeft.map(([key]) => key)).toEqual(['16,2']);
  });

  it('reviews the Team tab’s roster through the sidebar: a Pay review tab with flags coloured and its chart in view', async () => {
    await openTab('Team');
    // PAY_REVIEW over the roster: a row per person, the misspelt state alone, the blank line blank.
    const estimate = bundle.CODER_SALARY!('Texas', 1, 'CPC-A', 'coder', 'physician office') as number;
    await expect.poll(() => cell(2, 9).textContent()).toBe(`$${estimate.toLocaleString('en-US')}`);
    expect(await cell(6, 9).textContent()).toBe('#BAD AREA "Pensylvania" → Pennsylvania?');
    expect(await cell(5, 9).textContent()).toBe('');
    await cell(1, 1).click();
    await cell(9, 7).click({ modifiers: ['Shift'] });
    expect(await page.locator('#name-box').textContent()).toBe('A1:G9');

    await menu('Review team pay…');
    await sidebar().locator('body[data-page="team"][data-ready="true"]').waitFor();
    await sidebar().getByRole('button', { name: 'Read selection' }).click();
    await expect
      .poll(() => sidebar().locator('#roster-status').textContent())
      .toBe("Read 'Team'!A1:G9: 8 rows under the headers; every header recognised.");
    await sidebar().getByRole('button', { name: 'Build review' }).click();
    await expect
      .poll(() => sidebar().locator('#review-status').textContent())
      .toBe('Built "Pay review": 6 of 7 people reviewed, 1 not reviewed (see Notes).');
    await expect.poll(() => page.getByRole('tab', { name: 'Pay review' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => cell(13, 2).textContent()).toBe('A. Rivera');
    // Flags carry their colours in the grid, as the conditional formats say.
    const flag = page.locator('td', { hasText: /^below p25$/ }).first();
    expect(await flag.getAttribute('style')).toContain('background: rgb(252, 232, 230)');

    // A 1280-px window with the 300-px sidebar open: the summary and the table's first columns in view.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: screenshotPath('preview-team-review.png') });
    // Scrolled right: the figures, the flags in their colours and the notes.
    await page.evaluate("document.getElementById('grid-wrap').scrollLeft = 700");
    await page.screenshot({ path: screenshotPath('preview-team-flags.png') });
    await page.evaluate("document.getElementById('grid-wrap').scrollLeft = 0");
    const figure = page.locator('#charts figure');
    await expect.poll(() => figure.locator('rect').count()).toBe(6);
    await figure.scrollIntoViewIfNeeded();
    const box = (await figure.boundingBox())!;
    const sidebarBox = (await page.locator('#sidebar').boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(sidebarBox.x);
    await page.screenshot({ path: screenshotPath('preview-team-chart.png') });

    await sidebar().getByLabel('Area', { exact: true }).fill('OH');
    await sidebar().getByRole('button', { name: 'Suggest pay bands' }).click();
    await expect.poll(() => page.getByRole('tab', { name: 'Pay bands — Ohio, medical coders' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => cell(8, 1).textContent()).toBe('Entry');
    await page.screenshot({ path: screenshotPath('preview-pay-bands.png') });
    await page.setViewportSize({ width: 1440, height: 860 });
  });
});
