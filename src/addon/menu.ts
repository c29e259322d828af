/**
 * The add-on menu (Extensions → Coding & Billing Pay). Google's rule for editor add-ons:
 * onInstall calls onOpen, and in AuthMode.NONE only the menu may be built.
 */
export interface MenuItem {
  readonly caption: string;
  /** The top-level function (in src/index.ts) the item runs. */
  readonly functionName: string;
}

export const MENU_ITEMS: readonly MenuItem[] = [];

export function buildAddonMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = ui.createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}
