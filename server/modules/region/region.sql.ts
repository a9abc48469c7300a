// SPDX-License-Identifier: EUPL-1.2
/** The office's region (interfaces.md §1.0): its name and the gemeenten it serves. */
import type { Database } from '../../db/connect.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';

export interface Gemeente {
  code: string;
  naam: string | null;
}

export interface Region {
  naam: string | null;
  gemeenten: Gemeente[];
}

/**
 * The region as set with `aanwezig regio`; until one is set, every gemeente in which an imported
 * brp row lives (has a residence period), without a name.
 */
export async function getRegion(database: Pick<Database, 'query'>): Promise<Region> {
  const [region] = await database.query<{ naam: string }>('select naam from regions where id = 1');
  if (region) {
    const gemeenten = await database.query<Gemeente>(
      'select code, naam from gemeenten where in_regio order by code',
    );
    return { naam: region.naam, gemeenten };
  }
  const gemeenten = await database.query<Gemeente>(
    `select g.code, g.naam from gemeenten g
     where exists (select 1 from residence_periods p where p.gemeente_code = g.code) order by g.code`,
  );
  return { naam: null, gemeenten };
}

/** The CBS codes of the region's gemeenten. */
export async function regionGemeenteCodes(database: Pick<Database, 'query'>): Promise<string[]> {
  return (await getRegion(database)).gemeenten.map((g) => g.code);
}

/** Sets the region's name and gemeenten (replacing the earlier set); audited. */
export async function setRegion(
  database: Database,
  region: { naam: string; gemeenten: { code: string; naam: string }[] },
  door = 'cli',
): Promise<Region> {
  if (!region.naam.trim()) {
    throw new DomainFailure({
      code: 'region.name_missing',
      kind: 'invalid',
      message: 'de regio heeft een naam nodig (--naam)',
    });
  }
  for (const g of region.gemeenten) {
    if (!/^\d{4}$/.test(g.code) || !g.naam.trim()) {
      throw new DomainFailure({
        code: 'region.invalid_gemeente',
        kind: 'invalid',
        message: `gemeente '${g.code}=${g.naam}' moet de vorm 0546=Leiden hebben`,
      });
    }
  }
  await database.transaction(async (tx) => {
    await tx.query(
      `insert into regions (id, naam, updated_at) values (1, $1, now())
                    on conflict (id) do update set naam = excluded.naam, updated_at = now()`,
      [region.naam.trim()],
    );
    await tx.query('update gemeenten set in_regio = false');
    for (const g of region.gemeenten) {
      await tx.query(
        `insert into gemeenten (code, naam, in_regio) values ($1, $2, true)
                      on conflict (code) do update set naam = excluded.naam, in_regio = true`,
        [g.code, g.naam.trim()],
      );
    }
    await recordAudit(tx, {
      actor: door,
      actie: 'region.set',
      onderwerpSoort: 'region',
      onderwerpId: '1',
      doel: 'beheer',
      details: { gemeenten: region.gemeenten.map((g) => g.code) },
    });
  });
  return getRegion(database);
}
