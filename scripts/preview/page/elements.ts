/**
 * The parts of page.html the script draws into or listens to, each found once and typed: a
 * part missing or of another kind stops the page at load with its id, not later on a click.
 */
function byId<T extends HTMLElement>(id: string, kind: { new (): T; readonly name?: string }): T {
  const element = document.getElementById(id);
  if (!(element instanceof kind)) throw new Error(`page.html has no ${kind.name ?? 'element'} with id "${id}"`);
  return element;
}

function bySelector<T extends HTMLElement>(selector: string, kind: { new (): T; readonly name?: string }): T {
  const element = document.querySelector(selector);
  if (!(element instanceof kind)) throw new Error(`page.html has no ${kind.name ?? 'element'} at "${selector}"`);
  return element;
}

export const elements = {
  extensions: byId('extensions', HTMLButtonElement),
  extensionsMenu: byId('extensions-menu', HTMLDivElement),
  addonItems: byId('addon-items', HTMLDivElement),
  nameBox: byId('name-box', HTMLSpanElement),
  formula: byId('formula', HTMLInputElement),
  gridWrap: byId('grid-wrap', HTMLDivElement),
  grid: byId('grid', HTMLTableElement),
  cellEditor: byId('cell-editor', HTMLInputElement),
  charts: byId('charts', HTMLDivElement),
  errorPopup: byId('error-popup', HTMLDivElement),
  errorMessage: bySelector('#error-popup > span', HTMLSpanElement),
  sidebar: byId('sidebar', HTMLElement),
  sidebarTitle: byId('sidebar-title', HTMLElement),
  sidebarFrame: byId('sidebar-frame', HTMLIFrameElement),
  closeSidebar: byId('close-sidebar', HTMLButtonElement),
  addSheet: byId('add-sheet', HTMLButtonElement),
  tabs: byId('tabs', HTMLDivElement),
  problem: byId('problem', HTMLSpanElement),
  toast: byId('toast', HTMLDivElement),
  toastTitle: byId('toast-title', HTMLElement),
  toastMessage: byId('toast-message', HTMLSpanElement),
  toastClose: byId('toast-close', HTMLButtonElement),
  dialog: byId('dialog', HTMLDialogElement),
  dialogTitle: byId('dialog-title', HTMLElement),
  dialogFrame: byId('dialog-frame', HTMLIFrameElement),
  closeDialog: byId('close-dialog', HTMLButtonElement),
} as const;
