// SPDX-License-Identifier: EUPL-1.2
import type { Database } from '../../../db/connect.ts';
import { maskBsn } from '../../../../shared/bsn.ts';
import { livesOnSql } from './residence.sql.ts';
import { inScopeSql } from './scope.sql.ts';

export interface PersonSearch {
  bsn?: string | undefined;
  naam?: string | undefined;
  geboortedatum?: string | undefined;
}

export interface PersonHit {
  id: number;
  naam: string;
  geboortedatum: string;
  gemeente: string | null;
  bsn: string | null;
}

/** Display name: voornamen, voorvoegsel, geslachtsnaam. */
export const displayName = (p: {
  voornamen: string | null;
  voorvoegsel: string | null;
  geslachtsnaam: string;
}): string => [p.voornamen, p.voorvoegsel, p.geslachtsnaam].filter(Boolean).join(' ');

/**
 * Finds persons by exact BSN, a name prefix (geslachtsnaam, with or without voorvoegsel, optionally
 * followed by voornamen after a comma) and/or exact date of birth; criteria are combined. At most 50.
 */
export async function searchPersons(
  database: Pick<Database, 'query'>,
  search: PersonSearch,
  today: string,
  scope: readonly string[] | null = null,
): Promise<PersonHit[]> {
  const where: string[] = [];
  const params: unknown[] = [today];
  if (search.bsn) {
    params.push(search.bsn);
    where.push(`x.bsn = $${params.length}`);
  }
  if (search.naam) {
    const [achternaam = '', voornaam] = search.naam.split(',').map((s) => s.trim().toLowerCase());
    params.push(`${achternaam}%`);
    where.push(
      `(lower(x.geslachtsnaam) like $${params.length} or lower(coalesce(x.voorvoegsel || ' ', '') || x.geslachtsnaam) like $${params.length})`,
    );
    if (voornaam) {
      params.push(`${voornaam}%`);
      where.push(`lower(x.voornamen) like $${params.length}`);
    }
  }
  if (search.geboortedatum) {
    params.push(search.geboortedatum);
    where.push(`x.geboortedatum = $${params.length}::date`);
  }
  if (where.length === 0) return [];
  if (scope !== null) {
    params.push([...scope]);
    where.push(inScopeSql(`$${params.length}`));
  }
  const rows = await database.query<{
    id: number;
    bsn: string | null;
    voornamen: string | null;
    voorvoegsel: string | null;
    geslachtsnaam: string;
    geboortedatum: string;
    gemeente: string | null;
  }>(
    `select x.id, x.bsn, x.voornamen, x.voorvoegsel, x.geslachtsnaam, x.geboortedatum,
       (select coalesce(g.naam, p.gemeente_code) from residence_periods p left join gemeenten g on g.code = p.gemeente_code
        where p.person_id = x.id and ${livesOnSql('p', 'x', '$1::date')} limit 1) as gemeente
     from persons x where ${where.join(' and ')} order by x.geslachtsnaam, x.voornamen, x.id limit 50`,
    params,
  );
  return rows.map((r) => ({
    id: r.id,
    naam: displayName(r),
    geboortedatum: r.geboortedatum,
    gemeente: r.gemeente,
    bsn: r.bsn ? maskBsn(r.bsn) : null,
  }));
}
