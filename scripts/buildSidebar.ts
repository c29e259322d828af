/**
 * dist/Sidebar.html: the sidebar's script (esbuild, browser target) and styles inlined into
 * one self-contained file, as HtmlService.createHtmlOutputFromFile serves it.
 */
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIDEBAR = join(ROOT, 'src', 'sidebar');
const DIST = join(ROOT, 'dist');

export async function buildSidebar(): Promise<string> {
  const result = await build({
    entryPoints: [join(SIDEBAR, 'main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  // A "</script" inside the code would end the inline script early.
  const script = result.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script');
  const style = readFileSync(join(SIDEBAR, 'sidebar.css'), 'utf8');
  const template = readFileSync(join(SIDEBAR, 'sidebar.html'), 'utf8');
  if (!template.includes('/*SIDEBAR_STYLE*/') || !template.includes('</body>'))
    throw new Error('sidebar.html lost its style marker or body');
  const html = template.replace('/*SIDEBAR_STYLE*/', () => style).replace('</body>', () => `<script>\n${script}</script>\n  </body>`);
  mkdirSync(DIST, { recursive: true });
  writeFileSync(join(DIST, 'Sidebar.html'), html);
  return html;
}
