/** The reference tables page: state and area wages, the credential catalogue and the outlook, each on a new sheet. */
import { byId, option } from './dom';
import type { SidebarPage } from './page';
import { server } from './serverCall';
import { whileWorking } from './working';

/** What the area table's place list sends for every area. */
const EVERY_AREA = 'US';

export const referencePage: SidebarPage = {
  name: 'reference',
  wire: () => {
    const areas = byId<HTMLInputElement>('ref-areas');
    // The place matters only for the area table: it is chosen once that table is ticked.
    areas.addEventListener('change', () => {
      byId<HTMLSelectElement>('ref-area-state').disabled = !areas.checked;
    });
    byId('reference-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const checked = (id: string) => byId<HTMLInputElement>(id).checked;
      void whileWorking('insert', 'reference-status', 'Inserting…', async () => {
        const result = await server.insertReferenceTables({
          states: checked('ref-states'),
          areas: checked('ref-areas'),
          areaState: byId<HTMLSelectElement>('ref-area-state').value,
          credentials: checked('ref-credentials'),
          outlook: checked('ref-outlook'),
          role: byId<HTMLSelectElement>('ref-role').value,
        });
        return result.message;
      });
    });
  },
  fill: (options) => {
    byId('ref-role').replaceChildren(...options.roles.map((r) => option(r.value, r.label, r.value === 'coder')));
    byId('ref-area-state').replaceChildren(
      option(EVERY_AREA, 'All states (every area)', true),
      ...options.states.map((s) => option(s.code, s.name)),
    );
  },
};
