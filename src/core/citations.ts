/** SALARY_SOURCE: citation and vintage text built from the bundled data, so it cannot drift. */
import { REFERENCE } from '../../data/generated/reference';
import { ROLES, type RoleInfo } from './roles';
import { InputError } from './inputError';

export type SourceTopic = 'all' | 'wages' | 'credentials' | 'setting' | 'cost of living' | 'outlook';

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
});

export const TOPIC_ACCEPTED = '"all" (default), "wages", "credentials", "setting", "cost of living" or "outlook"';

export function parseTopic(text: string): SourceTopic {
  const topic = TOPIC_ALIASES[text.trim().replace(/\s+/g, ' ').toLowerCase()];
  if (topic) return topic;
  throw new InputError('topic', text, TOPIC_ACCEPTED);
}

function yearsOf(role: RoleInfo): string {
  const years = [...new Set(REFERENCE.wages.filter((w) => w.soc === role.soc).map((w) => w.year))].sort().reverse();
  return years.map((y) => `May ${y}`).join(' and ');
}

export function wageCitation(role: RoleInfo): string {
  return `BLS OEWS ${yearsOf(role)}, SOC ${role.soc} ${role.occupation}`;
}

export function sourceText(topic: SourceTopic): string {
  const survey = REFERENCE.credentialSurvey.certifiedAverage;
  const parity = REFERENCE.priceParities.find((p) => p.area !== 'US')!;
  const projection = REFERENCE.projections.find((p) => p.soc === ROLES.coder.soc);
  const setting = REFERENCE.settings.hospital;
  const texts: Record<Exclude<SourceTopic, 'all'>, string> = {
    wages: `Wages: ${Object.values(ROLES).map(wageCitation).join('; ')} (state and national estimates)`,
    credentials: `Credential premiums: ${survey.label.replace(/:.*$/, '')}, certified vs non-certified averages`,
    setting: `Work setting: BLS Occupational Outlook Handbook medians by setting, May ${setting.year} (SOC 29-2072)`,
    'cost of living': `Cost of living: ${parity.release}`,
    outlook: projection
      ? `Outlook: BLS Employment Projections ${projection.period} (SOC ${projection.soc}${
          REFERENCE.projections.length > 1
            ? ', ' +
              REFERENCE.projections
                .filter((p) => p !== projection)
                .map((p) => p.soc)
                .join(', ')
            : ''
        })`
      : 'Outlook: no projections in the bundled data',
  };
  if (topic !== 'all') return texts[topic];
  return `Coding & Billing Pay estimates. ${Object.values(texts).join('. ')}.`;
}
