/**
 * What the sidebar sends to the server and gets back. Plain JSON (google.script.run clones
 * arguments), validated again on the server: nothing here is trusted.
 */
export type CompareDimension = 'states' | 'credentials' | 'years' | 'roles' | 'settings';
export type StateSelection = 'chosen' | 'all' | 'top10' | 'bottom10';

export interface ComparisonColumns {
  readonly range: boolean;
  readonly hourly: boolean;
  readonly costOfLiving: boolean;
  readonly employment: boolean;
  readonly outlook: boolean;
}

export interface ComparisonRequest {
  readonly compare: CompareDimension;
  /** What is compared: state codes, credential sets ("CPC, CRC" or "none"), years, roles or settings. */
  readonly items: readonly (string | number)[];
  /** For states: the chosen list, or all / top or bottom 10 by median. */
  readonly stateSelection?: StateSelection;
  /** The inputs held fixed. */
  readonly state: string;
  readonly years: number | string;
  readonly cert: string;
  readonly role: string;
  readonly setting: string;
  readonly columns: ComparisonColumns;
  /** Cost-of-living adjusted pay is expressed in this state's prices. */
  readonly costOfLivingTo: string;
  readonly output: 'values' | 'formulas';
  readonly title?: string;
}

export interface BuildResult {
  readonly sheetName: string;
  readonly rows: number;
  readonly message: string;
}

export interface CareerPlanRequest {
  /** A state, "US", or any place the functions accept. */
  readonly area: string;
  /** Years of experience now. */
  readonly years: number | string;
  /** Credentials and programs with the plan year each starts: "CPC:0, CRC:3", "associate:0, RHIT:2:299". */
  readonly plan: string;
  readonly horizon: number | string;
  readonly role: string;
  readonly setting: string;
  /** Yearly pay growth: "2%", 0.02, or blank for none (today's dollars). */
  readonly growth: number | string;
  /** Preparation (a course) in dollars, paid with the first planned credential; blank for none. */
  readonly prepCost?: number | string;
  /** Months from earning a credential until its pay starts (a hire or promotion); blank for 0. */
  readonly monthsToStart?: number | string;
  /** True when the person keeps coding while in school (pay and experience go on). */
  readonly whileStudying?: boolean;
  readonly output: 'values' | 'formulas';
  readonly title?: string;
}

/** "Compare ways in": several career plans side by side for one place (PATH_COMPARE). */
export interface WaysInRequest {
  /** A state, "US", or any place the functions accept. */
  readonly area: string;
  /** Years of coding experience now; blank for 0. */
  readonly years: number | string;
  /**
   * Plans as CAREER_PATH takes them, one a box ("certificate:0, CPC:1"), at most 5. The first is
   * the one the others are measured against (blank: straight to work); a later blank box is left
   * out. Absent: the default ways in.
   */
  readonly plans?: readonly string[];
  readonly horizon: number | string;
  /** "coder" when blank. */
  readonly role?: string;
  /** "any" when blank. */
  readonly setting?: string;
  /** Yearly pay growth: "2%", 0.02, or blank for none (today's dollars). */
  readonly growth: number | string;
  /** True when the person keeps coding while in school (pay and experience go on). */
  readonly whileStudying?: boolean;
  readonly output: 'values' | 'formulas';
  readonly title?: string;
}

export interface ReferenceTablesRequest {
  readonly states: boolean;
  /** The area wage table: every metropolitan and nonmetropolitan area of `areaState`. */
  readonly areas?: boolean;
  /** A state ("OR", "Oregon") or "US" for every area. */
  readonly areaState?: string;
  readonly credentials: boolean;
  readonly outlook: boolean;
  readonly role?: string;
}

/** A metropolitan or nonmetropolitan area the comparison page offers. */
export interface AreaChoice {
  /** The BLS area code ("41940", "0600001"). */
  readonly code: string;
  readonly name: string;
  readonly kind: 'metropolitan' | 'nonmetropolitan';
  /** USPS codes of the states it lies in, the one BLS files it under first. */
  readonly states: readonly string[];
  /** Each role's published median; a role is absent where the data has no figure for the area. */
  readonly medians: Readonly<Record<string, number>>;
}

export interface AreaChoices {
  /** The May release whose area definitions are listed. */
  readonly year: number;
  readonly areas: readonly AreaChoice[];
}

export interface SidebarOptions {
  /** With each role's published median, for "top/bottom 10 by median" of the chosen role. */
  readonly states: readonly { readonly code: string; readonly name: string; readonly medians: Readonly<Record<string, number>> }[];
  readonly credentials: readonly { readonly code: string; readonly name: string; readonly issuer: string }[];
  readonly roles: readonly { readonly value: string; readonly label: string }[];
  /** Each work setting with the words the sidebar shows for it. */
  readonly settings: readonly { readonly value: string; readonly label: string }[];
  /** Shown under every place field: where a remote job is priced, and why. */
  readonly placeNote: string;
  readonly experienceLevels: readonly number[];
  readonly limits: { readonly maxRows: number; readonly maxTitle: number; readonly maxRosterRows: number };
  /** The ways in "Compare ways in" starts from, one plan a box ("" is straight to work). */
  readonly waysIn: readonly string[];
  /** What a roster column can hold, with the words the sidebar shows for each. */
  readonly rosterFields: readonly { readonly value: RosterField; readonly label: string }[];
  readonly dataVintage: string;
}

/** What a roster column holds, as the review reads it. */
export type RosterField = 'name' | 'location' | 'years' | 'credentials' | 'role' | 'setting' | 'annualPay' | 'hourlyRate';

export interface RosterColumn {
  /** Sheet column, 1-based. */
  readonly column: number;
  /** The header as the roster shows it (at most 100 characters). */
  readonly header: string;
  /** What the header was recognised as; null when not recognised (or left out). */
  readonly field: RosterField | null;
  /** Why a header was not taken as it reads ("another column already holds the pay"). */
  readonly note?: string;
  /** No header and nothing under it. */
  readonly empty: boolean;
}

/** What the sidebar learns from reading a roster: headers and counts, never a name or a figure. */
export interface RosterPreview {
  readonly sheetName: string;
  /** The roster with its header row. */
  readonly range: { readonly row: number; readonly column: number; readonly rows: number; readonly columns: number };
  /** `'Roster'!A1:G9`. */
  readonly a1: string;
  readonly columns: readonly RosterColumn[];
  /** Rows under the header row. */
  readonly rows: number;
  /** Things to check before building, in plain words. */
  readonly notes: readonly string[];
}

export interface PayReviewRequest {
  readonly sheetName: string;
  readonly range: RosterPreview['range'];
  /** The headers as read: a roster changed since must be read again. */
  readonly headers: readonly string[];
  /** One per roster column: what it holds, or "" for not used. */
  readonly fields: readonly (RosterField | '')[];
  /** Where everyone works, when no column gives a location. */
  readonly area?: string;
  readonly output: 'values' | 'formulas';
}

export interface PayBandsRequest {
  readonly area: string;
  readonly role: string;
  readonly setting: string;
  /** The credential(s) of the "with a credential" bands, e.g. "CPC". */
  readonly cert: string;
}
