/** What the card hands its tab renderers: the sale shown, the mode, texts, choice lists and actions. */
import type { SaleLinkTarget } from '../../events/sale-link-open.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { Lookup } from '../../model/lookup.js';
import type { RequiredSaleField } from '../../model/validation.js';
import type { Ref, Sale, SaleLinkKind, SaleType, Stage } from '../../model/types.js';
import type { SaleCardMessageKey } from './sale-card.messages.js';

/** The reasons a sale can be sold, lost or stalled for, as the host's lists. */
export interface SaleReasons {
  sold?: Ref[];
  lost?: Ref[];
  stalled?: Ref[];
}

/** The choice lists after normalization: always arrays. */
export interface ChoiceLists {
  stages: Stage[];
  saleTypes: SaleType[];
  currencies: string[];
  sources: Ref[];
  competitors: Ref[];
  credited: Ref[];
  reasons: Required<SaleReasons>;
}

/** The Add-link form of the Links tab, while the user fills it in. */
export interface LinkForm {
  kind: SaleLinkKind;
  target: string;
  /** The record picked as the target (with a `lookup`). */
  record?: Ref;
  title: string;
  incomplete: boolean;
  /** The web address is not an http(s) or mailto address. */
  badUrl?: boolean;
  /**
   * The user typed a record id before `<sale-combobox>` had loaded: the typed field stays until
   * the link is added or the kind changes, so the arriving combobox neither drops the text nor
   * takes the field from under the cursor.
   */
  typedId?: boolean;
}

export interface CardContext {
  /** The draft while editing, else the sale as the host set it. */
  sale: Sale;
  editing: boolean;
  t(key: SaleCardMessageKey | MessageKey, params?: Record<string, string | number>): string;
  /** Intl locale for numbers, money and dates. */
  locale: string;
  today: string;
  lists: ChoiceLists;
  /** Empty required fields of the draft. */
  missing: readonly RequiredSaleField[];
  linkForm: LinkForm;
  /** The host's record search; unset, related records are not picked in the card. */
  lookup?: Lookup;
  /** Merges fields into the draft. */
  edit(patch: Partial<Sale>): void;
  /** Replaces the whole draft (for edits that also remove fields). */
  replace(sale: Sale): void;
  /** The user picked from the Stage list (a stage, `sold` or `lost`) among `options`. */
  pickStage(choice: string, options: readonly Stage[]): void;
  /** The user picked another sale type (or none). */
  pickSaleType(saleType: SaleType | undefined): void;
  openLink(target: SaleLinkTarget): void;
  updateLinkForm(patch: Partial<LinkForm>): void;
}
