/**
 * The local preview's HTTP server: the grid page, the real dist/Sidebar.html with
 * google.script.run bridged to the real server API, and a small JSON API over the preview
 * spreadsheet. Localhost only; no network beyond it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServerApi } from '../../src/addon/serverApi';
import { aboutDataHtml, functionHelpHtml } from '../../src/addon/help';
import { MENU_ITEMS } from '../../src/addon/menu';
import { SCRIPT_RUN_STANDIN, dispatchScriptRun } from '../scriptRunBridge';
import { PreviewSpreadsheet } from './engine';
import { addExampleSheet } from './exampleSheet';

const HERE = dirname(fileURLToPath(import.meta.url));

/** In the page, google.script.run calls travel to /api/run. */
const FETCH_TRANSPORT = `window.__scriptRun = (name, args) => fetch('/api/run', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name, args }) }).then((r) => r.text());`;

export interface PreviewServer {
  readonly server: Server;
  readonly url: string;
  readonly spreadsheet: PreviewSpreadsheet;
  close(): Promise<void>;
}

async function body(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > 2_000_000) throw new Error('request too large');
    chunks.push(chunk as Buffer);
  }
  return chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
}

function send(response: ServerResponse, status: number, type: string, text: string): void {
  response.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' });
  response.end(text);
}

const json = (response: ServerResponse, value: unknown) => send(response, 200, 'application/json', JSON.stringify(value));

export async function startPreviewServer(options: { dist: string; port: number; host?: string }): Promise<PreviewServer> {
  const spreadsheet = new PreviewSpreadsheet(options.dist, { sheetNames: ['Examples'] });
  const workbook = spreadsheet.workbook;
  addExampleSheet(workbook);
  const api = createServerApi(() => workbook);
  const page = readFileSync(join(HERE, 'page.html'), 'utf8');

  const sidebar = (pageName: string) =>
    readFileSync(join(options.dist, 'Sidebar.html'), 'utf8')
      .replace('<head>', () => `<head>\n<script>${FETCH_TRANSPORT}\n${SCRIPT_RUN_STANDIN}</script>`)
      .replace('data-page="comparison"', `data-page="${pageName === 'reference' ? 'reference' : 'comparison'}"`);

  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      try {
        if (request.method === 'GET' && url.pathname === '/') return send(response, 200, 'text/html', page);
        if (request.method === 'GET' && url.pathname === '/sidebar')
          return send(response, 200, 'text/html', sidebar(url.searchParams.get('page') ?? ''));
        if (request.method === 'GET' && url.pathname === '/api/state') {
          const sheet = url.searchParams.get('sheet') ?? workbook.activeSheetName;
          return json(response, {
            version: workbook.version,
            sheets: workbook.sheets.map((s) => s.name),
            active: workbook.activeSheetName,
            sheet,
            menu: MENU_ITEMS.map((m) => m.caption),
            frozenRows: workbook.sheet(sheet)?.frozenRows ?? 0,
            charts: workbook.sheet(sheet)?.charts ?? [],
            toast: workbook.toasts.at(-1)?.message ?? '',
            grid: spreadsheet.display(sheet),
          });
        }
        if (request.method === 'GET' && url.pathname === '/api/version') return json(response, { version: workbook.version });
        if (request.method === 'GET' && url.pathname === '/dialog/help') return send(response, 200, 'text/html', functionHelpHtml());
        if (request.method === 'GET' && url.pathname === '/dialog/about') return send(response, 200, 'text/html', aboutDataHtml());
        if (request.method === 'POST' && url.pathname === '/api/run') {
          const { name, args } = await body(request);
          return send(response, 200, 'application/json', dispatchScriptRun(api, String(name), String(args)));
        }
        if (request.method === 'POST' && url.pathname === '/api/cell') {
          const { sheet, row, column, raw } = await body(request);
          const text = String(raw ?? '');
          const number = text.trim() !== '' && !text.startsWith('=') && Number.isFinite(Number(text)) ? Number(text) : undefined;
          workbook.setCell(String(sheet), Number(row), Number(column), number ?? text);
          return json(response, { version: workbook.version });
        }
        if (request.method === 'POST' && url.pathname === '/api/select') {
          const { sheet, row, column, rows, columns } = await body(request);
          workbook.select(
            String(sheet),
            row ? { row: Number(row), column: Number(column), rows: Number(rows ?? 1), columns: Number(columns ?? 1) } : undefined,
          );
          return json(response, { version: workbook.version });
        }
        if (request.method === 'POST' && url.pathname === '/api/sheet') {
          const names = workbook.sheets.map((s) => s.name);
          let n = names.length + 1;
          while (names.includes(`Sheet${n}`)) n++;
          workbook.addSheet(`Sheet${n}`);
          workbook.select(`Sheet${n}`);
          return json(response, { version: workbook.version });
        }
        if (request.method === 'POST' && url.pathname === '/api/freeze')
          return send(response, 200, 'application/json', dispatchScriptRun(api, 'freezeFormulas', '[]'));
        return send(response, 404, 'text/plain', 'not found');
      } catch (error) {
        return send(response, 400, 'text/plain', error instanceof Error ? error.message : String(error));
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
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
