/** CODER_SALARY_EXPLAIN: every step of an estimate as (step, value) rows anyone can audit. */
import type { Estimate } from './estimate';
import { PUBLISHED_QUANTILES } from './distribution';
import { MAX_CURVE_YEARS } from './experience';
import { cite, recordCitation } from './citations';
import { dollars } from './figureText';

export type ExplainRow = readonly [string, string | number];

const percent = (q: number): string => `percentile ${(q * 100).toFixed(1)}`;
const ratio = (n: number): number => Math.round(n * 10000) / 10000;

export function explainEstimate(estimate: Estimate): ExplainRow[] {
  const { inputs, distribution } = estimate;
  const { record, role, area } = distribution;
  const labels = PUBLISHED_QUANTILES.map((q) => (q === 0.5 ? 'median' : `p${q * 100}`));
  const points = distribution.percentiles.map((p, i) => `${labels[i]} ${dollars(p)}`).join(', ');
  const credentials = inputs.credentials.map((c) => c.code).join(', ') || 'none';
  const rows: ExplainRow[] = [
    [
      'Inputs',
      `${area.name} (${area.code}); ${inputs.years} years; credentials: ${credentials}; role: ${role.role}; setting: ${inputs.setting}`,
    ],
    ['Occupation', `${role.occupation} (SOC ${role.soc})${role.caveat ? ` — note: ${role.caveat}` : ''}`],
    ['Base median', record.values.annual_median!],
    ['Base source', recordCitation(record, area.name)],
  ];
  if (distribution.basis === 'published') {
    rows.push(['Percentiles used', `the state's own published percentiles: ${points}`]);
  } else {
    const shape = distribution.shapeFrom!;
    const borrowed = shape.soc !== role.soc ? ` (no national percentiles for ${role.soc}: the ${shape.soc} shape is borrowed)` : '';
    rows.push([
      'Percentiles used',
      `national-shape fallback: the data has only the state median for ${record.release}, so p10–p90 are the state median times ` +
        `the national ${shape.release} ratios of SOC ${shape.soc}${borrowed}: ${points} (national figures: ${cite(shape.publication)})`,
    ]);
  }
  const cappedYears = inputs.years > MAX_CURVE_YEARS ? ` (the curve is flat after ${MAX_CURVE_YEARS})` : '';
  rows.push(
    [
      'Experience position',
      `${inputs.years} years${cappedYears} → ${percent(estimate.experienceQuantile)} (entry 25th, 10 years median, senior towards 75th)`,
    ],
    ['Pay at that position', Math.round(estimate.experiencePay)],
    ['Credential factor', ratio(estimate.credential.factor)],
    ['Credential basis', estimate.credential.detail],
    ['Credential caveat', estimate.credential.caveat],
    ['Setting factor', ratio(estimate.setting.factor)],
    [
      'Setting basis',
      estimate.setting.figure
        ? `${estimate.setting.figure.label}: ${dollars(estimate.setting.figure.value)} / all settings ${dollars(estimate.setting.base!.value)}` +
          (role.soc !== '29-2072' ? ' (measured for medical records specialists; applied to this role as the nearest evidence)' : '') +
          `; ${cite(estimate.setting.publication!)}`
        : 'any setting: no adjustment',
    ],
    ['Pay after factors', Math.round(estimate.factoredPay)],
    [
      'Ceiling',
      estimate.factoredPay > distribution.percentiles[3]
        ? `above the state p75 (${dollars(distribution.percentiles[3])}) pay bends smoothly towards the p90 (${dollars(distribution.percentiles[4])}) so stacked factors stay inside the distribution`
        : `not needed (at or below the state p75, ${dollars(distribution.percentiles[3])})`,
    ],
    ['Estimate (annual, USD)', estimate.pay],
  );
  return rows;
}

/** One line for a cell when EXPLAIN is given a range: the key steps joined. */
export function explainSummary(estimate: Estimate): string {
  const { distribution } = estimate;
  return [
    `${distribution.area.code} ${distribution.role.soc} ${distribution.record.release} median ${dollars(distribution.record.values.annual_median!)}`,
    distribution.basis === 'published' ? 'state percentiles' : 'national-shape percentiles',
    `${percent(estimate.experienceQuantile)} ${dollars(estimate.experiencePay)}`,
    `× credential ${ratio(estimate.credential.factor)}`,
    `× setting ${ratio(estimate.setting.factor)}`,
    estimate.factoredPay > distribution.percentiles[3] ? `ceiling → ${dollars(estimate.cappedPay)}` : 'no ceiling',
    `= ${dollars(estimate.pay)}`,
  ].join('; ');
}
