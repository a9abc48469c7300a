// SPDX-License-Identifier: EUPL-1.2
/** School holidays in the `school_holidays` table: seeded from the shipped data on first use, then edited. */
import type { Queryable } from '../../db/connect.ts';
import { DomainFailure, domainError } from '../../lib/errors.ts';
import { isIsoDate, parseSchoolYear, SCHOOL_HOLIDAYS, type Holiday } from '../rules/index.ts';

export interface StoredHoliday extends Holiday {
  id: number;
}

const REGIONS = ['noord', 'midden', 'zuid'];
const NAMES = ['herfst', 'kerst', 'voorjaar', 'mei', 'zomer'];

/** Fills the table from the shipped data when it is empty (the first use). */
export async function ensureSchoolHolidays(db: Queryable): Promise<void> {
  const [row] = await db.query<{ n: number }>('select count(*)::int as n from school_holidays');
  if ((row?.n ?? 0) > 0) return;
  for (const h of SCHOOL_HOLIDAYS) {
    await db.query(
      `insert into school_holidays (schooljaar, vakantieregio, naam, van, tot_en_met)
       values ($1, $2, $3, $4, $5) on conflict do nothing`,
      [h.schooljaar, h.vakantieregio, h.naam, h.van, h.totEnMet],
    );
  }
}

/** All school holidays (seeding first when needed), ordered by date. */
export async function listSchoolHolidays(db: Queryable): Promise<StoredHoliday[]> {
  await ensureSchoolHolidays(db);
  return db.query<StoredHoliday>(
    `select id, schooljaar, vakantieregio, naam, to_char(van, 'YYYY-MM-DD') as van,
       to_char(tot_en_met, 'YYYY-MM-DD') as "totEnMet"
     from school_holidays order by van, vakantieregio`,
  );
}

function check(h: Holiday): void {
  const problem =
    (parseSchoolYear(h.schooljaar)
      ? undefined
      : `schooljaar ${h.schooljaar} moet de vorm 2024-2025 hebben`) ??
    (REGIONS.includes(h.vakantieregio)
      ? undefined
      : 'vakantieregio moet noord, midden of zuid zijn') ??
    (NAMES.includes(h.naam) ? undefined : `naam moet een van ${NAMES.join(', ')} zijn`) ??
    (isIsoDate(h.van) && isIsoDate(h.totEnMet)
      ? undefined
      : 'van en tot en met moeten geldige datums zijn') ??
    (h.van <= h.totEnMet ? undefined : 'van moet op of vóór tot en met liggen');
  if (problem) throw new DomainFailure(domainError('schoolvakanties.invalid', 'invalid', problem));
}

/** Adds a holiday; a duplicate (school year, region, name) is a conflict. */
export async function createSchoolHoliday(db: Queryable, h: Holiday): Promise<StoredHoliday> {
  check(h);
  await ensureSchoolHolidays(db);
  const rows = await db.query<{ id: number }>(
    `insert into school_holidays (schooljaar, vakantieregio, naam, van, tot_en_met)
     values ($1, $2, $3, $4, $5) on conflict do nothing returning id`,
    [h.schooljaar, h.vakantieregio, h.naam, h.van, h.totEnMet],
  );
  const id = rows[0]?.id;
  if (id === undefined) {
    throw new DomainFailure(
      domainError(
        'schoolvakanties.exists',
        'conflict',
        `${h.naam}vakantie ${h.schooljaar} regio ${h.vakantieregio} bestaat al`,
      ),
    );
  }
  return {
    id,
    schooljaar: h.schooljaar,
    vakantieregio: h.vakantieregio,
    naam: h.naam,
    van: h.van,
    totEnMet: h.totEnMet,
  };
}

/** Changes a holiday's dates (and other fields). */
export async function updateSchoolHoliday(
  db: Queryable,
  id: number,
  h: Holiday,
): Promise<StoredHoliday> {
  check(h);
  const rows = await db.query<{ id: number }>(
    `update school_holidays set schooljaar = $2, vakantieregio = $3, naam = $4, van = $5, tot_en_met = $6
     where id = $1 returning id`,
    [id, h.schooljaar, h.vakantieregio, h.naam, h.van, h.totEnMet],
  );
  if (!rows[0]) throw notFound(id);
  return {
    id,
    schooljaar: h.schooljaar,
    vakantieregio: h.vakantieregio,
    naam: h.naam,
    van: h.van,
    totEnMet: h.totEnMet,
  };
}

/** Removes a holiday. */
export async function deleteSchoolHoliday(db: Queryable, id: number): Promise<void> {
  const rows = await db.query('delete from school_holidays where id = $1 returning id', [id]);
  if (!rows[0]) throw notFound(id);
}

const notFound = (id: number) =>
  new DomainFailure(
    domainError('schoolvakanties.not_found', 'not_found', `schoolvakantie ${id} bestaat niet`),
  );
