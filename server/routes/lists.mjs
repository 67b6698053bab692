// @ts-check
// The choice lists: the stage list (List/Rating), sale types with their guide stages, currencies,
// the MDO lists by name, and the current user.
import { associateCarrier } from '../carriers.mjs';
import { HttpError } from '../http-error.mjs';
import { CURRENT_ASSOCIATE_ID } from '../sale-entity.mjs';

/** @typedef {import('./context.mjs').Route} Route */
/** @typedef {import('better-sqlite3').Database} Db */

/** An MDO list item as GET /api/v1/MDOList/{name} gives it. @param {{ id: number, name: string, tooltip?: string, rank: number, deleted?: number, fullName?: string }} item */
const mdoItem = ({ id, name, tooltip = '', rank, deleted = 0, fullName }) => ({
  Id: id,
  Name: name,
  ToolTip: tooltip,
  Deleted: Boolean(deleted),
  Rank: rank,
  Type: '',
  ChildItems: [],
  IconHint: '',
  ColorBlock: 0,
  ExtraInfo: '',
  StyleHint: '',
  FullName: fullName ?? name,
});

/** @param {Db} db */
const associates = (db) =>
  /** @type {any[]} */ (db.prepare('SELECT * FROM associate ORDER BY rank, associate_id').all()).map(
    (row) => ({
      id: row.associate_id,
      name: row.name,
      fullName: `${row.first_name} ${row.last_name}`,
      tooltip: `${row.first_name} ${row.last_name}`,
      rank: row.rank,
      deleted: row.deleted,
    }),
  );

/** @param {Db} db @param {string} list */
const listItems = (db, list) =>
  /** @type {any[]} */ (db.prepare('SELECT * FROM list_item WHERE list = ? ORDER BY rank, id').all(list)).map(
    (row) => ({
      id: row.id,
      name: row.value,
      tooltip: row.tooltip,
      rank: row.rank,
      deleted: row.deleted,
    }),
  );

/** The MDO lists by name, each giving `{ id, name, tooltip, rank, deleted, fullName? }` items. */
const MDO_LISTS = /** @type {Record<string, (db: Db) => any[]>} */ ({
  source: (db) => listItems(db, 'source'),
  comptr: (db) => listItems(db, 'comptr'),
  reason: (db) => listItems(db, 'reason'),
  reasonsold: (db) => listItems(db, 'reasonsold'),
  reasonstalled: (db) => listItems(db, 'reasonstalled'),
  currency: (db) => listItems(db, 'currency'),
  associate: associates,
  credited: (db) => associates(db).map((item) => ({ ...item, name: item.fullName })),
  prob: (db) =>
    /** @type {any[]} */ (db.prepare('SELECT * FROM sale_stage ORDER BY rank').all()).map((row) => ({
      id: row.sale_stage_id,
      name: row.value,
      tooltip: row.tooltip,
      rank: row.rank,
      deleted: row.deleted,
    })),
  saletype: (db) =>
    /** @type {any[]} */ (db.prepare('SELECT * FROM sale_type ORDER BY rank').all()).map((row) => ({
      id: row.sale_type_id,
      name: row.name,
      tooltip: row.tooltip,
      rank: row.rank,
      deleted: row.deleted,
    })),
});

/** @type {Route[]} */
export const listRoutes = [
  {
    method: 'GET',
    pattern: /^\/api\/v1\/List\/Rating\/Items$/i,
    handle: ({ db }) => ({
      body: /** @type {any[]} */ (db.prepare('SELECT * FROM sale_stage ORDER BY rank').all()).map((row) => ({
        SaleStageId: row.sale_stage_id,
        Value: row.value,
        Tooltip: row.tooltip,
        Probability: row.probability,
        Rank: row.rank,
        Deleted: Boolean(row.deleted),
      })),
    }),
  },
  {
    method: 'GET',
    pattern: /^\/api\/v1\/List\/SaleType\/Items$/i,
    handle: ({ db }) => {
      const stages = db.prepare(
        `SELECT st.*, ts.rank AS guide_rank FROM sale_type_stage ts JOIN sale_stage st ON st.sale_stage_id = ts.sale_stage_id
         WHERE ts.sale_type_id = ? ORDER BY ts.rank`,
      );
      return {
        body: /** @type {any[]} */ (db.prepare('SELECT * FROM sale_type ORDER BY rank').all()).map((row) => ({
          SaleTypeId: row.sale_type_id,
          Name: row.name,
          Tooltip: row.tooltip,
          Rank: row.rank,
          Deleted: Boolean(row.deleted),
          HasGuide: Boolean(row.has_guide),
          HasStakeholders: Boolean(row.has_stakeholders),
          IsAutoAdvance: Boolean(row.has_guide),
          SaleDuration: row.default_duration,
          DurationUnit: 'Day',
          Stages: /** @type {any[]} */ (stages.all(row.sale_type_id)).map((stage) =>
            mdoItem({
              id: stage.sale_stage_id,
              name: stage.value,
              rank: stage.guide_rank,
              deleted: stage.deleted,
            }),
          ),
        })),
      };
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/v1\/List\/Currency\/Items$/i,
    handle: ({ db }) => ({
      body: listItems(db, 'currency').map((item) => ({
        CurrencyId: item.id,
        Name: item.name,
        Tooltip: item.tooltip,
        Rate: 1,
        Units: 1,
        Rank: item.rank,
        Deleted: Boolean(item.deleted),
      })),
    }),
  },
  {
    method: 'GET',
    pattern: /^\/api\/v1\/MDOList\/([^/]+)$/i,
    handle: ({ db, params, url }) => {
      const name = params[0].toLowerCase();
      const items = MDO_LISTS[name];
      if (!Object.hasOwn(MDO_LISTS, name))
        throw new HttpError(404, `There is no MDO list ${JSON.stringify(params[0])}.`);
      // `query` narrows the list to items whose name has the text (any case); deleted items are left out.
      const query = (url.searchParams.get('query') ?? '').trim().toLocaleLowerCase();
      const matches = (/** @type {any} */ item) =>
        !query || `${item.name} ${item.fullName ?? ''}`.toLocaleLowerCase().includes(query);
      return {
        body: items(db)
          .filter((item) => !item.deleted && matches(item))
          .map(mdoItem),
      };
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/v1\/User\/currentPrincipal$/i,
    handle: ({ db }) => {
      const associate = /** @type {any} */ (associateCarrier(db, CURRENT_ASSOCIATE_ID));
      return {
        body: {
          Associate: associate.Name,
          AssociateId: associate.AssociateId,
          PersonId: associate.PersonId,
          ContactId: 0,
          FullName: associate.FullName,
          UserType: 'InternalAssociate',
          EMailAddress: `${String(associate.Name).toLowerCase()}@demo.example`,
          Licenses: [],
        },
      };
    },
  },
];
