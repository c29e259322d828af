/**
 * The local preview's HTTP server (localhost only; nothing is fetched from elsewhere): the
 * grid page and its assets, the sidebar and dialogs the add-on shows (the real built
 * dist/Sidebar.html, its google.script.run bridged to the real server API in Node), a small
 * JSON API over the preview spreadsheet, and a server-sent event on every change.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServerApi } from '../../src/addon/serverApi';
import { startAddon } from '../../src/addon/startAddon';
import { MENU_ITEMS } from '../../src/addon/menu';
import type { GridRange } from '../../src/addon/workbook/workbook';
import { SCRIPT_RUN_STANDIN, dispatchScriptRun } from '../scriptRunBridge';
import { PreviewSpreadsheet } from './engine';
import { PreviewHost, type ShownHtml } from './addonHost';
import { addExampleSheets } from './exampleSheet';
import { typedEntry } from './typedEntry';
import { bundlePage } from './pageBundle';
import type { PreviewState } from './page/previewState';
import { projectHtmlService } from '../projectFiles';

const PAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'page');
const ASSETS: Readonly<Record<string, { file: string; type: string }>> = {
  '/': { file: 'page.html', type: 'text/html' },
  '/page.css': { file: 'page.css', type: 'text/css' },
};

/**
 * Injected into the sidebar and dialogs: google.script.run calls travel to /api/run, and
 * google.script.host.close() closes the panel, as in Sheets.
 */
const HOST_BRIDGE = `<script>
window.__scriptRun = (name, args) =>
  fetch('/api/run', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name, args }) }).then((r) => r.text());
${SCRIPT_RUN_STANDIN}
window.google.script.host.close = () => parent.postMessage({ type: 'close', frame: window.name }, location.origin);
</script>`;

export interface PreviewServer {
  readonly server: Server;
  readonly url: string;
  readonly spreadsheet: PreviewSpreadsheet;
  readonly host: PreviewHost;
  close(): Promise<void>;
}

class RequestError extends Error {}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > 5_000_000) throw new RequestError('request too large');
    chunks.push(chunk as Buffer);
  }
  try {
    const value: unknown = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new RequestError('expected a JSON object');
    return value as Record<string, unknown>;
  } catch (error) {
    throw error instanceof RequestError ? error : new RequestError('malformed JSON');
  }
}

function send(response: ServerResponse, status: number, type: string, text: string): void {
  response.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' });
  response.end(text);
}

const positive = (value: unknown, name: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100_000) throw new RequestError(`${name} must be a whole number from 1`);
  return n;
};

/** The HTML the add-on showed, with the bridge in its head. */
function withBridge(shown: ShownHtml): string {
  return shown.html.includes('<head>') ? shown.html.replace('<head>', () => `<head>\n${HOST_BRIDGE}`) : `${HOST_BRIDGE}\n${shown.html}`;
}

export async function startPreviewServer(options: { dist: string; port: number; host?: string }): Promise<PreviewServer> {
  // The server code runs here as in Apps Script: started first, reading the built project files.
  startAddon({ HtmlService: projectHtmlService(options.dist) });
  const spreadsheet = new PreviewSpreadsheet(options.dist, { sheetNames: [] });
  const workbook = spreadsheet.workbook;
  addExampleSheets(workbook);
  const api = createServerApi(() => spreadsheet.workbook);
  const pageScript = await bundlePage();

  // One revision number for everything the page shows; each change is announced once per tick.
  // The session tells a page that reconnects after a restart to start over.
  const session = randomUUID();
  let hostChanges = 0;
  const revision = () => workbook.version + hostChanges;
  const event = () => `data: ${JSON.stringify({ session, revision: revision() })}\n\n`;
  const listeners = new Set<ServerResponse>();
  let announcing = false;
  const announce = () => {
    if (announcing) return;
    announcing = true;
    setImmediate(() => {
      announcing = false;
      for (const listener of listeners) listener.write(event());
    });
  };
  workbook.onChange(announce);
  const host = new PreviewHost(options.dist, api, () => {
    hostChanges++;
    announce();
  });

  const state = (sheetName: string): PreviewState => {
    const toast = workbook.toasts.at(-1);
    return {
      revision: revision(),
      sheets: workbook.sheets.map((s) => s.name),
      active: workbook.activeSheetName,
      selection: workbook.activeSheetName === sheetName ? (workbook.selection() ?? null) : null,
      menu: MENU_ITEMS,
      toast: toast ? { id: workbook.toasts.length, message: toast.message, title: toast.title } : null,
      sidebar: host.sidebar ? { id: host.sidebar.id, title: host.sidebar.title } : null,
      dialog: host.dialog ? { id: host.dialog.id, title: host.dialog.title, width: host.dialog.width, height: host.dialog.height } : null,
      sheet: spreadsheet.view(sheetName),
    };
  };

  const routes: Record<string, (url: URL, request: IncomingMessage, response: ServerResponse) => Promise<unknown> | unknown> = {
    'GET /api/state': (url) => state(url.searchParams.get('sheet') ?? workbook.activeSheetName),
    'GET /api/events': (_url, request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      response.write(event());
      listeners.add(response);
      request.on('close', () => listeners.delete(response));
      return response;
    },
    'GET /sidebar': (_url, _request, response) => {
      if (!host.sidebar) return send(response, 404, 'text/plain', 'no sidebar is open');
      return send(response, 200, 'text/html', withBridge(host.sidebar));
    },
    'GET /dialog': (_url, _request, response) => {
      if (!host.dialog) return send(response, 404, 'text/plain', 'no dialog is open');
      return send(response, 200, 'text/html', withBridge(host.dialog));
    },
    // google.script.run from the sidebar: the real server API, arguments JSON-cloned.
    'POST /api/run': async (_url, request, response) => {
      const { name, args } = await readJson(request);
      return send(response, 200, 'application/json', dispatchScriptRun(api, String(name), String(args ?? '[]')));
    },
    'POST /api/menu': async (_url, request) => {
      const { functionName } = await readJson(request);
      host.runMenuItem(String(functionName));
      return { revision: revision() };
    },
    'POST /api/close': async (_url, request) => {
      const { what } = await readJson(request);
      if (what === 'sidebar') host.closeSidebar();
      else if (what === 'dialog') host.closeDialog();
      else throw new RequestError('what must be "sidebar" or "dialog"');
      return { revision: revision() };
    },
    // Typing or pasting: a block of texts, each read the way Sheets reads typing.
    'POST /api/cells': async (_url, request) => {
      const body = await readJson(request);
      const sheet = workbook.sheet(String(body.sheet));
      if (!sheet) throw new RequestError(`No sheet named "${String(body.sheet)}".`);
      const row = positive(body.row, 'row');
      const column = positive(body.column, 'column');
      if (!Array.isArray(body.values) || !body.values.every(Array.isArray)) throw new RequestError('values must be rows of texts');
      const values = body.values as unknown[][];
      if (values.length * Math.max(0, ...values.map((r) => r.length)) > 100_000) throw new RequestError('too many cells');
      values.forEach((cells, i) =>
        cells.forEach((text, j) => {
          const entry = typedEntry(String(text ?? ''));
          if (entry.format) sheet.formats.set(`${row + i},${column + j}`, entry.format);
          workbook.setCell(sheet.name, row + i, column + j, entry.raw);
        }),
      );
      return { revision: revision() };
    },
    'POST /api/select': async (_url, request) => {
      const body = await readJson(request);
      const sheet = String(body.sheet);
      if (!workbook.sheet(sheet)) throw new RequestError(`No sheet named "${sheet}".`);
      const range = body.range as Partial<GridRange> | undefined | null;
      workbook.select(
        sheet,
        range
          ? {
              row: positive(range.row, 'row'),
              column: positive(range.column, 'column'),
              rows: positive(range.rows, 'rows'),
              columns: positive(range.columns, 'columns'),
            }
          : undefined,
      );
      return { revision: revision() };
    },
    'POST /api/sheet': () => {
      const names = new Set(workbook.sheets.map((s) => s.name.toLowerCase()));
      let n = workbook.sheets.length + 1;
      while (names.has(`sheet${n}`)) n++;
      workbook.addSheet(`Sheet${n}`);
      workbook.select(`Sheet${n}`);
      return { revision: revision() };
    },
  };

  const server = createServer((request, response) => {
    void (async () => {
      try {
        // Localhost only: a page from another site reaching this port through DNS is refused.
        const hostHeader = (request.headers.host ?? '').replace(/:\d+$/, '');
        if (!['localhost', '127.0.0.1', '[::1]'].includes(hostHeader)) return send(response, 403, 'text/plain', 'localhost only');
        const url = new URL(request.url ?? '/', 'http://localhost');
        const asset = request.method === 'GET' ? ASSETS[url.pathname] : undefined;
        if (asset) return send(response, 200, asset.type, readFileSync(join(PAGE_DIR, asset.file), 'utf8'));
        if (request.method === 'GET' && url.pathname === '/page.js') return send(response, 200, 'text/javascript', pageScript);
        if (url.pathname === '/favicon.ico') return send(response, 204, 'text/plain', '');
        const route = routes[`${request.method} ${url.pathname}`];
        if (!route) return send(response, 404, 'text/plain', 'not found');
        const result = await route(url, request, response);
        if (!response.headersSent && result !== undefined) send(response, 200, 'application/json', JSON.stringify(result));
      } catch (error) {
        const status = error instanceof RequestError ? 400 : 500;
        if (!response.headersSent) send(response, status, 'text/plain', error instanceof Error ? error.message : String(error));
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    server,
    url: `http://localhost:${port}/`,
    spreadsheet,
    host,
    close: () =>
      new Promise((resolve) => {
        for (const listener of listeners) listener.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
