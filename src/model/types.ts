/** The data model that hosts pass to the elements: see "Data model" in the package's README.md. */

/** Ids come from the host's backend, which may use numbers or strings. */
export type Id = string | number;

/** An ISO date (`YYYY-MM-DD`) or a full ISO timestamp. */
export type IsoDate = string;

export const SALE_STATUSES = ['open', 'sold', 'lost', 'stalled'] as const;
export type SaleStatus = (typeof SALE_STATUSES)[number];

export const USER_FIELD_TYPES = ['text', 'number', 'date', 'checkbox', 'list'] as const;
export type UserFieldType = (typeof USER_FIELD_TYPES)[number];

export const SALE_LINK_KINDS = ['activity', 'document', 'project', 'sale', 'url'] as const;
export type SaleLinkKind = (typeof SALE_LINK_KINDS)[number];

export const GUIDE_STEP_KINDS = ['activity', 'document'] as const;
export type GuideStepKind = (typeof GUIDE_STEP_KINDS)[number];

/** A reference to another record: company, person, project, owner, source, competitor, reason. */
export interface Ref {
  id: Id;
  name: string;
}

export interface Stage {
  id: Id;
  name: string;
  /** 0-100; copied into the sale's probability when the user picks the stage. */
  probability: number;
}

export interface GuideStep {
  id: Id;
  kind: GuideStepKind;
  title: string;
  purpose?: string;
  done?: boolean;
  autoSuggest?: boolean;
}

export interface GuideStage {
  stageId: Id;
  name: string;
  probability?: number;
  steps: GuideStep[];
}

export interface SalesGuide {
  id: Id;
  name: string;
  autoAdvance?: boolean;
  stages: GuideStage[];
}

export interface SaleType {
  id: Id;
  name: string;
  guide?: SalesGuide;
  /** Days from today to a new sale's suggested sale date. */
  duration?: number;
}

export interface UserField {
  id: Id;
  label: string;
  type: UserFieldType;
  value: string | number | boolean | null;
  options?: string[];
  /** At most three pinned fields also show on the Sale tab. */
  pinned?: boolean;
}

export interface SaleLink {
  id: Id;
  kind: SaleLinkKind;
  title: string;
  date?: IsoDate;
  href?: string;
}

export interface Activity {
  id: Id;
  title: string;
  date: IsoDate;
  done?: boolean;
  type?: string;
  /** The company the activity is with. */
  company?: Ref;
  /** The contact the activity is with. */
  person?: Ref;
  /** Whose activity it is. */
  owner?: Ref;
}

export interface Stakeholder {
  id: Id;
  person: Ref;
  company?: Ref;
  role?: string;
  comment?: string;
  email?: string;
  phone?: string;
}

export interface Quote {
  id: Id;
  /** The quote number people quote on the phone; the id shows when it is missing. */
  number?: string;
  title: string;
  version?: number;
  amount?: number;
  currency?: string;
  status?: string;
  validUntil?: IsoDate;
}

export interface Sale {
  id: Id;
  number?: string;
  title: string;
  status: SaleStatus;
  /** The Completed flag; meaningful only when the sale is sold or lost. */
  done?: boolean;
  stage?: Stage;
  /** 0-100. */
  probability?: number;
  amount?: number;
  cost?: number;
  /** ISO 4217 code such as `NOK`. */
  currency?: string;
  /** The expected close date, or the actual one once the sale is sold or lost. */
  saleDate?: IsoDate;
  saleType?: SaleType;
  owner?: Ref;
  credited?: Ref;
  company?: Ref;
  person?: Ref;
  project?: Ref;
  source?: Ref;
  description?: string;
  competitor?: Ref;
  reason?: Ref;
  reopenDate?: IsoDate;
  stalledReason?: Ref;
  notes?: string;
  userFields?: UserField[];
  links?: SaleLink[];
  /** The oldest follow-up linked to the sale that is not completed. */
  nextActivity?: Activity;
  activities?: Activity[];
  stakeholders?: Stakeholder[];
  quote?: Quote;
  favourite?: boolean;
  updatedAt?: IsoDate;
}

/**
 * A sale as a host hands it in: a `Sale` whose `status` may be left out (it means `open`), so
 * `{ id: 1, title: 'Fibre upgrade' }` is enough. Elements read it through `normalizeSale`.
 */
export type SaleInput = Omit<Sale, 'status'> & { status?: SaleStatus };

/** One problem found in host data: the field it concerns and what was done about it. */
export interface DataWarning {
  field: string;
  message: string;
}
