/**
 * SuperOffice's `SaleEntity` as its REST API sends it (`GET /api/v1/Sale/{id}`), with the nested
 * carriers, as the public reference defines them (SuperOfficeDocs/superoffice-docs,
 * docs/en/api/reference/restful/rest/Sale/v1SaleEntity_GetSaleEntity.md). Every property may be
 * missing or `null` (`$select` nulls out what was not asked for), so all are optional. Dates are
 * ISO date-times with an offset, such as `2018-02-18T14:28:27.2114406+01:00`.
 */

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
interface Carrier {
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

/** A user: the sale's owner (`Associate`), `CreatedBy`, `UpdatedBy`. */
export interface AssociateCarrier extends Carrier {
  AssociateId?: number | null;
  /** The user's login name. */
  Name?: string | null;
  PersonId?: number | null;
  Rank?: number | null;
  Tooltip?: string | null;
  Type?: string | null;
  GroupIdx?: number | null;
  /** The user's name as people read it. */
  FullName?: string | null;
  FormalName?: string | null;
  Deleted?: boolean | null;
  EjUserId?: number | null;
  UserName?: string | null;
}

/** A company. `ContactId` 0 means the sale has none. */
export interface ContactCarrier extends Carrier {
  ContactId?: number | null;
  Name?: string | null;
  OrgNr?: string | null;
  Department?: string | null;
  URL?: string | null;
  City?: string | null;
  DirectPhone?: string | null;
  AssociateId?: number | null;
  CountryId?: number | null;
  EmailAddress?: string | null;
  Kananame?: string | null;
  EmailAddressName?: string | null;
  URLName?: string | null;
  AssociateFullName?: string | null;
  BusinessName?: string | null;
  CategoryName?: string | null;
  CountryName?: string | null;
  Address?: Record<string, unknown> | null;
  FormattedAddress?: string | null;
  FullName?: string | null;
  IsOwnerContact?: boolean | null;
  ActiveErpLinks?: number | null;
}

/** A contact person. */
export interface PersonCarrier extends Carrier {
  PersonId?: number | null;
  Position?: string | null;
  Mrmrs?: string | null;
  Firstname?: string | null;
  MiddleName?: string | null;
  Lastname?: string | null;
  Title?: string | null;
  Description?: string | null;
  Email?: string | null;
  FullName?: string | null;
  DirectPhone?: string | null;
  FormalName?: string | null;
  CountryId?: number | null;
  ContactId?: number | null;
  ContactName?: string | null;
  Retired?: number | null;
  Rank?: number | null;
  ActiveInterests?: number | null;
  ContactDepartment?: string | null;
  ContactCountryId?: number | null;
  ContactOrgNr?: string | null;
  FaxPhone?: string | null;
  MobilePhone?: string | null;
  ContactPhone?: string | null;
  AssociateName?: string | null;
  AssociateId?: number | null;
  UsePersonAddress?: boolean | null;
  ContactFax?: string | null;
  Kanafname?: string | null;
  Kanalname?: string | null;
  Post1?: string | null;
  Post2?: string | null;
  Post3?: string | null;
  EmailName?: string | null;
  ContactFullName?: string | null;
  ActiveErpLinks?: number | null;
  TicketPriorityId?: number | null;
  SupportLanguageId?: number | null;
  SupportAssociateId?: number | null;
  CategoryName?: string | null;
}

export interface ProjectCarrier extends Carrier {
  ProjectId?: number | null;
  Name?: string | null;
  Description?: string | null;
  URL?: string | null;
  Type?: string | null;
  AssociateId?: number | null;
  AssociateFullName?: string | null;
  TypeId?: number | null;
  Updated?: string | null;
  StatusId?: number | null;
  Status?: string | null;
  TextId?: number | null;
  PublishTo?: string | null;
  PublishFrom?: string | null;
  IsPublished?: boolean | null;
  URLName?: string | null;
  ProjectNumber?: string | null;
  ActiveErpLinks?: number | null;
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

/** Simple read-only data of the appointment the entity carries. */
export interface AppointmentCarrier extends Carrier {
  AppointmentId?: number | null;
  StartDate?: string | null;
  EndDate?: string | null;
  Type?: string | null;
  Task?: string | null;
  AssociateFullName?: string | null;
  ContactName?: string | null;
  Description?: string | null;
  PersonFullName?: string | null;
  PersonId?: number | null;
  ContactId?: number | null;
  ProjectId?: number | null;
  ProjectName?: string | null;
  AssociateId?: number | null;
  Completed?: string | null;
  SaleId?: number | null;
  [other: string]: unknown;
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
