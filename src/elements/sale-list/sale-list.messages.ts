/**
 * Texts of `<sale-list>`: English here; Norwegian bokmål in
 * sale-list.messages.nb.ts, which loads on demand.
 */
import { defineMessages } from '../../i18n/define-messages.js';

/** The English texts, built in: every element ships them, and they stand in for a missing key. */
const en = {
  'list.label': 'Sales',
  'list.empty': 'No sales',
  'list.emptyFiltered': 'No sales match the filter',
  'list.emptyReversed': 'No sales match: the start date is after the end date.',
  'list.count': '{count} sales',
  'list.countOne': '1 sale',
  'list.total': 'Total',
  'list.none': '(none)',
  'list.reopen': 'Re-open {date}',
  'list.sortHint': 'Sort by {column}',
  'list.amountSum': 'Amount {value}',
  'list.weightedSum': 'Weighted {value}',
  'column.status': 'Status',
  'column.saleDate': 'Sale date',
  'column.amount': 'Amount',
  'column.stage': 'Stage',
  'column.nextActivity': 'Next activity',
  'column.title': 'Title',
  'column.person': 'Contact',
  'column.company': 'Company',
  'column.owner': 'Owner',
  'column.weightedAmount': 'Weighted amount',
  'column.profit': 'Profit',
  'column.profitPercent': 'Profit %',
  'column.probability': 'Probability',
  'column.saleType': 'Sale type',
  'column.source': 'Source',
  'column.competitor': 'Competitor',
  'column.currency': 'Currency',
  'column.reopenDate': 'Re-open date',
  'column.number': 'Number',
  'group.label': 'Group by',
  'group.none': 'No grouping',
  'group.stage': 'Stage',
  'group.status': 'Status',
  'group.owner': 'Owner',
  'group.company': 'Company',
  'group.saleType': 'Sale type',
  'group.month': 'Month',
  'filter.label': 'Filter sales',
  'filter.text': 'Search',
  'filter.status': 'Status',
  'filter.from': 'From',
  'filter.to': 'To',
  'filter.owners': 'Owners',
  'filter.clear': 'Clear',
  'filter.cleared': 'Filters cleared.',
  'filter.reversed': 'The start date is after the end date.',
  'columns.button': 'Columns',
};

export type SaleListMessageKey = keyof typeof en;

export const saleListMessages = defineMessages({ en, nb: () => import('./sale-list.messages.nb.js') });
