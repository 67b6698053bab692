// @ts-check
// SuperOffice's OData archive lists over SQLite: $select, $filter, $orderBy, $top and $skip become
// one SELECT. Column names come only from the provider's table of known columns (anything else is a
// 400 naming it) and every value from the query is a bound parameter, never SQL text.
import { badRequest } from './http-error.mjs';
import { isoDay, parseDay, timestamp } from './dates.mjs';
import { CURRENT_ASSOCIATE_ID } from './sale-entity.mjs';

/** @typedef {import('better-sqlite3').Database} Db */
/** @typedef {'int' | 'decimal' | 'string' | 'bool' | 'date' | 'datetime' | 'list' | 'associate'} ColumnType */
/**
 * @typedef {object} Column
 * @property {string} sql the expression (from the provider, never from a request)
 * @property {ColumnType} type
 * @property {string} [idSql] for list columns: the item's id, compared when the filter gives a number
 * @property {unknown} [none] the value shown when the expression is NULL (SuperOffice's 0 or '')
 */
/**
 * @typedef {object} Provider
 * @property {string} entityName
 * @property {string} from
 * @property {string} primaryKey
 * @property {Record<string, Column>} columns
 * @property {string[]} defaultSelect
 * @property {string} defaultOrderBy
 */

/** Rows a page may hold, whatever $top asks for. */
export const MAX_TOP = 10_000;

/** @param {Provider} provider @param {string} name */
function columnOf(provider, name) {
  const lower = name.toLowerCase();
  const key = Object.keys(provider.columns).find((known) => known.toLowerCase() === lower);
  return key === undefined ? undefined : { key, column: provider.columns[key] };
}

/** @param {Provider} provider @param {string[]} names */
function requireColumns(provider, names) {
  const unknown = names.filter((name) => !columnOf(provider, name));
  if (unknown.length)
    throw badRequest(
      `Unknown column${unknown.length > 1 ? 's' : ''} for ${provider.entityName}: ${unknown.join(', ')}.`,
    );
}

// ---------------------------------------------------------------------------------------- $filter

/** @typedef {{ kind: 'word' | 'string' | 'number' | 'punct', text: string, value?: unknown }} Token */

/** @param {string} text @returns {Token[]} */
function tokenize(text) {
  /** @type {Token[]} */
  const tokens = [];
  let at = 0;
  while (at < text.length) {
    const char = text[at];
    if (/\s/.test(char)) {
      at++;
    } else if ('(),'.includes(char)) {
      tokens.push({ kind: 'punct', text: char });
      at++;
    } else if (char === "'") {
      let value = '';
      at++;
      for (;;) {
        if (at >= text.length) throw badRequest(`$filter: a quoted value is not closed: ${text}`);
        if (text[at] === "'") {
          if (text[at + 1] === "'") {
            value += "'";
            at += 2;
            continue;
          }
          at++;
          break;
        }
        value += text[at++];
      }
      tokens.push({ kind: 'string', text: value, value });
    } else {
      const number = /^-?\d+(\.\d+)?(?![\w])/.exec(text.slice(at));
      if (number) {
        tokens.push({ kind: 'number', text: number[0], value: Number(number[0]) });
        at += number[0].length;
        continue;
      }
      const word = /^[A-Za-z_][\w/:.]*/.exec(text.slice(at));
      if (!word) throw badRequest(`$filter: unexpected ${JSON.stringify(char)} at position ${at + 1}.`);
      tokens.push({ kind: 'word', text: word[0] });
      at += word[0].length;
    }
  }
  return tokens;
}

const COMPARISONS = /** @type {Record<string, string>} */ ({
  eq: '=',
  equals: '=',
  is: '=',
  ne: 'IS NOT',
  unequals: 'IS NOT',
  isnot: 'IS NOT',
  lt: '<',
  less: '<',
  le: '<=',
  gt: '>',
  greater: '>',
  ge: '>=',
});
const PATTERNS = /** @type {Record<string, [string, string, boolean]>} */ ({
  // operator: [prefix, suffix, negated]
  begins: ['', '%', false],
  startswith: ['', '%', false],
  contains: ['%', '%', false],
  substringof: ['%', '%', false],
  endswith: ['%', '', false],
  notbegins: ['', '%', true],
  notcontains: ['%', '%', true],
});
const UNARY = ['today', 'beforetoday', 'aftertoday', 'currentassociate'];

/** A LIKE pattern matching `text` literally. @param {string} text */
const literal = (text) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * Parses `$filter` into a WHERE clause with bound parameters.
 * @param {Provider} provider @param {string} text
 * @returns {{ sql: string, params: unknown[] }}
 */
export function parseFilter(provider, text) {
  const tokens = tokenize(text);
  /** @type {unknown[]} */
  const params = [];
  let at = 0;
  const peek = () => tokens[at];
  const isWord = (/** @type {string} */ word) =>
    peek()?.kind === 'word' && peek().text.toLowerCase() === word;
  const expect = (/** @type {string} */ punct) => {
    if (peek()?.text !== punct || peek()?.kind !== 'punct')
      throw badRequest(`$filter: expected "${punct}"${peek() ? ` before "${peek().text}"` : ' at the end'}.`);
    at++;
  };
  const column = () => {
    const token = tokens[at++];
    if (token?.kind !== 'word')
      throw badRequest(`$filter: expected a column name${token ? `, not "${token.text}"` : ''}.`);
    requireColumns(provider, [token.text]);
    return /** @type {{ key: string, column: Column }} */ (columnOf(provider, token.text));
  };
  const value = () => {
    const token = tokens[at++];
    if (!token) throw badRequest('$filter: a value is missing at the end.');
    if (token.kind === 'string' || token.kind === 'number') return token.value;
    if (token.kind === 'word') {
      const word = token.text.toLowerCase();
      if (word === 'true') return true;
      if (word === 'false') return false;
      if (word === 'null') return null;
      // datetime'2026-01-31' and date'…' (OData v3 literals)
      if ((word === 'datetime' || word === 'date') && peek()?.kind === 'string') return tokens[at++].value;
    }
    throw badRequest(`$filter: expected a value, not "${token.text}".`);
  };

  /** The bound form of `raw` for comparing with `column`. @param {{ key: string, column: Column }} target @param {unknown} raw */
  const operand = (target, raw) => {
    const { key, column: col } = target;
    if (raw === null) return { sql: col.sql, param: null };
    switch (col.type) {
      case 'int':
      case 'decimal':
      case 'associate': {
        const number = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
        if (typeof number !== 'number' || !Number.isFinite(number))
          throw badRequest(`$filter: ${key} takes a number, not ${JSON.stringify(raw)}.`);
        return { sql: col.sql, param: number };
      }
      case 'bool': {
        if (raw === true || raw === 1 || raw === 'true' || raw === '1') return { sql: col.sql, param: 1 };
        if (raw === false || raw === 0 || raw === 'false' || raw === '0') return { sql: col.sql, param: 0 };
        throw badRequest(`$filter: ${key} takes true or false, not ${JSON.stringify(raw)}.`);
      }
      case 'date': {
        const day = parseDay(raw);
        if (day === undefined)
          throw badRequest(`$filter: ${key} takes a date (YYYY-MM-DD), not ${JSON.stringify(raw)}.`);
        return { sql: col.sql, param: day };
      }
      case 'datetime': {
        const ms = typeof raw === 'string' ? Date.parse(raw) : NaN;
        if (Number.isNaN(ms))
          throw badRequest(`$filter: ${key} takes a date and time (ISO 8601), not ${JSON.stringify(raw)}.`);
        return { sql: col.sql, param: ms };
      }
      case 'list':
        if (typeof raw === 'number' && col.idSql) return { sql: col.idSql, param: raw };
        return { sql: `fold(${col.sql})`, param: String(raw).toLowerCase(), text: true };
      default:
        return { sql: `fold(${col.sql})`, param: String(raw).toLowerCase(), text: true };
    }
  };

  /** @param {{ key: string, column: Column }} target @param {string} operator @param {unknown} raw */
  const condition = (target, operator, raw) => {
    const comparison = COMPARISONS[operator];
    if (comparison) {
      const { sql, param } = operand(target, raw);
      params.push(param);
      if (comparison === '=') return `${sql} IS ?`;
      return `${sql} ${comparison} ?`;
    }
    const pattern = PATTERNS[operator];
    if (pattern) {
      if (typeof raw !== 'string' && typeof raw !== 'number')
        throw badRequest(`$filter: ${operator} takes a text value.`);
      const [prefix, suffix, negated] = pattern;
      params.push(`${prefix}${literal(String(raw).toLowerCase())}${suffix}`);
      const sql = `fold(${target.column.sql})`;
      return negated ? `IFNULL(${sql}, '') NOT LIKE ? ESCAPE '\\'` : `${sql} LIKE ? ESCAPE '\\'`;
    }
    throw badRequest(`$filter: unknown operator "${operator}".`);
  };

  /** @param {{ key: string, column: Column }} target @param {string} operator */
  const unary = (target, operator) => {
    const { key, column: col } = target;
    if (operator === 'currentassociate') {
      if (col.type !== 'associate')
        throw badRequest(`$filter: currentAssociate needs a user column, not ${key}.`);
      params.push(CURRENT_ASSOCIATE_ID);
      return `${col.sql} = ?`;
    }
    if (col.type !== 'date') throw badRequest(`$filter: ${operator} needs a date column, not ${key}.`);
    params.push(isoDay(Date.now()));
    return `${col.sql} ${{ today: '=', beforetoday: '<', aftertoday: '>' }[operator]} ?`;
  };

  const primary = () => {
    if (isWord('not')) {
      at++;
      return `NOT (${primary()})`;
    }
    if (peek()?.kind === 'punct' && peek().text === '(') {
      at++;
      const inner = or();
      expect(')');
      return `(${inner})`;
    }
    const head = peek();
    const next = tokens[at + 1];
    if (head?.kind === 'word' && next?.kind === 'punct' && next.text === '(') {
      // A function: startswith(col,'x'), endswith(col,'x'), contains(col,'x'), substringof('x',col)
      const name = head.text.toLowerCase();
      at += 2;
      let target;
      let raw;
      if (name === 'substringof') {
        raw = value();
        expect(',');
        target = column();
      } else if (['startswith', 'endswith', 'contains'].includes(name)) {
        target = column();
        expect(',');
        raw = value();
      } else throw badRequest(`$filter: unknown function "${head.text}".`);
      expect(')');
      let sql = condition(target, name, raw);
      // OData v3 writes `substringof('x', col) eq true`
      if (
        isWord('eq') &&
        tokens[at + 1]?.kind === 'word' &&
        ['true', 'false'].includes(tokens[at + 1].text.toLowerCase())
      ) {
        if (tokens[at + 1].text.toLowerCase() === 'false') sql = `NOT (${sql})`;
        at += 2;
      }
      return sql;
    }
    const target = column();
    const operatorToken = tokens[at++];
    if (operatorToken?.kind !== 'word')
      throw badRequest(`$filter: an operator is missing after ${target.key}.`);
    const operator = operatorToken.text.toLowerCase();
    if (UNARY.includes(operator)) return unary(target, operator);
    return condition(target, operator, value());
  };
  const and = () => {
    let sql = primary();
    while (isWord('and')) {
      at++;
      sql = `${sql} AND ${primary()}`;
    }
    return sql;
  };
  function or() {
    let sql = and();
    while (isWord('or')) {
      at++;
      sql = `(${sql}) OR (${and()})`;
    }
    return sql;
  }
  if (!tokens.length) return { sql: '1', params };
  const sql = or();
  if (at < tokens.length) throw badRequest(`$filter: unexpected "${tokens[at].text}".`);
  return { sql, params };
}

// ----------------------------------------------------------------------------------------- query

/** @param {string | null} text @param {string} name @param {number} fallback */
function count(text, name, fallback) {
  if (text === null || text === '') return fallback;
  if (!/^\d+$/.test(text.trim()))
    throw badRequest(`${name} must be a whole number, not ${JSON.stringify(text)}.`);
  // Past 2^53 a number is no longer an integer SQLite can bind (LIMIT and OFFSET then fail); no
  // table is that long, so the largest safe one answers the same.
  return Math.min(Number(text), Number.MAX_SAFE_INTEGER);
}

/** Splits a comma-separated list, leaving out blanks. @param {string} text */
const list = (text) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * Answers an archive list request: `{ odata.metadata, odata.nextLink?, value }`.
 * @param {Db} db @param {Provider} provider @param {URL} url the request's absolute URL
 * @param {{ sql: string, params: unknown[] }} [scope] a fixed condition (e.g. the sale of Sale/{id}/Activities)
 */
export function archiveList(db, provider, url, scope = { sql: '1', params: [] }) {
  const query = url.searchParams;
  // SuperOffice's names are case-insensitive: $orderBy and $orderby alike.
  const param = (/** @type {string} */ name) => {
    for (const [key, value] of query) if (key.toLowerCase() === name.toLowerCase()) return value;
    return null;
  };
  const selectNames = list(param('$select') ?? '').length
    ? list(/** @type {string} */ (param('$select')))
    : provider.defaultSelect;
  requireColumns(provider, selectNames);
  const selected = selectNames.map((name) => ({
    name,
    .../** @type {{ key: string, column: Column }} */ (columnOf(provider, name)),
  }));

  const filter = parseFilter(provider, param('$filter') ?? '');

  const order = list(param('$orderBy') ?? provider.defaultOrderBy).map((part) => {
    const [name, direction = 'asc', ...rest] = part.split(/\s+/);
    if (rest.length || !['asc', 'desc'].includes(direction.toLowerCase()))
      throw badRequest(`$orderBy: "${part}" is not "column [asc|desc]".`);
    return { name, direction: direction.toUpperCase() };
  });
  requireColumns(
    provider,
    order.map(({ name }) => name),
  );
  const orderSql = order
    .map(({ name, direction }) => {
      const { column } = /** @type {{ column: Column }} */ (columnOf(provider, name));
      const sql = column.type === 'string' || column.type === 'list' ? `fold(${column.sql})` : column.sql;
      return `${sql} ${direction}`;
    })
    .concat(`${provider.primaryKey} ASC`)
    .join(', ');

  const top = Math.min(count(param('$top'), '$top', MAX_TOP), MAX_TOP);
  const skip = count(param('$skip'), '$skip', 0);
  const expressions = selected.map(({ column }, index) => `${column.sql} AS c${index}`);
  const sql = `SELECT ${[`${provider.primaryKey} AS pk`, ...expressions].join(', ')} FROM ${provider.from}
    WHERE (${scope.sql}) AND (${filter.sql}) ORDER BY ${orderSql} LIMIT ? OFFSET ?`;
  const rows = /** @type {Record<string, unknown>[]} */ (
    db.prepare(sql).all(...scope.params, ...filter.params, top + 1, skip)
  );
  const more = rows.length > top;

  const jsonSafe = (param('$jsonSafe') ?? '').toLowerCase() === 'true';
  const value = rows.slice(0, top).map((row) => {
    /** @type {Record<string, unknown>} */
    const item = { PrimaryKey: row.pk, EntityName: provider.entityName };
    selected.forEach(({ name, column }, index) => {
      item[jsonSafe ? name.replace(/[^\w]/g, '_') : name] = output(column, row[`c${index}`]);
    });
    return item;
  });

  /** @type {Record<string, unknown>} */
  const body = { 'odata.metadata': `${url.origin}/api/v1/archive$metadata` };
  if (more) {
    const next = new URL(url);
    for (const key of [...next.searchParams.keys()])
      if (key.toLowerCase() === '$skip') next.searchParams.delete(key);
    if (param('$top') === null) next.searchParams.set('$top', String(top));
    next.searchParams.set('$skip', String(skip + top));
    body['odata.nextLink'] = next.href;
  }
  body.value = value;
  return body;
}

/** A database value as the archive shows it (logical values). @param {Column} column @param {unknown} raw */
function output(column, raw) {
  if (raw === null || raw === undefined) return column.none ?? null;
  switch (column.type) {
    case 'bool':
      return Boolean(raw);
    case 'datetime':
      return timestamp(Number(raw));
    default:
      return raw;
  }
}
