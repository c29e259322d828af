/** The sidebar and dialogs, served by HtmlService (its services passed in from src/index.ts). */

export type SidebarPage = 'comparison' | 'reference' | 'team' | 'career';

type Html = GoogleAppsScript.HTML.HtmlService;
type Ui = GoogleAppsScript.Base.Ui;

/** dist/Sidebar.html opens on the page named by its body's data-page attribute. */
export function showSidebar(html: Html, ui: Ui, page: SidebarPage): void {
  const content = html.createHtmlOutputFromFile('Sidebar').getContent().replace('data-page="comparison"', `data-page="${page}"`);
  ui.showSidebar(html.createHtmlOutput(content).setTitle('Coding & Billing Pay'));
}

export type DialogKind = 'help' | 'about';

/** The project file each dialog is: written by the build from help.ts, never changed at run time. */
export const DIALOG_FILES: Record<DialogKind, string> = { help: 'FunctionHelp', about: 'AboutData' };

export function showDialog(html: Html, ui: Ui, kind: DialogKind): void {
  const output = html.createHtmlOutputFromFile(DIALOG_FILES[kind]).setWidth(560).setHeight(520);
  ui.showModelessDialog(output, kind === 'help' ? 'Function help' : 'About the data');
}
