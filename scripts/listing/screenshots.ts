/**
 * The listing's screenshots, taken from the local preview as `npm start` serves it (the real
 * built Code.js computing the cells, the real built sidebar), at the Marketplace's 1280 × 800.
 * Each shot is driven the way a person would use the add-on — menu, sidebar, buttons — and
 * waits on what the page shows, never on time. Before each capture the shot's subject (the
 * cells, chart or message it is about) is measured: every part must lie inside the window and
 * the grid's visible area and clear of the open sidebar, and no toast may lie over the sheet;
 * otherwise capturing stops with the reason.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCREENSHOT, type ScreenshotEntry } from './listingSource';

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** A part of the shot's subject: something in the grid, or a panel laid over it. */
export interface Subject {
  readonly name: string;
  readonly locator: Locator;
  /** Laid over the grid (the error popup), so measured against the window, not the grid's visible area. */
  readonly overlay?: boolean;
}

/** Why the subject is not fully in view and clear of the sidebar; empty when it is. */
export async function subjectProblems(page: Page, subjects: readonly Subject[]): Promise<string[]> {
  const problems: string[] = [];
  const viewport = page.viewportSize()!;
  const window: Box = { x: 0, y: 0, width: viewport.width, height: viewport.height };
  const grid = await page.locator('#grid-wrap').boundingBox();
  const sidebar = (await page.locator('#sidebar').isVisible()) ? await page.locator('#sidebar').boundingBox() : null;
  // The grid's visible area: its scroll box less the scroll bars (clientWidth/Height).
  const gridView = await page.locator('#grid-wrap').evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left, y: r.top, width: el.clientWidth, height: el.clientHeight };
  });
  if (!grid) problems.push('the grid is not on the page.');
  for (const subject of subjects) {
    const count = await subject.locator.count();
    if (count === 0) problems.push(`${subject.name}: not on the page.`);
    for (let i = 0; i < count; i++) {
      const box = await subject.locator.nth(i).boundingBox();
      const label = count > 1 ? `${subject.name} #${i + 1}` : subject.name;
      if (!box) problems.push(`${label}: not visible.`);
      else if (!inside(box, window)) problems.push(`${label}: cut off by the window (${JSON.stringify(box)}).`);
      else if (!subject.overlay && !inside(box, gridView))
        problems.push(`${label}: outside the grid's visible area (${JSON.stringify(box)}).`);
      else if (sidebar && overlaps(box, sidebar)) problems.push(`${label}: under the sidebar.`);
    }
  }
  const edges = await scrolledEdges(page);
  if (edges.rowCut > 0.5) problems.push('the first row that scrolls is cut in half under the headers.');
  if (edges.columnCut > 0.5) problems.push('the first column that scrolls is cut in half under the frozen columns.');
  if (await page.locator('#toast').isVisible()) problems.push('a toast lies over the sheet.');
  if (sidebar) problems.push(...(await textUnderSidebar(page, gridView, sidebar)));
  return problems;
}

/**
 * Cells of the rows in view whose text reaches under the open sidebar. (A long line running off
 * the window's right edge is how a sheet shows long text; under a panel it reads as hidden.)
 * Page code is text here and below: these scripts are type-checked without the browser's globals.
 */
const TEXT_UNDER_PANEL = `(view, panel) => {
  const hidden = [];
  for (const td of document.querySelectorAll('#grid td')) {
    if (!td.textContent.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(td);
    const text = range.getBoundingClientRect();
    const rowInView = text.bottom > view.y && text.top < view.y + view.height;
    if (rowInView && text.right > panel.x && text.left < panel.x + panel.width)
      hidden.push('cell ' + td.dataset.cell + ' ("' + td.textContent.slice(0, 30) + '…") runs under the sidebar.');
  }
  return hidden;
}`;

function textUnderSidebar(page: Page, gridView: Box, sidebar: Box): Promise<string[]> {
  return page.evaluate(`(${TEXT_UNDER_PANEL})(${JSON.stringify(gridView)}, ${JSON.stringify(sidebar)})`);
}

const sidebarFrame = (page: Page) => page.frameLocator('#sidebar-frame');
const cell = (page: Page, row: number, column: number) => page.locator(`td[data-cell="${row},${column}"]`);
const cellWithText = (page: Page, text: string) =>
  page.locator('#grid td', { hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });

async function menu(page: Page, caption: string): Promise<void> {
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: caption }).click();
}

async function openSidebar(page: Page, caption: string, name: string): Promise<void> {
  await menu(page, caption);
  await sidebarFrame(page).locator(`body[data-page="${name}"][data-ready="true"]`).waitFor();
}

/** Presses a sidebar button and waits until its status line settles on a message that is not an error. */
async function press(page: Page, button: string, statusId: string): Promise<string> {
  const sidebar = sidebarFrame(page);
  await sidebar.getByRole('button', { name: button, exact: true }).click();
  const status = sidebar.locator(`#${statusId}`);
  await status.filter({ hasText: /\S/ }).waitFor();
  await sidebar.locator(`form:has(#${statusId})[aria-busy="true"]`).waitFor({ state: 'detached' });
  const text = (await status.textContent()) ?? '';
  if (await status.evaluate((el) => el.classList.contains('error'))) throw new Error(`${button}: ${text}`);
  return text;
}

/**
 * The toast that follows a build sits over the grid for a few seconds: close it as a person
 * would, right after the build (it shows for 8 s, and waiting that out took most of a shot's time).
 */
async function toastGone(page: Page): Promise<void> {
  const toast = page.locator('#toast');
  await toast.waitFor();
  await page.locator('#toast-close').click();
  await toast.waitFor({ state: 'hidden' });
}

async function closeSidebar(page: Page): Promise<void> {
  await page.locator('#close-sidebar').click();
  await page.locator('#sidebar').waitFor({ state: 'hidden' });
}

/**
 * The first row and column that scroll (below the frozen rows, right of the frozen columns and
 * the headers), and how much of each lies hidden under what stays put: the grid's own edges.
 * In a row that scrolls, what stays put is sticky: the row number and the frozen columns.
 */
const SCROLLED_EDGES = `(() => {
  const wrap = document.getElementById('grid-wrap');
  const top = Math.max(wrap.getBoundingClientRect().top,
    ...[...wrap.querySelectorAll('thead tr, tr.frozen')].map((tr) => tr.getBoundingClientRect().bottom));
  const firstRow = wrap.querySelector('tbody tr:not(.frozen)');
  const sticky = (cell) => getComputedStyle(cell).position === 'sticky';
  const left = Math.max(wrap.getBoundingClientRect().left,
    ...[...(firstRow ? firstRow.children : [])].filter(sticky).map((cell) => cell.getBoundingClientRect().right));
  const row = [...wrap.querySelectorAll('tbody tr:not(.frozen)')].map((tr) => tr.getBoundingClientRect())
    .find((b) => b.top < top - 0.5 && b.bottom > top + 0.5);
  const column = [...(firstRow ? firstRow.querySelectorAll('td') : [])].filter((td) => !sticky(td))
    .map((td) => td.getBoundingClientRect()).find((b) => b.left < left - 0.5 && b.right > left + 0.5);
  return { rowCut: row ? row.bottom - top : 0, columnCut: column ? column.right - left : 0 };
})()`;

const scrolledEdges = (page: Page): Promise<{ rowCut: number; columnCut: number }> => page.evaluate(SCROLLED_EDGES);

/**
 * Scrolls the grid so the element is in view, as a person scrolls to a chart or a column, then
 * on to the next row and column boundary, as Sheets scrolls: no row or column is left half
 * hidden under the headers or the frozen rows and columns.
 */
async function scrollTo(locator: Locator): Promise<void> {
  await locator.evaluate((el) => el.scrollIntoView({ block: 'end', inline: 'end' }));
  const edges = await scrolledEdges(locator.page());
  await locator
    .page()
    .locator('#grid-wrap')
    .evaluate((wrap, { rowCut, columnCut }) => {
      wrap.scrollTop += Math.ceil(rowCut);
      wrap.scrollLeft += Math.ceil(columnCut);
    }, edges);
}

const columns = (page: Page, texts: readonly string[]): Subject[] =>
  texts.map((text) => ({ name: `the "${text}" cell`, locator: cellWithText(page, text) }));

/** A screenshot: how to bring the page to it, and what it shows (which must be in view). */
interface Shot {
  /**
   * Below 1, the page is laid out in a window 1/zoom times larger and rendered down to
   * 1280 × 800, as a browser zoomed out shows it: for a sheet wider than 1280 pixels.
   */
  readonly zoom?: number;
  drive(page: Page): Promise<Subject[]>;
}

export const SHOTS: Readonly<Record<string, Shot>> = {
  'screenshot-1-examples.png': {
    // The Examples tab as the preview opens, a formula selected and the typo's error under the pointer.
    async drive(page) {
      await cell(page, 3, 3).click();
      await page.waitForFunction("document.getElementById('formula').value.startsWith('=CODER_SALARY(')");
      await cell(page, 16, 2).hover();
      await page.locator('#error-popup').waitFor();
      return [
        ...columns(page, ['State', 'Estimate with CPC', 'Published median']),
        { name: 'the estimate C3', locator: cell(page, 3, 3) },
        { name: 'the typo B16', locator: cell(page, 16, 2) },
        { name: 'the error message', locator: page.locator('#error-popup'), overlay: true },
      ];
    },
  },
  'screenshot-2-comparison.png': {
    async drive(page) {
      await openSidebar(page, 'Build comparison…', 'comparison');
      await press(page, 'Build', 'status');
      await toastGone(page);
      // The sheet's source lines are long: with the sidebar closed they run to the window's edge, not under a panel.
      await closeSidebar(page);
      const chart = page.locator('#charts figure');
      await chart.first().waitFor();
      await scrollTo(chart.first());
      return [...columns(page, ['State', 'Estimated annual pay', '90th percentile']), { name: 'the chart', locator: chart }];
    },
  },
  'screenshot-3-career-plan.png': {
    async drive(page) {
      await openSidebar(page, 'Plan a career…', 'career');
      await press(page, 'Build plan', 'career-status');
      await toastGone(page);
      const plan = page.locator('#charts figure').first();
      await page.locator('#charts figure svg polyline').nth(1).waitFor();
      await scrollTo(plan);
      return [
        ...columns(page, ['Years of experience', 'Credentials held', 'Pay without the plan']),
        { name: "the plan's chart", locator: plan },
      ];
    },
  },
  'screenshot-4-team-review.png': {
    // The review has sixteen columns and its chart below: zoomed out, all of it is in view.
    zoom: 0.8,
    async drive(page) {
      // The Team example's first three people with their headers (its later rows show the
      // review's notes on a blank and a misspelt row, which run wider than the window).
      await page.getByRole('tab', { name: 'Team', exact: true }).click();
      await cell(page, 1, 1).click();
      await cell(page, 4, 7).click({ modifiers: ['Shift'] });
      await page.locator('#name-box', { hasText: 'A1:G4' }).waitFor();
      await openSidebar(page, 'Review team pay…', 'team');
      await press(page, 'Read selection', 'roster-status');
      await press(page, 'Build review', 'review-status');
      await toastGone(page);
      await closeSidebar(page);
      await page.getByRole('tab', { name: 'Pay review', exact: true, selected: true }).waitFor();
      return [
        { name: 'the first person', locator: cellWithText(page, 'A. Rivera') },
        ...columns(page, ['Name', 'Market estimate', 'Compa-ratio', 'Raise to market estimate', 'Notes']),
        { name: 'the chart', locator: page.locator('#charts figure') },
      ];
    },
  },
};

/** A preview being served: where, and how to stop it. */
export interface ServedPreview {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Takes the listing's screenshots into outDir and returns their files. Each shot gets a preview
 * of its own (the preview keeps one spreadsheet for every page it serves), so each starts from
 * the example sheets a new user sees.
 */
export async function captureScreenshots(
  browser: Browser,
  startPreview: () => Promise<ServedPreview>,
  shots: readonly ScreenshotEntry[],
  outDir: string,
): Promise<string[]> {
  for (const shot of shots) {
    const take = SHOTS[shot.file];
    if (!take) throw new Error(`listing.json lists ${shot.file}, which the screenshot script does not take.`);
    const preview = await startPreview();
    const zoom = take.zoom ?? 1;
    const page = await browser.newPage({
      viewport: { width: Math.round(SCREENSHOT.width / zoom), height: Math.round(SCREENSHOT.height / zoom) },
      deviceScaleFactor: zoom,
    });
    try {
      await page.goto(preview.url);
      await cell(page, 3, 3).filter({ hasText: '$' }).waitFor();
      const subjects = await take.drive(page);
      const problems = await subjectProblems(page, subjects);
      if (problems.length) {
        const rejected = join(tmpdir(), `rejected-${shot.file}`);
        await page.screenshot({ path: rejected });
        throw new Error(`${shot.file}: ${problems.join(' ')} (the page as it was: ${rejected})`);
      }
      await page.screenshot({ path: join(outDir, shot.file) });
    } finally {
      await page.close();
      await preview.close();
    }
  }
  return shots.map((shot) => shot.file);
}
