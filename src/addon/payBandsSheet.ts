/**
 * "Suggest pay bands": a new sheet of minimum / midpoint / maximum per experience level for
 * one area, role and setting, without a credential and with the one chosen, from the model
 * (src/core/payBands.ts), with how the bands are made and their sources: the sheet a practice
 * manager hands to a team. Values only, so it reads the same for everyone.
 */
import { parseArea } from '../core/areas';
import { parseCredentials } from '../core/credentials';
import { parseRole, type Role } from '../core/roles';
import { parseSetting, type WorkSetting } from '../core/settings';
import { stateDistribution } from '../core/distribution';
import { sourceText, wageCitation } from '../core/citations';
import { BAND_LEVELS, payBands, type BandProfile } from '../core/payBands';
import { MAX_CURVE_YEARS } from '../core/experience';
import { RequestError, plain, text } from './comparison';
import type { BuildResult, PayBandsRequest } from './requests';
import type { CellValue, Workbook } from './workbook';
import { asCellText, uniqueSheetName } from './sheetText';

const ADDON = 'Coding & Billing Pay';
const CURRENCY = '$#,##0';
const ROLE_LABELS: Record<Role, string> = { coder: 'medical coder', biller: 'medical biller', hit: 'health information technologist' };
const SETTING_LABELS: Record<WorkSetting, string> = { any: 'any setting', hospital: 'hospital', 'physician office': 'physician office' };
const HEADER_ROW = 6;

interface ValidatedBands extends BandProfile {
  /** The credentials of the second set of bands. */
  readonly withCredentials: BandProfile['credentials'];
}

/** Re-validates the request: the sidebar is not trusted. */
export function validatePayBands(request: PayBandsRequest): ValidatedBands {
  if (typeof request !== 'object' || request === null) throw new RequestError('The request is empty.');
  const withCredentials = plain('Credential', () => parseCredentials([text(request.cert, 'The credential')]));
  if (withCredentials.length === 0) throw new RequestError('Choose the credential the second set of bands is for, e.g. CPC.');
  return {
    area: plain('Area', () => parseArea(text(request.area, 'The area') || 'US', 'area')),
    credentials: [],
    role: plain('Role', () => parseRole(text(request.role, 'The role'))),
    setting: plain('Setting', () => parseSetting(text(request.setting, 'The setting'))),
    withCredentials,
  };
}

function yearsCovered(from: number, to: number): string {
  return to >= MAX_CURVE_YEARS ? `${from} and more` : `${from} to ${to}`;
}

export function buildPayBands(workbook: Workbook, request: PayBandsRequest): BuildResult {
  const b = validatePayBands(request);
  const codes = b.withCredentials.map((c) => c.code).join(', ');
  const without = payBands(b);
  const withCredential = payBands({ ...b, credentials: b.withCredentials });
  const title = `Pay bands — ${b.area.name}, ${ROLE_LABELS[b.role.role]}s`;
  const distribution = stateDistribution(b.role, b.area);
  const lines: CellValue[][] = [
    [title],
    [`As of ${wageCitation(b.role)}. Values computed by the ${ADDON} add-on from its model: they read the same without it.`],
    [
      `Inputs held: area ${b.area.name} (${b.area.code}); role: ${ROLE_LABELS[b.role.role]}; setting: ${SETTING_LABELS[b.setting]}; bands without a credential and with ${codes}.`,
    ],
    [],
    ['', '', 'No credential', '', '', `With ${codes}`, '', ''],
    ['Level', 'Years covered', 'Minimum', 'Midpoint', 'Maximum', 'Minimum', 'Midpoint', 'Maximum'],
    ...BAND_LEVELS.map((level, i) => [
      level.label,
      asCellText(yearsCovered(level.fromYears, level.toYears)),
      without[i]!.minimum,
      without[i]!.midpoint,
      without[i]!.maximum,
      withCredential[i]!.minimum,
      withCredential[i]!.midpoint,
      withCredential[i]!.maximum,
    ]),
    [],
    ['How the bands are made'],
    [
      'Each level covers the years up to the next one. Minimum: the CODER_SALARY estimate at the level’s first year; maximum: the estimate where the next level starts (for the last level, at 40 years, where the experience curve stops rising); midpoint: halfway between.',
    ],
    [
      'A band is as wide as experience alone makes pay within the level: the model has no other spread inside a level. Any figure can be checked with =CODER_SALARY(area, years, cert, role, setting) and explained with CODER_SALARY_EXPLAIN.',
    ],
    [],
    ['Sources'],
    [`Wages: ${wageCitation(b.role)} (state and national estimates)`],
    [sourceText('credentials')],
    ...(b.setting === 'any' ? [] : [[sourceText('setting')]]),
    ...(distribution.basis === 'national-shape'
      ? [[`Only the median is published for ${b.area.name}: its percentiles are that median times the national percentile ratios.`]]
      : []),
    ...(b.role.caveat ? [[`${ROLE_LABELS[b.role.role]}s: ${b.role.caveat}.`]] : []),
  ];
  const width = 8;
  const cells = lines.map((line) => [
    ...line.map((c) => (typeof c === 'string' && c !== '' ? asCellText(c) : c)),
    ...Array.from({ length: width - line.length }, () => ''),
  ]);
  const bandRows = new Set(BAND_LEVELS.map((_, i) => HEADER_ROW + 1 + i));
  const formats = cells.map((row, r) => row.map((_, j) => (bandRows.has(r + 1) && j >= 2 ? CURRENCY : 'General')));
  const howTop = HEADER_ROW + BAND_LEVELS.length + 2;
  const sourcesTop = howTop + 4;
  const bold = new Set([1, HEADER_ROW - 1, HEADER_ROW, howTop, sourcesTop]);
  const weights = cells.map((row, r) => row.map((): 'bold' | 'normal' => (bold.has(r + 1) ? 'bold' : 'normal')));

  return workbook.withDocumentLock(() => {
    const sheet = workbook.insertSheet(uniqueSheetName(title, workbook.sheetNames()));
    sheet.setNumberFormats(1, 1, formats);
    sheet.setValues(1, 1, cells);
    sheet.setFontWeights(1, 1, weights);
    sheet.setFrozenRows(HEADER_ROW);
    sheet.setColumnWidths(1, [150, 110, 95, 95, 95, 95, 95, 95]);
    workbook.activate(sheet);
    const message = `Built "${sheet.name}": ${BAND_LEVELS.length} levels, without a credential and with ${codes}.`;
    workbook.toast(message, ADDON);
    return { sheetName: sheet.name, rows: BAND_LEVELS.length, message };
  });
}
