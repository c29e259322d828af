/** The sheet tabs along the bottom, and + for a new sheet, as in Sheets. */
import { api, refresh } from './connection';
import { elements } from './elements';
import { commit } from './formulaBar';
import { view } from './view';

export function renderTabs(sheets: readonly string[], active: string): void {
  elements.tabs.replaceChildren(
    ...sheets.map((name) => {
      const tab = Object.assign(document.createElement('button'), { type: 'button', textContent: name });
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-selected', String(name === active));
      tab.addEventListener('click', () => void switchTo(name));
      return tab;
    }),
  );
}

async function switchTo(name: string): Promise<void> {
  if (view.editing) await commit(0, 0);
  await api('/api/select', { sheet: name });
  await refresh();
}

export function wireTabs(): void {
  elements.addSheet.addEventListener('click', async () => {
    await api('/api/sheet');
    await refresh();
  });
}
