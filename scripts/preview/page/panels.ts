/**
 * What the add-on shows over the sheet: its sidebar (the built dist/Sidebar.html in a frame,
 * reloaded each time the add-on shows it again), a modal dialog, and the toast. Closing one
 * — its close button, Escape on the dialog, or google.script.host.close() inside it — tells
 * the server, as Sheets tells the add-on.
 */
import { api, refresh } from './connection';
import { elements } from './elements';
import type { PreviewState } from './previewState';
import { view } from './view';

/** The dialog's size when the add-on sets none. */
const DIALOG_WIDTH = 560;
const DIALOG_HEIGHT = 520;
/** The dialog's title bar above its frame. */
const DIALOG_TITLE_HEIGHT = 46;
/** How long a toast stays, in milliseconds. */
const TOAST_TIME = 8000;

export function renderSidebar(sidebar: PreviewState['sidebar']): void {
  const panel = elements.sidebar;
  if (!sidebar) {
    if (!panel.hidden) elements.sidebarFrame.src = 'about:blank';
    panel.hidden = true;
    view.sidebarId = 0;
    return;
  }
  elements.sidebarTitle.textContent = sidebar.title;
  panel.hidden = false;
  if (sidebar.id !== view.sidebarId) {
    view.sidebarId = sidebar.id;
    elements.sidebarFrame.src = '/sidebar?shown=' + sidebar.id;
  }
}

export function renderDialog(dialog: PreviewState['dialog']): void {
  const element = elements.dialog;
  if (!dialog) {
    view.dialogId = 0;
    if (element.open) element.close();
    return;
  }
  if (dialog.id === view.dialogId) return;
  view.dialogId = dialog.id;
  elements.dialogTitle.textContent = dialog.title;
  element.style.width = (dialog.width || DIALOG_WIDTH) + 'px';
  element.style.height = (dialog.height || DIALOG_HEIGHT) + DIALOG_TITLE_HEIGHT + 'px';
  elements.dialogFrame.src = '/dialog?shown=' + dialog.id;
  if (!element.open) element.showModal();
}

/** A new toast pops up for a few seconds, or until its close button is pressed, as in Sheets; one shown before the page opened stays quiet. */
export function renderToast(toast: PreviewState['toast']): void {
  const id = toast ? toast.id : 0;
  const first = view.toastId < 0;
  if (id === view.toastId) return;
  view.toastId = id;
  if (first || !toast) return;
  elements.toastTitle.textContent = toast.title;
  elements.toastMessage.textContent = toast.message;
  elements.toast.hidden = false;
  clearTimeout(view.toastTimer);
  view.toastTimer = window.setTimeout(() => (elements.toast.hidden = true), TOAST_TIME);
}

async function closePanel(what: 'sidebar' | 'dialog'): Promise<void> {
  await api('/api/close', { what });
  await refresh();
}

/** A message from google.script.host.close() inside a panel (scripts/preview/server.ts injects it). */
function isCloseMessage(data: unknown): data is { type: 'close'; frame?: unknown } {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'close';
}

export function wirePanels(): void {
  elements.closeSidebar.addEventListener('click', () => void closePanel('sidebar'));
  elements.closeDialog.addEventListener('click', () => void closePanel('dialog'));
  // Only the page hides a toast: the add-on's toast() call is done once the message is shown.
  elements.toastClose.addEventListener('click', () => {
    clearTimeout(view.toastTimer);
    elements.toast.hidden = true;
  });
  elements.dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    void closePanel('dialog');
  });
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (event.origin !== location.origin || !isCloseMessage(event.data)) return;
    void closePanel(event.data.frame === 'dialog' ? 'dialog' : 'sidebar');
  });
}
