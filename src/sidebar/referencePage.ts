/** The reference tables page: state wages, the credential catalogue and the outlook, each on a new sheet. */
import { byId, option } from './dom';
import type { SidebarPage } from './page';
import { server } from './serverCall';
import { whileWorking } from './working';

export const referencePage: SidebarPage = {
  name: 'reference',
  wire: () => {
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
  },
  fill: (options) => {
    byId('ref-role').replaceChildren(...options.roles.map((r) => option(r.value, r.label, r.value === 'coder')));
  },
};
