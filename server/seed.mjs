// @ts-check
// Realistic, deterministic sample data for the demo database: the same `today` always gives the
// same rows (a seeded pseudo-random generator, no Math.random), and the dates are spread around
// `today` so that some open sales are overdue.
import * as words from './seed-data.mjs';
import { addDays, isoDay } from './dates.mjs';

/** @typedef {import('better-sqlite3').Database} Db */

/** How much there is of everything. */
export const SEED_SIZE = { companies: 60, persons: 150, projects: 25, associates: 8, sales: 300 };

/** mulberry32: a small, fast generator with a fixed seed, so every start seeds the same rows. */
function generator(seedValue = 0x5a1e5) {
  let state = seedValue >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /** @param {number} min @param {number} max inclusive */
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  /** @template T @param {readonly T[]} list @returns {T} */
  const pick = (list) => list[Math.floor(next() * list.length)];
  /** @param {number} p */
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}

/**
 * Fills an empty database.
 * @param {Db} db
 * @param {{ today?: string }} [options] `today` as YYYY-MM-DD (default: the real today, UTC)
 */
export function seed(db, options = {}) {
  const today = options.today ?? isoDay(Date.now());
  const random = generator();
  const { int, pick, chance } = random;
  const year = Number(today.slice(0, 4));
  // Rows are stamped as created and last changed before the seed's "today".
  const stamp = (daysAgo) => Date.parse(`${addDays(today, -daysAgo)}T09:00:00Z`) + int(0, 8 * 3600) * 1000;

  const insert = (sql) => db.prepare(sql);

  // Users.
  const associate = insert(
    'INSERT INTO associate (associate_id, name, first_name, last_name, person_id, rank) VALUES (?, ?, ?, ?, ?, ?)',
  );
  words.ASSOCIATES.forEach(([login, first, last], index) =>
    associate.run(index + 1, login, first, last, 1000 + index + 1, index + 1),
  );
  const associateIds = words.ASSOCIATES.map((_, index) => index + 1);

  // Lists.
  const listItem = insert('INSERT INTO list_item (list, id, value, tooltip, rank) VALUES (?, ?, ?, ?, ?)');
  words.CURRENCIES.forEach(([code, name], index) =>
    listItem.run('currency', index + 1, code, name, index + 1),
  );
  const simpleLists = {
    source: words.SOURCES,
    comptr: words.COMPETITORS,
    reason: words.LOST_REASONS,
    reasonsold: words.SOLD_REASONS,
    reasonstalled: words.STALLED_REASONS,
  };
  for (const [list, values] of Object.entries(simpleLists))
    values.forEach((value, index) => listItem.run(list, index + 1, value, '', index + 1));
  // A retired item: lists leave deleted items out.
  db.prepare(
    "INSERT INTO list_item (list, id, value, tooltip, rank, deleted) VALUES ('source', 99, 'Fax campaign', '', 99, 1)",
  ).run();

  const stage = insert(
    'INSERT INTO sale_stage (sale_stage_id, value, probability, rank) VALUES (?, ?, ?, ?)',
  );
  words.STAGES.forEach(([name, probability], index) => stage.run(index + 1, name, probability, index + 1));

  const saleType = insert(
    'INSERT INTO sale_type (sale_type_id, name, rank, has_guide, has_stakeholders, default_duration) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const typeStage = insert(
    'INSERT INTO sale_type_stage (sale_type_id, sale_stage_id, rank) VALUES (?, ?, ?)',
  );
  const guideItem = insert(
    'INSERT INTO guide_item (sale_type_id, sale_stage_id, kind, name, tooltip, rank) VALUES (?, ?, ?, ?, ?, ?)',
  );
  words.SALE_TYPES.forEach((type, index) => {
    const id = index + 1;
    saleType.run(id, type.name, id, type.guided ? 1 : 0, type.stakeholders ? 1 : 0, type.duration);
    type.stages.forEach((stageId, rank) => {
      typeStage.run(id, stageId, rank + 1);
      words.GUIDE_ITEMS[stageId].forEach(([kind, name, tooltip], itemRank) =>
        guideItem.run(id, stageId, kind, name, tooltip, itemRank + 1),
      );
    });
  });

  // Companies: two thirds Norwegian, one third international.
  const contact = insert(
    'INSERT INTO contact (contact_id, name, org_nr, city, country, phone, email, url, associate_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const usedNames = new Set();
  const companies = [];
  for (let id = 1; id <= SEED_SIZE.companies; id++) {
    let name;
    let city;
    let country;
    if (id % 3 === 0) {
      [name, city, country] =
        words.INTERNATIONAL_COMPANIES[(id / 3 - 1) % words.INTERNATIONAL_COMPANIES.length];
    } else {
      do {
        city = pick(words.NORWEGIAN_PLACES);
        name = `${city} ${pick(words.NORWEGIAN_TRADES)}`;
      } while (usedNames.has(name));
      country = 'Norway';
    }
    usedNames.add(name);
    const domain = name
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .normalize('NFD')
      .replace(/[^a-z ]/g, '')
      .split(' ')
      .slice(0, 2)
      .join('');
    const phone =
      country === 'Norway'
        ? `+47 ${int(20, 99)} ${int(10, 99)} ${int(10, 99)} ${int(10, 99)}`
        : `+${int(30, 49)} ${int(100, 999)} ${int(1000, 9999)}`;
    const orgNr = country === 'Norway' ? String(int(900_000_000, 999_999_999)) : null;
    contact.run(
      id,
      name,
      orgNr,
      city,
      country,
      phone,
      `post@${domain}.example`,
      `https://www.${domain}.example`,
      pick(associateIds),
    );
    companies.push({ id, name, country, domain });
  }

  // Persons: two or three per company, the rest spread over the first companies.
  const person = insert(
    'INSERT INTO person (person_id, contact_id, first_name, last_name, title, email, phone) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  /** @type {Map<number, number[]>} persons by company */
  const personsOf = new Map();
  for (let id = 1; id <= SEED_SIZE.persons; id++) {
    const company = companies[(id - 1) % companies.length];
    const [first, last] =
      company.country === 'Norway'
        ? [pick(words.NORWEGIAN_FIRST_NAMES), pick(words.NORWEGIAN_LAST_NAMES)]
        : pick(words.INTERNATIONAL_PEOPLE);
    const mail = `${first}.${last}`
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .normalize('NFD')
      .replace(/[^a-z.]/g, '');
    person.run(
      id,
      company.id,
      first,
      last,
      pick(words.TITLES),
      `${mail}@${company.domain}.example`,
      `+47 ${int(400, 999)} ${int(10, 99)} ${int(100, 999)}`,
    );
    personsOf.set(company.id, [...(personsOf.get(company.id) ?? []), id]);
  }

  // Projects.
  const project = insert(
    'INSERT INTO project (project_id, name, project_number, type, status, associate_id) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (let id = 1; id <= SEED_SIZE.projects; id++) {
    const company = companies[(id * 7) % companies.length];
    const name = `${company.name.split(' ')[0]}: ${words.PROJECT_NAMES[(id - 1) % words.PROJECT_NAMES.length].replace('{year}', String(year + (id % 2)))}`;
    project.run(
      id,
      name,
      `P-${year}-${String(id).padStart(3, '0')}`,
      pick(['Customer project', 'Internal', 'Pilot']),
      pick(['Planned', 'In progress', 'Completed']),
      pick(associateIds),
    );
  }

  // Sales, with their stakeholders, links and activities.
  const sale =
    insert(`INSERT INTO sale (sale_id, heading, sale_text, postit, number, amount, earning, earning_percent,
    probability, status, done, saledate, reopen_date, next_due_date, currency_id, associate_id, contact_id, person_id,
    project_id, sale_type_id, sale_stage_id, source_id, competitor_id, credited_id, reason_id, reason_sold_id,
    reason_stalled_id, user_defined_fields, created_date, updated_date, created_by, updated_by)
    VALUES (@id, @heading, @text, @postit, @number, @amount, @earning, @earningPercent, @probability, @status, @done,
    @saledate, @reopenDate, @nextDueDate, @currency, @owner, @contact, @person, @project, @saleType, @stage, @source,
    @competitor, @credited, @reason, @reasonSold, @reasonStalled, @udef, @created, @updated, @owner, @owner)`);
  const stakeholder = insert(
    'INSERT INTO sale_stakeholder (sale_id, person_id, role_name, comment, rank) VALUES (?, ?, ?, ?, ?)',
  );
  const link = insert(
    'INSERT INTO sale_link (sale_id, entity_name, id, description, extra_info) VALUES (?, ?, ?, ?, ?)',
  );
  const appointment =
    insert(`INSERT INTO appointment (sale_id, contact_id, person_id, associate_id, date, description,
    type, completed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const currencyWeights = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 4, 4, 5, 6];

  for (let id = 1; id <= SEED_SIZE.sales; id++) {
    const company = companies[int(0, companies.length - 1)];
    const people = personsOf.get(company.id) ?? [];
    const [template, low, high] = /** @type {[string, number, number]} */ (pick(words.PRODUCTS));
    const heading = template.replace('{n}', String(int(2, 60))).replace('{year}', String(year + int(0, 1)));
    const typeIndex = int(0, words.SALE_TYPES.length - 1);
    const type = words.SALE_TYPES[typeIndex];
    const roll = random.next();
    const status = roll < 0.6 ? 'Open' : roll < 0.8 ? 'Sold' : roll < 0.92 ? 'Lost' : 'Stalled';
    const stageId = type.stages.length ? pick(type.stages) : int(1, words.STAGES.length);
    const stageProbability = /** @type {number} */ (words.STAGES[stageId - 1][1]);
    const probability = status === 'Sold' ? 100 : status === 'Lost' ? 0 : stageProbability;
    // Open sales: from two months ago (overdue) to four months ahead; closed ones: the past year.
    const saledate =
      status === 'Open' || status === 'Stalled'
        ? addDays(today, int(-60, 120))
        : addDays(today, -int(1, 365));
    const currency = pick(currencyWeights);
    const amount = Math.round(int(low, high) / 1000) * 1000;
    const earningPercent = int(15, 45);
    const owner = pick(associateIds);
    const created = stamp(int(30, 400));
    const updated = Math.min(Math.max(created, stamp(int(0, 29))), Date.parse(`${today}T00:00:00Z`));
    sale.run({
      id,
      heading,
      text: chance(0.5) ? `${heading} for ${company.name}.` : '',
      postit: chance(0.3)
        ? pick([
            'Call back after the board meeting.',
            'Wants a reference customer.',
            'Budget approved in Q1.',
            'Ring før lunsj.',
          ])
        : '',
      number: `S-${year}-${String(id).padStart(4, '0')}`,
      amount,
      earning: Math.round((amount * earningPercent) / 100),
      earningPercent,
      probability,
      status,
      done: status === 'Sold' || status === 'Lost' ? 1 : 0,
      saledate,
      reopenDate: status === 'Stalled' ? addDays(today, int(-20, 90)) : null,
      nextDueDate: null,
      currency,
      owner,
      contact: company.id,
      person: people.length && chance(0.85) ? pick(people) : null,
      project: chance(0.25) ? int(1, SEED_SIZE.projects) : null,
      saleType: typeIndex + 1,
      stage: stageId,
      source: chance(0.8) ? int(1, words.SOURCES.length) : null,
      competitor: chance(0.4) ? int(1, words.COMPETITORS.length) : null,
      credited: chance(0.3) ? pick(associateIds) : owner,
      reason: status === 'Lost' ? int(1, words.LOST_REASONS.length) : null,
      reasonSold: status === 'Sold' ? int(1, words.SOLD_REASONS.length) : null,
      reasonStalled: status === 'Stalled' ? int(1, words.STALLED_REASONS.length) : null,
      udef: JSON.stringify(
        chance(0.5)
          ? { 'SuperOffice:1': pick(['Gold', 'Silver', 'Bronze']), 'SuperOffice:2': String(int(1, 5)) }
          : {},
      ),
      created,
      updated,
    });

    if (type.stakeholders && people.length && chance(0.7)) {
      const count = Math.min(people.length, int(1, 3));
      for (let rank = 0; rank < count; rank++)
        stakeholder.run(
          id,
          people[rank],
          words.STAKEHOLDER_ROLES[(id + rank) % words.STAKEHOLDER_ROLES.length],
          '',
          rank + 1,
        );
    }
    if (chance(0.35)) {
      link.run(id, 'document', int(1, 5000), `${pick(words.DOCUMENT_TITLES)} – ${company.name}`, '');
      if (chance(0.3))
        link.run(id, 'url', 0, `${company.name} website`, `https://www.${company.domain}.example`);
    }
    /** @type {string[]} */
    const dates = [];
    const activities = int(0, 4);
    for (let n = 0; n < activities; n++) {
      const date = addDays(today, int(-45, 45));
      const done = date < today && chance(0.8) ? 1 : 0;
      appointment.run(
        id,
        company.id,
        people.length ? pick(people) : null,
        owner,
        date,
        pick(words.ACTIVITY_TITLES),
        pick(['Meeting', 'Phone call', 'Task']),
        done,
      );
      dates.push(date);
    }
    // The closest future date, else the most recent one (as SuperOffice keeps NextDueDate).
    dates.sort();
    const nextDue = dates.find((date) => date >= today) ?? dates.at(-1);
    if (nextDue) db.prepare('UPDATE sale SET next_due_date = ? WHERE sale_id = ?').run(nextDue, id);
  }
  // A few favourites of the signed-in user.
  const favourite = insert('INSERT INTO favourite (associate_id, sale_id) VALUES (1, ?)');
  for (const id of [2, 5, 11, 17, 23]) favourite.run(id);
}
