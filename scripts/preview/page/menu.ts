/**
 * Extensions → Coding & Billing Pay: the add-on's menu, item for item as it registers them
 * (src/addon/menu.ts). An item finishes any edit and sends the selection first, since items
 * act on the selection, as in Sheets.
 */
import { api, refresh } from './connection';
import { elements } from './elements';
import { commit } from './formulaBar';
import type { MenuEntry } from './previewState';
import { sendSelection } from './selection';
import { view } from './view';

export function renderMenu(items: readonly MenuEntry[]): void {
  const key = JSON.stringify(items);
  if (key === view.menuKey) return;
  view.menuKey = key;
  elements.addonItems.replaceChildren(
    ...items.map((item) => {
      const button = Object.assign(document.createElement('button'), { type: 'button', textContent: item.caption });
      button.setAttribute('role', 'menuitem');
      button.addEventListener('click', () => void runMenuItem(item.functionName));
      return button;
    }),
  );
}

export const menuOpen = (): boolean => !elements.extensionsMenu.hidden;

export function closeMenu(): void {
  elements.extensionsMenu.hidden = true;
  elements.extensions.setAttribute('aria-expanded', 'false');
}

async function runMenuItem(functionName: string): Promise<void> {
  closeMenu();
  if (view.editing) await commit(0, 0);
  // The item acts on the selection, as in Sheets.
  await sendSelection();
  await api('/api/menu', { functionName });
  await refresh();
}

export function wireMenu(): void {
  elements.extensions.addEventListener('click', () => {
    const menu = elements.extensionsMenu;
    menu.hidden = !menu.hidden;
    elements.extensions.setAttribute('aria-expanded', String(!menu.hidden));
    if (!menu.hidden) menu.querySelector('button')?.focus();
  });
  // A click anywhere outside the menu closes it.
  document.addEventListener('mousedown', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('.menu')) closeMenu();
  });
}
