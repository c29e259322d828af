/**
 * The team pay page. "Review team pay": read the selected roster (the server sends back its
 * headers and size, never a name or a figure), confirm what each column holds — a header the
 * server did not recognise is chosen here — and build the review sheet. "Suggest pay bands":
 * an area, role, setting and credential in, a sheet of bands out. Areas are typed as the
 * functions take them (a state, "US", an area code or city); the server resolves them.
 */
import type { PayReviewRequest, RosterField, RosterPreview, SidebarOptions } from '../addon/requests';
import { byId, el, option } from './dom';
import type { SidebarPage } from './page';
import { server } from './serverCall';
import { whileWorking } from './working';

const NOT_USED = '';

let options: SidebarOptions;
let roster: RosterPreview | undefined;

const fieldSelect = (j: number) => document.getElementById(`roster-field-${j}`) as HTMLSelectElement | null;

/** What each roster column is set to hold now, "" for not used. */
function chosenFields(): (RosterField | '')[] {
  return (roster?.columns ?? []).map((_, j) => (fieldSelect(j)?.value ?? NOT_USED) as RosterField | '');
}

/** What is still missing for a review, said before the server is asked. */
function missing(fields: readonly (RosterField | '')[]): string[] {
  const notes: string[] = [];
  if (!fields.includes('annualPay') && !fields.includes('hourlyRate')) notes.push('Choose the pay column: Annual pay or Hourly rate.');
  if (!fields.includes('years')) notes.push('Choose the column with years of experience.');
  if (!fields.includes('credentials')) notes.push('No credentials column: everyone is reviewed as non-certified.');
  if (!fields.includes('role')) notes.push('No role column: everyone is reviewed as a medical coder.');
  return notes;
}

function updateChecks(): void {
  const fields = chosenFields();
  byId('team-area-block').hidden = roster === undefined || fields.includes('location');
  byId('roster-notes').replaceChildren(...[...(roster?.notes ?? []), ...missing(fields)].map((note) => el('li', {}, note)));
}

function columnControl(column: RosterPreview['columns'][number], j: number): HTMLElement {
  const id = `roster-field-${j}`;
  const unmatched = column.field === null && column.note !== undefined;
  const select = el(
    'select',
    { id },
    option(NOT_USED, 'Not used', column.field === null),
    ...options.rosterFields.map((f) => option(f.value, f.label, f.value === column.field)),
  );
  select.addEventListener('change', updateChecks);
  const header = column.header === '' ? '(no header)' : `“${column.header}”`;
  return el(
    'div',
    { class: unmatched ? 'mapping unmatched' : 'mapping' },
    el('label', { for: id }, el('span', {}, header), ...(column.note ? [el('span', { class: 'tag' }, column.note)] : [])),
    select,
  );
}

function showRoster(preview: RosterPreview): string {
  roster = preview;
  // Columns with no header and nothing under them stay unused, out of sight.
  byId('column-list').replaceChildren(...preview.columns.flatMap((c, j) => (c.empty ? [] : [columnControl(c, j)])));
  byId('roster-columns').hidden = false;
  byId<HTMLButtonElement>('build-review').disabled = false;
  updateChecks();
  const unmatched = preview.columns.filter((c) => c.field === null && c.note !== undefined).length;
  const rows = `${preview.rows} ${preview.rows === 1 ? 'row' : 'rows'} under the headers`;
  const columns =
    unmatched === 0
      ? 'every header recognised.'
      : `${unmatched} ${unmatched === 1 ? 'column' : 'columns'} not recognised: choose what ${unmatched === 1 ? 'it holds' : 'they hold'} below.`;
  return `Read ${preview.a1}: ${rows}; ${columns}`;
}

function reviewRequest(): PayReviewRequest {
  const r = roster!;
  const output =
    document.querySelector<HTMLInputElement>('input[name="review-output"]:checked')?.value === 'formulas' ? 'formulas' : 'values';
  const fields = chosenFields();
  return {
    sheetName: r.sheetName,
    range: r.range,
    headers: r.columns.map((c) => c.header),
    fields,
    // Only sent when it applies: google.script.run does not carry undefined fields faithfully.
    ...(fields.includes('location') ? {} : { area: byId<HTMLInputElement>('team-area').value }),
    output,
  };
}

function fill(sidebarOptions: SidebarOptions): void {
  options = sidebarOptions;
  // One list of states suggested under both area fields; anything else parseArea takes can be typed.
  byId('team-areas').replaceChildren(...options.states.map((s) => option(s.code, `${s.name} (${s.code})`)));
  byId('bands-role').replaceChildren(...options.roles.map((r) => option(r.value, r.label, r.value === 'coder')));
  byId('bands-setting').replaceChildren(...options.settings.map((s) => option(s.value, s.label, s.value === 'any')));
}

function wire(): void {
  byId('read-roster').addEventListener('click', () => {
    void whileWorking('read-roster', 'roster-status', 'Reading…', async () => showRoster(await server.readRoster()));
  });
  byId('review-form').addEventListener('submit', (event) => {
    event.preventDefault();
    if (!roster) return;
    void whileWorking('build-review', 'review-status', 'Building…', async () => (await server.buildPayReview(reviewRequest())).message);
  });
  byId('bands-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void whileWorking('build-bands', 'bands-status', 'Building…', async () => {
      const result = await server.suggestPayBands({
        area: byId<HTMLInputElement>('bands-area').value,
        role: byId<HTMLSelectElement>('bands-role').value,
        setting: byId<HTMLSelectElement>('bands-setting').value,
        cert: byId<HTMLInputElement>('bands-cert').value,
      });
      return result.message;
    });
  });
}

export const teamPage: SidebarPage = { name: 'team', wire, fill };
