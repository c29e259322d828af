/**
 * The menu's pages: the sidebar opens on the page the item names, Function help lists every
 * custom function from the entry file's JSDoc, About the data lists sources, years and gaps,
 * and every server function the sidebar calls is a global of the same name.
 */
import { describe, expect, it } from 'vitest';
import { showDialog, showSidebar } from '../../src/addon/dialogs';
import { aboutDataHtml, escapeHtml, escapeHtmlWithLinks, functionHelpHtml } from '../../src/addon/help';
import { isPublisherUrl } from '../../src/core/publishers';
import { createServerApi } from '../../src/addon/serverApi';
import { MENU_ITEMS } from '../../src/addon/menu';
import { functionHelpEntries, readEntryExports } from '../../scripts/build';
import { projectHtmlService } from '../../scripts/projectFiles';
import { startAddonFromDist } from '../support/startedAddon';

startAddonFromDist();

/** HtmlService over the built project files, with the sidebar's text replaced by `sidebar`. */
function htmlService(sidebar: string) {
  const files = projectHtmlService();
  const shown: { kind: string; content: string; title: string; width?: number; height?: number }[] = [];
  const output = (content: string) => {
    const o = {
      content,
      title: '',
      width: 0,
      height: 0,
      getContent: () => content,
      setTitle: (t: string) => ((o.title = t), o),
      setWidth: (w: number) => ((o.width = w), o),
      setHeight: (h: number) => ((o.height = h), o),
    };
    return o;
  };
  const html = {
    createHtmlOutputFromFile: (name: string) => output(name === 'Sidebar' ? sidebar : files.createHtmlOutputFromFile(name).getContent()),
    createHtmlOutput: (content: string) => output(content),
  } as unknown as GoogleAppsScript.HTML.HtmlService;
  const ui = {
    showSidebar: (o: ReturnType<typeof output>) => shown.push({ kind: 'sidebar', content: o.content, title: o.title }),
    showModelessDialog: (o: ReturnType<typeof output>, title: string) =>
      shown.push({ kind: 'dialog', content: o.content, title, width: o.width, height: o.height }),
  } as unknown as GoogleAppsScript.Base.Ui;
  return { html, ui, shown };
}

describe('the menu pages', () => {
  it('opens the sidebar on the page the menu item names', () => {
    const { html, ui, shown } = htmlService('<body data-page="comparison">');
    showSidebar(html, ui, 'reference');
    showSidebar(html, ui, 'comparison');
    expect(shown).toEqual([
      { kind: 'sidebar', content: '<body data-page="reference">', title: 'Coding & Billing Pay' },
      { kind: 'sidebar', content: '<body data-page="comparison">', title: 'Coding & Billing Pay' },
    ]);
  });

  it('lists every custom function, from the JSDoc the formula helper reads, with an example', () => {
    const { html, ui, shown } = htmlService('');
    showDialog(html, ui, 'help');
    expect(shown[0]).toMatchObject({ kind: 'dialog', title: 'Function help', width: 560, height: 520 });
    const text = shown[0]!.content;
    for (const entry of readEntryExports().filter((e) => e.customFunction)) {
      expect(text).toContain(`<code>${entry.name}(`);
    }
    expect(text).toContain('Example: <code>=CODER_SALARY(&quot;CA&quot;, 5, &quot;CPC&quot;)</code>');
    expect(text).toBe(functionHelpHtml(functionHelpEntries(readEntryExports())));
    expect(text).not.toMatch(/<script/i);
    // The same word on #NAME? as README's deploy section: enable the add-on in the document.
    expect(text).toContain('Manage add-ons → Use in this document');
    expect(text).toContain('test deployment');
    expect(text).toContain('<h2>Sources</h2>');
    expect(text).toContain('<a href="https://www.bls.gov/oes/tables.htm" target="_blank" rel="noopener">');
  });

  it('shows the sources with their years and the known gaps', () => {
    const { html, ui, shown } = htmlService('');
    showDialog(html, ui, 'about');
    expect(shown[0]).toMatchObject({ kind: 'dialog', title: 'About the data', width: 560, height: 520 });
    const text = shown[0]!.content;
    // The built file is what the data gives today.
    expect(text).toBe(aboutDataHtml());
    expect(text).toContain(
      'SOC 29-2072 Medical Records Specialists, May 2025: national <a href="https://www.bls.gov/oes/2025/may/oes292072.htm" target="_blank" rel="noopener">https://www.bls.gov/oes/2025/may/oes292072.htm</a>;',
    );
    expect(text).toContain('AAPC 2026 Medical Coding and Billing Salary Report (2025 survey)');
    expect(text).toContain(
      'Credential premiums, at equal experience (AAPC 2010 certified vs non-certified by experience): own survey figures for CPC (2025), COC (2010), CIC (2018), CRC (2025), CPMA (2010), CEMC (2010), CEDC (2010), CIRCC (2010)',
    );
    expect(text).toContain('no AHIMA pay figure by credential is published');
    expect(text).toContain('BEA Regional Price Parities by state, 2024');
    // Every link is a publisher's page; the sentence's own full stop stays outside the link.
    const links = [...text.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThanOrEqual(8);
    for (const url of links) {
      expect(isPublisherUrl(url), url).toBe(true);
      expect(url).not.toMatch(/[.,;:]$/);
    }
    expect(escapeHtmlWithLinks('copy https://github.com/x/y.csv; page https://www.bls.gov/a"onmouseover=1 x')).toBe(
      'copy https://github.com/x/y.csv; page https://www.bls.gov/a&quot;onmouseover=1 x',
    );
    expect(text).toContain('Known gaps');
    expect(text).toContain('no employment projection in the data');
    expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;');
  });

  it('exposes each server function and menu handler from src/index.ts under its own name, with JSDoc', () => {
    const exports = new Map(readEntryExports().map((e) => [e.name, e]));
    const api = createServerApi(() => undefined as never);
    for (const [name, fn] of Object.entries(api)) {
      expect(exports.get(name)?.params, name).toHaveLength(fn.length);
      expect(exports.get(name)?.jsdoc).toMatch(/^\/\*\*\n \* Sidebar: /);
    }
    for (const item of MENU_ITEMS) expect(exports.get(item.functionName)?.jsdoc, item.functionName).toMatch(/^\/\*\*\n \* Menu: /);
  });
});
