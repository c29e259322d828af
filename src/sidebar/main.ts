/**
 * The sidebar: a tab per page, each page its own module; this file only routes between them
 * and loads the lists every page draws from (getSidebarOptions).
 */
import { byId } from './dom';
import type { SidebarPage } from './page';
import { server } from './serverCall';
import { plainMessage, setStatus } from './working';
import { comparisonPage } from './comparisonPage';
import { referencePage } from './referencePage';
import { teamPage } from './teamPage';
import { careerPage } from './careerPage';

/** In tab order. */
const PAGES: readonly SidebarPage[] = [comparisonPage, referencePage, teamPage, careerPage];

function showPage(page: string): void {
  for (const { name } of PAGES) {
    const tab = byId(`tab-${name}`);
    byId(`page-${name}`).hidden = name !== page;
    tab.setAttribute('aria-selected', String(name === page));
    // One tab stop for the tab list; the arrow keys move between tabs (the ARIA tabs pattern).
    tab.tabIndex = name === page ? 0 : -1;
  }
}

function onTabKey(event: KeyboardEvent): void {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
  const current = PAGES.findIndex(({ name }) => byId(`tab-${name}`) === event.target);
  const next = PAGES[(current + (event.key === 'ArrowRight' ? 1 : PAGES.length - 1)) % PAGES.length]!.name;
  showPage(next);
  byId(`tab-${next}`).focus();
  event.preventDefault();
}

async function start(): Promise<void> {
  const opening = PAGES.find((p) => p.name === document.body.dataset.page) ?? PAGES[0]!;
  showPage(opening.name);
  for (const page of PAGES) {
    const tab = byId(`tab-${page.name}`);
    tab.addEventListener('click', () => showPage(page.name));
    tab.addEventListener('keydown', onTabKey);
    page.wire();
  }
  setStatus('status', 'Loading…');
  try {
    const options = await server.getSidebarOptions();
    for (const page of PAGES) page.fill(options);
    byId('vintage').textContent = `Data: ${options.dataVintage}.`;
    // Under every place field and the roster's columns: where a remote job is priced.
    for (const note of document.querySelectorAll<HTMLElement>('.place-note')) note.textContent = options.placeNote;
    setStatus('status', '');
    document.body.dataset.ready = 'true';
  } catch (error) {
    setStatus('status', `Could not load the lists: ${plainMessage(error)}`, true);
  }
}

void start();
