/**
 * Comparison sheets as a person sees them: built through the sidebar in the local preview, in a
 * 1280-px window with the 300-px sidebar open. Every header shows its whole text, and the chart
 * sits beside or below the table, outside the frozen rows, where the sidebar does not cover it.
 * Screenshots go to test-results/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { launchBrowser, screenshotPath } from '../support/browser';
import { startPreviewServer, type PreviewServer } from '../../scripts/preview/server';

let browser: Browser;
let preview: PreviewServer;
let page: Page;

beforeAll(async () => {
  preview = await startPreviewServer({ dist: 'dist', port: 0 });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(preview.url);
  await page.locator('td[data-cell="3,3"]', { hasText: '$' }).waitFor();
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Build comparison…' }).click();
  await sidebar().locator('body[data-ready="true"]').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

const sidebar = (): FrameLocator => page.frameLocator('#sidebar-frame');

async function setChecked(id: string, checked: boolean): Promise<void> {
  await sidebar().locator(`#${id}`).setChecked(checked);
}

/** Ticks exactly these items of a list in the sidebar. */
async function pick(name: string, values: readonly string[]): Promise<void> {
  const inputs = sidebar().locator(`input[name="${name}"]`);
  for (let i = 0; i < (await inputs.count()); i++) {
    const input = inputs.nth(i);
    await input.setChecked(values.includes((await input.getAttribute('value')) ?? ''));
  }
}

async function columns(chosen: { range: boolean; hourly: boolean; cost: boolean; employment: boolean; outlook: boolean }) {
  await setChecked('col-range', chosen.range);
  await setChecked('col-hourly', chosen.hourly);
  await setChecked('col-cost', chosen.cost);
  await setChecked('col-employment', chosen.employment);
  await setChecked('col-outlook', chosen.outlook);
}

async function build(title: string, rows: number, kind = ''): Promise<void> {
  await sidebar().getByLabel('Title (optional)').fill(title);
  await sidebar().getByRole('button', { name: 'Build' }).click();
  await expect.poll(() => sidebar().locator('#status').textContent()).toBe(`Built "${title}": ${rows} rows${kind}.`);
  await expect.poll(() => page.getByRole('tab', { name: title }).getAttribute('aria-selected')).toBe('true');
  await expect.poll(() => page.locator('#charts rect').count()).toBe(rows);
}

interface Layout {
  /** Cells whose text is wider than the cell and has no room to run on: cut off. */
  readonly cutOff: string[];
  /** Cells whose text, where it runs on, lies under the chart. */
  readonly underChart: string[];
  readonly chart: { left: number; right: number; top: number; bottom: number };
  readonly visible: { left: number; right: number };
  readonly frozenBottom: number;
  /** Right edge of the last table column, bottom of the last row with content. */
  readonly tableRight: number;
  readonly contentBottom: number;
}

/**
 * Screenshots the new sheet as it opens and, when the chart lies further down, once more
 * scrolled to it; then measures the sheet as drawn.
 */
async function look(name: string): Promise<Layout> {
  await page.screenshot({ path: screenshotPath(`${name}.png`) });
  // An expression, not a function: a string handed to evaluate is not called.
  const inView = await page.evaluate(
    `document.querySelector('#charts figure').getBoundingClientRect().bottom <= document.getElementById('grid-wrap').getBoundingClientRect().bottom`,
  );
  if (!inView) {
    await page.locator('#charts figure').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath(`${name}-chart.png`) });
    // Measured from the top: scrolled, the frozen rows would lie over the chart on screen.
    await page.evaluate("document.getElementById('grid-wrap').scrollTop = 0");
  }
  // A string, as the test code is type-checked without the DOM library.
  return page.evaluate(`(() => {
    const wrap = document.getElementById('grid-wrap').getBoundingClientRect();
    const cells = [...document.querySelectorAll('#grid td[data-cell]')];
    const cutOff = cells
      .filter((td) => td.textContent && !td.classList.contains('spill') && td.scrollWidth > td.clientWidth)
      .map((td) => td.dataset.cell + ': ' + td.textContent);
    const figure = document.querySelector('#charts figure').getBoundingClientRect();
    const overlaps = (r) => r.right > figure.left && r.left < figure.right && r.bottom > figure.top && r.top < figure.bottom;
    const textRect = (td) => {
      const range = document.createRange();
      range.selectNodeContents(td);
      return range.getBoundingClientRect();
    };
    const underChart = cells.filter((td) => td.textContent && overlaps(textRect(td))).map((td) => td.dataset.cell + ': ' + td.textContent);
    const frozen = [...document.querySelectorAll('#grid tr.frozen')].at(-1).getBoundingClientRect();
    const filled = cells.filter((td) => td.textContent);
    const header = filled.filter((td) => td.closest('tr').classList.contains('frozen-edge'));
    return {
      cutOff,
      underChart,
      chart: { left: figure.left, right: figure.right, top: figure.top, bottom: figure.bottom },
      visible: { left: wrap.left, right: wrap.right },
      frozenBottom: frozen.bottom,
      tableRight: Math.max(...header.map((td) => td.getBoundingClientRect().right)),
      contentBottom: Math.max(...filled.map((td) => td.getBoundingClientRect().bottom)),
    };
  })()`);
}

function expectReadable(l: Layout): void {
  expect(l.cutOff).toEqual([]);
  expect(l.underChart).toEqual([]);
  // Not under the sidebar, not off the left edge.
  expect(l.chart.right).toBeLessThanOrEqual(l.visible.right);
  expect(l.chart.left).toBeGreaterThanOrEqual(l.visible.left);
  // Outside the frozen rows, and beside or below the table rather than over it.
  expect(l.chart.top).toBeGreaterThanOrEqual(l.frozenBottom);
  expect(l.chart.left >= l.tableRight || l.chart.top >= l.contentBottom).toBe(true);
}

describe('comparison sheets in a 1280-px window with the sidebar open', () => {
  it('a 5-state comparison with every column', async () => {
    await sidebar().getByRole('button', { name: 'Clear' }).click();
    for (const code of ['CA', 'TX', 'NY', 'FL', 'WA']) await sidebar().locator(`input[name="state"][value="${code}"]`).check();
    await columns({ range: true, hourly: true, cost: true, employment: true, outlook: true });
    await build('Five states', 5);
    const l = await look('comparison-states');
    expectReadable(l);
  });

  it('a credentials comparison in one state', async () => {
    await sidebar().getByLabel('Compare').selectOption('credentials');
    await pick('credential', ['none', 'CPC', 'CCS', 'RHIT', 'CPC, CRC']);
    await sidebar().getByLabel('Place', { exact: true }).fill('FL');
    await columns({ range: true, hourly: true, cost: false, employment: false, outlook: true });
    await build('Credentials in Florida', 5);
    const l = await look('comparison-credentials');
    expectReadable(l);
  });

  it('an experience comparison in one state, as live formulas', async () => {
    await sidebar().getByLabel('Compare').selectOption('years');
    await pick('years', ['0', '2', '5', '10', '20']);
    await sidebar().getByLabel('Place', { exact: true }).fill('Texas');
    await columns({ range: true, hourly: true, cost: true, employment: true, outlook: true });
    await sidebar().getByLabel('Live formulas — need the add-on').check();
    await build('Experience in Texas', 5, ' of live formulas');
    const l = await look('comparison-experience');
    expectReadable(l);
  });

  it('a work-setting comparison of every setting, as live formulas whose labels the functions read', async () => {
    await sidebar().getByLabel('Compare').selectOption('settings');
    const settings = await sidebar()
      .locator('input[name="setting"]')
      .evaluateAll((inputs) => inputs.map((i) => i.getAttribute('value') ?? ''));
    expect(settings).toHaveLength(7);
    await pick('setting', settings);
    await sidebar().getByLabel('Place', { exact: true }).fill('Ohio');
    await columns({ range: false, hourly: true, cost: false, employment: false, outlook: false });
    await sidebar().getByLabel('Live formulas — need the add-on').check();
    await build('Settings in Ohio', 7, ' of live formulas');
    const l = await look('comparison-settings');
    expectReadable(l);
    // A live column reads its labels back: no label cell's row shows an error.
    await expect.poll(() => page.locator('td', { hasText: /^#/ }).count()).toBe(0);
  });

  it("a state's areas adjusted for cost of living: each area's own BEA parity, named in the sources", async () => {
    await sidebar().getByLabel('Compare').selectOption('states');
    await sidebar().getByLabel('Places listed').selectOption('areas:DE');
    await sidebar().getByRole('button', { name: 'All', exact: true }).click();
    const count = Number(/^(\d+) selected/.exec((await sidebar().locator('#state-count').textContent()) ?? '')?.[1]);
    await columns({ range: false, hourly: false, cost: true, employment: false, outlook: false });
    await sidebar().locator('#col-cost-to').selectOption('CA');
    await sidebar().getByLabel('Values — anyone can read them').check();
    await build('Delaware areas in California prices', count);
    const l = await look('comparison-areas-cost-of-living');
    expectReadable(l);
    await expect
      .poll(() => page.locator('td', { hasText: /^Cost of living in an area uses BEA RPP 2024 of the metropolitan area itself/ }).count())
      .toBe(1);
    await expect
      .poll(() =>
        page
          .locator('td', {
            hasText: 'Cost of living: BEA RPP 2024, Delaware, no nonmetropolitan parity for Sussex Delaware nonmetropolitan area.',
          })
          .count(),
      )
      .toBe(1);
  });

  // Last: it leaves the list on California's areas.
  it("a state's metropolitan and nonmetropolitan areas, as live formulas", async () => {
    await sidebar().getByLabel('Compare').selectOption('states');
    await sidebar().getByLabel('Places listed').selectOption('areas:CA');
    await sidebar().getByRole('button', { name: 'All', exact: true }).click();
    const count = Number(/^(\d+) selected/.exec((await sidebar().locator('#state-count').textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThan(20);
    await columns({ range: true, hourly: false, cost: false, employment: true, outlook: false });
    await sidebar().getByLabel('Live formulas — need the add-on').check();
    await build('California areas', count, ' of live formulas');
    const l = await look('comparison-areas');
    expectReadable(l);
  });
});
