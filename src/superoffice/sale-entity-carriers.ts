/**
 * The record carriers inside a `SaleEntity` (owner, company, person, project, appointment), as
 * SuperOffice's REST reference defines them. Every property may be missing or `null`.
 */
import type { Carrier } from './sale-entity.js';

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
