/**
 * "Suggest pay bands": a new sheet of minimum / midpoint / maximum per experience level for
 * one area, role and setting, without a credential and with the one chosen (src/core/team/payBands.ts:
 * midpoints at the market estimate, a 35% range spread, levels that share no year), the local
 * quartiles beside them, how the bands are made and their sources: the sheet a practice
 * manager hands to a team. Values only, so it reads the same for everyone.
 */
import { parseArea } from '../../core/places/areas';
import { parseCredentials } from '../../core/pay/credentials';
import { parseRole } from '../../core/pay/roles';
import { parseSetting, SETTING_LABELS } from '../../core/pay/settings';
import { areaDistribution, type PayDistribution } from '../../core/pay/distribution';
import { areaQuartileNote, distributionCitation, sourceText, wageSourceLines } from '../../core/sources/citations';
import { NotInDataError } from '../../core/inputError';
import { BAND_LEVELS, RANGE_SPREAD, RANGE_SPREAD_SOURCE, payBands, yearsCovered, type BandProfile } from '../../core/team/payBands';
import { MAX_CURVE_YEARS } from '../../core/pay/experience';
import { plain, text } from './comparison';
import { RequestError } from '../requestError';
import type { BuildResult, PayBandsRequest } from '../requests';
import type { CellValue, Workbook } from '../workbook/workbook';
import { asCellText, uniqueSheetName } from '../workbook/sheetText';
import { fittedWidth, shownText } from '../workbook/columnWidths';

const ADDON = 'Coding & Billing Pay';
const CURRENCY = '$#,##0';
// Thousands separators by hand: text must not depend on the runtime's locale data.
const dollars = (n: number): string => `$${String(Math.round(n)).replace(/\B(?=(\d{3})+$)/g, ',')}`;

interface ValidatedBands extends BandProfile {
  /** The credentials of the second set of bands. */
  readonly withCredentials: BandProfile['credentials'];
  /** The role's pay in the area: the local market line and the wage sources. */
  readonly distribution: PayDistribution;
}

/** An area BLS defines but publishes no figures for is said before anything is written. */
function localMarket(role: ValidatedBands['role'], area: ValidatedBands['area']): PayDistribution {
  try {
    return areaDistribution(role, area);
  } catch (error) {
    if (error instanceof NotInDataError) throw new RequestError(`Area: ${error.message}.`);
    throw error;
  }
}

/** Re-validates the request: the sidebar is not trusted. */
export function validatePayBands(request: PayBandsRequest): ValidatedBands {
  if (typeof request !== 'object' || request === null) throw new RequestError('The request is empty.');
  const withCredentials = plain('Credential', () => parseCredentials([text(request.cert, 'The credential')]));
  if (withCredentials.length === 0) throw new RequestError('Choose the credential the second set of bands is for, e.g. CPC.');
  const area = plain('Area', () => parseArea(text(request.area, 'The area') || 'US', 'area'));
  const role = plain('Role', () => parseRole(text(request.role, 'The role')));
  return {
    area,
    credentials: [],
    role,
    setting: plain('Setting', () => parseSetting(text(request.setting, 'The setting'))),
    withCredentials,
    distribution: localMarket(role, area),
  };
}

export function buildPayBands(workbook: Workbook, request: PayBandsRequest): BuildResult {
  const b = validatePayBands(request);
  const codes = b.withCredentials.map((c) => c.code).join(', ');
  const without = payBands(b);
  const withCredential = payBands({ ...b, credentials: b.withCredentials });
  const title = `Pay bands — ${b.area.name}, ${b.role.plural}`;
  const { distribution } = b;
  const [, p25, p50, p75] = distribution.percentiles;
  const plural = b.role.plural;
  const top: CellValue[][] = [
    [title],
    [`As of ${distributionCitation(distribution.role, [distribution])}.`],
    [`Values computed by the ${ADDON} add-on from its model: they read the same without it.`],
    [
      `Inputs held: ${b.area.name} (${b.area.code}); ${b.role.label}; ${SETTING_LABELS[b.setting].toLowerCase()}; without a credential and with ${codes}.`,
    ],
    [],
    ['', '', 'No credential', '', '', `With ${codes}`, '', '', 'Local market, every level', '', ''],
    [
      'Level',
      'Years of experience',
      'Minimum',
      'Midpoint',
      'Maximum',
      'Minimum',
      'Midpoint',
      'Maximum',
      '25th percentile',
      'Median',
      '75th percentile',
    ],
  ];
  const headerRow = top.length;
  const bands: CellValue[][] = BAND_LEVELS.map((level, i) => [
    level.label,
    asCellText(yearsCovered(level)),
    without[i]!.minimum,
    without[i]!.midpoint,
    without[i]!.maximum,
    withCredential[i]!.minimum,
    withCredential[i]!.midpoint,
    withCredential[i]!.maximum,
    // The published quartiles cover every level together: beside each band for comparison.
    Math.round(p25),
    Math.round(p50),
    Math.round(p75),
  ]);
  const spread = `${Math.round(RANGE_SPREAD * 100)}%`;
  const notes: { text: string; bold?: boolean }[] = [
    { text: '' },
    {
      text: `Local market for ${plural} in ${b.area.name}, every level together: 25th percentile ${dollars(p25)}, median ${dollars(p50)}, 75th percentile ${dollars(p75)} (BLS OEWS May ${distribution.record.year}).`,
    },
    { text: '' },
    { text: 'How the bands are made', bold: true },
    { text: 'Levels share no year of experience; bands of neighbouring levels may overlap in pay, as in most salary structures.' },
    {
      text: `Midpoint: the CODER_SALARY market estimate at the level’s middle year (${BAND_LEVELS.map((l) => l.midpointYears).join(', ')} years; ${MAX_CURVE_YEARS} is where the experience curve stops rising).`,
    },
    {
      text: `Minimum and maximum: a ${spread} range spread (maximum = minimum + ${spread}) with the midpoint halfway: minimum = midpoint ÷ ${1 + RANGE_SPREAD / 2}, maximum = minimum × ${1 + RANGE_SPREAD}.`,
    },
    {
      text: `Why ${spread}: the middle of the 30% to 40% SHRM gives as typical for clerical, technical and paraprofessional jobs, as coding and billing are.`,
    },
    { text: 'Check any midpoint with =CODER_SALARY(area, years, cert, role, setting); CODER_SALARY_EXPLAIN shows each step.' },
    { text: '' },
    { text: 'Sources', bold: true },
    ...wageSourceLines([distribution]).map((text) => ({ text })),
    { text: `Range spread: ${RANGE_SPREAD_SOURCE.title}: ${RANGE_SPREAD_SOURCE.url}` },
    { text: sourceText('credentials') },
    ...(b.setting === 'any' ? [] : [{ text: sourceText('setting') }]),
    ...(distribution.basis === 'national-shape'
      ? [{ text: `Only the median is published for ${b.area.name}: its percentiles are that median times the national percentile ratios.` }]
      : []),
    ...areaQuartileNote([distribution]).map((text) => ({ text })),
    ...(b.role.caveat ? [{ text: `${plural}: ${b.role.caveat}.` }] : []),
  ];
  const width = top[top.length - 1]!.length;
  const pad = (line: readonly CellValue[]) => [...line, ...Array.from({ length: width - line.length }, () => '')];
  const cells = [
    ...top.map((line) => pad(line.map((c) => (typeof c === 'string' ? asCellText(c) : c)))),
    ...bands,
    ...notes.map((n) => pad([asCellText(n.text)])),
  ];
  const bandRows = new Set(bands.map((_, i) => headerRow + 1 + i));
  // Each column fits its header and figures; the group labels above run on over the empty cells.
  const widths = top[top.length - 1]!.map((header, j) =>
    fittedWidth([
      { text: String(header), bold: true },
      ...bands.map((band) => ({ text: shownText(band[j] as string | number, j >= 2 ? CURRENCY : 'General') })),
    ]),
  );
  const formats = cells.map((row, r) => row.map((_, j) => (bandRows.has(r + 1) && j >= 2 ? CURRENCY : 'General')));
  const bold = new Set([1, headerRow - 1, headerRow, ...notes.flatMap((n, i) => (n.bold ? [headerRow + bands.length + 1 + i] : []))]);
  const weights = cells.map((row, r) => row.map((): 'bold' | 'normal' => (bold.has(r + 1) ? 'bold' : 'normal')));

  return workbook.withDocumentLock(() => {
    const sheet = workbook.insertSheet(uniqueSheetName(title, workbook.sheetNames()));
    sheet.setNumberFormats(1, 1, formats);
    sheet.setValues(1, 1, cells);
    sheet.setFontWeights(1, 1, weights);
    sheet.setFrozenRows(headerRow);
    sheet.setColumnWidths(1, widths);
    workbook.activate(sheet);
    const message = `Built "${sheet.name}": ${BAND_LEVELS.length} levels, without a credential and with ${codes}.`;
    workbook.toast(message, ADDON);
    return { sheetName: sheet.name, rows: BAND_LEVELS.length, message };
  });
}
