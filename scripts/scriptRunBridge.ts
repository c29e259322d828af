/**
 * google.script.run outside Apps Script: the browser tests and the local preview open the real
 * dist/Sidebar.html with this stand-in installed, and every call reaches the real server API
 * in Node (over page.exposeFunction or HTTP), against an in-memory workbook. Arguments and
 * results are JSON-cloned like Apps Script does; a thrown Error reaches the failure handler.
 */
import type { ServerApi } from '../src/addon/serverApi';

/**
 * Page script: defines google.script.run on top of `window.__scriptRun(name, argsJson)`,
 * which must return a promise of the JSON text that `dispatchScriptRun` produces.
 */
export const SCRIPT_RUN_STANDIN = `(() => {
  const runner = (success, failure) => new Proxy({}, {
    get(_target, name) {
      if (name === 'withSuccessHandler') return (handler) => runner(handler, failure);
      if (name === 'withFailureHandler') return (handler) => runner(success, handler);
      if (name === 'withUserObject') return () => runner(success, failure);
      return (...args) => {
        Promise.resolve(window.__scriptRun(String(name), JSON.stringify(args))).then((text) => {
          const reply = JSON.parse(text);
          if (reply.ok) { if (success) success(reply.value); }
          else if (failure) failure(new Error(reply.message));
        });
      };
    },
  });
  window.google = { script: { run: runner(undefined, undefined), host: { close() {} } } };
})();`;

/** Runs one call on the server API; returns the JSON text the page stand-in expects. */
export function dispatchScriptRun(api: ServerApi, name: string, argsJson: string): string {
  try {
    if (!Object.prototype.hasOwnProperty.call(api, name)) throw new Error(`Script function not found: ${name}`);
    const args = JSON.parse(argsJson) as unknown[];
    const value = (api[name as keyof ServerApi] as (...a: unknown[]) => unknown)(...args);
    return JSON.stringify({ ok: true, value: value === undefined ? null : value });
  } catch (error) {
    return JSON.stringify({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
}
