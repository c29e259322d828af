/**
 * Reads data/work_setting_figures.csv: the within-survey figures behind the work settings the
 * OOH medians do not cover (AAPC 2015 averages by setting; OEWS May 2021 industry means; the
 * AAPC 2010 coders' payer credential against CPC).
 *
 * Each row names its publication in `source`; a setting factor divides two figures of one
 * publication and one reference period only, and the check refuses a pair that crosses two.
 * `used_for` says which factor or caveat a row feeds; rows without it are kept for the record.
 */
import type { SettingMedians, SettingSurveyFigure } from '../src/core/referenceTypes';

type Row = Record<string, string>;

export const SETTING_FIGURES_FILE = 'work_setting_figures.csv';

/** The survey and industry figures of the setting medians, as the reference data holds them. */
export type SettingSurveyFigures = Omit<SettingMedians, 'soc' | 'publication' | 'allSettings' | 'hospital' | 'physicianOffice'>;

const BUNDLED_STATUSES = new Set(['ok']);

function figure(row: Row): SettingSurveyFigure {
  const year = Number(/(\d{4})/.exec(row.reference_period ?? '')?.[1]);
  return {
    label: `${row.source}: ${row.group}`,
    value: Number(row.value_usd),
    year,
    source: (row.source_url ?? '').trim(),
    survey: (row.source ?? '').trim(),
    soc: (row.soc_code ?? '').trim(),
    period: (row.reference_period ?? '').trim(),
    group: (row.group ?? '').trim(),
    statistic: (row.statistic ?? '').trim(),
    confidence: (row.confidence ?? '').trim(),
  };
}

const MISSING: SettingSurveyFigure = {
  label: '',
  value: Number.NaN,
  year: Number.NaN,
  source: '',
  survey: '',
  soc: '',
  period: '',
  group: '',
  statistic: '',
  confidence: '',
};

/** The figures each factor needs, checked: positive, cited, and each pair from one publication and period. */
export function readSettingFigures(rows: readonly Row[], problems: string[]): SettingSurveyFigures {
  const usable = rows.filter((r) => BUNDLED_STATUSES.has((r.status ?? '').trim()));
  const pick = (usedFor: string, group: string): SettingSurveyFigure => {
    const found = usable.filter((r) => r.used_for === usedFor && r.group === group);
    if (found.length !== 1) {
      problems.push(`${SETTING_FIGURES_FILE}: expected one usable row for "${usedFor}" / "${group}", found ${found.length}`);
      return MISSING;
    }
    const f = figure(found[0]!);
    if (!(f.value > 0) || !(f.year > 2000) || !f.survey) problems.push(`${SETTING_FIGURES_FILE}: "${f.label}" is incomplete`);
    return f;
  };
  const figures: SettingSurveyFigures = {
    inpatient: pick('hospital inpatient', 'hospital, inpatient'),
    outpatient: pick('hospital outpatient', 'hospital, outpatient'),
    healthSystem: pick('health system', 'health system'),
    practices: (
      ['large group practice (50+ physicians)', 'medium group (11-49 physicians)', 'solo/small group (2-10 physicians)'] as const
    ).map((group) => pick('physician practice', group)),
    payer: pick('payer', 'insurance carriers'),
    payerAllIndustries: pick('payer', 'all industries'),
    payerCredentialed: pick('payer (credentialed)', 'CPC-P'),
    payerCredentialedBase: pick('payer (credentialed)', 'CPC'),
    hitHospitals: pick('health information technologist caveat', 'general medical and surgical hospitals'),
    hitAllIndustries: pick('health information technologist caveat', 'all industries'),
  };
  const samePublication = (...group: SettingSurveyFigure[]) => {
    const [first, ...rest] = group;
    for (const other of rest)
      if (other.survey !== first!.survey || other.period !== first!.period || other.statistic !== first!.statistic)
        problems.push(
          `${SETTING_FIGURES_FILE}: "${other.label}" (${other.period}, ${other.statistic}) and "${first!.label}" (${first!.period}, ${first!.statistic}) ` +
            'are not one publication, period and statistic; a setting ratio never crosses two',
        );
  };
  samePublication(figures.inpatient, figures.outpatient, figures.healthSystem, ...figures.practices);
  samePublication(figures.payer, figures.payerAllIndustries);
  samePublication(figures.payerCredentialed, figures.payerCredentialedBase);
  samePublication(figures.hitHospitals, figures.hitAllIndustries);
  return figures;
}
