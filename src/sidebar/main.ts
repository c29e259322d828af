/**
 * The sidebar: choose what to compare, hold the rest fixed, pick columns and press Build.
 * Every list comes from the server (getSidebarOptions) so the sidebar offers exactly what
 * the server accepts; the server validates everything again.
 */
import type { CompareDimension, ComparisonRequest, SidebarOptions, StateSelection } from '../addon/requests';
import { byId, el } from './dom';
import { server } from './serverCall';

const CREDENTIAL_SETS = ['none', 'CPC, CRC', 'CPC, CRC, CIC'];
const SETTING_LABELS: Record<string, string> = { any: 'Any setting', hospital: 'Hospital', 'physician office': 'Physician office' };

let options: SidebarOptions;
let stateSelection: StateSelection = 'chosen';

function checkbox(name: string, value: string, label: string, checked = false): HTMLLabelElement {
  return el('label', { class: 'check' }, el('input', { type: 'checkbox', name, value, checked }), label);
}

function option(value: string, label: string, selected = false): HTMLOptionElement {
  return el('option', { value, selected }, label);
}

function checkedValues(name: string): string[] {
  return [...document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
}

function setStatus(id: string, message: string, isError = false): void {
  const status = byId<HTMLParagraphElement>(id);
  status.textContent = message;
  status.classList.toggle('error', isError);
}

function fillLists(): void {
  byId('state-list').replaceChildren(...options.states.map((s) => checkbox('state', s.code, `${s.name} (${s.code})`)));
  byId('credential-list').replaceChildren(
    ...CREDENTIAL_SETS.slice(0, 1).map((c) => checkbox('credential', c, 'No credential', true)),
    ...options.credentials.map((c) => checkbox('credential', c.code, `${c.code} — ${c.name} (${c.issuer})`, c.code === 'CPC')),
    ...CREDENTIAL_SETS.slice(1).map((c) => checkbox('credential', c, `${c} together`, c === 'CPC, CRC')),
  );
  byId('years-list').replaceChildren(
    ...options.experienceLevels.map((y) => checkbox('years', String(y), `${y} ${y === 1 ? 'year' : 'years'}`, [0, 5, 10, 20].includes(y))),
  );
  byId('role-list').replaceChildren(...options.roles.map((r) => checkbox('role', r.value, r.label, true)));
  byId('setting-list').replaceChildren(...options.settings.map((s) => checkbox('setting', s, SETTING_LABELS[s] ?? s, true)));
  const stateOptions = (selected: string) => options.states.map((s) => option(s.code, `${s.name} (${s.code})`, s.code === selected));
  byId('fixed-state').replaceChildren(...stateOptions('US'));
  byId('col-cost-to').replaceChildren(...stateOptions('US'));
  byId('fixed-role').replaceChildren(...options.roles.map((r) => option(r.value, r.label, r.value === 'coder')));
  byId('ref-role').replaceChildren(...options.roles.map((r) => option(r.value, r.label, r.value === 'coder')));
  byId('fixed-setting').replaceChildren(...options.settings.map((s) => option(s, SETTING_LABELS[s] ?? s, s === 'any')));
  byId<HTMLInputElement>('title').maxLength = options.limits.maxTitle;
  byId('vintage').textContent = `Data: ${options.dataVintage}.`;
}

function updateStateCount(): void {
  const count = checkedValues('state').length;
  const described = { chosen: '', all: ' (all states)', top10: ' (top 10 by median)', bottom10: ' (bottom 10 by median)' }[stateSelection];
  byId('state-count').textContent = `${count} selected${described}`;
}

function selectStates(kind: string): void {
  const role = byId<HTMLSelectElement>('fixed-role').value || 'coder';
  const byMedian = options.states.filter((s) => s.code !== 'US').sort((a, b) => (b.medians[role] ?? 0) - (a.medians[role] ?? 0));
  const chosen = new Set(
    kind === 'all'
      ? byMedian.map((s) => s.code)
      : kind === 'top10'
        ? byMedian.slice(0, 10).map((s) => s.code)
        : kind === 'bottom10'
          ? byMedian.slice(-10).map((s) => s.code)
          : [],
  );
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name="state"]')) input.checked = chosen.has(input.value);
  stateSelection = kind === 'clear' ? 'chosen' : (kind as StateSelection);
  updateStateCount();
}

function filterStates(text: string): void {
  const needle = text.trim().toLowerCase();
  for (const label of byId('state-list').children) {
    (label as HTMLElement).hidden = needle !== '' && !(label.textContent ?? '').toLowerCase().includes(needle);
  }
}

/** Enter in the filter ticks the first state shown and clears the filter, instead of submitting the form. */
function pickFirstFiltered(filter: HTMLInputElement): void {
  const first = [...byId('state-list').querySelectorAll<HTMLLabelElement>('label')].find((label) => !label.hidden);
  const input = first?.querySelector('input');
  if (!input || filter.value.trim() === '') return;
  input.checked = true;
  stateSelection = 'chosen';
  filter.value = '';
  filterStates('');
  updateStateCount();
}

function showDimension(dimension: CompareDimension): void {
  for (const fieldset of document.querySelectorAll<HTMLElement>('fieldset.items')) fieldset.hidden = fieldset.id !== `items-${dimension}`;
  for (const block of document.querySelectorAll<HTMLElement>('[data-fixed]')) block.hidden = block.dataset.fixed === dimension;
}

function itemsFor(dimension: CompareDimension): (string | number)[] {
  const name = { states: 'state', credentials: 'credential', years: 'years', roles: 'role', settings: 'setting' }[dimension];
  const values = checkedValues(name);
  return dimension === 'years' ? values.map(Number) : values;
}

function comparisonRequest(): ComparisonRequest {
  const compare = byId<HTMLSelectElement>('compare').value as CompareDimension;
  const checked = (id: string) => byId<HTMLInputElement>(id).checked;
  return {
    compare,
    items: itemsFor(compare),
    // Only sent when it applies: google.script.run does not carry undefined fields faithfully.
    ...(compare === 'states' ? { stateSelection } : {}),
    state: byId<HTMLSelectElement>('fixed-state').value,
    years: byId<HTMLInputElement>('fixed-years').value,
    cert: byId<HTMLInputElement>('fixed-cert').value,
    role: byId<HTMLSelectElement>('fixed-role').value,
    setting: byId<HTMLSelectElement>('fixed-setting').value,
    columns: {
      range: checked('col-range'),
      hourly: checked('col-hourly'),
      costOfLiving: checked('col-cost'),
      employment: checked('col-employment'),
      outlook: checked('col-outlook'),
    },
    costOfLivingTo: byId<HTMLSelectElement>('col-cost-to').value,
    output: (document.querySelector<HTMLInputElement>('input[name="output"]:checked')?.value ?? 'values') as 'values' | 'formulas',
    title: byId<HTMLInputElement>('title').value,
  };
}

/** The server's message without the "Error: " or "Exception: " Apps Script may put in front of it. */
function plainMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^(Error|Exception|ScriptError):\s*/, '') || 'Something went wrong. Try again in a moment.';
}

/** Disables the button and shows progress while the server works; errors in plain words. */
async function whileWorking(buttonId: string, statusId: string, busyText: string, work: () => Promise<string>): Promise<void> {
  const button = byId<HTMLButtonElement>(buttonId);
  const form = button.form;
  const label = button.textContent ?? '';
  button.disabled = true;
  button.textContent = busyText;
  form?.setAttribute('aria-busy', 'true');
  setStatus(statusId, '');
  try {
    setStatus(statusId, await work());
  } catch (error) {
    setStatus(statusId, plainMessage(error), true);
  } finally {
    button.disabled = false;
    button.textContent = label;
    form?.removeAttribute('aria-busy');
  }
}

const PAGES = ['comparison', 'reference'];

function showPage(page: string): void {
  for (const name of PAGES) {
    const tab = byId(`tab-${name}`);
    byId(`page-${name}`).hidden = name !== page;
    tab.setAttribute('aria-selected', String(name === page));
    // One tab stop for the tab list; the arrow keys move between tabs (the ARIA tabs pattern).
    tab.tabIndex = name === page ? 0 : -1;
  }
}

function onTabKey(event: KeyboardEvent): void {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
  const current = PAGES.findIndex((name) => byId(`tab-${name}`) === event.target);
  const next = PAGES[(current + (event.key === 'ArrowRight' ? 1 : PAGES.length - 1)) % PAGES.length]!;
  showPage(next);
  byId(`tab-${next}`).focus();
  event.preventDefault();
}

function wire(): void {
  byId('tab-comparison').addEventListener('click', () => showPage('comparison'));
  byId('tab-reference').addEventListener('click', () => showPage('reference'));
  byId('tab-comparison').addEventListener('keydown', onTabKey);
  byId('tab-reference').addEventListener('keydown', onTabKey);
  byId<HTMLSelectElement>('compare').addEventListener('change', (e) =>
    showDimension((e.target as HTMLSelectElement).value as CompareDimension),
  );
  const filter = byId<HTMLInputElement>('state-filter');
  filter.addEventListener('input', () => filterStates(filter.value));
  filter.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    pickFirstFiltered(filter);
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-select]'))
    button.addEventListener('click', () => selectStates(button.dataset.select!));
  // Top/bottom 10 depend on the role's medians: re-pick when the role changes.
  byId('fixed-role').addEventListener('change', () => {
    if (stateSelection === 'top10' || stateSelection === 'bottom10') selectStates(stateSelection);
  });
  byId('state-list').addEventListener('change', () => {
    stateSelection = 'chosen';
    updateStateCount();
  });
  byId('comparison-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void whileWorking('build', 'status', 'Building…', async () => (await server.buildComparison(comparisonRequest())).message);
  });
  byId('reference-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const checked = (id: string) => byId<HTMLInputElement>(id).checked;
    void whileWorking('insert', 'reference-status', 'Inserting…', async () => {
      const result = await server.insertReferenceTables({
        states: checked('ref-states'),
        credentials: checked('ref-credentials'),
        outlook: checked('ref-outlook'),
        role: byId<HTMLSelectElement>('ref-role').value,
      });
      return result.message;
    });
  });
}

async function start(): Promise<void> {
  showPage(document.body.dataset.page === 'reference' ? 'reference' : 'comparison');
  wire();
  setStatus('status', 'Loading…');
  try {
    options = await server.getSidebarOptions();
    fillLists();
    showDimension('states');
    selectStates('top10');
    setStatus('status', '');
    document.body.dataset.ready = 'true';
  } catch (error) {
    setStatus('status', `Could not load the lists: ${plainMessage(error)}`, true);
  }
}

void start();
