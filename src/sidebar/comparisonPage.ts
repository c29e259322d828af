/**
 * The comparison page: choose what to compare, hold the rest fixed, pick columns and press
 * Build. Every list comes from the server (getSidebarOptions) so the page offers exactly what
 * the server accepts; the server validates everything again.
 */
import type { CompareDimension, ComparisonRequest, SidebarOptions, StateSelection } from '../addon/requests';
import { byId, checkbox, checkedValues, option } from './dom';
import type { SidebarPage } from './page';
import { server } from './serverCall';
import { whileWorking } from './working';

const CREDENTIAL_SETS = ['none', 'CPC, CRC', 'CPC, CRC, CIC'];
const SETTING_LABELS: Record<string, string> = { any: 'Any setting', hospital: 'Hospital', 'physician office': 'Physician office' };

let options: SidebarOptions;
let stateSelection: StateSelection = 'chosen';

function fill(sidebarOptions: SidebarOptions): void {
  options = sidebarOptions;
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
  byId('fixed-setting').replaceChildren(...options.settings.map((s) => option(s, SETTING_LABELS[s] ?? s, s === 'any')));
  byId<HTMLInputElement>('title').maxLength = options.limits.maxTitle;
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

function wire(): void {
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
}

export const comparisonPage: SidebarPage = {
  name: 'comparison',
  wire,
  fill: (sidebarOptions) => {
    fill(sidebarOptions);
    showDimension('states');
    selectStates('top10');
  },
};
