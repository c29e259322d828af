/**
 * Remote work: where a remote job is priced. BLS OEWS counts every worker at the
 * establishment that reports them, so a remote coder's pay is in the figures of the employer's
 * area, not of the coder's home (AAPC's 2023 report: 55% of respondents worked remotely; no
 * published figure compares remote with on-site pay). Every place prompt carries this note, and
 * "remote" typed as a place or a setting is answered with it.
 */
import { InputError } from '../inputError';

/** The sentence every place prompt shows (function help, sidebar, roster columns, README). */
export const REMOTE_WORK_NOTE =
  "For a remote job, give the employer's area: BLS OEWS counts workers where the employer's establishment reports them.";

// Words for working away from the employer's site, as people type them in a place or setting cell.
const REMOTE_WORDS: ReadonlySet<string> = new Set([
  'remote',
  'remote work',
  'remote job',
  'fully remote',
  'work from home',
  'working from home',
  'work at home',
  'wfh',
  'telework',
  'teleworking',
  'telecommute',
  'telecommuting',
  'home based',
  'home-based',
  'virtual',
]);

/** Whether the text names remote work rather than a place or a setting ("Remote", "WFH", "work from home"). */
export function isRemoteWork(text: string): boolean {
  return REMOTE_WORDS.has(
    text
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, ' ')
      .replace(/[.!]+$/, ''),
  );
}

/** "remote" where a place or a setting is asked: not unknown, but priced at the employer's area. */
export class RemoteWorkError extends InputError {
  constructor(argument: string, given: string, accepted: string) {
    const what =
      argument === 'setting'
        ? `"${given.trim()}" is not a work setting: give the employer's kind of workplace as the setting and, as the place, the employer's area`
        : `"${given.trim()}" is not a place: for a remote job, give the employer's area`;
    super(argument, given, accepted, undefined, `${what} (BLS OEWS counts workers where the employer's establishment reports them)`);
  }

  override get sentence(): string {
    return this.problem;
  }

  /** `#REMOTE STATE → employer's area`: the rule in a few words, for a cell of a range. */
  override get cellText(): string {
    return `#REMOTE ${this.argument.toUpperCase()} → ${this.argument === 'setting' ? "employer's workplace" : "employer's area"}`;
  }
}
