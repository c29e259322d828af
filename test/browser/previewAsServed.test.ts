/**
 * What `npm start` serves, as a new user meets it: a fresh copy of the repository (no dist/, no
 * generated data), started by scripts/preview.ts in a process of its own — none of this suite's
 * set-up reaches it — which builds it and prints its address, then driven in headless chromium
 * through every menu item and every sidebar page that takes a place. Each step ends with the
 * sheet or dialog it promises, and the page logs no console error, throws no page error and
 * receives no HTTP error status, first to last.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { launchBrowser, screenshotPath } from '../support/browser';
import { MENU_ITEMS } from '../../src/addon/menu';

let copy: string;
let child: ChildProcess | undefined;
let browser: Browser;
let page: Page;
let url: string;
/** What `npm start` printed up to its address. */
let started: string;
/** Console errors, page errors and HTTP error statuses, from the page and its frames. */
const problems: string[] = [];

/** The repository's sources in a temporary folder, sharing node_modules: a fresh clone. */
function freshClone(): string {
  const folder = mkdtempSync(join(tmpdir(), 'preview-as-served-'));
  const root = process.cwd();
  cpSync(root, folder, {
    recursive: true,
    filter: (source) => !/^(node_modules|\.git|dist|test-results|data[\\/]generated)([\\/]|$)/.test(relative(root, source)),
  });
  symlinkSync(join(root, 'node_modules'), join(folder, 'node_modules'), 'dir');
  return folder;
}

/** `npm start -- --port 0` in the copy; resolves with what it printed, up to its address. */
function npmStart(cwd: string): Promise<string> {
  child = spawn(process.execPath, ['--import', 'tsx', 'scripts/preview.ts', '--port', '0'], { cwd, env: { ...process.env, PORT: '' } });
  let output = '';
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (/preview: http:\/\/localhost:\d+\//.test(output)) resolve(output);
    };
    child!.stdout!.on('data', read);
    child!.stderr!.on('data', read);
    child!.on('exit', (code) => reject(new Error(`npm start exited (${code}) before serving:\n${output}`)));
  });
}

beforeAll(async () => {
  copy = freshClone();
  started = await npmStart(copy);
  url = /preview: (http:\/\/localhost:\d+\/)/.exec(started)![1]!;
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.request().method()} ${response.url()}`);
  });
  await page.goto(url);
  await page.locator('td[data-cell="3,3"]', { hasText: '$' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill();
    await exited;
  }
  if (copy) rmSync(copy, { recursive: true, force: true });
});

const sidebar = () => page.frameLocator('#sidebar-frame');
const dialog = () => page.frameLocator('#dialog-frame');
const cell = (row: number, column: number) => page.locator(`td[data-cell="${row},${column}"]`);
const activeTab = () => page.locator('#tabs [role="tab"][aria-selected="true"]');

async function menu(caption: string): Promise<void> {
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: caption }).click();
}

/** Opens the sidebar on a page from the menu and waits until its lists are loaded. */
async function sidebarPage(caption: string, name: string): Promise<void> {
  await menu(caption);
  await sidebar().locator(`body[data-page="${name}"][data-ready="true"]`).waitFor();
}

/** Waits for a status line to settle on a message, and checks it is in view in the sidebar. */
async function settledStatus(id: string): Promise<{ text: string; error: boolean }> {
  const status = sidebar().locator(`#${id}`);
  await expect.poll(() => status.textContent()).not.toBe('');
  await expect.poll(() => status.evaluate((el) => el.closest('form')?.getAttribute('aria-busy') ?? null)).toBe(null);
  const inView = await status.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= el.ownerDocument.documentElement.clientHeight;
  });
  expect(inView, `#${id} is scrolled into view`).toBe(true);
  return { text: (await status.textContent())!, error: await status.evaluate((el) => el.classList.contains('error')) };
}

/** Screenshot of the page as it is now, under test-results/. */
const shot = (name: string) => page.screenshot({ path: screenshotPath(`as-served-${name}.png`) });

describe('the preview as `npm start` serves it, from a fresh clone', () => {
  it('builds the fresh clone (no dist/, no generated data), then serves the preview and prints its address', async () => {
    expect(started).toMatch(/build: dist\/Code\.js/);
    expect(started).toMatch(/preview: http:\/\/localhost:\d+\//);
    const html = await fetch(url).then((r) => r.text());
    expect(html).toContain('Coding &amp; Billing Pay — local preview');
    const state = (await fetch(`${url}api/state`).then((r) => r.json())) as { sheets: string[] };
    expect(state.sheets).toContain('Examples');
  });

  it('runs every menu item: each sidebar page, freeze, and both dialogs', async () => {
    const expected: Record<string, (caption: string) => Promise<void>> = {
      showComparisonSidebar: (c) => sidebarPage(c, 'comparison'),
      showReferenceTablesSidebar: (c) => sidebarPage(c, 'reference'),
      showTeamSidebar: (c) => sidebarPage(c, 'team'),
      showCareerPlanSidebar: (c) => sidebarPage(c, 'career'),
      freezeFormulasToValues: async (c) => {
        // A single cell of a sheet with no add-on formula: nothing to freeze, said in a toast.
        await page.locator('#add-sheet').click();
        await expect.poll(() => activeTab().textContent()).toMatch(/^Sheet\d+$/);
        await menu(c);
        await expect.poll(() => page.locator('#toast-message').textContent()).toMatch(/formula/i);
      },
      showFunctionHelp: async (c) => {
        await menu(c);
        await expect.poll(() => page.locator('#dialog-title').textContent()).toBe('Function help');
        await expect.poll(() => dialog().locator('body').textContent()).toContain('CODER_SALARY(state, years, [cert], [role], [setting])');
        await shot('function-help');
        await page.locator('#close-dialog').click();
      },
      showAboutData: async (c) => {
        await menu(c);
        await expect.poll(() => page.locator('#dialog-title').textContent()).toBe('About the data');
        // The known gaps of the area tables are read from them: the About page reads the areas.
        await expect
          .poll(() => dialog().locator('body').textContent())
          .toMatch(/metropolitan and nonmetropolitan areas BLS defines have a figure/);
        await shot('about-the-data');
        await page.locator('#close-dialog').click();
      },
    };
    expect(MENU_ITEMS.map((item) => item.functionName).sort()).toEqual(Object.keys(expected).sort());
    for (const item of MENU_ITEMS) await expected[item.functionName]!(item.caption);
    await page.locator('#close-sidebar').click();
    expect(problems).toEqual([]);
  });

  it('compares the top 10 areas of one state, listed from "Areas in Ohio"', async () => {
    await sidebarPage('Build comparison…', 'comparison');
    await sidebar().getByLabel('Places listed').selectOption({ label: 'Areas in Ohio' });
    await sidebar().getByLabel('Columbus, OH (').waitFor();
    await sidebar().getByRole('button', { name: 'Top 10' }).click();
    await expect.poll(() => sidebar().locator('#state-count').textContent()).toBe('10 selected (top 10 by median, areas in Ohio)');
    expect(await sidebar().locator('#place-chosen li').count()).toBe(10);
    await sidebar().getByLabel('Title (optional)').fill('Ohio areas');
    await shot('areas-in-ohio');
    await sidebar().getByRole('button', { name: 'Build' }).click();
    expect(await settledStatus('status')).toEqual({ text: 'Built "Ohio areas": 10 rows.', error: false });
    await expect.poll(() => activeTab().textContent()).toBe('Ohio areas');
    for (const area of ['Columbus, OH', 'Cleveland, OH', 'Cincinnati, OH-KY-IN'])
      await expect.poll(() => page.locator('td', { hasText: new RegExp(`^${area}$`) }).count()).toBe(1);
    await shot('ohio-areas-sheet');
    expect(problems).toEqual([]);
  });

  it('finds an area by search, and compares credentials held fixed at a city', async () => {
    await sidebar().getByLabel('Search states and areas').fill('Dallas');
    await expect.poll(() => sidebar().locator('#state-list input[name="state"]').count()).toBeGreaterThan(0);
    await sidebar().getByLabel('Search states and areas').fill('');
    await sidebar().getByLabel('Compare').selectOption('credentials');
    await sidebar().getByLabel('Place', { exact: true }).fill('Dallas');
    await sidebar().getByLabel('Title (optional)').fill('Credentials in Dallas');
    await sidebar().getByRole('button', { name: 'Build' }).click();
    const status = await settledStatus('status');
    expect(status.error).toBe(false);
    expect(status.text).toMatch(/^Built "Credentials in Dallas": \d+ rows\.$/);
    await expect.poll(() => activeTab().textContent()).toBe('Credentials in Dallas');
    await expect.poll(() => cell(4, 1).textContent()).toMatch(/^Held fixed: area Dallas-Fort Worth-Arlington, TX; /);
    await shot('credentials-in-dallas');
    await page.locator('#close-sidebar').click();
    expect(problems).toEqual([]);
  });

  it('inserts every reference table, the area wage table of a state included', async () => {
    const before = await page.getByRole('tab').count();
    await sidebarPage('Insert reference tables…', 'reference');
    for (const id of ['#ref-states', '#ref-areas', '#ref-credentials', '#ref-outlook']) await sidebar().locator(id).check();
    await sidebar().getByLabel('Areas in').selectOption({ label: 'Ohio' });
    await sidebar().getByRole('button', { name: 'Insert tables' }).click();
    const status = await settledStatus('reference-status');
    expect(status.error).toBe(false);
    expect(status.text).toContain('Area wages — Medical Records Specialists (29-2072), Ohio');
    await expect.poll(() => page.getByRole('tab').count()).toBe(before + 4);
    await expect.poll(() => activeTab().textContent()).toMatch(/^Area wages|^Job outlook|^Credential catalogue|^State wages/);
    await page.getByRole('tab', { name: 'Area wages — Medical Records Specialists (29-2072), Ohio' }).click();
    await expect.poll(() => page.locator('td', { hasText: /^Columbus, OH$/ }).count()).toBe(1);
    await shot('area-wage-table');
    await page.locator('#close-sidebar').click();
    expect(problems).toEqual([]);
  });

  it('reviews the Team example tab and suggests pay bands for "Columbus, OH"', async () => {
    await page.getByRole('tab', { name: 'Team', exact: true }).click();
    await expect.poll(() => activeTab().textContent()).toBe('Team');
    await cell(1, 1).click();
    await cell(9, 7).click({ modifiers: ['Shift'] });
    await expect.poll(() => page.locator('#name-box').textContent()).toBe('A1:G9');
    await sidebarPage('Review team pay…', 'team');
    await sidebar().getByRole('button', { name: 'Read selection' }).click();
    expect((await settledStatus('roster-status')).text).toMatch(/^Read 'Team'!A1:G9: 8 rows under the headers/);
    await sidebar().getByRole('button', { name: 'Build review' }).click();
    const review = await settledStatus('review-status');
    expect(review.error).toBe(false);
    expect(review.text).toMatch(/^Built "Pay review": /);
    await expect.poll(() => activeTab().textContent()).toBe('Pay review');
    await expect.poll(() => page.locator('td', { hasText: /^A\. Rivera$/ }).count()).toBe(1);
    await shot('team-review');

    await sidebar().getByLabel('Area', { exact: true }).fill('Columbus, OH');
    await sidebar().getByRole('button', { name: 'Suggest pay bands' }).click();
    const bands = await settledStatus('bands-status');
    expect(bands.error).toBe(false);
    expect(bands.text).toMatch(/^Built "Pay bands — Columbus, OH/);
    await expect.poll(() => activeTab().textContent()).toMatch(/^Pay bands — Columbus, OH/);
    await expect.poll(() => page.locator('td', { hasText: /^Entry/ }).count()).toBeGreaterThan(0);
    await shot('pay-bands-columbus');
    await page.locator('#close-sidebar').click();
    expect(problems).toEqual([]);
  });

  it('plans a career at the default place (US) and at an area', async () => {
    await sidebarPage('Plan a career…', 'career');
    expect(await sidebar().getByLabel('Where you work').inputValue()).toBe('US');
    await sidebar().getByRole('button', { name: 'Build plan' }).click();
    const national = await settledStatus('career-status');
    expect(national.error).toBe(false);
    expect(national.text).toMatch(/^Built "Career plan for United States": 11 years, 2 credentials, the wage trend\.$/);
    await expect.poll(() => activeTab().textContent()).toBe('Career plan for United States');
    await expect.poll(() => page.locator('#charts figure svg polyline').count()).toBeGreaterThanOrEqual(2);
    await shot('career-plan-us');

    await sidebar().getByLabel('Where you work').fill('Columbus, OH');
    await sidebar().getByRole('button', { name: 'Build plan' }).click();
    const area = await settledStatus('career-status');
    expect(area.error).toBe(false);
    expect(area.text).toMatch(/^Built "Career plan for Columbus, OH": 11 years, 2 credentials, the wage trend\.$/);
    await expect.poll(() => activeTab().textContent()).toBe('Career plan for Columbus, OH');
    await shot('career-plan-columbus');
    expect(problems).toEqual([]);
  });

  it('answers a misspelt place with the nearest one, next to the button pressed and in view', async () => {
    const sheets = await page.getByRole('tab').count();
    await sidebar().getByLabel('Where you work').fill('Ohoi');
    await sidebar().getByRole('button', { name: 'Build plan' }).click();
    const status = await settledStatus('career-status');
    expect(status.error).toBe(true);
    expect(status.text).toMatch(/"Ohoi".*Ohio/);
    expect(await page.getByRole('tab').count()).toBe(sheets);
    await shot('misspelt-place');
    await page.locator('#close-sidebar').click();
    expect(problems).toEqual([]);
  });

  it('shows PATH_COMPARE over a column of plans on the "Career over time" tab, spilled whole with nothing in its way', async () => {
    await page.getByRole('tab', { name: 'Career over time', exact: true }).click();
    await expect.poll(() => activeTab().textContent()).toBe('Career over time');
    await expect.poll(() => cell(50, 1).textContent()).toBe('Year');
    expect(await cell(45, 1).textContent()).toBe('none');
    expect(await cell(50, 9).textContent()).toBe('bachelor:0, RHIA:4: cumulative net');
    expect(await cell(62, 1).textContent()).toBe('Overtakes Straight to work in year');
    expect(await Promise.all([5, 7, 9].map((column) => cell(62, column).textContent()))).toEqual([
      '7',
      'not within 10 years',
      'not within 10 years',
    ]);
    // No cell of the tab shows an error: CAREER_PATH above and PATH_COMPARE below each spill whole.
    expect(await page.locator('#grid td.err').count()).toBe(0);
    await cell(44, 1).scrollIntoViewIfNeeded();
    await shot('career-over-time-path-compare');
    expect(problems).toEqual([]);
  });

  it('compares the default ways in for "US": the table, the year each overtakes straight to work, and the chart', async () => {
    await sidebarPage('Plan a career…', 'career');
    await sidebar().getByLabel('Ways in, side by side').check();
    expect(await sidebar().getByLabel('Where you would work').inputValue()).toBe('US');
    await expect.poll(() => sidebar().getByLabel('Way 2').inputValue()).toBe('certificate:0, CPC:1');
    // The sidebar from its top: the switch between one plan and ways in, then the form.
    await sidebar().locator('body').evaluate('window.scrollTo(0, 0)');
    await shot('ways-in-form');
    await sidebar().getByRole('button', { name: 'Compare ways in' }).click();
    expect(await settledStatus('ways-status')).toEqual({
      text: 'Built "Ways in for United States": 4 ways in over 10 years.',
      error: false,
    });
    await expect.poll(() => activeTab().textContent()).toBe('Ways in for United States');

    const overtaking = page.locator('td[data-cell$=",1"]', { hasText: /^Overtakes Straight to work in year$/ });
    await overtaking.waitFor();
    const last = Number((await overtaking.getAttribute('data-cell'))!.split(',')[0]);
    const header = last - 12;
    const headers = await Promise.all(Array.from({ length: 9 }, (_, i) => cell(header, i + 1).textContent()));
    expect(headers).toEqual([
      'Year',
      'Straight to work: pay',
      'Straight to work: cumulative net',
      'certificate:0, CPC:1: pay',
      'certificate:0, CPC:1: cumulative net',
      'associate:0, CCS:3: pay',
      'associate:0, CCS:3: cumulative net',
      'bachelor:0, RHIA:4: pay',
      'bachelor:0, RHIA:4: cumulative net',
    ]);
    for (let row = header + 1; row < last; row++) {
      expect(await cell(row, 1).textContent()).toBe(String(row - header - 1));
      for (let column = 2; column <= 9; column++) expect(await cell(row, column).textContent()).toMatch(/^-?\$\d{1,3}(,\d{3})*$/);
    }
    // A school year: tuition paid, no pay.
    expect(await cell(header + 1, 8).textContent()).toBe('$0');
    expect(await cell(header + 1, 9).textContent()).toMatch(/^-\$/);
    const answers = await Promise.all([5, 7, 9].map((column) => cell(last, column).textContent()));
    expect(answers).toEqual(['7', 'not within 10 years', 'not within 10 years']);

    // Nothing in the table is cut off: every header word and figure fits its column.
    const clipped = await page.evaluate(`[...document.querySelectorAll('#grid td[data-cell]')]
      .filter((td) => {
        const row = Number(td.dataset.cell.split(',')[0]);
        return row >= ${header} && row <= ${last} && td.scrollWidth > td.clientWidth;
      })
      .map((td) => td.dataset.cell + ': ' + td.textContent)`);
    expect(clipped).toEqual([]);

    // One line per way, under the table, in view beside the sidebar and over no cell with content.
    const figure = page.locator('#charts figure');
    await expect.poll(() => figure.count()).toBe(1);
    expect(await figure.locator('h2').textContent()).toBe("Cumulative earnings less school and credential costs (today's dollars)");
    await expect.poll(() => figure.locator('svg polyline').count()).toBe(4);
    // The legend tells the lines apart: each way's name beside a swatch of its line's colour.
    const strokes = (selector: string): Promise<(string | null)[]> =>
      figure.locator(selector).evaluateAll((lines) => lines.map((line) => line.getAttribute('stroke')));
    const lineColours = await strokes('svg polyline');
    expect(new Set(lineColours).size).toBe(4);
    expect(await strokes('svg line.legend-swatch')).toEqual(lineColours);
    const chartBox = (await figure.boundingBox())!;
    expect(chartBox.y).toBeGreaterThanOrEqual((await cell(last, 1).boundingBox())!.y + (await cell(last, 1).boundingBox())!.height);
    const [top, left] = [chartBox.y, chartBox.x];
    const [bottom, right] = [top + chartBox.height, left + chartBox.width];
    const covered = await page.evaluate(`[...document.querySelectorAll('#grid td[data-cell]')]
      .filter((td) => {
        const box = td.getBoundingClientRect();
        return td.textContent !== '' && box.bottom > ${top} && box.top < ${bottom} && box.right > ${left} && box.left < ${right};
      })
      .map((td) => td.dataset.cell)`);
    expect(covered).toEqual([]);
    const sidebarBox = (await page.locator('#sidebar').boundingBox())!;
    expect(chartBox.x + chartBox.width).toBeLessThanOrEqual(sidebarBox.x);

    await cell(header, 1).scrollIntoViewIfNeeded();
    await shot('ways-in-us');
    await figure.scrollIntoViewIfNeeded();
    await shot('ways-in-us-chart');
    await page.locator('td[data-cell$=",1"]', { hasText: /^What each way in means$/ }).scrollIntoViewIfNeeded();
    await shot('ways-in-us-meaning');
    await page.locator('#close-sidebar').click();
    expect(problems).toEqual([]);
  });
});
