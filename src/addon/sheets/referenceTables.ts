/**
 * Insert reference tables: the state wage table, the area wage table, the credential catalogue
 * and the outlook table, each on its own new sheet with its sources — values as published, so
 * the sheet reads the same without the add-on.
 */
import { STATES, NATIONAL, areaLabel, isLocalArea, parseArea, stateName } from '../../core/places/areas';
import {
  CREDENTIALS,
  CURRENT_CREDENTIAL_SURVEY,
  credentialFactor,
  credentialSetRule,
  credentialSurveys,
  equalExperienceMethod,
  apprenticeRuleText,
  PREMIUM_YEARS,
  parseCredentials,
  type CredentialEvidence,
} from '../../core/pay/credentials';
import { areaDistribution } from '../../core/pay/distribution';
import { ROLES, parseRole, type RoleInfo } from '../../core/pay/roles';
import { projectionFor } from '../../core/pay/outlook';
import { cite } from '../../core/publishers';
import { recordSourceLines, sourceText, wageCitation, wageSourceLines } from '../../core/sources/citations';
import { NotInDataError, InputError } from '../../core/inputError';
import { AAPC_CERTIFICATION_URL, oewsArea, oewsAreaDefinitions } from '../../core/publishers';
import { NO_FIGURE, listedAreas, type ListedArea } from '../../core/pay/areaList';
import { hasAreaFigures, lastYear } from '../../core/places/areaTables';
import type { Area, PublishedStat } from '../../core/referenceTypes';
import { errorMessage } from '../../sheets/broadcast';
import type { ReferenceTablesRequest } from '../requests';
import type { CellValue, SheetHandle, Workbook } from '../workbook/workbook';
import { asCellText, proseLines, uniqueSheetName } from '../workbook/sheetText';
import { VISIBLE_WIDTH } from './chartLayout';
import { fittedWidth, shownText } from '../workbook/columnWidths';
import { MAX_TEXT, text } from './comparison';
import { RequestError } from '../requestError';

interface Table {
  readonly title: string;
  readonly subtitle: string;
  readonly header: readonly string[];
  readonly formats: readonly string[];
  readonly rows: readonly CellValue[][];
  readonly sources: readonly string[];
  readonly widths: readonly number[];
  /** Columns (0-based) whose body cells wrap onto a second line rather than widen the column. */
  readonly wrap?: readonly number[];
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

/** What the area wage table's place may be, in the words of its messages. */
const AREA_TABLE_PLACES = 'a state ("OR", "Oregon") or "US" for every area';

/** The area table's place from the request: a state or the nation, never an area itself. */
function areaTablePlace(value: unknown): Area {
  const typed = text(value, "The area wage table's state");
  let place: Area;
  try {
    place = parseArea(typed);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const suggestion = error.suggestion ? ` — did you mean ${error.suggestion}?` : '.';
    throw new RequestError(`Area wage table: ${error.sentence}${suggestion} Choose ${AREA_TABLE_PLACES}.`);
  }
  if (!isLocalArea(place)) return place;
  const states = place.states.map(stateName).join(' or ');
  throw new RequestError(
    `Area wage table: "${typed.trim()}" is itself an area, ${areaLabel(place)}; choose its state (${states}) or "US" for every area.`,
  );
}

/** The roles the bundled area estimates cover, for the message of one they do not. */
function rolesWithAreaFigures(): string {
  return Object.values(ROLES)
    .filter((r) => hasAreaFigures(r.soc))
    .map((r) => `${r.occupation} (${r.soc})`)
    .join(' and ');
}

/** The area figures the table shows, as the bundled area estimates carry them (no p10 or p90). */
const AREA_STATS: readonly PublishedStat[] = [
  'annual_median',
  'annual_p25',
  'annual_p75',
  'annual_mean',
  'employment',
  'location_quotient',
];

/** What the area table's figures are, and where and why some are missing, in plain words. */
function areaTableNotes(role: RoleInfo, place: Area, listed: readonly ListedArea[]): string[] {
  const records = listed.flatMap((l) => (l.record ? [l.record] : []));
  const withoutFigure = listed.length - records.length;
  const partial = records.filter((r) => AREA_STATS.some((stat) => r.values[stat] === undefined)).length;
  const territories = [...new Set(listed.map((l) => l.area.states[0]!).filter((s) => !STATES.some((state) => state.code === s)))];
  return [
    'Published for each area and shown here: median, 25th and 75th percentiles, mean and employment, and the location quotient ' +
      "(the occupation's share of the area's jobs ÷ its share of all jobs nationally; above 1, more concentrated than in the nation).",
    "Not in the bundled area estimates, so not shown: an area's 10th and 90th percentiles and hourly figures. " +
      "The estimate and SALARY_RANGE take an area's p10 and p90 from its state's shape (or the nation's); STATE_WAGE gives only what is published.",
    "Year: the May release of the row's figures, the latest with a median for the area.",
    ...(withoutFigure > 0
      ? [
          `No figure in the data for ${withoutFigure} of the ${listed.length} areas` +
            (territories.length ? `, every area of the territories ${territories.map(stateName).join(', ')} among them` : '') +
            `: BLS defines ${withoutFigure === 1 ? 'it' : 'them'}, but the bundled estimates have no ${role.occupation} figures ` +
            `for ${withoutFigure === 1 ? 'it' : 'them'}; ${withoutFigure === 1 ? 'its' : 'their'} cells say "${NO_FIGURE}".`,
        ]
      : []),
    ...(partial > 0
      ? [
          `${partial === 1 ? '1 area lacks' : `${partial} areas lack`} one or more figures (blank in the bundled estimates): those cells say "${NO_FIGURE}".`,
        ]
      : []),
    ...(place.kind !== 'national' && listed.some((l) => l.area.states.length > 1)
      ? ['An area reaching into other states (State(s) column) is listed in each of them; its figures are for the whole area.']
      : []),
    ...(role.caveat ? [`Note: ${role.caveat}.`] : []),
  ];
}

function areaWageTable(role: RoleInfo, place: Area): Table {
  if (!hasAreaFigures(role.soc)) {
    throw new RequestError(
      `The area wage table has no figures for ${role.occupation} (${role.soc}): the bundled BLS area estimates cover ` +
        `${rolesWithAreaFigures()} only. Choose one of those roles, or untick the area wage table.`,
    );
  }
  const national = place.kind === 'national';
  // Nationally by the state BLS files each area under, then by name; a state's areas by name.
  const filedUnder = (l: ListedArea) => stateName(l.area.states[0]!);
  const listed = listedAreas(place, role).sort(
    (a, b) => (national ? filedUnder(a).localeCompare(filedUnder(b)) : 0) || a.area.name.localeCompare(b.area.name),
  );
  const rows = listed.map(({ area, record }) => [
    area.code,
    area.name,
    area.kind,
    area.states.join(', '),
    ...AREA_STATS.map((stat) => record?.values[stat] ?? NO_FIGURE),
    record?.year ?? NO_FIGURE,
    // Where the data has no figure, the area's page of the latest year shows what BLS publishes for it.
    (record?.publication ?? oewsArea(lastYear(area), area.code)).url,
  ]);
  const records = listed.flatMap((l) => (l.record ? [l.record] : []));
  // areasIn lists the areas of the latest year only.
  const latest = lastYear(listed[0]!.area);
  const earlier = records.some((r) => r.year !== latest);
  const header = [
    'Code',
    'Area',
    'Type',
    'State(s)',
    'Median',
    'p25',
    'p75',
    'Mean',
    'Employment',
    'Location quotient',
    'Year',
    'BLS page',
  ];
  const formats = ['General', 'General', 'General', 'General', '$#,##0', '$#,##0', '$#,##0', '$#,##0', '#,##0', '0.00', '0', 'General'];
  const wrap = [1];
  return {
    title: `Area wages — ${role.occupation} (${role.soc}), ${national ? 'every area' : place.name}`,
    subtitle:
      `Annual pay as published: BLS OEWS May ${latest} metropolitan and nonmetropolitan area estimates` +
      (earlier ? ` (an earlier year where an area has no May ${latest} median: Year column)` : '') +
      `, SOC ${role.soc} ${role.occupation}; the ${listed.length} areas BLS defines for May ${latest}${national ? '' : ` in ${place.name}`}.`,
    header,
    formats,
    rows,
    sources: [
      ...recordSourceLines(records),
      `Areas and their counties: ${cite(oewsAreaDefinitions(latest))}`,
      // The notes are prose: broken into lines a window beside the sidebar shows whole.
      ...areaTableNotes(role, place, listed).flatMap((note) => proseLines(note, VISIBLE_WIDTH)),
    ],
    widths: header.map((heading, j) =>
      fittedWidth([
        { text: heading, bold: true },
        ...rows.map((row) => ({ text: shownText(row[j]!, formats[j]!), wraps: wrap.includes(j) })),
      ]),
    ),
    wrap,
  };
}

const EVIDENCE_LABEL: Readonly<Record<CredentialEvidence, string>> = {
  'own figure': 'own survey figure',
  counterpart: 'AAPC counterpart (no AHIMA figure)',
  'certified average': 'certified average (no own figure)',
  apprentice: 'apprentice (part of the premium)',
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
    subtitle: `Pay factor over non-certified workers with the same experience (${PREMIUM_YEARS} years): a credential's own survey ratio where one exists, within one survey; otherwise the certified average of the ${CURRENT_CREDENTIAL_SURVEY}; shrunk to equal experience.`,
    header: ['Code', 'Credential', 'Issuing body', 'Premium', 'Factor', 'Evidence', 'Basis (survey and year)', 'Focus', 'Credential page'],
    formats: ['General', 'General', 'General', '0.0%', '0.0000', 'General', 'General', 'General', 'General'],
    rows,
    // One line per survey, each with its page: a cell holds one readable citation.
    sources: [
      ...credentialSurveys().map((f) => `${f.survey}: ${f.source}`),
      ...[...pages].map(([publication, url]) => `${publication}: ${url}`),
      "Own survey figure: in the current report, the credential's average ÷ non-certified; otherwise the current CPC ratio × (credential ÷ CPC) in the AAPC 2010 table of respondents with the job title 'coder' (the job held fixed), or else the most recent survey that reports both. A ratio never mixes two surveys or two years.",
      `${equalExperienceMethod()}.`,
      'AHIMA credentials: no AHIMA pay figure by credential is published; CCS is priced at the better of COC and CIC (the facility credentials it spans), CCS-P at CPC, the others at the certified average (one credential).',
      `Apprentices: ${apprenticeRuleText()}. A CPC or COC with under 2 years of experience is priced as CPC-A or COC-A, with the apprentices' part of the premium (${credentialFactor(parseCredentials(['CPC-A'])).basis}); CPMA, CRC, CDEI and CDIP raise a new holder's pay at most to the local 75th percentile.`,
      credentialSetRule(),
    ],
    widths: [60, 345, 95, 75, 70, 230, 500, 470, 320],
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
  for (const column of table.wrap ?? []) sheet.setWrap({ row: first + 1, column: column + 1, rows: table.rows.length, columns: 1 });
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
  // Every table is built, and so every input checked, before anything is written.
  const tables = [
    ...(request.states === true ? [stateWageTable(role)] : []),
    ...(request.areas === true ? [areaWageTable(role, areaTablePlace(request.areaState))] : []),
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
