/**
 * Talking to the preview server: POSTs for what a person does, GET /api/state for a redraw,
 * and the server-sent event that announces every change, wherever it comes from (the sidebar
 * too). The page redraws when the server has moved on, unless a request of ours is under way
 * or a person is typing.
 */
import { elements } from './elements';
import type { ChangeReply, PreviewEvent, PreviewState } from './previewState';
import { view } from './view';

let draw: (state: PreviewState) => void = () => {};

export function showProblem(message: string): void {
  elements.problem.textContent = message;
}

export async function api(path: string, body: object = {}): Promise<ChangeReply> {
  view.inflight++;
  try {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(text);
    showProblem('');
    return JSON.parse(text) as ChangeReply;
  } catch (error) {
    showProblem(error instanceof Error ? error.message : String(error));
    throw error;
  } finally {
    view.inflight--;
    setTimeout(maybeRefresh);
  }
}

export async function refresh(): Promise<void> {
  view.refreshing = true;
  try {
    const state = (await fetch('/api/state').then((r) => r.json())) as PreviewState;
    draw(state);
  } finally {
    view.refreshing = false;
  }
  maybeRefresh();
}

/** Redraw when the server moved on, unless a request of ours is under way or a person is typing. */
export function maybeRefresh(): void {
  if (view.inflight === 0 && !view.refreshing && !view.editing && view.latest > view.revision) void refresh();
}

/** Listens for the server's changes; each state fetched is handed to `drawState`. */
export function connect(drawState: (state: PreviewState) => void): void {
  draw = drawState;
  new EventSource('/api/events').onmessage = (event: MessageEvent<string>) => {
    const { session, revision } = JSON.parse(event.data) as PreviewEvent;
    if (view.session && session !== view.session) {
      // The server restarted: its revisions count from the start again.
      view.revision = -1;
      view.latest = -1;
      view.sidebarId = 0;
      view.dialogId = 0;
    }
    view.session = session;
    view.latest = Math.max(view.latest, revision);
    maybeRefresh();
  };
}
