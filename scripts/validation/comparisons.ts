/**
 * How good are the estimates: the model against published figures, compared like with like.
 *
 * Each comparison names the published figure (data/validation_published_figures.csv), the
 * CODER_SALARY calls that match it, and a tolerance with its reason. Survey levels (AAPC members)
 * are not BLS levels, so a survey figure is compared as a ratio within its own survey (two
 * experience bands, two settings, certified ÷ non-certified) with the model's ratio at matching
 * inputs; BLS figures and the product brief's claims are compared as ratios or levels.
 *
 * Error: model ÷ published − 1 for a figure; for a range, 0 inside it and the distance to the
 * nearer end outside. A comparison is within tolerance when |error| ≤ tolerance.
 *
 * Every comparison declares its basis: held out (the model is not read from the figure) or
 * calibration (the model is fitted to it or quotes it). The basis is written here, not inferred,
 * so a model change cannot move a row from one to the other unseen; the validation test checks
 * that no held-out row's figure appears in the model's EXPLAIN, and the summary keeps the two
 * apart.
 */
import type { PublishedFigure, PublishedFigures } from './publishedFigures';

/** The product's functions, as a sheet calls them (scripts/validation/productModel.ts). */
export interface PayModel {
  /** CODER_SALARY; throws the function's own error when it refuses the inputs. */
  pay(place: string, years: number, cert: string, role: string, setting: string): number;
  /** Every cell of CODER_SALARY_EXPLAIN for the same inputs, as one text. */
  explain(place: string, years: number, cert: string, role: string, setting: string): string;
  /** STATE_WAGE(place, "median", role). */
  median(place: string, role: string): number;
  /** CAREER_PATH(place, years, plan, 1, role, setting): the pay of year 0, where the plan's degree is held. */
  planPay(place: string, years: number, plan: string, role: string, setting: string): number;
}

/** Years where the model places the median worker: read from the model, not assumed. */
export const MEDIAN_WORKER = 'median worker';

export interface Inputs {
  readonly place: string;
  readonly years: number | typeof MEDIAN_WORKER;
  readonly cert?: string;
  readonly role?: string;
  readonly setting?: string;
  /** A career plan held ("bachelor:held"): the pay is CAREER_PATH's in year 0 with it, not CODER_SALARY's. */
  readonly plan?: string;
}

/** An open survey band, "more than `from` years": the estimate averaged over its members' years. */
export interface Band extends Omit<Inputs, 'years'> {
  readonly from: number;
}

export type ModelReading =
  | { readonly kind: 'level'; readonly inputs: Inputs }
  | { readonly kind: 'ratio'; readonly numerator: Inputs; readonly denominator: Inputs }
  | { readonly kind: 'band ratio'; readonly numerator: Band; readonly denominator: Band }
  /** Whole years a worker with `from` needs to reach the pay of `target`; Infinity if never (to 60). */
  | { readonly kind: 'years to reach'; readonly from: Omit<Inputs, 'years'>; readonly target: Inputs };

export type Published =
  { readonly kind: 'figure'; readonly value: number } | { readonly kind: 'range'; readonly low: number; readonly high: number };

export type Unit = 'ratio' | 'USD' | 'years';

/**
 * `held out`: the model is not read from the figure. `calibration`: the model quotes the figure
 * or is fitted to it, so the row checks that it is reproduced.
 */
export type Basis = 'held out' | 'calibration';

export interface Comparison {
  readonly id: string;
  readonly topic: string;
  readonly name: string;
  /** The published figures the value is computed from (ids in the figures file); none for the brief's claims. */
  readonly figures: readonly string[];
  /** Shown as the source when `figures` is empty. */
  readonly claimSource?: string;
  readonly published: (f: (id: string) => number) => Published;
  readonly model: ModelReading;
  readonly unit: Unit;
  /** Largest |error| the evidence supports, as a fraction (0.05 = ±5%). */
  readonly tolerance: number;
  readonly toleranceReason: string;
  /** How the model's inputs match the published figure, and what they cannot match. */
  readonly matching: string;
  /** Text whose presence in the model's EXPLAIN means the model quotes this figure; default: the figures' dollar amounts. */
  readonly calibrationMarks?: readonly RegExp[];
  readonly basis: Basis;
  /** For a calibration row: what the model takes from the figure. */
  readonly basisReason?: string;
}

const ratioOf =
  (numerator: string, denominator: string) =>
  (f: (id: string) => number): Published => ({ kind: 'figure', value: f(numerator) / f(denominator) });

/** Members' years in an open band run to this many years. */
export const BAND_END_YEARS = 60;
const BAND_STEP = 0.25;

/**
 * The average of `pay` over an open band "more than `from` years". The surveys publish no
 * distribution of their members' years, so they are taken as exponential (a constant rate of
 * joining and leaving) with the median worker's years as their median, up to BAND_END_YEARS.
 */
export function bandAverage(pay: (years: number) => number, from: number, medianWorker: number): number {
  const rate = Math.LN2 / medianWorker;
  let sum = 0;
  let weights = 0;
  for (let years = from + BAND_STEP / 2; years < BAND_END_YEARS; years += BAND_STEP) {
    const weight = Math.exp(-rate * years);
    sum += weight * pay(years);
    weights += weight;
  }
  return sum / weights;
}

const FITTED = 'the experience curve is fitted to this table, with the other AAPC experience tables (docs/METHOD.md, "Experience")';

// Tolerances and the evidence for them.
const SETTING_SPREAD =
  'the same survey ratio moves this much between surveys: outpatient hospital ÷ solo practice was 1.084 (AAPC 2010), 1.059 (2011), 1.002 (2012)';
const SUBGROUP =
  'small subgroups of one survey (first-year or 25-plus-year respondents) read from a summary (medium confidence); the same article shows a 9-year certified average of $34,853, barely above the one-year $34,551, as an example of their noise';
const RAW_GAP =
  'the published averages are rounded and the groups large; beyond the range the model would claim a larger gap at equal experience than the survey shows with experience mixed in';

export const COMPARISONS: readonly Comparison[] = [
  {
    id: 'experience-2013',
    topic: 'Experience',
    name: 'more than 15 years ÷ more than 2 years',
    figures: ['aapc2013_over15', 'aapc2013_over2'],
    published: ratioOf('aapc2013_over15', 'aapc2013_over2'),
    model: { kind: 'band ratio', numerator: { place: 'US', from: 15, cert: 'CPC' }, denominator: { place: 'US', from: 2, cert: 'CPC' } },
    unit: 'ratio',
    tolerance: 0.1,
    toleranceReason:
      'about 15,000 respondents, so sampling error is small; but the bands are open-ended and the survey publishes no distribution of its members’ years, so the reading of each band rests on an assumed one',
    matching:
      'each band is everyone past its threshold (AAPC sets the “more than two years” average against the overall one), so each is the estimate averaged over the band’s years, members’ years taken as exponential with the median worker’s years as median, to 60 years; AAPC members are mostly certified, so a CPC in both.',
    basis: 'calibration',
    basisReason: FITTED,
  },
  {
    id: 'experience-2010-noncertified-7',
    topic: 'Experience',
    name: 'non-certified: 7 years ÷ first year',
    figures: ['aapc2010_noncert_7', 'aapc2010_noncert_1'],
    published: ratioOf('aapc2010_noncert_7', 'aapc2010_noncert_1'),
    model: { kind: 'ratio', numerator: { place: 'US', years: 7 }, denominator: { place: 'US', years: 1 } },
    unit: 'ratio',
    tolerance: 0.1,
    toleranceReason: SUBGROUP,
    matching: 'no credential, 7 years against 1 year.',
    basis: 'calibration',
    basisReason: FITTED,
  },
  {
    id: 'experience-2010-noncertified-25',
    topic: 'Experience',
    name: 'non-certified: more than 25 years ÷ first year',
    figures: ['aapc2010_noncert_25', 'aapc2010_noncert_1'],
    published: ratioOf('aapc2010_noncert_25', 'aapc2010_noncert_1'),
    model: { kind: 'ratio', numerator: { place: 'US', years: 25 }, denominator: { place: 'US', years: 1 } },
    unit: 'ratio',
    tolerance: 0.1,
    toleranceReason: SUBGROUP,
    matching: 'no credential, 25 years (the band’s threshold) against 1 year.',
    basis: 'calibration',
    basisReason: FITTED,
  },
  {
    id: 'experience-2010-certified-25',
    topic: 'Experience',
    name: 'certified: more than 25 years ÷ one year',
    figures: ['aapc2010_cert_25', 'aapc2010_cert_1'],
    published: ratioOf('aapc2010_cert_25', 'aapc2010_cert_1'),
    model: { kind: 'ratio', numerator: { place: 'US', years: 25, cert: 'CPC' }, denominator: { place: 'US', years: 1, cert: 'CPC' } },
    unit: 'ratio',
    tolerance: 0.1,
    toleranceReason: SUBGROUP,
    matching: 'a CPC at 25 years against a CPC at 1 year (the product applies its apprentice rule, if any, as for a user).',
    basis: 'calibration',
    basisReason: FITTED,
  },
  {
    id: 'credential-2010-first-year',
    topic: 'Credential at equal experience',
    name: 'certified ÷ non-certified, first year',
    figures: ['aapc2010_cert_1', 'aapc2010_noncert_1'],
    published: ratioOf('aapc2010_cert_1', 'aapc2010_noncert_1'),
    model: { kind: 'ratio', numerator: { place: 'US', years: 1, cert: 'CPC' }, denominator: { place: 'US', years: 1 } },
    unit: 'ratio',
    tolerance: 0.08,
    toleranceReason: SUBGROUP,
    matching:
      'CPC against no credential at 1 year, as a user would type it. The survey’s certified first-years include apprentices (CPC-A) and the summary words the two groups slightly differently (“one year of experience”, “first year”).',
    basis: 'calibration',
    basisReason: 'the apprentice’s factor (CPC-A) is the AAPC 2010 CPC-A average over this non-certified first-year average',
  },
  {
    id: 'credential-2010-25-years',
    topic: 'Credential at equal experience',
    name: 'certified ÷ non-certified, more than 25 years',
    figures: ['aapc2010_cert_25', 'aapc2010_noncert_25'],
    published: ratioOf('aapc2010_cert_25', 'aapc2010_noncert_25'),
    model: { kind: 'ratio', numerator: { place: 'US', years: 25, cert: 'CPC' }, denominator: { place: 'US', years: 25 } },
    unit: 'ratio',
    tolerance: 0.08,
    toleranceReason: SUBGROUP,
    matching: 'CPC against no credential at 25 years (the band’s threshold).',
    basis: 'calibration',
    basisReason: 'the credential gap at equal experience is the geometric mean of this and the first-year gap',
  },
  ...(
    [
      ['2009', 'aapc2009'],
      ['2019', 'aapc2019'],
      ['2021', 'aapc2021'],
      ['2022', 'aapc2022'],
      ['2025', 'aapc2025'],
    ] as const
  ).map(([year, key]): Comparison => ({
    id: `certified-raw-${year}`,
    topic: 'Certified vs non-certified',
    name: `certified ÷ non-certified (raw), ${year} survey`,
    figures: [`${key}_certified`, `${key}_noncertified`],
    published: (f) => ({ kind: 'range', low: 1, high: f(`${key}_certified`) / f(`${key}_noncertified`) }),
    model: {
      kind: 'ratio',
      numerator: { place: 'US', years: MEDIAN_WORKER, cert: 'CPC' },
      denominator: { place: 'US', years: MEDIAN_WORKER },
    },
    unit: 'ratio',
    tolerance: 0.02,
    toleranceReason: RAW_GAP,
    matching:
      'the raw ratio mixes experience into the gap (certified respondents are more experienced) and the survey publishes no average years per group, so like with like is the gap at equal experience, which must lie between no gap (1) and the raw ratio: CPC against no credential, both at the model’s median worker.',
    ...(year === '2009'
      ? { basis: 'calibration' as const, basisReason: 'the share of a raw gap kept at equal experience divides by this survey’s raw gap' }
      : year === '2025'
        ? {
            basis: 'calibration' as const,
            basisReason: 'the CPC factor is this report’s CPC ÷ non-certified ratio, shrunk to equal experience',
          }
        : { basis: 'held out' as const }),
  })),
  {
    id: 'years-to-single-credential-2018',
    topic: 'Credential at equal experience',
    name: 'years a non-certified coder needs to reach a single-credential average',
    figures: ['aapc2018_years_to_single_credential'],
    published: (f) => ({ kind: 'figure', value: f('aapc2018_years_to_single_credential') }),
    model: { kind: 'years to reach', from: { place: 'US' }, target: { place: 'US', years: MEDIAN_WORKER, cert: 'CPC' } },
    unit: 'years',
    tolerance: 0.25,
    toleranceReason: 'AAPC says “20 years”, a round figure read off a chart: ±5 years',
    matching:
      'the fewest whole years at which a coder without a credential reaches the pay of a CPC at the model’s median worker; the survey publishes no average years of single-credential holders, so the model’s median worker stands for them.',
    basis: 'calibration',
    basisReason: FITTED,
    calibrationMarks: [/\b2018\b/, /\b20 years\b/],
  },
  {
    id: 'setting-2015-inpatient-outpatient',
    topic: 'Work setting',
    name: 'hospital inpatient ÷ hospital outpatient',
    figures: ['aapc2015_inpatient', 'aapc2015_outpatient'],
    published: ratioOf('aapc2015_inpatient', 'aapc2015_outpatient'),
    model: {
      kind: 'ratio',
      numerator: { place: 'US', years: MEDIAN_WORKER, cert: 'CPC', setting: 'hospital inpatient' },
      denominator: { place: 'US', years: MEDIAN_WORKER, cert: 'CPC', setting: 'hospital outpatient' },
    },
    unit: 'ratio',
    tolerance: 0.06,
    toleranceReason: SETTING_SPREAD,
    matching: 'a CPC at the model’s median worker (AAPC members are mostly certified) in each setting.',
    basis: 'calibration',
    basisReason: 'the hospital inpatient and outpatient factors split the hospital by this ratio',
  },
  {
    id: 'setting-2015-health-system-inpatient',
    topic: 'Work setting',
    name: 'health system ÷ hospital inpatient',
    figures: ['aapc2015_health_system', 'aapc2015_inpatient'],
    published: ratioOf('aapc2015_health_system', 'aapc2015_inpatient'),
    model: {
      kind: 'ratio',
      numerator: { place: 'US', years: MEDIAN_WORKER, cert: 'CPC', setting: 'health system' },
      denominator: { place: 'US', years: MEDIAN_WORKER, cert: 'CPC', setting: 'hospital inpatient' },
    },
    unit: 'ratio',
    tolerance: 0.06,
    toleranceReason: SETTING_SPREAD,
    matching: 'a CPC at the model’s median worker in each setting.',
    basis: 'calibration',
    basisReason: 'the health system factor is the hospital × this survey’s health system ÷ hospital midpoint',
  },
  {
    id: 'setting-2015-inpatient-practice',
    topic: 'Work setting',
    name: 'hospital inpatient ÷ physician practice',
    figures: ['aapc2015_inpatient', 'aapc2015_large_group', 'aapc2015_medium_group', 'aapc2015_small_group'],
    published: (f) => ({
      kind: 'range',
      low: f('aapc2015_inpatient') / f('aapc2015_large_group'),
      high: f('aapc2015_inpatient') / f('aapc2015_medium_group'),
    }),
    model: {
      kind: 'ratio',
      numerator: { place: 'US', years: MEDIAN_WORKER, cert: 'CPC', setting: 'hospital inpatient' },
      denominator: { place: 'US', years: MEDIAN_WORKER, cert: 'CPC', setting: 'physician practice' },
    },
    unit: 'ratio',
    tolerance: 0.06,
    toleranceReason: SETTING_SPREAD,
    matching:
      'the survey splits practices by size (large, medium, solo/small) without their shares of respondents, so the published value is the range over the three sizes; a CPC at the model’s median worker.',
    basis: 'calibration',
    basisReason: 'the like-credential physician practice is the geometric mean of these practice sizes',
  },
  {
    id: 'setting-2015-outpatient-practice',
    topic: 'Work setting',
    name: 'hospital outpatient ÷ physician practice',
    figures: ['aapc2015_outpatient', 'aapc2015_large_group', 'aapc2015_medium_group', 'aapc2015_small_group'],
    published: (f) => ({
      kind: 'range',
      low: f('aapc2015_outpatient') / f('aapc2015_large_group'),
      high: f('aapc2015_outpatient') / f('aapc2015_medium_group'),
    }),
    model: {
      kind: 'ratio',
      numerator: { place: 'US', years: MEDIAN_WORKER, cert: 'CPC', setting: 'hospital outpatient' },
      denominator: { place: 'US', years: MEDIAN_WORKER, cert: 'CPC', setting: 'physician practice' },
    },
    unit: 'ratio',
    tolerance: 0.06,
    toleranceReason: SETTING_SPREAD,
    matching: 'the range over the three practice sizes, as above; a CPC at the model’s median worker.',
    basis: 'calibration',
    basisReason: 'as above',
  },
  ...(['2010', '2011', '2012'] as const).map((year): Comparison => ({
    id: `setting-${year}-outpatient-solo`,
    topic: 'Work setting',
    name: `hospital outpatient ÷ solo practice, ${year} survey`,
    figures: [`aapc${year}_outpatient`, `aapc${year}_solo`],
    published: ratioOf(`aapc${year}_outpatient`, `aapc${year}_solo`),
    model: {
      kind: 'ratio',
      numerator: { place: 'US', years: MEDIAN_WORKER, cert: 'CPC', setting: 'hospital outpatient' },
      denominator: { place: 'US', years: MEDIAN_WORKER, cert: 'CPC', setting: 'physician practice' },
    },
    unit: 'ratio',
    tolerance: 0.06,
    toleranceReason: SETTING_SPREAD,
    matching: 'solo practice against the model’s physician practice (it has no practice sizes); a CPC at the model’s median worker.',
    basis: 'held out',
  })),
  {
    id: 'setting-ooh-2025-hospital-office',
    topic: 'Work setting',
    name: 'hospitals ÷ offices of physicians (medians, May 2025)',
    figures: ['ooh2025_hospitals', 'ooh2025_physician_offices'],
    published: ratioOf('ooh2025_hospitals', 'ooh2025_physician_offices'),
    model: {
      kind: 'ratio',
      numerator: { place: 'US', years: MEDIAN_WORKER, setting: 'hospital' },
      denominator: { place: 'US', years: MEDIAN_WORKER, setting: 'physician office' },
    },
    unit: 'ratio',
    tolerance: 0.02,
    toleranceReason: 'one BLS release, the same as the model’s base: BLS’s relative standard errors on national medians are about 1%',
    matching: 'the median worker without a credential (a median of all workers in each setting).',
    basis: 'calibration',
    basisReason: 'the population setting factors are these medians',
  },
  {
    id: 'setting-ooh-2025-hospital-all',
    topic: 'Work setting',
    name: 'hospitals ÷ all settings (medians, May 2025)',
    figures: ['ooh2025_hospitals', 'ooh2025_all'],
    published: ratioOf('ooh2025_hospitals', 'ooh2025_all'),
    model: {
      kind: 'ratio',
      numerator: { place: 'US', years: MEDIAN_WORKER, setting: 'hospital' },
      denominator: { place: 'US', years: MEDIAN_WORKER },
    },
    unit: 'ratio',
    tolerance: 0.02,
    toleranceReason: 'one BLS release, the same as the model’s base: BLS’s relative standard errors on national medians are about 1%',
    matching: 'the median worker without a credential, hospital against any setting.',
    basis: 'calibration',
    basisReason: 'as above',
  },
  {
    id: 'setting-ooh-2025-office-all',
    topic: 'Work setting',
    name: 'offices of physicians ÷ all settings (medians, May 2025)',
    figures: ['ooh2025_physician_offices', 'ooh2025_all'],
    published: ratioOf('ooh2025_physician_offices', 'ooh2025_all'),
    model: {
      kind: 'ratio',
      numerator: { place: 'US', years: MEDIAN_WORKER, setting: 'physician office' },
      denominator: { place: 'US', years: MEDIAN_WORKER },
    },
    unit: 'ratio',
    tolerance: 0.02,
    toleranceReason: 'one BLS release, the same as the model’s base: BLS’s relative standard errors on national medians are about 1%',
    matching: 'the median worker without a credential, physician office against any setting.',
    basis: 'calibration',
    basisReason: 'as above',
  },
  {
    id: 'setting-ooh-2006-hospital-office',
    topic: 'Work setting',
    name: 'hospitals ÷ offices of physicians (medians, May 2006)',
    figures: ['ooh2006_hospitals', 'ooh2006_physician_offices'],
    published: ratioOf('ooh2006_hospitals', 'ooh2006_physician_offices'),
    model: {
      kind: 'ratio',
      numerator: { place: 'US', years: MEDIAN_WORKER, setting: 'hospital' },
      denominator: { place: 'US', years: MEDIAN_WORKER, setting: 'physician office' },
    },
    unit: 'ratio',
    tolerance: 0.06,
    toleranceReason:
      'an older release of the former occupation 29-2071 (before the 2018 split): the setting gap may have moved in 19 years; ±6% is the spread of the survey setting ratios between years',
    matching: 'the median worker without a credential in each setting.',
    basis: 'held out',
  },
  {
    id: 'setting-oews-2011-hospital-office',
    topic: 'Work setting',
    name: 'hospitals ÷ offices of physicians (means, May 2011)',
    figures: ['oews2011_hospitals', 'oews2011_physician_offices'],
    published: ratioOf('oews2011_hospitals', 'oews2011_physician_offices'),
    model: {
      kind: 'ratio',
      numerator: { place: 'US', years: MEDIAN_WORKER, setting: 'hospital' },
      denominator: { place: 'US', years: MEDIAN_WORKER, setting: 'physician office' },
    },
    unit: 'ratio',
    tolerance: 0.06,
    toleranceReason:
      'an older release of the former occupation 29-2071, and a ratio of means rather than medians; ±6% is the spread of the survey setting ratios between years',
    matching: 'the median worker without a credential in each setting (the model prices a worker, not a mean).',
    basis: 'held out',
  },
  {
    id: 'setting-oews-2021-payer-all',
    topic: 'Work setting',
    name: 'insurance carriers ÷ all industries (means, May 2021)',
    figures: ['oews2021_insurance_carriers', 'oews2021_all'],
    published: ratioOf('oews2021_insurance_carriers', 'oews2021_all'),
    model: {
      kind: 'ratio',
      numerator: { place: 'US', years: MEDIAN_WORKER, setting: 'payer' },
      denominator: { place: 'US', years: MEDIAN_WORKER },
    },
    unit: 'ratio',
    tolerance: 0.1,
    toleranceReason:
      'read from a secondary copy of BLS’s top-paying-industries list (medium confidence), a ratio of means, and insurance carriers are the highest-paying payers, not all of them',
    matching: 'the median worker without a credential, payer against any setting.',
    basis: 'calibration',
    basisReason: 'the payer’s population factor is this ratio',
  },
  ...(
    [
      ['bachelor', 'aapc2009_bachelor', 'aapc2009_high_school', 'bachelor’s degree ÷ high-school diploma (raw), 2009 survey'],
      ['associate', 'aapc2012_some_college_premium', undefined, 'associate degree or some college ÷ no college (raw), 2012 survey'],
    ] as const
  ).map(([program, top, bottom, name]): Comparison => ({
    id: `education-raw-${program}`,
    topic: 'Education at equal experience',
    name,
    figures: bottom ? [top, bottom] : [top],
    published: (f) => ({ kind: 'range', low: 1, high: bottom ? f(top) / f(bottom) : 1 + f(top) / 100 }),
    model: {
      kind: 'ratio',
      numerator: { place: 'US', years: MEDIAN_WORKER, plan: `${program}:held` },
      denominator: { place: 'US', years: MEDIAN_WORKER, plan: '' },
    },
    unit: 'ratio',
    tolerance: 0.02,
    toleranceReason: RAW_GAP,
    matching:
      'AAPC members’ averages read from a trade-press report of the survey (medium confidence); the raw ratio mixes experience into the gap, and the survey publishes no average years per group, so like with like is the gap at equal experience, which must lie between no gap (1) and the raw ratio: a degree held against none, at the model’s median worker.',
    basis: 'calibration',
    basisReason: `the ${program === 'bachelor' ? 'bachelor’s' : 'associate degree’s (and certificate’s)'} factor is this ratio, shrunk to equal experience`,
  })),
  ...(
    [
      ['associate', 'aapc2021_associate', 'associate degree or certification ÷ no college (hourly), about 2021'],
      ['bachelor', 'aapc2021_bachelor', 'bachelor’s degree ÷ no college (hourly), about 2021'],
    ] as const
  ).map(([program, top, name]): Comparison => ({
    id: `education-2021-${program}`,
    topic: 'Education at equal experience',
    name,
    figures: [top, 'aapc2021_no_college'],
    published: ratioOf(top, 'aapc2021_no_college'),
    model: {
      kind: 'ratio',
      numerator: { place: 'US', years: MEDIAN_WORKER, plan: `${program}:held` },
      denominator: { place: 'US', years: MEDIAN_WORKER, plan: '' },
    },
    unit: 'ratio',
    tolerance: 0.05,
    toleranceReason:
      'hourly averages by highest education read only from a machine-translated re-post of a 2021 guide (low confidence, unverified), raw: the direction of the experience mix between degree holders and the rest is not published',
    matching: 'a degree held against none at the model’s median worker; the survey’s groups mix experience and credentials.',
    basis: 'held out',
  })),
  {
    id: 'brief-coders',
    topic: 'The product brief’s claims',
    name: 'a typical coder earns $50,000–$60,000',
    figures: [],
    claimSource: 'The product brief’s claims',
    published: () => ({ kind: 'range', low: 50_000, high: 60_000 }),
    model: { kind: 'level', inputs: { place: 'US', years: MEDIAN_WORKER } },
    unit: 'USD',
    tolerance: 0.05,
    toleranceReason: 'a round range in a brief',
    matching: 'the national median worker without a credential.',
    basis: 'held out',
  },
  {
    id: 'brief-billers',
    topic: 'The product brief’s claims',
    name: 'a typical biller earns $45,000–$55,000',
    figures: [],
    claimSource: 'The product brief’s claims',
    published: () => ({ kind: 'range', low: 45_000, high: 55_000 }),
    model: { kind: 'level', inputs: { place: 'US', years: MEDIAN_WORKER, role: 'biller' } },
    unit: 'USD',
    tolerance: 0.05,
    toleranceReason: 'a round range in a brief',
    matching: 'the national median worker without a credential, role biller (the median worker’s years as for coders).',
    basis: 'held out',
  },
  {
    id: 'brief-hospital-above-office',
    topic: 'The product brief’s claims',
    name: 'hospitals pay more than physician offices',
    figures: [],
    claimSource: 'The product brief’s claims',
    published: () => ({ kind: 'range', low: 1, high: Number.POSITIVE_INFINITY }),
    model: {
      kind: 'ratio',
      numerator: { place: 'US', years: MEDIAN_WORKER, setting: 'hospital' },
      denominator: { place: 'US', years: MEDIAN_WORKER, setting: 'physician office' },
    },
    unit: 'ratio',
    tolerance: 0,
    toleranceReason: 'a direction, so no tolerance',
    matching: 'the national median worker without a credential in each setting.',
    basis: 'held out',
  },
  ...(
    [
      ['CA', 'California'],
      ['NY', 'New York'],
    ] as const
  ).map(([code, state]): Comparison => ({
    id: `brief-${code.toLowerCase()}-experienced`,
    topic: 'The product brief’s claims',
    name: `an experienced coder in ${state} earns more than $70,000`,
    figures: [],
    claimSource: 'The product brief’s claims',
    published: () => ({ kind: 'range', low: 70_000, high: Number.POSITIVE_INFINITY }),
    model: { kind: 'level', inputs: { place: code, years: 20 } },
    unit: 'USD',
    tolerance: 0.05,
    toleranceReason: 'a round figure in a brief',
    matching: '20 years (about twice the median worker’s) without a credential.',
    basis: 'held out',
  })),
  {
    id: 'brief-ar',
    topic: 'The product brief’s claims',
    name: 'a typical coder in Arkansas earns around $40,000',
    figures: [],
    claimSource: 'The product brief’s claims',
    published: () => ({ kind: 'figure', value: 40_000 }),
    model: { kind: 'level', inputs: { place: 'AR', years: MEDIAN_WORKER } },
    unit: 'USD',
    tolerance: 0.1,
    toleranceReason: '“around” a round figure',
    matching: 'the national median worker’s years, without a credential, in Arkansas.',
    basis: 'held out',
  },
];

export interface ComparisonResult {
  readonly comparison: Comparison;
  readonly published: Published;
  /** The source: each publication once, with its year. */
  readonly source: string;
  /** The CODER_SALARY calls, as a user would type them. */
  readonly formula: string;
  readonly model?: number;
  /** The model's own error message when it refuses the inputs. */
  readonly refusal?: string;
  readonly error?: number;
  readonly within: boolean;
  /** The declared basis is calibration: the model quotes the figure or is fitted to it. */
  readonly calibrated: boolean;
  /** The model's EXPLAIN quotes the published figure (a held-out row must not). */
  readonly quoted: boolean;
}

export interface ValidationReport {
  readonly medianWorkerYears: number;
  readonly results: readonly ComparisonResult[];
}

/** Error of a model value against a published figure or range: see the file comment. */
export function relativeError(model: number, published: Published): number {
  if (published.kind === 'figure') return model / published.value - 1;
  if (model < published.low) return model / published.low - 1;
  if (model > published.high) return model / published.high - 1;
  return 0;
}

/** The fewest whole years (0–60) at which `pay(years)` reaches `target`; Infinity if never. */
export function yearsToReach(pay: (years: number) => number, target: number): number {
  for (let years = 0; years <= 60; years++) if (pay(years) >= target) return years;
  return Number.POSITIVE_INFINITY;
}

/** Whole years at which the model's national coder without a credential first reaches the published national median. */
export function medianWorkerYears(model: PayModel): number {
  const years = yearsToReach((y) => model.pay('US', y, '', '', ''), model.median('US', ''));
  if (!Number.isFinite(years)) throw new Error('the model never reaches the national median: no median worker');
  return years;
}

const dollarsText = (n: number): string => `$${String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;

function formulaOf(inputs: Inputs, years: number | string): string {
  if (inputs.plan !== undefined)
    return `CAREER_PATH(${JSON.stringify(inputs.place)}, ${years}, ${JSON.stringify(inputs.plan)}, 1), year 0 pay`;
  const args: (string | number)[] = [JSON.stringify(inputs.place), years];
  const optional = [inputs.cert, inputs.role, inputs.setting];
  const last = optional.map((v) => v !== undefined).lastIndexOf(true);
  for (let i = 0; i <= last; i++) args.push(JSON.stringify(optional[i] ?? ''));
  return `CODER_SALARY(${args.join(', ')})`;
}

function sourceOf(comparison: Comparison, figures: PublishedFigures): string {
  if (comparison.figures.length === 0) return comparison.claimSource ?? '';
  const used = comparison.figures.map((id) => figures.get(id)!);
  return [...new Set(used.map((f) => f.source))].join('; ');
}

/** A ratio as EXPLAIN may print it: three decimals, with or without a fourth. */
const ratioMark = (ratio: number): RegExp => new RegExp(`\\b${ratio.toFixed(3).replace('.', '\\.')}\\d?\\b`);

function marksOf(comparison: Comparison, figures: PublishedFigures, published: Published): readonly RegExp[][] {
  if (comparison.calibrationMarks) return [[...comparison.calibrationMarks]];
  const amounts = comparison.figures
    .map((id) => figures.get(id)!)
    .filter((f: PublishedFigure) => f.unit === 'USD/year')
    .map((f) => [new RegExp(`\\$${dollarsText(f.value).slice(1).replace(/,/g, ',?')}\\b`)]);
  // A survey ratio the model takes as a factor is quoted as that ratio.
  const ratio =
    comparison.figures.length > 0 && comparison.unit === 'ratio'
      ? published.kind === 'figure'
        ? published.value
        : published.high
      : undefined;
  return ratio !== undefined && Number.isFinite(ratio) ? [...amounts, [ratioMark(ratio)]] : amounts;
}

/** Runs every comparison through the model. */
export function runValidation(model: PayModel, figures: PublishedFigures, comparisons = COMPARISONS): ValidationReport {
  const workerYears = medianWorkerYears(model);
  const yearsOf = (inputs: Inputs): number => (inputs.years === MEDIAN_WORKER ? workerYears : inputs.years);
  const call = (inputs: Inputs, years = yearsOf(inputs)): number =>
    inputs.plan !== undefined
      ? model.planPay(inputs.place, years, inputs.plan, inputs.role ?? '', inputs.setting ?? '')
      : model.pay(inputs.place, years, inputs.cert ?? '', inputs.role ?? '', inputs.setting ?? '');
  const explainText = (inputs: Inputs): string => {
    if (inputs.plan !== undefined) return '';
    try {
      return model.explain(inputs.place, yearsOf(inputs), inputs.cert ?? '', inputs.role ?? '', inputs.setting ?? '');
    } catch {
      return '';
    }
  };
  const results = comparisons.map((comparison): ComparisonResult => {
    const value = (id: string): number => {
      const figure = figures.get(id);
      if (!figure) throw new Error(`${comparison.id}: no published figure "${id}" in the figures file`);
      return figure.value;
    };
    const published = comparison.published(value);
    const reading = comparison.model;
    const calls: Inputs[] =
      reading.kind === 'level'
        ? [reading.inputs]
        : reading.kind === 'ratio'
          ? [reading.numerator, reading.denominator]
          : reading.kind === 'band ratio'
            ? [reading.numerator, reading.denominator].map((b) => ({ ...b, years: b.from }))
            : [{ ...reading.from, years: 0 }, reading.target];
    const bandFormula = (b: Band): string =>
      `average of ${formulaOf({ ...b, years: 0 }, 'y')} over y > ${b.from}, weight 2^(−y/${workerYears})`;
    const formula =
      reading.kind === 'level'
        ? formulaOf(reading.inputs, yearsOf(reading.inputs))
        : reading.kind === 'ratio'
          ? `${formulaOf(reading.numerator, yearsOf(reading.numerator))} ÷ ${formulaOf(reading.denominator, yearsOf(reading.denominator))}`
          : reading.kind === 'band ratio'
            ? `${bandFormula(reading.numerator)} ÷ ${bandFormula(reading.denominator)}`
            : `fewest years y with ${formulaOf({ ...reading.from, years: 0 }, 'y')} ≥ ${formulaOf(reading.target, yearsOf(reading.target))}`;
    const explained = calls.map(explainText).join('\n');
    const quoted = marksOf(comparison, figures, published).some((marks) => marks.every((mark) => mark.test(explained)));
    const calibrated = comparison.basis === 'calibration';
    const base = { comparison, published, source: sourceOf(comparison, figures), formula, calibrated, quoted };
    const band = (b: Band): number => bandAverage((y) => call({ ...b, years: y }, y), b.from, workerYears);
    let modelValue: number;
    try {
      modelValue =
        reading.kind === 'level'
          ? call(reading.inputs)
          : reading.kind === 'ratio'
            ? call(reading.numerator) / call(reading.denominator)
            : reading.kind === 'band ratio'
              ? band(reading.numerator) / band(reading.denominator)
              : yearsToReach((y) => call({ ...reading.from, years: y }, y), call(reading.target));
    } catch (error) {
      return { ...base, refusal: error instanceof Error ? error.message : String(error), within: false };
    }
    const error = relativeError(modelValue, published);
    return { ...base, model: modelValue, error, within: Math.abs(error) <= comparison.tolerance + 1e-12 };
  });
  return { medianWorkerYears: workerYears, results };
}

const percent = (x: number, signed = true): string =>
  Number.isFinite(x) ? `${signed && x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x * 100).toFixed(1)}%` : 'never';

function valueText(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return unit === 'years' ? 'never (by 60 years)' : '∞';
  if (unit === 'USD') return dollarsText(value);
  if (unit === 'years') return `${value} years`;
  return value.toFixed(4);
}

export function publishedText(published: Published, unit: Unit): string {
  if (published.kind === 'figure') return valueText(published.value, unit);
  if (!Number.isFinite(published.high)) return `more than ${valueText(published.low, unit)}`;
  return `${valueText(published.low, unit)} to ${valueText(published.high, unit)}`;
}

export function modelText(result: ComparisonResult): string {
  return result.model === undefined ? 'refused' : valueText(result.model, result.comparison.unit);
}

export function errorText(result: ComparisonResult): string {
  if (result.error === undefined) return '—';
  if (result.error === 0 && result.published.kind === 'range') return '0.0% (inside)';
  return percent(result.error);
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** One basis's rows: how many, their median and largest absolute error, how many within tolerance. */
function basisSummary(label: string, rows: readonly ComparisonResult[]): string {
  const measured = rows.filter((r) => r.error !== undefined);
  const worst = measured.reduce<ComparisonResult | undefined>(
    (a, b) => (a === undefined || Math.abs(b.error!) > Math.abs(a.error!) ? b : a),
    undefined,
  );
  const errors =
    measured.length > 0
      ? `median absolute error ${percent(median(measured.map((r) => Math.abs(r.error!))), false)}, max ${percent(Math.abs(worst!.error!), false)} ` +
        `(${worst!.comparison.name}, ${worst!.source})`
      : 'none the model can price';
  return `${label}: ${rows.length} rows, ${errors}, ${rows.filter((r) => r.within).length} of ${rows.length} within tolerance`;
}

/** One line: how many comparisons, each basis's errors, how many are within tolerance. */
export function summaryLine(report: ValidationReport): string {
  const { results } = report;
  const heldOut = results.filter((r) => !r.calibrated);
  const calibration = results.filter((r) => r.calibrated);
  const refused = results.filter((r) => r.refusal !== undefined);
  return (
    `${results.length} comparisons, ${results.filter((r) => r.within).length} within tolerance. ` +
    `${basisSummary('Held out', heldOut)}. ` +
    `${basisSummary('Calibration (the model quotes the figure or is fitted to it)', calibration)}` +
    (refused.length > 0 ? `; ${refused.length} the model cannot price (refused inputs)` : '') +
    '.'
  );
}
