/**
 * The places a comparison compares: states, and BLS metropolitan and nonmetropolitan areas.
 *
 * The list shows the states, one state with its areas, or every area; typing searches every
 * state and area by name, city or code. What is ticked is kept while the list changes, so one
 * comparison may mix states and areas from anywhere, and the chosen places are listed under the
 * list with a button to remove each. The areas come from the server the first time they are
 * needed: getAreaChoices reads the area tables, which opening the sidebar never needs.
 */
import type { AreaChoice, SidebarOptions } from '../addon/requests';
import { byId, el, option } from './dom';
import { server } from './serverCall';
import { plainMessage } from './working';

interface Place {
  readonly code: string;
  readonly name: string;
  readonly kind: 'national' | 'state' | AreaChoice['kind'];
  /** A state lists itself; the nation none. */
  readonly states: readonly string[];
  readonly medians: Readonly<Record<string, number>>;
}

/** How the current choice was made: by hand, or as a whole group of the list shown. */
type Selection = 'chosen' | 'all' | 'top10' | 'bottom10';

const STATES_SCOPE = 'states';
const ALL_AREAS_SCOPE = 'areas:US';
/** A search shows at most this many places; more words narrow it. */
const MAX_FOUND = 100;

let states: Place[] = [];
let areas: Place[] | undefined;
let areasLoading: Promise<void> | undefined;
let areaError: string | undefined;
let maxRows = 60;
/** In the order ticked (a group in its own order). */
const chosen = new Map<string, Place>();
let selection: Selection = 'chosen';
let role = () => 'coder';

const dollars = (value: number) => `$${Math.round(value).toLocaleString('en-US')}`;

function scope(): string {
  return byId<HTMLSelectElement>('place-scope').value;
}

function filterText(): string {
  return byId<HTMLInputElement>('state-filter').value.trim().toLowerCase();
}

/** "Areas in California" → CA; undefined for the states list. */
function scopeState(): string | undefined {
  const value = scope();
  return value.startsWith('areas:') ? value.slice('areas:'.length) : undefined;
}

function kindWord(place: Place): string {
  if (place.kind === 'metropolitan') return 'metro';
  if (place.kind === 'nonmetropolitan') return 'nonmetro';
  return place.kind === 'state' ? 'state' : 'nation';
}

/** The places of the list as scoped, before any search. */
function scoped(): Place[] {
  const state = scopeState();
  if (state === undefined) return states;
  const local = (areas ?? []).filter((a) => state === 'US' || a.states.includes(state));
  // A state's own figures head its list, so the state and its areas can be compared.
  return state === 'US' ? local : [...states.filter((s) => s.code === state), ...local];
}

/** What the list shows: the scoped places, or every state and area matching the search. */
function shown(): { places: Place[]; more: number } {
  const needle = filterText();
  if (needle === '') return { places: scoped(), more: 0 };
  const found = [...states, ...(areas ?? [])].filter((p) => p.name.toLowerCase().includes(needle) || p.code.toLowerCase() === needle);
  return { places: found.slice(0, MAX_FOUND), more: Math.max(0, found.length - MAX_FOUND) };
}

/** A state or area the page knows, by its code. */
function placeByCode(code: string): Place | undefined {
  return states.find((p) => p.code === code) ?? areas?.find((p) => p.code === code);
}

function hasFigure(place: Place): boolean {
  return place.medians[role()] !== undefined;
}

function placeRow(place: Place): HTMLLabelElement {
  const median = place.medians[role()];
  const input = el('input', {
    type: 'checkbox',
    name: 'state',
    value: place.code,
    checked: chosen.has(place.code),
    disabled: median === undefined,
  });
  const detail = median === undefined ? 'no figure' : dollars(median);
  return el(
    'label',
    { class: 'check place' },
    input,
    el('span', { class: 'place-name' }, `${place.name} (${place.code})`),
    el('span', { class: 'place-detail', title: `${kindWord(place)}, median for the role chosen` }, detail),
  );
}

/** Redraws the list, then what is chosen: the count line and the chips always show exactly what Build sends. */
function render(): void {
  drawList();
  showChoice();
}

function drawList(): void {
  const list = byId('state-list');
  const groupButtons = [...document.querySelectorAll<HTMLButtonElement>('[data-select]:not([data-select="clear"])')];
  const needsAreas = scopeState() !== undefined || filterText() !== '';
  if (needsAreas && areas === undefined) {
    void loadAreas();
    if (areaError !== undefined || scopeState() !== undefined) {
      // No list to pick a group from until the areas are known.
      for (const button of groupButtons) button.disabled = true;
      list.replaceChildren(
        areaError !== undefined
          ? el('p', { class: 'status error' }, `Could not load the areas: ${areaError}`)
          : el('p', { class: 'muted' }, 'Loading areas…'),
      );
      return;
    }
  }
  const { places, more } = shown();
  const rows: Node[] = places.map(placeRow);
  if (places.length === 0) rows.push(el('p', { class: 'muted' }, filterText() === '' ? 'No areas.' : 'Nothing matches.'));
  if (more > 0) rows.push(el('p', { class: 'muted' }, `${more} more: type more of the name.`));
  list.replaceChildren(...rows);
  const groupable = groupOf();
  for (const button of groupButtons) button.disabled = groupable.length === 0;
  const all = document.querySelector<HTMLButtonElement>('[data-select="all"]')!;
  all.disabled = groupable.length === 0 || groupable.length > maxRows;
  all.title = groupable.length > maxRows ? `At most ${maxRows} rows fit in one comparison` : '';
}

/** The places "All", "Top 10" and "Bottom 10" pick from: the list as scoped, with a figure for the role, the nation left out. */
function groupOf(): Place[] {
  const state = scopeState();
  return scoped().filter((p) => p.kind !== 'national' && (state === undefined || p.code !== state) && hasFigure(p));
}

function describeSelection(): string {
  if (selection === 'chosen') return '';
  const what = { all: 'all', top10: 'top 10 by median', bottom10: 'bottom 10 by median' }[selection];
  const state = scopeState();
  if (state === undefined) return ` (${selection === 'all' ? 'all states' : `${what}`})`;
  const where = state === 'US' ? 'nationally' : `in ${states.find((s) => s.code === state)?.name ?? state}`;
  return ` (${selection === 'all' ? 'all areas' : `${what}, areas`} ${where})`;
}

function showChoice(): void {
  byId('state-count').textContent = `${chosen.size} selected${describeSelection()}`;
  const items = [...chosen.values()].map((place) =>
    el(
      'li',
      {},
      el('span', {}, place.name),
      el('button', { type: 'button', class: 'remove', 'data-remove': place.code, 'aria-label': `Remove ${place.name}` }, '×'),
    ),
  );
  byId('place-chosen').replaceChildren(...items);
}

function selectGroup(kind: string): void {
  const group = groupOf();
  const byMedian = [...group].sort((a, b) => (b.medians[role()] ?? 0) - (a.medians[role()] ?? 0));
  const picked =
    kind === 'all' ? group : kind === 'top10' ? byMedian.slice(0, 10) : kind === 'bottom10' ? byMedian.slice(-10).reverse() : [];
  chosen.clear();
  for (const place of picked) chosen.set(place.code, place);
  selection = kind === 'clear' ? 'chosen' : (kind as Selection);
  render();
}

async function loadAreas(): Promise<void> {
  areasLoading ??= server
    .getAreaChoices()
    .then((choices) => {
      areas = [...choices.areas].sort((a, b) => a.name.localeCompare(b.name));
      fillScopes();
    })
    .catch((error: unknown) => {
      areaError = plainMessage(error);
      areasLoading = undefined;
    })
    .finally(render);
  return areasLoading;
}

/** "States", "Areas in all states", then "Areas in Alabama" … for each state with areas once they are known. */
function fillScopes(): void {
  const select = byId<HTMLSelectElement>('place-scope');
  const current = select.value || STATES_SCOPE;
  const withAreas = states.filter((s) => s.kind === 'state' && (areas === undefined || areas.some((a) => a.states.includes(s.code))));
  select.replaceChildren(
    option(STATES_SCOPE, 'States', current === STATES_SCOPE),
    option(ALL_AREAS_SCOPE, 'Areas in all states', current === ALL_AREAS_SCOPE),
    ...withAreas.map((s) => option(`areas:${s.code}`, `Areas in ${s.name}`, current === `areas:${s.code}`)),
  );
}

/** Enter in the search ticks the first place it shows and clears the search, instead of submitting the form. */
function pickFirstShown(filter: HTMLInputElement): void {
  const first = [...byId('state-list').querySelectorAll<HTMLInputElement>('input[name="state"]')].find((input) => !input.disabled);
  if (!first || filter.value.trim() === '') return;
  const place = placeByCode(first.value);
  if (place) chosen.set(place.code, place);
  selection = 'chosen';
  filter.value = '';
  render();
}

export const placePicker = {
  wire(currentRole: () => string): void {
    role = currentRole;
    const filter = byId<HTMLInputElement>('state-filter');
    filter.addEventListener('input', render);
    filter.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      pickFirstShown(filter);
    });
    byId('place-scope').addEventListener('change', () => {
      selection = 'chosen';
      render();
    });
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-select]'))
      button.addEventListener('click', () => selectGroup(button.dataset.select!));
    byId('state-list').addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      const place = placeByCode(input.value);
      if (!place) return;
      if (input.checked) chosen.set(place.code, place);
      else chosen.delete(place.code);
      selection = 'chosen';
      showChoice();
    });
    byId('place-chosen').addEventListener('click', (event) => {
      const code = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-remove]')?.dataset.remove;
      if (code === undefined) return;
      chosen.delete(code);
      selection = 'chosen';
      render();
    });
  },

  fill(options: SidebarOptions): void {
    maxRows = options.limits.maxRows;
    states = options.states.map((s) => ({ ...s, kind: s.code === 'US' ? 'national' : 'state', states: s.code === 'US' ? [] : [s.code] }));
    fillScopes();
    selectGroup('top10');
  },

  /** The role's medians decide top and bottom 10 and which places have a figure: re-pick or redraw. */
  roleChanged(): void {
    if (selection === 'top10' || selection === 'bottom10') selectGroup(selection);
    else render();
  },

  /** The codes chosen: a group in its order (highest median first for the top 10), places picked by hand by name. */
  items(): string[] {
    const places = [...chosen.values()];
    if (selection === 'chosen') places.sort((a, b) => a.name.localeCompare(b.name));
    return places.map((p) => p.code);
  },
};
