/**
 * The add-on menu (Extensions → Coding & Billing Pay). Google's rule for editor add-ons:
 * onInstall calls onOpen, and in AuthMode.NONE only the menu may be built.
 */
export interface MenuItem {
  readonly caption: string;
  /** The top-level function (in src/index.ts) the item runs. */
  readonly functionName: string;
}

export const MENU_ITEMS: readonly MenuItem[] = [
  { caption: 'Build comparison…', functionName: 'showComparisonSidebar' },
  { caption: 'Insert reference tables…', functionName: 'showReferenceTablesSidebar' },
  { caption: 'Review team pay…', functionName: 'showTeamSidebar' },
  { caption: 'Plan a career…', functionName: 'showCareerPlanSidebar' },
  { caption: 'Freeze formulas to values', functionName: 'freezeFormulasToValues' },
  { caption: 'Function help', functionName: 'showFunctionHelp' },
  { caption: 'About the data', functionName: 'showAboutData' },
];

export function buildAddonMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = ui.createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}
