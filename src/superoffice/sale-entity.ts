/**
 * SuperOffice's `SaleEntity` as its REST API sends it (`GET /api/v1/Sale/{id}`), with the nested
 * carriers, as the public reference defines them (SuperOfficeDocs/superoffice-docs,
 * docs/en/api/reference/restful/rest/Sale/v1SaleEntity_GetSaleEntity.md). Every property may be
 * missing or `null` (`$select` nulls out what was not asked for), so all are optional. Dates are
 * ISO date-times with an offset, such as `2018-02-18T14:28:27.2114406+01:00`.
 */

import type {
  AppointmentCarrier,
  AssociateCarrier,
  ContactCarrier,
  PersonCarrier,
  ProjectCarrier,
} from './sale-entity-carriers.js';

export type * from './sale-entity-carriers.js';

/** What the current user may do with a record or field. */
export interface TableRight {
  Mask?: string | null;
  Reason?: string | null;
}

export interface FieldProperty {
  FieldRight?: TableRight | null;
  FieldType?: string | null;
  FieldLength?: number | null;
}

/** Properties every carrier has besides its own. */
export interface Carrier {
  TableRight?: TableRight | null;
  FieldProperties?: Record<string, FieldProperty> | null;
}

/**
 * An item of an MDO list (currency, source, competitor, credited, reasons, the sale stage and the
 * sale type): `Id` 0 means none.
 */
export interface ListItemCarrier extends Carrier {
  Id?: number | null;
  Value?: string | null;
  Tooltip?: string | null;
}

/** A stage of a sale type (`SelectableMDOListItem` in `SaleTypeEntity.Stages`). */
export interface SaleTypeStageItem {
  Id?: number | null;
  Name?: string | null;
  ToolTip?: string | null;
  Deleted?: boolean | null;
  Rank?: number | null;
  Probability?: number | null;
}

/**
 * The sale type. The entity itself carries the MDO item (`Id`, `Value`, `Tooltip`); a host that
 * fills in the `SaleTypeEntity` of `GET /api/v1/List/SaleType/Items` (`SaleTypeId`, `Name`,
 * `HasGuide`, `Stages`) is read too.
 */
export interface SaleTypeCarrier extends ListItemCarrier {
  SaleTypeId?: number | null;
  Name?: string | null;
  HasGuide?: boolean | null;
  HasStakeholders?: boolean | null;
  Stages?: SaleTypeStageItem[] | null;
}

/** An element linked to the sale (document, appointment, sale, ...). */
export interface LinkCarrier extends Carrier {
  /** The kind of the linked record, such as `document` or `appointment`. */
  EntityName?: string | null;
  /** The linked record's id. */
  Id?: number | null;
  Description?: string | null;
  ExtraInfo?: string | null;
  /** The link's own id. */
  LinkId?: number | null;
}

export interface SaleStakeholderCarrier extends Carrier {
  StakeholderRoleName?: string | null;
  Comment?: string | null;
  StakeholderRoleId?: number | null;
  CountryId?: number | null;
  PersonId?: number | null;
  EmailDescription?: string | null;
  EmailId?: number | null;
  EmailAddress?: string | null;
  PhoneId?: number | null;
  ContactName?: string | null;
  ContactId?: number | null;
  SaleId?: number | null;
  Mrmrs?: string | null;
  Firstname?: string | null;
  MiddleName?: string | null;
  Lastname?: string | null;
  SaleStakeholderId?: number | null;
  Rank?: number | null;
  Phone?: string | null;
}

export interface VisibleForCarrier extends Carrier {
  VisibleId?: number | null;
  Visibility?: string | null;
  DisplayValue?: string | null;
}

/** A user-defined or extra field's value, keyed by ProgId (`SuperOffice:1234` when it has none). */
export type CustomFieldValue = string | number | boolean | null;

export type SaleStatusText = 'Open' | 'Sold' | 'Lost' | 'Stalled';
/** `NotStarted` is read as `Started`. */
export type SaleCompletedText = 'Started' | 'Completed' | 'NotStarted';

export interface SaleEntity extends Carrier {
  Appointment?: AppointmentCarrier | null;
  /** The sale's owner. */
  Associate?: AssociateCarrier | null;
  UpdatedBy?: AssociateCarrier | null;
  CreatedBy?: AssociateCarrier | null;
  Contact?: ContactCarrier | null;
  Project?: ProjectCarrier | null;
  SaleText?: string | null;
  Person?: PersonCarrier | null;
  Currency?: ListItemCarrier | null;
  Competitor?: ListItemCarrier | null;
  Credited?: ListItemCarrier | null;
  /** The sale stage (MDO list `prob`). */
  Rating?: ListItemCarrier | null;
  /** The reason a sale was lost (MDO list `reason`). */
  Reason?: ListItemCarrier | null;
  Source?: ListItemCarrier | null;
  Status?: SaleStatusText | null;
  Saledate?: string | null;
  Amount?: number | null;
  SaleId?: number | null;
  /** The profit: amount minus cost. */
  Earning?: number | null;
  EarningPercent?: number | null;
  Heading?: string | null;
  Number?: string | null;
  /** 0-100. */
  Probability?: number | null;
  CreatedDate?: string | null;
  UpdatedDate?: string | null;
  Completed?: SaleCompletedText | null;
  ActiveLinks?: number | null;
  Links?: LinkCarrier[] | null;
  NextDueDate?: string | null;
  Postit?: string | null;
  SaleType?: SaleTypeCarrier | null;
  ReasonSold?: ListItemCarrier | null;
  ReasonStalled?: ListItemCarrier | null;
  ReopenDate?: string | null;
  SaleStakeholders?: SaleStakeholderCarrier[] | null;
  ActiveErpLinks?: number | null;
  /** Deprecated by SuperOffice in favour of `CustomFields`. */
  UserDefinedFields?: Record<string, CustomFieldValue> | null;
  /** Deprecated by SuperOffice in favour of `CustomFields`. */
  ExtraFields?: Record<string, CustomFieldValue> | null;
  /** User-defined and extra fields in one dictionary. */
  CustomFields?: Record<string, CustomFieldValue> | null;
  PublishEventDate?: string | null;
  PublishTo?: string | null;
  PublishFrom?: string | null;
  IsPublished?: boolean | null;
  VisibleFor?: VisibleForCarrier[] | null;
  _Links?: Record<string, string> | null;
}
