import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  COMPARISONS,
  MEDIAN_WORKER,
  errorText,
  modelText,
  publishedText,
  relativeError,
  runValidation,
  summaryLine,
  yearsToReach,
  type Comparison,
  type PayModel,
  type ValidationReport,
} from '../../scripts/validation/comparisons';
import { FIGURES_FILE, readPublishedFigures } from '../../scripts/validation/publishedFigures';
import { productModel } from '../../scripts/validation/productModel';
import { readmeWithValidation, validationDocument } from '../../scripts/validation/report';
import { experienceFit, type ExperienceFit } from '../../scripts/validation/experienceFit';
import { README, VALIDATION_DOC } from '../../scripts/validate';

/**
 * Rows the model does not yet meet, and why. A row listed here must stay outside its tolerance:
 * when the model comes within it, the test says to remove the row from this list.
 */
const KNOWN_GAPS: Readonly<Record<string, string>> = {
  'experience-2010-noncertified-7':
    'the experience curve is fitted to every AAPC experience table at once; AAPC 2010’s steep first years (non-certified ×1.39 from the first year to the seventh) and AAPC 2018’s slow later years (20 years to gain a credential’s ×1.14) cannot both hold on one concave curve starting at the 10th percentile: the fit gives ×1.22',
  'education-2021-bachelor':
    'the bachelor’s factor rests on AAPC 2009 (×1.27 raw, ×1.18 at equal experience); the later hourly figures (low confidence) show ×1.06: the gap has narrowed, and the product says its education evidence is old',
};

/**
 * The rows held out: the model is not read from their figures. Written out so that moving a row
 * to calibration is a visible change here, with its reason in the comparison's basisReason.
 */
const HELD_OUT = [
  'certified-raw-2019',
  'certified-raw-2021',
  'certified-raw-2022',
  'setting-2010-outpatient-solo',
  'setting-2011-outpatient-solo',
  'setting-2012-outpatient-solo',
  'setting-ooh-2006-hospital-office',
  'setting-oews-2011-hospital-office',
  'education-2021-associate',
  'education-2021-bachelor',
  'brief-coders',
  'brief-billers',
  'brief-hospital-above-office',
  'brief-ca-experienced',
  'brief-ny-experienced',
  'brief-ar',
];

const tolerance = (c: Comparison): string => (c.tolerance === 0 ? 'no tolerance' : `±${Math.round(c.tolerance * 100)}%`);

describe('the estimate against published figures (npm run validate)', () => {
  let report: ValidationReport;
  let fit: ExperienceFit;
  beforeAll(() => {
    report = runValidation(productModel, readPublishedFigures());
    fit = experienceFit(readPublishedFigures());
  });

  for (const [i, comparison] of COMPARISONS.entries()) {
    const gap = KNOWN_GAPS[comparison.id];
    const title = `${i + 1}. ${comparison.topic}, ${comparison.name}: ${tolerance(comparison)} (${comparison.toleranceReason})`;
    it(gap ? `${title} — known gap: ${gap}` : title, () => {
      const result = report.results[i]!;
      expect(result.comparison.id).toBe(comparison.id);
      const detail =
        `${result.formula}: model ${modelText(result)}, published ${publishedText(result.published, comparison.unit)}, ` +
        `error ${errorText(result)}${result.refusal ? `, refused: ${result.refusal}` : ''}`;
      if (gap) expect(result.within, `now within tolerance: remove "${comparison.id}" from KNOWN_GAPS (${detail})`).toBe(false);
      else expect(result.within, detail).toBe(true);
    });
  }

  it('lists no known gap for a comparison that does not exist', () => {
    const ids = new Set(COMPARISONS.map((c) => c.id));
    expect(Object.keys(KNOWN_GAPS).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('keeps README and docs/VALIDATION.md in step with the model (run `npm run validate -- --write`)', () => {
    const readme = readFileSync(README, 'utf8');
    expect(readme).toBe(readmeWithValidation(readme, report));
    expect(readFileSync(VALIDATION_DOC, 'utf8')).toBe(validationDocument(report, fit));
  });

  it('holds out the listed rows only, and quotes none of their figures in EXPLAIN; every calibration row says why', () => {
    expect(COMPARISONS.filter((c) => c.basis === 'held out').map((c) => c.id)).toEqual(HELD_OUT);
    for (const result of report.results) {
      if (!result.calibrated) expect(result.quoted, `${result.comparison.id} is held out but EXPLAIN quotes its figure`).toBe(false);
      else expect(result.comparison.basisReason, result.comparison.id).toBeTruthy();
    }
  });

  it('meets the bar: all but at most three rows within tolerance, no held-out row beyond ±15%, held-out median error at most 3.5%', () => {
    expect(report.results.filter((r) => !r.within).length).toBeLessThanOrEqual(3);
    const heldOut = report.results.filter((r) => !r.calibrated);
    for (const r of heldOut) expect(Math.abs(r.error!), r.comparison.id).toBeLessThanOrEqual(0.15);
    const errors = heldOut.map((r) => Math.abs(r.error!)).sort((a, b) => a - b);
    const mid = errors.length / 2;
    expect(errors.length % 2 ? errors[Math.floor(mid)]! : (errors[mid - 1]! + errors[mid]!) / 2).toBeLessThanOrEqual(0.035);
  });
});

describe('the published figures', () => {
  const figures = readPublishedFigures();

  it('has every figure a comparison names, and no figure no comparison uses', () => {
    const named = new Set(COMPARISONS.flatMap((c) => c.figures));
    expect([...named].filter((id) => !figures.has(id))).toEqual([]);
    expect([...figures.keys()].filter((id) => !named.has(id))).toEqual([]);
  });

  it('compares within one publication and year: a ratio never mixes two surveys', () => {
    for (const c of COMPARISONS) {
      const used = c.figures.map((id) => figures.get(id)!);
      expect(new Set(used.map((f) => `${f.source} ${f.year}`)).size, c.id).toBeLessThanOrEqual(1);
      if (c.figures.length === 0) expect(c.claimSource, c.id).toBeTruthy();
    }
  });

  it('gives every comparison a tolerance with its reason and says how its inputs match', () => {
    for (const c of COMPARISONS) {
      expect(c.tolerance, c.id).toBeGreaterThanOrEqual(0);
      expect(c.tolerance, c.id).toBeLessThanOrEqual(0.25);
      expect(c.toleranceReason.length, c.id).toBeGreaterThan(10);
      expect(c.matching.length, c.id).toBeGreaterThan(10);
    }
    expect(new Set(COMPARISONS.map((c) => c.id)).size).toBe(COMPARISONS.length);
  });

  it('refuses a file with a figure off a publisher’s page, without a value or with an unknown confidence', () => {
    const dir = mkdtempSync(join(tmpdir(), 'validation-figures-'));
    try {
      const [header, first] = readFileSync(FIGURES_FILE, 'utf8').split('\n');
      const bad = first!
        .replace('https://notifications.aapc.com/blog/26067-2013-salary-survey-coder-employment-on-the-rise/,', 'https://example.com/copy,')
        .replace(',48925,', ',,')
        .replace(',high,', ',sure,');
      const path = join(dir, 'figures.csv');
      writeFileSync(path, `${header}\n${bad}\n`);
      expect(() => readPublishedFigures(path)).toThrow(/"https:\/\/example\.com\/copy" is not a publisher's page/);
      expect(() => readPublishedFigures(path)).toThrow(/value "" is not a positive number/);
      expect(() => readPublishedFigures(path)).toThrow(/confidence "sure" is not high, medium or low/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('how a comparison is scored', () => {
  it('scores a figure as model ÷ published − 1 and a range as the distance to its nearer end', () => {
    expect(relativeError(1.1, { kind: 'figure', value: 1 })).toBeCloseTo(0.1, 12);
    expect(relativeError(1.1, { kind: 'range', low: 1, high: 1.2 })).toBe(0);
    expect(relativeError(1.32, { kind: 'range', low: 1, high: 1.2 })).toBeCloseTo(0.1, 12);
    expect(relativeError(0.9, { kind: 'range', low: 1, high: Number.POSITIVE_INFINITY })).toBeCloseTo(-0.1, 12);
  });

  it('counts whole years to reach a pay, and never when it is out of reach', () => {
    expect(yearsToReach((y) => 100 + y, 112.5)).toBe(13);
    expect(yearsToReach(() => 100, 101)).toBe(Number.POSITIVE_INFINITY);
  });

  // A model whose pay rises 1% a year from the national median's level and whose credential adds 10%.
  const fake = (explainText: string, refuse?: string): PayModel => ({
    pay: (place, years, cert, _role, setting) => {
      if (refuse && setting === refuse) throw new Error(`CODER_SALARY: unknown setting "${setting}"`);
      return (place === 'US' ? 50_000 : 40_000) * (1 + 0.01 * years) * (cert ? 1.1 : 1);
    },
    explain: () => explainText,
    median: () => 55_000,
    // A degree held adds 5%.
    planPay: (place, years, plan) => (place === 'US' ? 50_000 : 40_000) * (1 + 0.01 * years) * (plan ? 1.05 : 1),
  });
  const figures = readPublishedFigures();
  const only = (id: string): Comparison[] => COMPARISONS.filter((c) => c.id === id);

  it('reads the median worker from the model and sees where the model quotes a figure', () => {
    const quoted = runValidation(fake('credential basis: $67,147 ÷ non-certified $55,721'), figures, only('certified-raw-2025'));
    expect(quoted.medianWorkerYears).toBe(10);
    expect(quoted.results[0]!.calibrated).toBe(true);
    expect(quoted.results[0]!.quoted).toBe(true);
    expect(quoted.results[0]!.formula).toBe('CODER_SALARY("US", 10, "CPC") ÷ CODER_SALARY("US", 10)');
    expect(quoted.results[0]!.model).toBeCloseTo(1.1, 12);
    expect(quoted.results[0]!.within).toBe(true);
    const notQuoted = runValidation(fake('credential basis: $67,147 ÷ non-certified $55,722'), figures, only('certified-raw-2025'));
    expect(notQuoted.results[0]!.quoted).toBe(false);
    // The basis is declared, not inferred: a calibration row stays one whatever EXPLAIN says.
    expect(notQuoted.results[0]!.calibrated).toBe(true);
  });

  it('reports a refused input with the model’s own message, outside tolerance', () => {
    const result = runValidation(fake('', 'payer'), figures, only('setting-oews-2021-payer-all')).results[0]!;
    expect(result.within).toBe(false);
    expect(result.model).toBeUndefined();
    expect(result.refusal).toMatch(/unknown setting "payer"/);
    expect(modelText(result)).toBe('refused');
  });

  it('summarises held-out errors apart from calibration checks', () => {
    const comparisons = [...only('certified-raw-2025'), ...only('experience-2010-noncertified-7'), ...only('brief-coders')];
    const report = runValidation(fake('$55,721'), figures, comparisons);
    // 7 years ÷ 1 year = 1.07 / 1.01 against 41,875 / 30,175.
    const error = 1.07 / 1.01 / (41_875 / 30_175) - 1;
    expect(report.results[1]!.error).toBeCloseTo(error, 12);
    expect(summaryLine(report)).toBe(
      `3 comparisons, 2 within tolerance. Held out: 1 rows, median absolute error 0.0%, max 0.0% (a typical coder earns $50,000–$60,000, ` +
        `The product brief’s claims), 1 of 1 within tolerance. Calibration (the model quotes the figure or is fitted to it): 2 rows, ` +
        `median absolute error ${(Math.abs(error) * 50).toFixed(1)}%, max ${(Math.abs(error) * 100).toFixed(1)}% (non-certified: 7 years ÷ first year, ` +
        `AAPC 2010 Salary Survey), 1 of 2 within tolerance.`,
    );
  });

  it('reads an open band as the estimate averaged over its members’ years', () => {
    const report = runValidation(fake(''), figures, only('experience-2013'));
    // Pay rising 1% a year: the band averages are the pay at the bands' weighted mean years.
    const rate = Math.LN2 / 10;
    const mean = (from: number) => {
      let sum = 0;
      let weights = 0;
      for (let y = from + 0.125; y < 60; y += 0.25) {
        sum += Math.exp(-rate * y) * (1 + 0.01 * y);
        weights += Math.exp(-rate * y);
      }
      return sum / weights;
    };
    expect(report.results[0]!.model).toBeCloseTo(mean(15) / mean(2), 3);
    expect(report.results[0]!.formula).toBe(
      'average of CODER_SALARY("US", y, "CPC") over y > 15, weight 2^(−y/10) ÷ average of CODER_SALARY("US", y, "CPC") over y > 2, weight 2^(−y/10)',
    );
  });

  it('takes the median worker’s years wherever a comparison asks for them', () => {
    const uses = COMPARISONS.filter((c) => JSON.stringify(c.model).includes(MEDIAN_WORKER));
    expect(uses.length).toBeGreaterThan(10);
  });
});
