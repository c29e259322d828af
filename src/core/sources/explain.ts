/** CODER_SALARY_EXPLAIN: every step of an estimate as (step, value) rows anyone can audit. */
import { eligibilityRule, yearsUntilEligible } from '../pay/eligibility';
import type { Estimate } from '../pay/estimate';
import type { Area } from '../referenceTypes';
import { isLocalArea, stateName } from '../places/areas';
import { PUBLISHED_QUANTILES, type PayDistribution } from '../pay/distribution';
import { MAX_CURVE_YEARS, experienceCurveText } from '../pay/experience';
import { recordCitation } from './citations';
import { cite } from '../publishers';
import { dollars } from '../figureText';
import { borrowedSettingNote } from '../pay/settings';
import { credentialLabel, NEW_HOLDER_YEARS } from '../pay/credentials';

export type ExplainRow = readonly [string, string | number];

const percent = (q: number): string => `percentile ${(q * 100).toFixed(1)}`;
const ratio = (n: number): number => Math.round(n * 10000) / 10000;

const KIND_TEXT: Readonly<Record<Area['kind'], string>> = {
  national: 'the nation',
  state: 'state',
  metropolitan: 'metropolitan statistical area',
  nonmetropolitan: 'nonmetropolitan area',
};

/** "the state", "the area", "the national": whose distribution the ceiling row talks about. */
function whose(area: Area): string {
  return area.kind === 'state' ? 'the state' : area.kind === 'national' ? 'the national' : "the area's";
}

/** Which points BLS published for an area and which are derived from its state's shape. */
function areaPercentiles(distribution: PayDistribution): string {
  const [p10, p25, median, p75, p90] = distribution.percentiles;
  const tails = distribution.tailsFrom!;
  const [s10, s25, , s75, s90] = tails.percentiles;
  // The release without its level ("OEWS May 2025"), and the page the ratios were read from.
  const release = `${tails.record.release.replace(/ \((state|national)\)$/, '')} percentiles (${tails.record.publication.url})`;
  const shape =
    tails.area.kind === 'state'
      ? `${tails.area.name}'s published ${release}`
      : `the national ${release}, as ${stateName(distribution.area.states[0]!)} has no published percentiles in the data`;
  return (
    `published for the area (BLS OEWS May ${distribution.record.year}): p25 ${dollars(p25)}, median ${dollars(median)}, p75 ${dollars(p75)}; ` +
    `derived, as the area's tails are not published: p10 ${dollars(p10)} = p25 × ${ratio(s10 / s25)} and p90 ${dollars(p90)} = p75 × ${ratio(s90 / s75)}, ` +
    `the p10/p25 and p90/p75 ratios of ${shape}`
  );
}

/** The setting factor's steps, the role it was measured for, and each publication's page. */
function settingBasis(estimate: Estimate): string {
  const { setting, distribution } = estimate;
  if (setting.publications.length === 0) return setting.basis;
  const borrowed = borrowedSettingNote(distribution.role.soc);
  return [setting.basis, ...(borrowed ? [borrowed] : []), ...setting.publications.map(cite)].join('; ');
}

export function explainEstimate(estimate: Estimate): ExplainRow[] {
  const { inputs, distribution } = estimate;
  const { record, role, area } = distribution;
  const labels = PUBLISHED_QUANTILES.map((q) => (q === 0.5 ? 'median' : `p${q * 100}`));
  const points = distribution.percentiles.map((p, i) => `${labels[i]} ${dollars(p)}`).join(', ');
  const credentials = inputs.credentials.map(credentialLabel).join(', ') || 'none';
  const rows: ExplainRow[] = [
    [
      'Inputs',
      `${area.name} (${area.code}${isLocalArea(area) ? `, ${KIND_TEXT[area.kind]}` : ''}); ${inputs.years} years; credentials: ${credentials}; role: ${role.role} (${role.label}); setting: ${inputs.setting}`,
    ],
    ['Occupation', `${role.occupation} (SOC ${role.soc})${role.caveat ? ` — note: ${role.caveat}` : ''}`],
    ['Base median', record.values.annual_median!],
    ['Base source', recordCitation(record, area.name)],
  ];
  if (distribution.basis === 'area-quartiles') {
    rows.push(['Percentiles used', areaPercentiles(distribution)]);
  } else if (distribution.basis === 'published') {
    rows.push(['Percentiles used', `${area.kind === 'national' ? 'the national' : "the state's own"} published percentiles: ${points}`]);
  } else {
    const shape = distribution.shapeFrom!;
    const borrowed = shape.soc !== role.soc ? ` (no national percentiles for ${role.soc}: the ${shape.soc} shape is borrowed)` : '';
    rows.push([
      'Percentiles used',
      area.kind === 'national'
        ? `national-shape fallback: the data has only the national median for ${record.release}, so p10–p90 are that median times ` +
          `the ${shape.release} percentile ratios of SOC ${shape.soc}${borrowed}: ${points} (national figures: ${cite(shape.publication)})`
        : `national-shape fallback: the data has only the state median for ${record.release}, so p10–p90 are the state median times ` +
          `the national ${shape.release} ratios of SOC ${shape.soc}${borrowed}: ${points} (national figures: ${cite(shape.publication)})`,
    ]);
  }
  const cappedYears = inputs.years > MAX_CURVE_YEARS ? ` (the curve is flat after ${MAX_CURVE_YEARS})` : '';
  rows.push(
    ['Experience position', `${inputs.years} years${cappedYears} → ${percent(estimate.experienceQuantile)} (${experienceCurveText()})`],
    ['Pay at that position', Math.round(estimate.experiencePay)],
    ...(estimate.credential.apprentice ? ([['Apprentice rule', estimate.credential.apprentice]] as ExplainRow[]) : []),
    ['Credential factor', ratio(estimate.credential.factor)],
    ['Credential basis', estimate.credential.detail],
    ['Credential caveat', estimate.credential.caveat],
    ['Eligibility', eligibilityReading(estimate)],
    ['Setting factor', ratio(estimate.setting.factor)],
    ['Setting basis', settingBasis(estimate)],
    ['Pay after factors', Math.round(estimate.factoredPay)],
    [
      'Ceiling',
      estimate.factoredPay > distribution.percentiles[3]
        ? `above ${whose(area)} p75 (${dollars(distribution.percentiles[3])}) pay bends smoothly towards the ${distribution.basis === 'area-quartiles' ? 'derived ' : ''}p90 (${dollars(distribution.percentiles[4])}) so stacked factors stay inside the distribution`
        : `not needed (at or below ${whose(area)} p75, ${dollars(distribution.percentiles[3])})`,
    ],
  );
  if (estimate.newHolder) {
    const codes = estimate.credential.newHolderLimited.map((c) => c.code).join(', ');
    rows.push([
      'New holder limit',
      `${codes} with under ${NEW_HOLDER_YEARS} years of experience: these credentials are priced from experienced holders, so here they ` +
        `raise pay at most to ${whose(area)} p75 (${dollars(estimate.newHolder.limit)}); without them the estimate is ` +
        `${dollars(estimate.newHolder.payWithout)}. ${estimate.newHolder.applied ? 'Applied.' : 'Not needed.'}`,
    ]);
  }
  rows.push(['Estimate (annual, USD)', estimate.pay]);
  return rows;
}

/** One line for a cell when EXPLAIN is given a range: the key steps joined. */
export function explainSummary(estimate: Estimate): string {
  const { distribution } = estimate;
  return [
    `${distribution.area.code} ${distribution.role.soc} ${distribution.record.release} median ${dollars(distribution.record.values.annual_median!)}`,
    distribution.basis === 'published'
      ? `${distribution.area.kind === 'national' ? 'national' : 'state'} percentiles`
      : distribution.basis === 'national-shape'
        ? 'national-shape percentiles'
        : `area quartiles, ${distribution.tailsFrom!.area.code} tails`,
    `${percent(estimate.experienceQuantile)} ${dollars(estimate.experiencePay)}`,
    `× credential ${ratio(estimate.credential.factor)}`,
    `× setting ${ratio(estimate.setting.factor)}`,
    estimate.factoredPay > distribution.percentiles[3] ? `ceiling → ${dollars(estimate.cappedPay)}` : 'no ceiling',
    ...(estimate.credential.apprentice ? [`apprentice: ${estimate.credential.priced.map((c) => c.code).join(', ')}`] : []),
    ...(estimate.newHolder?.applied ? [`new holder limit → ${dollars(estimate.cappedPay)}`] : []),
    `= ${dollars(estimate.pay)}`,
  ].join('; ');
}

/**
 * AHIMA's eligibility read plainly where the inputs alone cannot show it: RHIT and RHIA need a
 * degree CODER_SALARY has no input for, and CCS below its experience pathway needs coursework or
 * another credential; the estimate reads the holder as eligible and says so, never silently.
 * One row whatever the credentials, so the spilled table keeps its height.
 */
function eligibilityReading(estimate: Estimate): string {
  const held = estimate.inputs.credentials.map((c) => c.code);
  const readings = estimate.inputs.credentials.flatMap((c) => {
    const byExperience = yearsUntilEligible(
      c.code,
      held.filter((h) => h !== c.code),
    );
    if (byExperience === undefined)
      return [`${eligibilityRule(c.code)}: read as held (no education input here; CAREER_PATH plans the degree)`];
    if (estimate.inputs.years < byExperience)
      return [`${eligibilityRule(c.code)}: at ${estimate.inputs.years} years read as eligible through coursework or another credential`];
    return [];
  });
  if (readings.length > 0) return readings.join('; ');
  return held.length === 0 ? 'no credential' : 'nothing to read: no degree needed, and the experience meets every experience rule';
}
