/**
 * Citations: SALARY_SOURCE and every sources line, built from the bundled data so they cannot
 * drift. Each names the publication and links the publisher's own page (./publishers.ts).
 */
import { REFERENCE } from '../../../data/generated/reference';
import { ROLES, type RoleInfo } from '../pay/roles';
import { InputError } from '../inputError';
import { OEWS_TABLES, cite, oewsArea, type Publication } from '../publishers';
import type { WageRecord } from '../referenceTypes';
import type { PayDistribution } from '../pay/distribution';
import { credentialCitation } from '../pay/credentials';
import { historyCitation } from '../time/wageTrend';
import { costCitation } from '../time/certificationCosts';
import { schoolCitation } from '../pay/education';

export type SourceTopic = 'all' | 'wages' | 'credentials' | 'setting' | 'cost of living' | 'outlook' | 'history' | 'costs';

// No prototype: "constructor" or "__proto__" typed in a cell must not find Object's own members.
const TOPIC_ALIASES: Readonly<Record<string, SourceTopic>> = Object.assign(Object.create(null), {
  '': 'all',
  all: 'all',
  wages: 'wages',
  wage: 'wages',
  salary: 'wages',
  oews: 'wages',
  credentials: 'credentials',
  credential: 'credentials',
  cert: 'credentials',
  certification: 'credentials',
  aapc: 'credentials',
  setting: 'setting',
  settings: 'setting',
  'cost of living': 'cost of living',
  col: 'cost of living',
  rpp: 'cost of living',
  bea: 'cost of living',
  outlook: 'outlook',
  projections: 'outlook',
  growth: 'outlook',
  history: 'history',
  trend: 'history',
  trends: 'history',
  prices: 'history',
  cpi: 'history',
  inflation: 'history',
  costs: 'costs',
  cost: 'costs',
  fees: 'costs',
  payback: 'costs',
  'certification costs': 'costs',
});

export const TOPIC_ACCEPTED =
  '"all" (default), "wages", "credentials", "setting", "cost of living", "outlook", "history" (wage history and prices) or "costs" (certification costs)';

export function parseTopic(text: string): SourceTopic {
  const topic = TOPIC_ALIASES[text.trim().replace(/\s+/g, ' ').toLowerCase()];
  if (topic) return topic;
  throw new InputError('topic', text, TOPIC_ACCEPTED);
}

/** The OEWS releases a role's figures come from: "May 2025", or "May 2025 and May 2024". */
export function yearsOf(role: RoleInfo): string {
  return mayYears(REFERENCE.wages.filter((w) => w.soc === role.soc));
}

/** The May years of some records, latest first: "May 2025 and May 2024". */
function mayYears(records: readonly WageRecord[]): string {
  const years = [...new Set(records.map((r) => r.year))].sort().reverse();
  return years.map((y) => `May ${y}`).join(' and ');
}

const vintage = (role: RoleInfo, years: string): string => `BLS OEWS ${years}, SOC ${role.soc} ${role.occupation}`;

/** The vintage of a role's wages, for an "as of" line: "BLS OEWS May 2025, SOC 29-2072 Medical Records Specialists". */
export function wageCitation(role: RoleInfo): string {
  return vintage(role, yearsOf(role));
}

/**
 * The vintage of the records a role's distributions read, for an "as of" line: "BLS OEWS May 2025
 * and May 2022, SOC …" when an area's latest published median is older than its state's figures.
 */
export function distributionCitation(role: RoleInfo, distributions: readonly PayDistribution[]): string {
  return vintage(role, yearsRead(distributions));
}

/** The records a distribution reads: its own, and the shape or tails it borrows. */
function recordsRead(d: PayDistribution): WageRecord[] {
  return [d.record, ...(d.shapeFrom ? [d.shapeFrom] : []), ...(d.tailsFrom ? recordsRead(d.tailsFrom) : [])];
}

/**
 * The May years of the records behind some distributions, latest first: "May 2025 and May 2022"
 * when an area's latest published median is older than its state's figures.
 */
export function yearsRead(distributions: readonly PayDistribution[]): string {
  return mayYears(distributions.flatMap(recordsRead));
}

/**
 * Why an area's sources include its state's (or the nation's) page: BLS publishes an area's
 * quartiles only, and its tails follow that shape (src/core/pay/distribution.ts).
 */
export function areaQuartileNote(distributions: readonly PayDistribution[]): string[] {
  const local = distributions.filter((d) => d.basis === 'area-quartiles');
  const codes = [...new Set(local.map((d) => d.area.code))];
  if (codes.length === 0) return [];
  if (codes.length === 1) {
    const { area, tailsFrom } = local[0]!;
    const shape = tailsFrom!.area.code === 'US' ? 'the national' : `${tailsFrom!.area.name}'s`;
    return [`${area.name} (${area.code}): BLS publishes its 25th, 50th and 75th percentiles; p10 and p90 follow ${shape} shape.`];
  }
  return [
    `Metropolitan and nonmetropolitan areas (${codes.join(', ')}): BLS publishes their 25th, 50th and 75th percentiles; ` +
      "p10 and p90 follow their state's shape (national where the state publishes none).",
  ];
}

/** A wage record's page, naming its area: "BLS OEWS May 2025, state estimates, New York: https://…/oes_ny.htm". */
export function recordCitation(record: WageRecord, areaName: string): string {
  return `${record.publication.title}, ${areaName}: ${record.publication.url}`;
}

/** Beyond this many pages of one release, a sources line names the page pattern instead of every page. */
const LISTED_PAGES = 6;

/**
 * The wage sources of a table: a line per page its figures come from — the state page, or the
 * occupation's national page (national shapes included) — so each cell holds one readable
 * citation; a release with more pages than a few gets one line naming the pattern.
 */
export function wageSourceLines(distributions: readonly PayDistribution[]): string[] {
  // An area's tails come from its state's (or the nation's) record: that page is a source too.
  return recordSourceLines(distributions.flatMap(recordsRead));
}

/** The sources lines of published records, as wageSourceLines words them. */
export function recordSourceLines(records: readonly WageRecord[]): string[] {
  const byTitle = new Map<string, Map<string, string>>();
  for (const record of records) {
    const pages = byTitle.get(record.publication.title) ?? new Map<string, string>();
    pages.set(record.publication.url, record.area === 'US' ? `US, SOC ${record.soc}` : record.area);
    byTitle.set(record.publication.title, pages);
  }
  return [...byTitle].flatMap(([title, pages]) => {
    if (pages.size <= LISTED_PAGES) return [...pages].map(([url, label]) => `Wages (${label}): ${title}: ${url}`);
    const [url, label] = [...pages][0]!;
    // State pages are named by postal code, area pages by BLS area code.
    const what = /^\d/.test(label) ? 'areas, one page per area' : 'states, one page per state';
    return [`Wages: ${title}, ${pages.size} ${what} (e.g. ${label} ${url}), all listed at ${OEWS_TABLES.url}`];
  });
}

/** "May 2022–May 2025". */
function areaYearsText(): string {
  const years = REFERENCE.areaYears;
  return years.length > 1 ? `May ${years[0]}–May ${years[years.length - 1]}` : years.map((y) => `May ${y}`).join('');
}

/** Each role's national page, with the years its state figures come from. */
function wageText(role: RoleInfo): string {
  const national = REFERENCE.wages.find((w) => w.soc === role.soc && w.area === 'US')!;
  return `SOC ${role.soc} ${role.occupation}, ${yearsOf(role)}: national ${national.publication.url}`;
}

/** The sidebar's short vintage line: the wage releases, BLS's page for them, and where every citation is. */
export function vintageText(): string {
  const years = [...new Set(REFERENCE.wages.map((w) => w.year))].sort().reverse();
  return `BLS OEWS ${years.map((y) => `May ${y}`).join(' and ')} wages, ${OEWS_TABLES.url}. Every source with its page: About the data, or =SALARY_SOURCE()`;
}

export function sourceText(topic: SourceTopic): string {
  const parity = REFERENCE.priceParities.find((p) => p.area !== 'US')!;
  const areaParities = REFERENCE.areaParitySources;
  // BEA publishes the state, metropolitan and portion tables on one page: its address once.
  const onPage = (publication: Publication) =>
    publication.url === parity.publication.url ? `${publication.title}, same page` : cite(publication);
  const projection = REFERENCE.projections.find((p) => p.soc === ROLES.coder.soc);
  const { settings } = REFERENCE;
  const texts: Record<Exclude<SourceTopic, 'all'>, string> = {
    wages:
      `Wages: BLS Occupational Employment and Wage Statistics (OEWS), state and national estimates. ${Object.values(ROLES).map(wageText).join('; ')}. ` +
      `State figures: each state's page for its year (CODER_SALARY_EXPLAIN names it), all listed at ${OEWS_TABLES.url}. ` +
      `Metropolitan and nonmetropolitan areas: BLS OEWS ${areaYearsText()}, metropolitan and nonmetropolitan area estimates (${ROLES.coder.soc} and ${ROLES.biller.soc}), each area's page for its year, e.g. ${oewsArea(REFERENCE.areaYears[REFERENCE.areaYears.length - 1] ?? 2025, '41940').url}`,
    credentials: `Credential premiums: ${credentialCitation()}`,
    setting:
      `Work setting, for all workers (a coder with no credential): ${settings.publication.title}, medians by setting, May ${settings.hospital.year} (SOC ${settings.soc}): ${settings.publication.url}; ` +
      `hospital inpatient, hospital outpatient and health system: that hospital ratio times ratios of ${settings.inpatient.survey} averages by setting: ${settings.inpatient.source}; ` +
      `payer: ${settings.payer.survey}, annual means by industry (insurance carriers ÷ all industries, SOC ${settings.soc}): ${settings.payer.source}. ` +
      `At like credentials (a CPC or more; a lesser credential in between): ${settings.inpatient.survey} averages by setting, physician practices included: ${settings.inpatient.source}; ` +
      `payer: ${settings.payerCredentialed.survey}, ${settings.payerCredentialed.group} ÷ ${settings.payerCredentialedBase.group}: ${settings.payerCredentialed.source}`,
    'cost of living':
      `Cost of living: ${cite(parity.publication)}; metropolitan areas: ${onPage(areaParities.metropolitan)}; ` +
      `nonmetropolitan areas, their state's nonmetropolitan portion: ${onPage(areaParities.nonmetropolitan)}; ` +
      `an area BEA publishes neither for takes its state's parity (About the data lists them)`,
    outlook: projection
      ? `Outlook: ${projection.publication.title} (SOC ${[projection, ...REFERENCE.projections.filter((p) => p !== projection)]
          .map((p) => p.soc)
          .join(', ')}): ${projection.publication.url}`
      : 'Outlook: no projections in the bundled data',
    history: historyCitation(),
    costs: `${costCitation()}; ${schoolCitation()}`,
  };
  if (topic !== 'all') return texts[topic];
  return `Coding & Billing Pay estimates. ${Object.values(texts).join('. ')}.`;
}
