/**
 * What Sheets does around the add-on, for the preview: the Extensions menu runs the item's
 * handler, and HtmlService output shown with `ui.showSidebar` or `ui.showModelessDialog`
 * appears in the page. The handlers mirror the menu functions in src/index.ts, calling the
 * same add-on modules with stand-ins for HtmlService and the Ui that record what is shown.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MENU_ITEMS } from '../../src/addon/menu';
import { showDialog, showSidebar } from '../../src/addon/dialogs';
import type { ServerApi } from '../../src/addon/serverApi';

/** HTML the add-on asked Sheets to show. */
export interface ShownHtml {
  /** Counts every showing, so the page reloads a panel the add-on showed again. */
  readonly id: number;
  readonly html: string;
  readonly title: string;
  readonly width?: number;
  readonly height?: number;
}

class HtmlOutput {
  title = '';
  width: number | undefined;
  height: number | undefined;
  constructor(private readonly content: string) {}
  getContent(): string {
    return this.content;
  }
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  setHeight(height: number): this {
    this.height = height;
    return this;
  }
}

export class PreviewHost {
  /** The open sidebar and dialog, if any. */
  sidebar: ShownHtml | undefined;
  dialog: ShownHtml | undefined;
  private readonly html: GoogleAppsScript.HTML.HtmlService;
  private readonly ui: GoogleAppsScript.Base.Ui;
  private readonly handlers: Readonly<Record<string, () => void>>;
  private shown = 0;

  constructor(
    dist: string,
    api: ServerApi,
    private readonly changed: () => void,
  ) {
    const shown = (output: HtmlOutput, title?: string): ShownHtml => ({
      id: ++this.shown,
      html: output.getContent(),
      title: title ?? output.title,
      ...(output.width ? { width: output.width } : {}),
      ...(output.height ? { height: output.height } : {}),
    });
    // Only what src/addon/dialogs.ts calls.
    this.html = {
      createHtmlOutputFromFile: (file: string) => new HtmlOutput(readFileSync(join(dist, `${file}.html`), 'utf8')),
      createHtmlOutput: (content: string) => new HtmlOutput(content),
    } as unknown as GoogleAppsScript.HTML.HtmlService;
    this.ui = {
      showSidebar: (output: HtmlOutput) => {
        this.sidebar = shown(output);
        this.changed();
      },
      showModelessDialog: (output: HtmlOutput, title: string) => {
        this.dialog = shown(output, title);
        this.changed();
      },
    } as unknown as GoogleAppsScript.Base.Ui;
    // The menu functions of src/index.ts, by name.
    this.handlers = {
      showComparisonSidebar: () => showSidebar(this.html, this.ui, 'comparison'),
      showReferenceTablesSidebar: () => showSidebar(this.html, this.ui, 'reference'),
      showTeamSidebar: () => showSidebar(this.html, this.ui, 'team'),
      showCareerPlanSidebar: () => showSidebar(this.html, this.ui, 'career'),
      freezeFormulasToValues: () => void api.freezeFormulas(),
      showFunctionHelp: () => showDialog(this.html, this.ui, 'help'),
      showAboutData: () => showDialog(this.html, this.ui, 'about'),
    };
    const missing = MENU_ITEMS.filter((item) => !this.handlers[item.functionName]);
    if (missing.length > 0) {
      throw new Error(`the preview has no handler for menu item(s) ${missing.map((m) => `"${m.caption}" (${m.functionName})`).join(', ')}`);
    }
  }

  /** Runs a menu item the way Sheets does: by its function name. */
  runMenuItem(functionName: string): void {
    const item = MENU_ITEMS.find((m) => m.functionName === functionName);
    if (!item) throw new Error(`No menu item runs "${functionName}".`);
    this.handlers[functionName]!();
  }

  closeSidebar(): void {
    this.sidebar = undefined;
    this.changed();
  }

  closeDialog(): void {
    this.dialog = undefined;
    this.changed();
  }
}
