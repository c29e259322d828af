/** The sidebar and dialogs, served by HtmlService (Apps Script shell only). */
import { aboutDataHtml, functionHelpHtml } from './help';

export type SidebarPage = 'comparison' | 'reference';

/** dist/Sidebar.html opens on the page named by its body's data-page attribute. */
export function showSidebar(page: SidebarPage): void {
  const content = HtmlService.createHtmlOutputFromFile('Sidebar').getContent().replace('data-page="comparison"', `data-page="${page}"`);
  const output = HtmlService.createHtmlOutput(content).setTitle('Coding & Billing Pay');
  SpreadsheetApp.getUi().showSidebar(output);
}

export function showDialog(kind: 'help' | 'about'): void {
  const html = kind === 'help' ? functionHelpHtml() : aboutDataHtml();
  const output = HtmlService.createHtmlOutput(html).setWidth(560).setHeight(520);
  SpreadsheetApp.getUi().showModelessDialog(output, kind === 'help' ? 'Function help' : 'About the data');
}
