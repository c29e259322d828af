/** Status lines and the busy state of a page's action button, shared by every sidebar page. */
import { byId } from './dom';

export function setStatus(id: string, message: string, isError = false): void {
  const status = byId<HTMLParagraphElement>(id);
  status.textContent = message;
  status.classList.toggle('error', isError);
}

/** The server's message without the "Error: " or "Exception: " Apps Script may put in front of it. */
export function plainMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^(Error|Exception|ScriptError):\s*/, '') || 'Something went wrong. Try again in a moment.';
}

/**
 * Disables the button and shows progress while the server works; then the answer, an error in
 * plain words, in the status line under the button, scrolled into view: a long page may have
 * the button at the bottom edge of the sidebar, and a message below it would go unseen.
 */
export async function whileWorking(buttonId: string, statusId: string, busyText: string, work: () => Promise<string>): Promise<void> {
  const button = byId<HTMLButtonElement>(buttonId);
  const form = button.form;
  const label = button.textContent ?? '';
  button.disabled = true;
  button.textContent = busyText;
  form?.setAttribute('aria-busy', 'true');
  setStatus(statusId, '');
  try {
    setStatus(statusId, await work());
  } catch (error) {
    setStatus(statusId, plainMessage(error), true);
  } finally {
    button.disabled = false;
    button.textContent = label;
    form?.removeAttribute('aria-busy');
  }
  byId(statusId).scrollIntoView({ block: 'nearest' });
}
