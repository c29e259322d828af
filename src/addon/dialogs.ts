/** The sidebar and dialogs, served by HtmlService (its services passed in from src/index.ts). */
import { aboutDataHtml, functionHelpHtml } from './help';

export type SidebarPage = 'comparison' | 'reference' | 'team' | 'career';

type Html = GoogleAppsScript.HTML.HtmlService;
type Ui = GoogleAppsScript.Base.Ui;

/** dist/Sidebar.html opens on the page named by its body's data-page attribute. */
export function showSidebar(html: Html, ui: Ui, page: SidebarPage): void {
  const content = html.createHtmlOutputFromFile('Sidebar').getContent().replace('data-page="comparison"', `data-page="${page}"`);
  ui.showSidebar(html.createHtmlOutput(content).setTitle('Coding & Billing Pay'));
}

export function showDialog(html: Html, ui: Ui, kind: 'help' | 'about'): void {
  const output = html
    .createHtmlOutput(kind === 'help' ? functionHelpHtml() : aboutDataHtml())
    .setWidth(560)
    .setHeight(520);
  ui.showModelessDialog(output, kind === 'help' ? 'Function help' : 'About the data');
}
