/**
 * Domain types for Common Ground. They mirror dataset format v1 (DESIGN.md) after validation:
 * the loader in `src/data` is the only code that turns unknown JSON into these.
 */

declare const dayBrand: unique symbol;
/** A calendar day `YYYY-MM-DD`, or a month `YYYY-MM` for month precision. Sorts lexically. */
export type IsoDate = string & { readonly [dayBrand]: 'IsoDate' };

/** Text keyed by language code, e.g. `{ en: "…", de: "…" }`. */
export type Localized = Readonly<Record<string, string>>;

export type Reliability = 'official' | 'on-record' | 'reported';
/** Weakest first: a minimum reliability of `on-record` admits `on-record` and `official`. */
export const RELIABILITY_ORDER: readonly Reliability[] = ['reported', 'on-record', 'official'];

export type PartyKind = 'state' | 'alliance' | 'organisation' | 'grouping';
export type SourceType =
  'official' | 'wire' | 'newspaper' | 'broadcaster' | 'state-media' | 'aggregator' | 'blog';
export type EventKind = 'talks' | 'summit' | 'plan' | 'election' | 'military' | 'other';

export interface Speaker {
  readonly id: string;
  readonly name: string;
  readonly role: Localized;
  readonly from?: IsoDate | undefined;
  readonly to?: IsoDate | undefined;
}

export interface Party {
  readonly id: string;
  readonly name: Localized;
  readonly kind: PartyKind;
  readonly speakers: readonly Speaker[];
}

export interface Outcome {
  readonly id: string;
  readonly label: Localized;
  readonly description?: Localized | undefined;
}

export interface Issue {
  readonly id: string;
  readonly name: Localized;
  readonly question: Localized;
  /** When true, `outcomes` are in spectrum order and rank distance means something. */
  readonly ordered: boolean;
  readonly outcomes: readonly Outcome[];
}

export interface Quote {
  readonly text: string;
  readonly lang: string;
  readonly translations?: Localized | undefined;
}

export interface Statement {
  readonly id: string;
  readonly date: IsoDate;
  readonly party: string;
  readonly speaker?: string | undefined;
  readonly issue: string;
  readonly accepts: readonly string[];
  readonly prefers?: string | undefined;
  readonly rejects?: readonly string[] | undefined;
  readonly summary: Localized;
  readonly quote?: Quote | undefined;
  readonly sources: readonly string[];
  readonly reliability: Reliability;
}

export interface Source {
  readonly id: string;
  readonly outlet: string;
  readonly url: string;
  readonly title?: string | undefined;
  readonly published?: IsoDate | undefined;
  readonly language?: string | undefined;
  /** The source this one reports from (second-hand reporting). */
  readonly via?: string | undefined;
  readonly type?: SourceType | undefined;
}

export interface NegotiationEvent {
  readonly id: string;
  readonly date: IsoDate;
  readonly endDate?: IsoDate | undefined;
  readonly kind: EventKind;
  readonly title: Localized;
  readonly summary?: Localized | undefined;
  readonly parties?: readonly string[] | undefined;
  readonly sources?: readonly string[] | undefined;
}

export interface PlanTerm {
  readonly issue: string;
  readonly outcomes: readonly string[];
  readonly note?: Localized | undefined;
}

export interface Plan {
  readonly id: string;
  readonly date: IsoDate;
  readonly proposer: string;
  readonly title: Localized;
  readonly summary: Localized;
  readonly terms: readonly PlanTerm[];
  readonly sources: readonly string[];
  readonly reliability: Reliability;
}

export interface TourState {
  readonly route?: string | undefined;
  readonly at?: IsoDate | undefined;
  readonly parties?: readonly string[] | undefined;
  readonly issues?: readonly string[] | undefined;
  readonly focus?: string | undefined;
  readonly mode?: 'positions' | 'overlap' | undefined;
  readonly plan?: string | undefined;
  /** Any other URL parameter of the view, written as in the URL (e.g. `terms`, `vs`, `compare`). */
  readonly terms?: string | undefined;
  readonly vs?: string | undefined;
  readonly compare?: string | undefined;
  readonly overlap?: string | undefined;
  readonly order?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly lanes?: string | undefined;
  readonly pair?: string | undefined;
  readonly rel?: string | undefined;
}

export interface TourStep {
  readonly id: string;
  readonly title: Localized;
  readonly body: Localized;
  readonly question?: Localized | undefined;
  readonly state: TourState;
}

export interface ChangelogEntry {
  readonly version: string;
  readonly date: IsoDate;
  readonly changes: Localized;
}

export interface Dataset {
  readonly schemaVersion: 1;
  readonly id: string;
  readonly asOf: IsoDate;
  readonly languages: readonly string[];
  readonly title: Localized;
  readonly description: Localized;
  readonly parties: readonly Party[];
  readonly issues: readonly Issue[];
  readonly statements: readonly Statement[];
  readonly sources: readonly Source[];
  readonly events: readonly NegotiationEvent[];
  readonly plans: readonly Plan[];
  readonly tour?: readonly TourStep[] | undefined;
  readonly version: string;
  readonly changelog?: readonly ChangelogEntry[] | undefined;
}
