/**
 * dist/Code.js loaded the way Apps Script loads a project: one script, its top-level
 * functions callable as Sheets calls them.
 *
 * Two ways, because node:vm distorts one thing: a vm context's global object is reached
 * through interceptors, so every global lookup inside it (Math.log, Map, Array) costs about a
 * hundred times what it costs on an ordinary global such as Apps Script's. `loadScript` gives
 * the isolated fresh scope; `loadInMainRealm` gives the ordinary global (this process's own).
 */
import vm from 'node:vm';
import { bundleGlobals } from '../projectFiles';

export type SheetFunction = (...args: unknown[]) => unknown;
export type ScriptGlobals = Record<string, SheetFunction>;

/** A fresh vm context holding `code`, with the project files Code.js reads through HtmlService. */
export function loadScript(code: string, filename = 'Code.js'): ScriptGlobals {
  const context = vm.createContext(bundleGlobals());
  new vm.Script(code, { filename }).runInContext(context);
  return context as ScriptGlobals;
}

/** `code` run on this process's own global (the benchmark runs in a process of its own). */
export function loadInMainRealm(code: string, filename = 'Code.js'): ScriptGlobals {
  Object.assign(globalThis, bundleGlobals());
  vm.runInThisContext(code, { filename });
  return globalThis as unknown as ScriptGlobals;
}
