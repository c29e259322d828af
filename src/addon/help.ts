/**
 * Function help and About the data: small dialogs whose HTML is built here with every piece
 * of text escaped. The function list comes from the entry file's JSDoc and the data notes from
 * the bundled data, so neither can drift from what the add-on does.
 *
 * Both are fixed for a given build, so the build writes them as project files
 * (dist/FunctionHelp.html, dist/AboutData.html) and the menu shows those (dialogs.ts): this
 * code and the function list stay out of Code.js, which Apps Script compiles on every
 * custom-function execution.
 */
import { REFERENCE } from '../../data/generated/reference';
import { STATES, stateName } from '../core/places/areas';
import { parityFallbacks } from '../core/places/costOfLiving';
import type { Area } from '../core/referenceTypes';
import { areaWageRecord, hasAreaFigures, lastYear, localAreas } from '../core/places/areaTables';
import { ROLES } from '../core/pay/roles';
import { REMOTE_WORK_NOTE } from '../core/places/remoteWork';
import { areaDistribution } from '../core/pay/distribution';
import { sourceText } from '../core/sources/citations';
import { isPublisherUrl } from '../core/publishers';
import { credentialEvidenceSummary } from '../core/pay/credentials';
import { historyGaps } from '../core/time/wageTrend';

export interface FunctionHelp {
  readonly name: string;
  readonly signature: string;
  readonly summary: string;
  readonly params: readonly { readonly name: string; readonly optional: boolean; readonly text: string }[];
  readonly example: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * Escaped text whose publisher pages become links, opened outside the dialog. Only a
 * publisher's https page is linked, and the address is taken from text already escaped, so it
 * holds no quote or angle bracket.
 */
export function escapeHtmlWithLinks(text: string): string {
  return escapeHtml(text).replace(/https:\/\/[^\s<>"'&]+?(?=[.,;:)]?(?:\s|$))/g, (url) =>
    isPublisherUrl(url) ? `<a href="${url}" target="_blank" rel="noopener">${url}</a>` : url,
  );
}

const STYLE =
  '<style>body{font-family:Arial,sans-serif;font-size:13px;color:#202124;margin:12px}h2{font-size:15px;margin:16px 0 4px}' +
  'code{background:#f1f3f4;padding:1px 4px;border-radius:3px}ul{padding-left:18px}li{margin:2px 0}.muted{color:#5f6368}</style>';

/**
 * Why a cell may show #NAME?: Sheets links an add-on's custom functions to a document only once
 * the add-on is enabled there, and never in a test deployment (README, "Deploying with clasp").
 */
export const FUNCTIONS_AVAILABLE =
  '<p class="muted">If a function shows <code>#NAME?</code>: an installed add-on\'s functions work in a spreadsheet once the add-on is enabled there — use any item of its menu once, or Extensions → Add-ons → Manage add-ons → Use in this document. ' +
  'In a test deployment of the add-on the functions are not linked at all (a known limit of test deployments); a script bound to the spreadsheet (Extensions → Apps Script) runs them.</p>';

export function functionHelpHtml(help: readonly FunctionHelp[]): string {
  const items = help
    .map(
      (f) =>
        `<h2><code>${escapeHtml(f.signature)}</code></h2><p>${escapeHtml(f.summary)}</p><ul>` +
        f.params
          .map(
            (p) =>
              `<li><code>${escapeHtml(p.name)}</code>${p.optional ? ' (optional)' : ''}: ${escapeHtml(p.text.replace(/^Optional /, ''))}</li>`,
          )
          .join('') +
        `</ul><p class="muted">Example: <code>${escapeHtml(f.example)}</code></p>`,
    )
    .join('');
  return (
    `${STYLE}<p>Type these in any cell. Functions answering one value take a range for any argument: one formula answers a whole column. ` +
    `Functions answering a table of their own (WAGE_TREND, CAREER_PATH) take one set of inputs.</p>${FUNCTIONS_AVAILABLE}${items}${sourcesHtml()}`
  );
}

/** The publications behind every figure, each linked to the publisher's page. */
function sourcesHtml(): string {
  const topics = ['wages', 'credentials', 'setting', 'cost of living', 'outlook', 'history', 'costs'] as const;
  return `<h2>Sources</h2><ul>${topics.map((t) => `<li>${escapeHtmlWithLinks(sourceText(t))}</li>`).join('')}</ul>`;
}

/** Gaps read off the bundled data itself. */
export function dataGaps(): string[] {
  const gaps: string[] = [];
  for (const role of Object.values(ROLES)) {
    const fallback = STATES.filter((s) => areaDistribution(role, s).basis === 'national-shape').map((s) => s.code);
    const years = [...new Set(REFERENCE.wages.filter((w) => w.soc === role.soc && w.area !== 'US').map((w) => w.year))].join(', ');
    if (fallback.length === STATES.length) {
      gaps.push(
        `${role.occupation} (${role.soc}): only state medians (${years}) are in the data; percentiles follow the national shape everywhere.`,
      );
    } else if (fallback.length > 0) {
      gaps.push(
        `${role.occupation} (${role.soc}): no published percentiles for ${fallback.join(', ')}; those use the state median times the national ratios.`,
      );
    }
    if (!REFERENCE.projections.some((p) => p.soc === role.soc))
      gaps.push(`${role.occupation} (${role.soc}): no employment projection in the data.`);
    if (role.caveat) gaps.push(`${role.occupation}: ${role.caveat}.`);
  }
  gaps.push('Hourly percentiles by state were not available; hourly equivalents are annual pay ÷ 2,080.');
  gaps.push(credentialEvidenceSummary());
  gaps.push(
    'Pay by education rests on old AAPC averages (2009: bachelor’s ÷ high school; 2012: associate degree or some college ÷ no college), read from trade-press reports; ' +
      'no AHIMA pay by degree and no recent AAPC education table was found. No cited RHIT exam fee: a plan gives it. ' +
      'AHIMA’s RHIT, RHIA and CCS eligibility rules were read from study-guide copies (low confidence). Tuition is the published price before aid.',
  );
  gaps.push(
    'Work-setting ratios are measured for medical records specialists only; billers and health information technologists / medical registrars borrow them.',
  );
  gaps.push(`No published figure compares remote with on-site pay. ${REMOTE_WORK_NOTE}`);
  gaps.push('No data for Puerto Rico, Guam or the US Virgin Islands.');
  return [...gaps, ...historyGaps(), ...areaGaps()];
}

/** What the area estimates lack, read off the area tables. */
function areaGaps(): string[] {
  const areas = localAreas();
  const latest = Math.max(...areas.map(lastYear));
  const current = areas.filter((a) => lastYear(a) === latest);
  const gaps: string[] = [];
  for (const role of Object.values(ROLES)) {
    if (!hasAreaFigures(role.soc)) {
      gaps.push(
        `${role.occupation} (${role.soc}): no metropolitan or nonmetropolitan area figures in the data; an area answers "no figure in the data".`,
      );
      continue;
    }
    const without = current.filter((a) => areaWageRecord(role.soc, a, latest)?.values.annual_median === undefined);
    const territories = without.filter((a) => !STATES.some((s) => s.code === a.states[0])).length;
    gaps.push(
      `${role.occupation} (${role.soc}), May ${latest}: ${current.length - without.length} of the ${current.length} metropolitan and nonmetropolitan areas BLS defines have a figure in the data; ` +
        `the other ${without.length} (${territories} of them in Puerto Rico) answer "no figure in the data for this area".`,
    );
  }
  gaps.push(
    "Areas: the data has each area's 25th, 50th and 75th percentiles, not its 10th and 90th (those follow the state's shape), and no hourly figures; " +
      'New England areas (NECTAs) of May 2022–2023 and areas retired in 2024 have no figures.',
  );
  gaps.push(
    parityGap(
      current,
      latest,
      areas.filter((a) => lastYear(a) < latest),
    ),
  );
  return gaps;
}

/** Which of the latest year's areas BEA publishes no parity for, and what each takes instead. */
function parityGap(current: readonly Area[], latest: number, earlier: readonly Area[]): string {
  const fallbacks = parityFallbacks(current);
  const earlierFallbacks = parityFallbacks(earlier).filter((f) => !f.none).length;
  const count = (kind: Area['kind']) => current.filter((a) => a.kind === kind).length;
  const own = (kind: Area['kind']) => count(kind) - fallbacks.filter((f) => f.area.kind === kind).length;
  const instead = fallbacks.filter((f) => !f.none).map((f) => `${f.area.name} takes ${stateName(f.area.states[0]!)}'s`);
  const none = fallbacks.filter((f) => f.none);
  const noneByState = [...new Set(none.map((f) => stateName(f.area.states[0]!)))];
  return (
    `Cost of living, May ${latest} areas: ${own('metropolitan')} of ${count('metropolitan')} metropolitan areas take BEA's parity of the area itself, ` +
    `${own('nonmetropolitan')} of ${count('nonmetropolitan')} nonmetropolitan areas their state's nonmetropolitan portion (BEA RPP ${REFERENCE.areaParitySources.year})` +
    (instead.length > 0 ? `; ${instead.join('; ')} parity, as BEA publishes none for the area` : '') +
    (none.length > 0 ? `; the ${none.length} areas of ${noneByState.join(', ')} have none (BEA publishes no parity there)` : '') +
    (earlierFallbacks > 0
      ? `; ${earlierFallbacks} areas BLS defined only in earlier years (NECTAs, retired codes) take their state's parity, as BEA's table has no area of their code.`
      : '.')
  );
}

export function aboutDataHtml(): string {
  return (
    `${STYLE}<p>Every figure is bundled with the add-on, with its source and year. Nothing is fetched; the same inputs always give the same answer.</p>` +
    sourcesHtml() +
    `<h2>Known gaps</h2><ul>${dataGaps()
      .map((g) => `<li>${escapeHtml(g)}</li>`)
      .join('')}</ul>` +
    `<p class="muted">Each estimate's steps: <code>=CODER_SALARY_EXPLAIN(state, years, cert, role, setting)</code>. Footnote for a sheet: <code>=SALARY_SOURCE()</code>.</p>`
  );
}
