/**
 * The built dist/Sidebar.html in headless chromium, its google.script.run wired to the real
 * server API in Node over an in-memory workbook.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { launchBrowser, screenshotPath } from '../support/browser';
import { MemoryWorkbook, displayValue } from '../../scripts/preview/memoryWorkbook';
import { createServerApi } from '../../src/addon/serverApi';
import { SCRIPT_RUN_STANDIN, dispatchScriptRun } from '../../scripts/scriptRunBridge';
import { parseArea } from '../../src/core/places/areas';
import { parseCredentials } from '../../src/core/pay/credentials';
import { ROLES } from '../../src/core/pay/roles';
import { estimatePay } from '../../src/core/pay/estimate';
import { areaDistribution } from '../../src/core/pay/distribution';
import { REMOTE_WORK_NOTE } from '../../src/core/places/remoteWork';
import { startAddonFromDist } from '../support/startedAddon';

startAddonFromDist();

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * `slowCalls`: the server answers after this many ms, as Apps Script takes a moment; `failing`:
 * server functions that answer with an error, as when Apps Script cannot run them.
 */
async function openSidebar(
  slowCalls = 0,
  workbook = new MemoryWorkbook(),
  { failing = [] as readonly string[], height = 900 } = {},
): Promise<{ page: Page; workbook: MemoryWorkbook; dialogs: string[] }> {
  const api = createServerApi(() => workbook);
  const page = await browser.newPage({ viewport: { width: 300, height } });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.exposeFunction('__scriptRun', async (name: string, args: string) => {
    if (slowCalls > 0 && name !== 'getSidebarOptions') await new Promise((resolve) => setTimeout(resolve, slowCalls));
    if (failing.includes(name)) return JSON.stringify({ ok: false, message: `Exception: ${name} failed: service unavailable` });
    return dispatchScriptRun(api, name, args);
  });
  await page.addInitScript(SCRIPT_RUN_STANDIN);
  await page.goto(pathToFileURL(join(process.cwd(), 'dist', 'Sidebar.html')).href);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, workbook, dialogs };
}

describe('the sidebar', () => {
  it('builds a comparison of the states a person picks, on a new sheet', async () => {
    const { page, workbook } = await openSidebar();
    await page.getByRole('button', { name: 'Clear' }).click();
    for (const name of ['California', 'Texas', 'Ohio']) {
      await page.getByLabel('Search states and areas').fill(name);
      await page.getByLabel(new RegExp(`^${name} \\(`)).check();
    }
    await page.getByLabel('Search states and areas').fill('');
    await expect.poll(() => page.locator('#state-count').textContent()).toBe('3 selected');
    await page.getByLabel('Hourly equivalent (÷ 2,080 h)').check();
    await page.getByLabel('Title (optional)').fill('Three states');
    await page.screenshot({ path: screenshotPath('sidebar.png'), fullPage: true });
    await page.getByRole('button', { name: 'Build' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toBe('Built "Three states": 3 rows.');
    const labels = workbook.read('Three states', { row: 7, column: 1, rows: 3, columns: 1 }).flat();
    expect(labels).toEqual(['California', 'Ohio', 'Texas']);
    const pays = workbook.read('Three states', { row: 7, column: 2, rows: 3, columns: 1 }).flat();
    expect(pays).toEqual(
      ['CA', 'OH', 'TX'].map(
        (code) =>
          estimatePay({ area: parseArea(code), years: 5, credentials: parseCredentials(['CPC']), role: ROLES.coder, setting: 'any' }).pay,
      ),
    );
    expect(workbook.rawCell('Three states', 6, 8)).toBe('Hourly (annual ÷ 2,080)');
    expect(workbook.activeSheetName).toBe('Three states');
    await expect.poll(() => page.getByRole('button', { name: 'Build' }).isEnabled()).toBe(true);
    await page.close();
  });

  it('builds a comparison of a state and its areas, with an area from another state found by search', async () => {
    const { page, workbook } = await openSidebar();
    await page.getByLabel('Places listed').selectOption('areas:TX');
    await page.getByRole('button', { name: 'Clear' }).click();
    for (const name of ['Texas', 'Dallas-Fort Worth-Arlington, TX', 'Houston-Pasadena-The Woodlands, TX', 'Texarkana, TX-AR'])
      await page.getByLabel(`${name} (`).check();
    // A city searched across every state adds its area to the same comparison.
    await page.getByLabel('Search states and areas').fill('sunnyvale');
    await page.getByLabel('San Jose-Sunnyvale-Santa Clara, CA (41940)').check();
    await page.getByLabel('Search states and areas').fill('');
    await expect.poll(() => page.locator('#state-count').textContent()).toBe('5 selected');
    expect(await page.locator('#place-chosen li').count()).toBe(5);
    // A place without a figure for the role cannot be ticked, and says so.
    await expect.poll(() => page.getByLabel('Eagle Pass, TX (20580)').isDisabled()).toBe(true);
    await page.getByLabel('Employment').check();
    await page.getByLabel('Title (optional)').fill('Texas areas');
    await page.screenshot({ path: screenshotPath('sidebar-areas.png'), fullPage: true });
    await page.getByRole('button', { name: 'Build' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toBe('Built "Texas areas": 5 rows.');
    expect(workbook.cellValue('Texas areas', 6, 1)).toBe('Place');
    const labels = workbook.read('Texas areas', { row: 7, column: 1, rows: 5, columns: 1 }).flat() as string[];
    expect(labels).toEqual([
      'Dallas-Fort Worth-Arlington, TX',
      'Houston-Pasadena-The Woodlands, TX',
      'San Jose-Sunnyvale-Santa Clara, CA',
      'Texarkana, TX-AR',
      'Texas',
    ]);
    const pays = workbook.read('Texas areas', { row: 7, column: 2, rows: 5, columns: 1 }).flat();
    expect(pays).toEqual(
      labels.map(
        (label) =>
          estimatePay({ area: parseArea(label), years: 5, credentials: parseCredentials(['CPC']), role: ROLES.coder, setting: 'any' }).pay,
      ),
    );

    // The top 10 areas nationally, highest median first.
    await page.getByLabel('Places listed').selectOption('areas:US');
    await page.getByRole('button', { name: 'Top 10' }).click();
    await expect.poll(() => page.locator('#state-count').textContent()).toBe('10 selected (top 10 by median, areas nationally)');
    await page.getByLabel('Title (optional)').fill('Top areas');
    await page.getByRole('button', { name: 'Build' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toBe('Built "Top areas": 10 rows.');
    const top = workbook.read('Top areas', { row: 7, column: 1, rows: 10, columns: 1 }).flat() as string[];
    expect(top[0]).toBe('San Jose-Sunnyvale-Santa Clara, CA');
    const medians = top.map((label) => areaDistribution(ROLES.coder, parseArea(label)).percentiles[2]);
    expect(medians).toEqual([...medians].sort((a, b) => b - a));
    await page.close();
  });

  it('compares credentials in an area typed as a city, and refuses a place without figures in words', async () => {
    const { page, workbook } = await openSidebar();
    await page.getByLabel('Compare').selectOption('credentials');
    await page.getByLabel('Place', { exact: true }).fill('Sunnyvale');
    await page.getByLabel('Title (optional)').fill('Credentials in San Jose');
    await page.screenshot({ path: screenshotPath('sidebar-credentials-area.png'), fullPage: true });
    await page.getByRole('button', { name: 'Build' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/^Built "Credentials in San Jose": \d+ rows\.$/);
    expect(workbook.cellValue('Credentials in San Jose', 4, 1)).toMatch(/^Held fixed: area San Jose-Sunnyvale-Santa Clara, CA; /);
    const first = workbook.sheet('Credentials in San Jose')!.frozenRows + 1;
    const label = workbook.cellValue('Credentials in San Jose', first, 1) as string;
    const pay = workbook.cellValue('Credentials in San Jose', first, 2);
    const credentials = label === 'No credential' ? [] : parseCredentials([label]);
    expect(pay).toBe(estimatePay({ area: parseArea('41940'), years: 5, credentials, role: ROLES.coder, setting: 'any' }).pay);

    await page.getByLabel('Place', { exact: true }).fill('Aguadilla');
    await page.getByRole('button', { name: 'Build' }).click();
    await expect
      .poll(() => page.locator('#status').textContent())
      .toMatch(/^No figure in the data for this area: Aguadilla, PR \(10380\), Puerto Rico — .*\. Choose another place or role\.$/);
    expect(workbook.sheets).toHaveLength(2);
    await page.close();
  });

  it('shows progress and takes no second press while the server works', async () => {
    const { page, workbook } = await openSidebar(800);
    const build = page.locator('#build');
    await build.click();
    await expect.poll(() => build.textContent()).toBe('Building…');
    expect(await build.isDisabled()).toBe(true);
    await build.click({ force: true });
    await expect.poll(() => page.locator('#status').textContent()).toBe('Built "Pay by state": 10 rows.');
    expect(await build.textContent()).toBe('Build');
    expect(await build.isEnabled()).toBe(true);
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Pay by state']);
    await page.close();
  });

  it('never shows a selection that Build denies: when the areas fail to load, the count, the chips and the request agree', async () => {
    const { page, workbook } = await openSidebar(0, new MemoryWorkbook(), { failing: ['getAreaChoices'] });
    await expect.poll(() => page.locator('#state-count').textContent()).toBe('10 selected (top 10 by median)');
    await page.getByLabel('Places listed').selectOption('areas:OH');
    await expect
      .poll(() => page.locator('#state-list').textContent())
      .toBe('Could not load the areas: getAreaChoices failed: service unavailable');
    // The ten states stay chosen, said as what they now are; no group can be picked from a list not shown.
    await expect.poll(() => page.locator('#state-count').textContent()).toBe('10 selected');
    expect(await page.locator('#place-chosen li').count()).toBe(10);
    for (const group of ['All', 'Top 10', 'Bottom 10'])
      expect(await page.getByRole('button', { name: group, exact: true }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Build' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toBe('Built "Pay by state": 10 rows.');
    expect(workbook.read('Pay by state', { row: 7, column: 1, rows: 10, columns: 1 }).flat()).toHaveLength(10);

    await page.getByRole('button', { name: 'Clear' }).click();
    await expect.poll(() => page.locator('#state-count').textContent()).toBe('0 selected');
    expect(await page.locator('#place-chosen li').count()).toBe(0);
    await page.getByRole('button', { name: 'Build' }).click();
    await expect.poll(() => page.locator('#status.error').textContent()).toBe('Pick at least one item to compare.');
    await page.close();
  });

  it('shows a failed build’s message next to the button pressed, scrolled into view', async () => {
    const { page, workbook } = await openSidebar(0, new MemoryWorkbook(), { height: 600 });
    await page.getByRole('tab', { name: 'Career' }).click();
    await page.getByLabel('Where you work').fill('Ohoi');
    await page.getByRole('button', { name: 'Build plan' }).click();
    const status = page.locator('#career-status.error');
    await expect.poll(() => status.textContent()).toMatch(/^Area: unknown area "Ohoi" — did you mean "Ohio" \(OH\)\?/);
    const box = await status.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, viewport: el.ownerDocument.documentElement.clientHeight };
    });
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(box.viewport);
    await page.screenshot({ path: screenshotPath('sidebar-career-error.png') });
    expect(workbook.sheets).toHaveLength(1);
    await page.close();
  });

  it('shows a server error in plain words and keeps working', async () => {
    const { page, workbook } = await openSidebar();
    await page.locator('#fixed-years').fill('75');
    await page.getByRole('button', { name: 'Build' }).click();
    await expect.poll(() => page.locator('#status.error').textContent()).toMatch(/years must be between 0 and 60/);
    expect(workbook.sheets).toHaveLength(1);
    await page.close();
  });

  it('renders a hostile title as text: no element, no script', async () => {
    const { page, workbook, dialogs } = await openSidebar();
    const hostile = '<img src=x onerror=alert(1)>';
    await page.getByLabel('Title (optional)').fill(hostile);
    await page.getByRole('button', { name: 'Build' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toBe(`Built "${hostile}": 10 rows.`);
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(workbook.cellValue(hostile, 1, 1)).toBe(hostile);
    await page.close();
  });

  it('works from the keyboard alone: filter and Enter to tick, arrows between pages, Enter to build', async () => {
    const { page, workbook } = await openSidebar();
    await page.getByRole('button', { name: 'Clear' }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Search states and areas').focus();
    for (const text of ['wash', 'oreg']) {
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => page.locator('#state-count').textContent()).toBe('2 selected');
    expect(await page.getByLabel('Search states and areas').inputValue()).toBe('');
    expect(workbook.sheets).toHaveLength(1);

    await page.getByRole('tab', { name: 'Comparison' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate('document.activeElement.id')).toBe('tab-reference');
    expect(await page.locator('#page-reference').isVisible()).toBe(true);
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('#page-comparison').isVisible()).toBe(true);

    await page.getByLabel('Title (optional)').focus();
    await page.keyboard.type('Northwest');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#status').textContent()).toBe('Built "Northwest": 2 rows.');
    expect(workbook.read('Northwest', { row: 7, column: 1, rows: 2, columns: 1 }).flat()).toEqual(['Oregon', 'Washington']);
    await page.close();
  });

  it('plans a career on a new sheet from the Career page', async () => {
    const { page, workbook } = await openSidebar();
    await page.getByRole('tab', { name: 'Career' }).click();
    await page.getByLabel('Where you work').fill('Texas');
    await page.getByLabel('Years of experience now').fill('2');
    await page.getByLabel('Plan: credential and the year you earn it').fill('CPC:0, CRC:3');
    await page.getByLabel('Yearly pay growth (%)').fill('1.5');
    await page.getByLabel('Preparation cost ($, optional)').fill('2000');
    await page.getByLabel('Months until new pay starts').fill('3');
    await page.screenshot({ path: screenshotPath('sidebar-career.png'), fullPage: true });
    await page.getByRole('button', { name: 'Build plan' }).click();
    await expect
      .poll(() => page.locator('#career-status').textContent())
      .toBe('Built "Career plan for Texas": 11 years, 2 credentials, the wage trend.');
    const sheet = workbook.sheet('Career plan for Texas')!;
    expect(sheet.lineCharts).toHaveLength(2);
    // The sheet's prose runs on from row to row.
    const text = [...sheet.cells.values()]
      .map(displayValue)
      .filter((v): v is string => typeof v === 'string')
      .join(' ');
    expect(text).toContain('pay grows 1.5% a year, as asked');
    expect(text).toContain('preparation $2,000 with the first credential');
    expect(text).toContain('new pay starts 3 months after each credential');
    expect(workbook.activeSheetName).toBe('Career plan for Texas');

    await page.getByLabel('Plan: credential and the year you earn it').fill('CPC:0, COC:2');
    await page.getByRole('button', { name: 'Build plan' }).click();
    await expect.poll(() => page.locator('#career-status.error').textContent()).toMatch(/no cited current COC exam price.*"COC:2:400"/);
    expect(workbook.sheets).toHaveLength(2);
    await page.close();
  });

  it('compares ways in from the Career page: the default ways, progress on the button, a refusal beside it', async () => {
    const { page, workbook } = await openSidebar(400);
    await page.getByRole('tab', { name: 'Career' }).click();
    expect(await page.locator('#ways-form').isHidden()).toBe(true);
    await page.getByLabel('Ways in, side by side').check();
    expect(await page.locator('#career-form').isHidden()).toBe(true);
    // Prefilled with the ways in a student asks about first; the first box blank is straight to work.
    const boxes = page.locator('#ways-form input.way');
    expect(await Promise.all(Array.from({ length: await boxes.count() }, (_, i) => boxes.nth(i).inputValue()))).toEqual([
      '',
      'certificate:0, CPC:1',
      'associate:0, CCS:3',
      'bachelor:0, RHIA:4',
      '',
    ]);
    expect(await page.getByLabel('Measured against (blank: straight to work)').getAttribute('placeholder')).toBe('Straight to work');
    expect(await page.getByLabel('Where you would work').inputValue()).toBe('US');
    await page.screenshot({ path: screenshotPath('sidebar-ways-in.png'), fullPage: true });

    const button = page.locator('#build-ways');
    expect(await page.getByRole('button', { name: 'Compare ways in' }).isVisible()).toBe(true);
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Comparing…');
    expect(await button.isDisabled()).toBe(true);
    await expect.poll(() => page.locator('#ways-status').textContent()).toBe('Built "Ways in for United States": 4 ways in over 10 years.');
    expect(await button.isEnabled()).toBe(true);
    const sheet = workbook.sheet('Ways in for United States')!;
    expect(sheet.lineCharts).toHaveLength(1);
    const overtaking = [...sheet.cells].find(([, v]) => v === 'Overtakes Straight to work in year')![0];
    const row = Number(overtaking.split(',')[0]);
    expect(workbook.read('Ways in for United States', { row, column: 1, rows: 1, columns: 9 })[0]).toEqual([
      'Overtakes Straight to work in year',
      '',
      '',
      '',
      7,
      '',
      'not within 10 years',
      '',
      'not within 10 years',
    ]);

    // Keeping on coding through school, with a plan typed in the fifth box, as live formulas.
    await page.getByLabel('I keep coding while in school').check();
    await page.getByLabel('Way 5 (optional)').fill('CCA:0');
    await page.getByLabel('Live formulas — recomputed as you edit a plan').check();
    await page.getByLabel('Name for the comparison sheet (optional)').fill('Working through school');
    await button.click();
    await expect
      .poll(() => page.locator('#ways-status').textContent())
      .toBe('Built "Working through school": 5 ways in over 10 years, as live formulas.');
    const formulas = [...workbook.sheet('Working through school')!.cells.values()].filter((v) => String(v).startsWith('='));
    expect(formulas).toEqual([expect.stringMatching(/^=PATH_COMPARE\("US",A\d+:A\d+,10,0,"coder","any",0,TRUE\)$/)]);

    // A plan the data cannot price is refused beside the button, naming the way; nothing is written.
    await page.getByLabel('Way 5 (optional)').fill('associate:0, RHIT:2');
    await button.click();
    await expect
      .poll(() => page.locator('#ways-status.error').textContent())
      .toBe(
        'Way 5: the data has no cited current RHIT exam price: give what it costs you as a third field, e.g. "RHIT:2:400", got "RHIT:2".',
      );
    expect(workbook.sheets).toHaveLength(3);
    await page.screenshot({ path: screenshotPath('sidebar-ways-in-refused.png'), fullPage: true });

    // Back to one plan: the career plan form as it was.
    await page.getByLabel('One plan, year by year').check();
    expect(await page.locator('#ways-form').isHidden()).toBe(true);
    expect(await page.getByRole('button', { name: 'Build plan' }).isVisible()).toBe(true);
    await page.close();
  });

  it('has a label for every control', async () => {
    const { page } = await openSidebar();
    // Every input, select and button has a <label>, an aria-label or text of its own.
    const unlabelled = await page.evaluate(`[...document.querySelectorAll('input, select, button')]
      .filter((c) => c.labels.length === 0 && !c.getAttribute('aria-label') && !c.textContent.trim())
      .map((c) => c.outerHTML.slice(0, 80))`);
    expect(unlabelled).toEqual([]);
    await page.close();
  });

  it('fits each tab’s label on one line in the sidebar’s 13 px text, with or without a scroll bar', async () => {
    const { page } = await openSidebar();
    // Sheets gives the sidebar 300 px, a classic scroll bar (15 px) included.
    for (const width of [300, 285]) {
      await page.setViewportSize({ width, height: 900 });
      const tabs = (await page.evaluate(`[...document.querySelectorAll('[role="tab"]')].map((tab) => {
        const text = document.createRange();
        text.selectNodeContents(tab);
        const box = tab.getBoundingClientRect();
        return { id: tab.id, lines: text.getClientRects().length, fontSize: getComputedStyle(tab).fontSize, height: box.height, right: box.right };
      })`)) as { id: string; lines: number; fontSize: string; height: number; right: number }[];
      expect(
        tabs.map(({ id, lines, fontSize }) => ({ id, lines, fontSize })),
        `${width} px`,
      ).toEqual(['tab-comparison', 'tab-reference', 'tab-team', 'tab-career'].map((id) => ({ id, lines: 1, fontSize: '13px' })));
      // One line each, so every tab is as high as the others, and the last ends inside the sidebar.
      expect(new Set(tabs.map((t) => t.height)).size).toBe(1);
      expect(tabs.at(-1)!.right).toBeLessThanOrEqual(width);
      expect(await page.evaluate(`document.querySelector('.tabs').scrollWidth <= document.querySelector('.tabs').clientWidth`)).toBe(true);
      await page.screenshot({ path: screenshotPath(`sidebar-tabs-${width}.png`), clip: { x: 0, y: 0, width, height: 120 } });
    }
    expect(await page.getByRole('tab').allTextContents()).toEqual(['Comparison', 'Tables', 'Team', 'Career']);
    await page.close();
  });

  it('inserts reference tables from its second page', async () => {
    const { page, workbook } = await openSidebar();
    await page.getByRole('tab', { name: 'Tables' }).click();
    await page.locator('#ref-outlook').uncheck();
    await page.getByRole('button', { name: 'Insert tables' }).click();
    await expect.poll(() => page.locator('#reference-status').textContent()).toMatch(/^Inserted "State wages/);
    expect(workbook.sheets.map((s) => s.name)).toEqual([
      'Sheet1',
      'State wages — Medical Records Specialists (29-2072)',
      'Credential catalogue',
    ]);
    await page.close();
  });

  it('inserts the area wage table of the state picked, and says plainly when a role has no area figures', async () => {
    const { page, workbook } = await openSidebar();
    await page.getByRole('tab', { name: 'Tables' }).click();
    for (const id of ['#ref-states', '#ref-credentials', '#ref-outlook']) await page.locator(id).uncheck();
    const place = page.getByLabel('Areas in');
    // The place is for the area table alone: it opens on every area, and is chosen once that table is ticked.
    expect(await place.isDisabled()).toBe(true);
    expect(await place.inputValue()).toBe('US');
    await page.getByLabel('Area wage table').check();
    await place.selectOption({ label: 'Oregon' });
    await page.screenshot({ path: screenshotPath('sidebar-reference-areas.png'), fullPage: true });
    await page.getByRole('button', { name: 'Insert tables' }).click();
    const name = 'Area wages — Medical Records Specialists (29-2072), Oregon';
    await expect.poll(() => page.locator('#reference-status').textContent()).toBe(`Inserted "${name}".`);
    const portland = workbook.read(name, { row: 5, column: 1, rows: 11, columns: 5 }).find((row) => row[0] === '38900');
    expect(portland).toEqual(['38900', 'Portland-Vancouver-Hillsboro, OR-WA', 'metropolitan', 'OR, WA', 61890]);

    await page.getByLabel('Wage tables for').selectOption('hit');
    await page.getByRole('button', { name: 'Insert tables' }).click();
    await expect
      .poll(() => page.locator('#reference-status.error').textContent())
      .toMatch(/^The area wage table has no figures for Health Information Technologists and Medical Registrars \(29-9021\)/);
    expect(workbook.sheets).toHaveLength(2);
    await page.close();
  });
});

describe('the team pay page', () => {
  /** A roster as practices keep them: an hourly column, a location header nobody's list has, a blank line, a typo. */
  const ROSTER = [
    ['Employee', 'Based in', 'Experience', 'Certs', 'Title', 'Hourly rate'],
    ['Ana Rivera', 'TX', 1, 'CPC-A', 'Medical Coder I', 21.5],
    ['Jo Chen', 'OH', 6, 'CPC', 'Coder II', 31.75],
    ['Max Okafor', 'Georgia', 12, 'CCS', 'Coding lead', 33.65],
    [],
    ['Sam Patel', 'Pensylvania', 3, 'RHIT', 'HIM technician', 24],
    ['Lee Novak', 'US', 20, 'CPC, CIC', 'Senior coder', 40.4],
    ['Dee Kim', 'FL', 4, '', 'Billing specialist', 17.3],
    ['Ray Diaz', 'WA', 8, 'CPB', 'Billing lead', 27.9],
  ];

  function rosterWorkbook(): MemoryWorkbook {
    const workbook = new MemoryWorkbook({ sheetNames: ['Roster'] });
    ROSTER.forEach((cells, i) => cells.forEach((v, j) => workbook.setCell('Roster', i + 1, j + 1, v)));
    workbook.select('Roster', { row: 1, column: 1, rows: ROSTER.length, columns: 6 });
    return workbook;
  }

  it('reads a roster, takes the mapping of a header it did not recognise, and builds the review', async () => {
    const { page, workbook } = await openSidebar(0, rosterWorkbook());
    await page.getByRole('tab', { name: 'Team' }).click();
    await expect.poll(() => page.locator('#page-team').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Build review' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Read selection' }).click();
    await expect
      .poll(() => page.locator('#roster-status').textContent())
      .toBe("Read 'Roster'!A1:F9: 8 rows under the headers; 1 column not recognised: choose what it holds below.");
    // What was recognised is chosen already; the hourly column says it is converted.
    expect(await page.locator('#roster-field-0').inputValue()).toBe('name');
    expect(await page.locator('#roster-field-5').inputValue()).toBe('hourlyRate');
    expect(await page.locator('#roster-field-5 option:checked').textContent()).toBe('Hourly rate (× 2,080 h)');
    expect(await page.locator('#roster-field-1').inputValue()).toBe('');
    expect(await page.locator('.mapping.unmatched').textContent()).toContain('“Based in”not recognised');
    // Names never reach the sidebar.
    expect(await page.locator('body').textContent()).not.toMatch(/Rivera|Chen|Okafor/);
    await expect.poll(() => page.locator('#team-area-block').isVisible()).toBe(true);
    await page.locator('#roster-field-1').selectOption('location');
    await expect.poll(() => page.locator('#team-area-block').isVisible()).toBe(false);
    await page.screenshot({ path: screenshotPath('sidebar-team.png'), fullPage: true });

    await page.getByRole('button', { name: 'Build review' }).click();
    await expect
      .poll(() => page.locator('#review-status').textContent())
      .toBe('Built "Pay review": 6 of 7 people reviewed, 1 not reviewed (see Notes).');
    expect(workbook.activeSheetName).toBe('Pay review');
    const header = workbook.read('Pay review', { row: 12, column: 1, rows: 1, columns: 17 })[0]!;
    const at = (name: string) => header.indexOf(name) + 1;
    expect(header).toContain('Annual pay (hourly × 2,080)');
    const cell = (row: number, name: string) => workbook.cellValue('Pay review', row, at(name));
    expect(cell(13, 'Location')).toBe('TX');
    expect(cell(13, 'Annual pay (hourly × 2,080)')).toBe(44_720);
    expect(cell(13, 'Role')).toBe('coder');
    expect(cell(19, 'Role')).toBe('biller');
    expect(cell(17, 'Market estimate')).toBe('#BAD AREA "Pensylvania" → Pennsylvania?');
    expect(cell(16, 'Notes')).toBe('Blank line in the roster.');
    expect(workbook.sheet('Roster')!.cells).toEqual(rosterWorkbook().sheet('Roster')!.cells);

    // Live formulas on request: one range formula per computed column, the roster still untouched.
    await page.getByLabel('Live formulas, one per column — need the add-on').check();
    await page.getByRole('button', { name: 'Build review' }).click();
    await expect
      .poll(() => page.locator('#review-status').textContent())
      .toBe('Built "Pay review (2)": 6 of 7 people reviewed, 1 not reviewed (see Notes), as live formulas.');
    expect(workbook.rawCell('Pay review (2)', 13, at('Market estimate'))).toMatch(
      /^=PAY_REVIEW\(I13:I20,C13:C20,D13:D20,E13:E20,F13:F20,G13:G20\)$/,
    );
    expect(workbook.sheet('Roster')!.cells).toEqual(rosterWorkbook().sheet('Roster')!.cells);
    await page.close();
  });

  it('reviews a roster without a location column for everyone in an area typed as a city', async () => {
    const workbook = new MemoryWorkbook({ sheetNames: ['Roster'] });
    [
      ['Employee', 'Experience', 'Salary'],
      ['Ana Rivera', 2, 61_000],
      ['Jo Chen', 9, 92_000],
    ].forEach((cells, i) => cells.forEach((v, j) => workbook.setCell('Roster', i + 1, j + 1, v)));
    workbook.select('Roster', { row: 1, column: 1, rows: 3, columns: 3 });
    const { page } = await openSidebar(0, workbook);
    await page.getByRole('tab', { name: 'Team' }).click();
    await page.getByRole('button', { name: 'Read selection' }).click();
    const everyone = page.getByLabel('No location column: everyone works in');
    await expect.poll(() => everyone.isVisible()).toBe(true);
    await everyone.fill('Sunnyvale');
    await page.screenshot({ path: screenshotPath('sidebar-team-area.png'), fullPage: true });
    await page.getByRole('button', { name: 'Build review' }).click();
    await expect.poll(() => page.locator('#review-status').textContent()).toBe('Built "Pay review": 2 of 2 people reviewed.');
    expect(workbook.read('Pay review', { row: 13, column: 3, rows: 2, columns: 1 }).flat()).toEqual(['41940', '41940']);
    expect(workbook.read('Pay review', { row: 1, column: 1, rows: 60, columns: 1 }).flat()).toContain(
      `Location: everyone in San Jose-Sunnyvale-Santa Clara, CA (41940); no location column. ${REMOTE_WORK_NOTE}`,
    );
    await page.close();
  });

  it('suggests pay bands for the area chosen, and says plainly what is missing', async () => {
    const { page, workbook } = await openSidebar(0, rosterWorkbook());
    await page.getByRole('tab', { name: 'Team' }).click();
    await page.getByLabel('Area', { exact: true }).fill('TX');
    await page.getByLabel('With the credential').fill('none');
    await page.getByRole('button', { name: 'Suggest pay bands' }).click();
    await expect
      .poll(() => page.locator('#bands-status.error').textContent())
      .toBe('Choose the credential the second set of bands is for, e.g. CPC.');
    await page.getByLabel('With the credential').fill('CPC, CRC');
    await page.getByRole('button', { name: 'Suggest pay bands' }).click();
    await expect
      .poll(() => page.locator('#bands-status').textContent())
      .toBe('Built "Pay bands — Texas, medical coders": 5 levels, without a credential and with CPC, CRC.');
    const sheet = 'Pay bands — Texas, medical coders';
    const entry = workbook.read(sheet, { row: 8, column: 1, rows: 1, columns: 8 })[0]!;
    expect(entry[0]).toBe('Entry');
    // The entry band's midpoint is the market estimate at its middle year.
    expect(entry[3]).toBe(estimatePay({ area: parseArea('TX'), years: 1, credentials: [], role: ROLES.coder, setting: 'any' }).pay);
    await page.locator('#bands-form').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('sidebar-bands.png'), fullPage: true });
    await page.close();
  });

  it('suggests pay bands for a metropolitan area typed as a city, and lists the areas an ambiguous city could be', async () => {
    const { page, workbook } = await openSidebar(0, rosterWorkbook());
    await page.getByRole('tab', { name: 'Team' }).click();
    const area = page.getByLabel('Area', { exact: true });
    expect(await area.getAttribute('placeholder')).toBe('A state, US, or an area code or city');
    // The nation, the states and DC are suggested; any place the functions take can be typed.
    expect(await page.locator('#team-areas option').count()).toBe(52);
    await area.fill('Portland');
    await page.getByRole('button', { name: 'Suggest pay bands' }).click();
    await expect
      .poll(() => page.locator('#bands-status.error').textContent())
      .toMatch(
        /^Area: "Portland" is in two areas: Portland-South Portland, ME \(38860\); Portland-Vancouver-Hillsboro, OR-WA \(38900\) — add the state\./,
      );
    await page.locator('#bands-form').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('sidebar-bands-ambiguous.png'), fullPage: true });
    expect(workbook.sheets).toHaveLength(1);

    await area.fill('Sunnyvale');
    await page.getByRole('button', { name: 'Suggest pay bands' }).click();
    const sheet = 'Pay bands — San Jose-Sunnyvale-Santa Clara, CA, medical coders';
    await expect
      .poll(() => page.locator('#bands-status').textContent())
      .toBe(`Built "${sheet}": 5 levels, without a credential and with CPC.`);
    const entry = workbook.read(sheet, { row: 8, column: 1, rows: 1, columns: 4 })[0]!;
    expect([entry[0], entry[1], entry[3]]).toEqual([
      'Entry',
      '0 to 2',
      estimatePay({ area: parseArea('41940'), years: 1, credentials: [], role: ROLES.coder, setting: 'any' }).pay,
    ]);
    const text = workbook
      .read(sheet, { row: 1, column: 1, rows: 40, columns: 1 })
      .flat()
      .map((v) => String(v));
    expect(text.find((line) => line.startsWith('Local market'))).toMatch(
      /25th percentile \$63,760, median \$86,890, 75th percentile \$123,190/,
    );
    expect(text).toContain(
      'Wages (41940): BLS OEWS May 2025, metropolitan and nonmetropolitan area estimates: https://www.bls.gov/oes/2025/may/oes_41940.htm',
    );
    await page.locator('#bands-form').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('sidebar-bands-area.png'), fullPage: true });
    await page.close();
  });
});
