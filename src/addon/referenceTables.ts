/**
 * Insert reference tables: the state wage table, the credential catalogue and the outlook
 * table, each on its own new sheet with its sources — values as published, so the sheet
 * reads the same without the add-on.
 */
import { STATES, NATIONAL } from '../core/areas';
import {
  CREDENTIALS,
  CURRENT_CREDENTIAL_SURVEY,
  credentialFactor,
  credentialSetRule,
  credentialSurveys,
  type CredentialEvidence,
} from '../core/credentials';
import { areaDistribution } from '../core/distribution';
import { ROLES, parseRole, type RoleInfo } from '../core/roles';
import { projectionFor } from '../core/outlook';
import { sourceText, wageCitation, wageSourceLines } from '../core/citations';
import { NotInDataError, InputError } from '../core/inputError';
import { AAPC_CERTIFICATION_URL } from '../core/publishers';
import { errorMessage } from '../sheets/broadcast';
import type { ReferenceTablesRequest } from './requests';
import type { CellValue, SheetHandle, Workbook } from './workbook';
import { asCellText, uniqueSheetName } from './sheetText';
import { MAX_TEXT, RequestError } from './comparison';

interface Table {
  readonly title: string;
  readonly subtitle: string;
  readonly header: readonly string[];
  readonly formats: readonly string[];
  readonly rows: readonly CellValue[][];
  readonly sources: readonly string[];
  readonly widths: readonly number[];
}

const NOT_PUBLISHED = 'not published';

function stateWageTable(role: RoleInfo): Table {
  const distributions = [NATIONAL, ...STATES].map((area) => areaDistribution(role, area));
  const rows = distributions.map((d) => {
    const { area } = d;
    const v = d.record.values;
    return [
      area.name,
      area.code,
      v.annual_median!,
      ...d.percentiles.filter((_, i) => i !== 2).map((p) => Math.round(p)),
      v.annual_mean ?? NOT_PUBLISHED,
      v.employment ?? NOT_PUBLISHED,
      d.record.year,
      d.basis === 'published' ? 'published percentiles' : 'median × national ratios',
    ];
  });
  return {
    title: `State wages — ${role.occupation} (${role.soc})`,
    subtitle: `Annual pay, ${wageCitation(role)}.`,
    header: ['State', 'Code', 'Median', 'p10', 'p25', 'p75', 'p90', 'Mean', 'Employment', 'Year', 'Percentile basis'],
    formats: ['General', 'General', '$#,##0', '$#,##0', '$#,##0', '$#,##0', '$#,##0', '$#,##0', '#,##0', '0', 'General'],
    rows,
    sources: [
      ...wageSourceLines(distributions),
      'Where a state publishes only its median, p10–p90 are that median times the national percentile ratios (basis column); the mean is then not published.',
      ...(role.caveat ? [`Note: ${role.caveat}.`] : []),
    ],
    widths: [170, 50, 90, 90, 90, 90, 90, 90, 90, 60, 180],
  };
}

const EVIDENCE_LABEL: Readonly<Record<CredentialEvidence, string>> = {
  'own figure': 'own survey figure',
  'certified average': 'certified average (no own figure)',
  'no premium': 'no premium (apprentice)',
  'credential count': 'average by number of credentials',
  none: 'no credential',
};

function credentialTable(): Table {
  const rows = CREDENTIALS.map((credential) => {
    const factor = credentialFactor([credential]);
    return [
      credential.code,
      credential.name,
      credential.issuer,
      Math.round((factor.factor - 1) * 10000) / 10000,
      Math.round(factor.factor * 10000) / 10000,
      EVIDENCE_LABEL[factor.evidence],
      asCellText(factor.basis),
      credential.focus,
      credential.publication.url,
    ];
  });
  // One line per publication: the AAPC certification pages share a parent page, AHIMA has one overview.
  const pages = new Map(CREDENTIALS.map((c) => [c.publication.title, c.issuer === 'AAPC' ? AAPC_CERTIFICATION_URL : c.publication.url]));
  return {
    title: 'Credential catalogue',
    subtitle: `Pay factor over non-certified workers: a credential's own survey figure where one exists, as a ratio within one survey; otherwise the certified average of the ${CURRENT_CREDENTIAL_SURVEY}.`,
    header: ['Code', 'Credential', 'Issuing body', 'Premium', 'Factor', 'Evidence', 'Basis (survey and year)', 'Focus', 'Credential page'],
    formats: ['General', 'General', 'General', '0.0%', '0.0000', 'General', 'General', 'General', 'General'],
    rows,
    // One line per survey, each with its page: a cell holds one readable citation.
    sources: [
      ...credentialSurveys().map((f) => `${f.survey}: ${f.source}`),
      ...[...pages].map(([publication, url]) => `${publication}: ${url}`),
      "Own survey figure: in the current report, the credential's average ÷ non-certified; otherwise the current CPC factor × (credential ÷ CPC) in the most recent survey that reports both. A ratio never mixes two surveys or two years.",
      "Survey averages do not control for experience or job title (experience is its own step of the estimate); a ratio from an older survey assumes the credential's pay relative to CPC has not changed since.",
      credentialSetRule(),
    ],
    widths: [60, 300, 95, 75, 70, 230, 500, 470, 320],
  };
}

function outlookTable(): Table {
  const rows = Object.values(ROLES).map((role) => {
    try {
      const p = projectionFor(role);
      return [
        role.occupation,
        role.soc,
        p.period,
        p.growth ?? NOT_PUBLISHED,
        p.openings ?? NOT_PUBLISHED,
        p.median ?? NOT_PUBLISHED,
        p.education ?? NOT_PUBLISHED,
      ];
    } catch (error) {
      if (!(error instanceof NotInDataError)) throw error;
      return [role.occupation, role.soc, 'no projection in the data', '', '', '', ''];
    }
  });
  return {
    title: 'Job outlook',
    subtitle: 'BLS Employment Projections: growth over the decade, openings per year.',
    header: ['Occupation', 'SOC', 'Period', 'Growth', 'Openings per year', 'Median pay', 'Typical entry education'],
    formats: ['General', 'General', 'General', '0.0%', '#,##0', '$#,##0', 'General'],
    rows,
    sources: [sourceText('outlook')],
    widths: [320, 70, 150, 80, 120, 100, 220],
  };
}

function writeTable(workbook: Workbook, table: Table): SheetHandle {
  const width = table.header.length;
  const pad = (cells: readonly CellValue[]): CellValue[] => [...cells, ...Array.from({ length: width - cells.length }, () => '')];
  // Every text lands as text: "29-2072" would otherwise become a date and "2025-2035" a formula.
  const asText = (cells: readonly CellValue[]): CellValue[] => cells.map((c) => (typeof c === 'string' ? asCellText(c) : c));
  const block = [
    pad([table.title]),
    pad([table.subtitle]),
    pad([]),
    [...table.header],
    ...table.rows.map(pad),
    pad([]),
    pad(['Sources']),
    ...table.sources.map((s) => pad([s])),
  ].map(asText);
  const first = 4;
  const formats = block.map((_, r) =>
    r >= first && r < first + table.rows.length ? [...table.formats] : table.formats.map(() => 'General'),
  );
  const bold = new Set([0, first - 1, first + table.rows.length + 1]);
  const weights = block.map((_, r) => table.header.map((): 'bold' | 'normal' => (bold.has(r) ? 'bold' : 'normal')));
  const sheet = workbook.insertSheet(uniqueSheetName(table.title, workbook.sheetNames()));
  sheet.setNumberFormats(1, 1, formats);
  sheet.setValues(1, 1, block);
  sheet.setFontWeights(1, 1, weights);
  sheet.setFrozenRows(first);
  sheet.setColumnWidths(1, table.widths);
  return sheet;
}

export function insertReferenceTables(workbook: Workbook, request: ReferenceTablesRequest): { sheetNames: string[]; message: string } {
  if (typeof request !== 'object' || request === null) throw new RequestError('The request is empty.');
  const roleText = typeof request.role === 'string' ? request.role : '';
  if (roleText.length > MAX_TEXT) throw new RequestError(`The role is too long: ${roleText.length} characters, at most ${MAX_TEXT}.`);
  let role: RoleInfo;
  try {
    role = parseRole(roleText);
  } catch (error) {
    if (error instanceof InputError) throw new RequestError(errorMessage('Reference tables', error));
    throw error;
  }
  const tables = [
    ...(request.states === true ? [stateWageTable(role)] : []),
    ...(request.credentials === true ? [credentialTable()] : []),
    ...(request.outlook === true ? [outlookTable()] : []),
  ];
  if (tables.length === 0) throw new RequestError('Pick at least one table to insert.');
  return workbook.withDocumentLock(() => {
    const sheets = tables.map((table) => writeTable(workbook, table));
    workbook.activate(sheets[0]!);
    const message = `Inserted ${sheets.map((s) => `"${s.name}"`).join(', ')}.`;
    workbook.toast(message, 'Coding & Billing Pay');
    return { sheetNames: sheets.map((s) => s.name), message };
  });
}
