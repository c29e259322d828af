/**
 * The comparison page: choose what to compare, hold the rest fixed, pick columns and press
 * Build. Every list comes from the server (getSidebarOptions) so the page offers exactly what
 * the server accepts; the server validates everything again.
 */
import type { CompareDimension, ComparisonRequest, SidebarOptions } from '../addon/requests';
import { byId, checkbox, checkedValues, option } from './dom';
import type { SidebarPage } from './page';
import { server } from './serverCall';
import { whileWorking } from './working';
import { placePicker } from './placePicker';

const CREDENTIAL_SETS = ['none', 'CPC, CRC', 'CPC, CRC, CIC'];
let options: SidebarOptions;

function fill(sidebarOptions: SidebarOptions): void {
  options = sidebarOptions;
  byId('credential-list').replaceChildren(
    ...CREDENTIAL_SETS.slice(0, 1).map((c) => checkbox('credential', c, 'No credential', true)),
    ...options.credentials.map((c) => checkbox('credential', c.code, `${c.code} — ${c.name} (${c.issuer})`, c.code === 'CPC')),
    ...CREDENTIAL_SETS.slice(1).map((c) => checkbox('credential', c, `${c} together`, c === 'CPC, CRC')),
  );
  byId('years-list').replaceChildren(
    ...options.experienceLevels.map((y) => checkbox('years', String(y), `${y} ${y === 1 ? 'year' : 'years'}`, [0, 5, 10, 20].includes(y))),
  );
  byId('role-list').replaceChildren(...options.roles.map((r) => checkbox('role', r.value, r.label, true)));
  byId('setting-list').replaceChildren(...options.settings.map((s) => checkbox('setting', s.value, s.label, true)));
  const stateOptions = (selected: string) => options.states.map((s) => option(s.code, `${s.name} (${s.code})`, s.code === selected));
  // States are suggested; any place the functions take (an area's code, title or city) can be typed.
  byId('fixed-places').replaceChildren(...stateOptions(''));
  byId('col-cost-to').replaceChildren(...stateOptions('US'));
  byId('fixed-role').replaceChildren(...options.roles.map((r) => option(r.value, r.label, r.value === 'coder')));
  byId('fixed-setting').replaceChildren(...options.settings.map((s) => option(s.value, s.label, s.value === 'any')));
  byId<HTMLInputElement>('title').maxLength = options.limits.maxTitle;
}

function showDimension(dimension: CompareDimension): void {
  for (const fieldset of document.querySelectorAll<HTMLElement>('fieldset.items')) fieldset.hidden = fieldset.id !== `items-${dimension}`;
  for (const block of document.querySelectorAll<HTMLElement>('[data-fixed]')) block.hidden = block.dataset.fixed === dimension;
}

function itemsFor(dimension: CompareDimension): (string | number)[] {
  if (dimension === 'states') return placePicker.items();
  const name = { credentials: 'credential', years: 'years', roles: 'role', settings: 'setting' }[dimension];
  const values = checkedValues(name);
  return dimension === 'years' ? values.map(Number) : values;
}

function comparisonRequest(): ComparisonRequest {
  const compare = byId<HTMLSelectElement>('compare').value as CompareDimension;
  const checked = (id: string) => byId<HTMLInputElement>(id).checked;
  return {
    compare,
    items: itemsFor(compare),
    // The places are sent as chosen, a top 10 included: the list shows which they are.
    ...(compare === 'states' ? { stateSelection: 'chosen' as const } : {}),
    state: byId<HTMLInputElement>('fixed-state').value,
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
  placePicker.wire(() => byId<HTMLSelectElement>('fixed-role').value || 'coder');
  // Top/bottom 10 and which places have a figure depend on the role.
  byId('fixed-role').addEventListener('change', () => placePicker.roleChanged());
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
    placePicker.fill(sidebarOptions);
  },
};
