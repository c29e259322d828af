/**
 * Everything the sidebar may call on the server. The client's promise wrapper is typed from
 * `ServerApi`, so renaming a function here breaks the sidebar's type check; src/index.ts
 * exposes each one as an Apps Script global of the same name (a test checks the two agree).
 */
import { CREDENTIALS } from '../core/pay/credentials';
import { ROLES } from '../core/pay/roles';
import { SETTINGS, SETTING_LABELS } from '../core/pay/settings';
import { REMOTE_WORK_NOTE } from '../core/places/remoteWork';
import { vintageText } from '../core/sources/citations';
import { areaChoices, buildComparison, stateChoices, MAX_ROWS, MAX_TITLE } from './sheets/comparison';
import { insertReferenceTables } from './sheets/referenceTables';
import { buildCareerPlan } from './sheets/careerPlan';
import { buildWaysIn } from './sheets/waysInSheet';
import { DEFAULT_WAYS_IN } from '../core/time/waysIn';
import { freezeFormulas } from './freeze/freeze';
import { FIELD_LABELS, MAX_ROSTER_ROWS, ROSTER_FIELDS, readRoster } from './roster/roster';
import { buildPayReview } from './sheets/payReviewSheet';
import { buildPayBands } from './sheets/payBandsSheet';
import type {
  AreaChoices,
  BuildResult,
  CareerPlanRequest,
  ComparisonRequest,
  PayBandsRequest,
  PayReviewRequest,
  ReferenceTablesRequest,
  RosterPreview,
  SidebarOptions,
  WaysInRequest,
} from './requests';
import type { Workbook } from './workbook/workbook';

const EXPERIENCE_LEVELS = [0, 1, 2, 3, 5, 10, 15, 20, 30, 40];

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export function sidebarOptions(): SidebarOptions {
  return {
    states: stateChoices(),
    credentials: CREDENTIALS.map((c) => ({ code: c.code, name: c.name, issuer: c.issuer })),
    roles: Object.values(ROLES).map((r) => ({ value: r.role, label: `${capitalise(r.label)} (${r.soc})` })),
    settings: SETTINGS.map((value) => ({ value, label: SETTING_LABELS[value] })),
    placeNote: REMOTE_WORK_NOTE,
    experienceLevels: EXPERIENCE_LEVELS,
    limits: { maxRows: MAX_ROWS, maxTitle: MAX_TITLE, maxRosterRows: MAX_ROSTER_ROWS },
    rosterFields: ROSTER_FIELDS.map((value) => ({ value, label: FIELD_LABELS[value] })),
    waysIn: DEFAULT_WAYS_IN,
    dataVintage: vintageText(),
  };
}

/** The server API over one workbook: Apps Script's in production, an in-memory one in tests and the preview. */
export function createServerApi(workbook: () => Workbook) {
  return {
    getSidebarOptions: (): SidebarOptions => sidebarOptions(),
    // Its own call, made when a person first looks for an area: it reads the area tables, which
    // opening the sidebar or comparing states never needs.
    getAreaChoices: (): AreaChoices => areaChoices(),
    buildComparison: (request: ComparisonRequest): BuildResult => buildComparison(workbook(), request),
    buildCareerPlan: (request: CareerPlanRequest): BuildResult => buildCareerPlan(workbook(), request),
    buildWaysIn: (request: WaysInRequest): BuildResult => buildWaysIn(workbook(), request),
    insertReferenceTables: (request: ReferenceTablesRequest): { sheetNames: string[]; message: string } =>
      insertReferenceTables(workbook(), request),
    freezeFormulas: (): { frozen: number; message: string } => freezeFormulas(workbook()),
    readRoster: (): RosterPreview => readRoster(workbook()),
    buildPayReview: (request: PayReviewRequest): BuildResult => buildPayReview(workbook(), request),
    suggestPayBands: (request: PayBandsRequest): BuildResult => buildPayBands(workbook(), request),
  };
}

export type ServerApi = ReturnType<typeof createServerApi>;
export type ServerFunctionName = keyof ServerApi;
