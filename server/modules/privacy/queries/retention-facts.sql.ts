// SPDX-License-Identifier: EUPL-1.2
/** What the retention decision needs, for every person or for one person and their descendants. */
import type { Queryable } from '../../../db/connect.ts';
import type { DatedValue } from '../../rules/index.ts';
import { loadRuleSettings } from '../../settings/index.ts';
import type { RetentionCase, RetentionFacts, RetentionSettingsInput } from '../retention.ts';
import { isRetentionSettingKey, type RetentionSettings } from '../retention-settings.ts';

type Db = Pick<Queryable, 'query'>;

/** Facts per person id (without `kinderen`) and the children per parent id. */
export interface RetentionFactSet {
  persons: Map<number, RetentionFacts>;
  childrenOf: Map<number, number[]>;
}

/**
 * The persons in scope: everyone, or one person with their children, grandchildren …
 * (a parent's decision depends on the children's). `union` stops at cycles.
 */
const scope = (one: boolean) =>
  one
    ? `with recursive scope(id) as (
         select $1::int union select r.child_id from parent_relations r join scope s on r.parent_id = s.id)`
    : `with scope(id) as (select id from persons)`;

/** Loads the facts of every person, or of `personId` and their descendants only. */
export async function loadRetentionFacts(db: Db, personId?: number): Promise<RetentionFactSet> {
  const one = personId !== undefined;
  const params = one ? [personId] : [];
  const people = await db.query<{ id: number; geboortedatum: string; skq: string | null }>(
    `${scope(one)}
     select p.id, p.geboortedatum,
       (select min(e.startkwalificatie_datum) from enrolments e where e.person_id = p.id) as skq
     from persons p join scope s on s.id = p.id`,
    params,
  );
  const cases = await db.query<RetentionCase & { personId: number }>(
    `${scope(one)}
     select c.person_id as "personId", c.id, c.gesloten_op as "geslotenOp",
       c.juridische_blokkade as "juridischeBlokkade",
       (c.afdoening = 'proces_verbaal' or exists (select 1 from case_events e
          where e.case_id = c.id and e.soort = 'proces_verbaal')) as "procesVerbaal"
     from cases c join scope s on s.id = c.person_id order by c.id`,
    params,
  );
  const relations = await db.query<{ parentId: number; childId: number }>(
    `${scope(one)}
     select r.parent_id as "parentId", r.child_id as "childId"
     from parent_relations r join scope s on s.id = r.parent_id`,
    params,
  );
  return buildFactSet(people, cases, relations);
}

function buildFactSet(
  people: { id: number; geboortedatum: string; skq: string | null }[],
  cases: (RetentionCase & { personId: number })[],
  relations: { parentId: number; childId: number }[],
): RetentionFactSet {
  const persons = new Map<number, RetentionFacts & { zaken: RetentionCase[] }>();
  for (const p of people) {
    persons.set(p.id, {
      geboortedatum: p.geboortedatum,
      startkwalificatie: p.skq ?? undefined,
      zaken: [],
    });
  }
  for (const { personId, ...zaak } of cases) {
    persons.get(personId)?.zaken.push({ ...zaak, procesVerbaal: zaak.procesVerbaal === true });
  }
  const childrenOf = new Map<number, number[]>();
  for (const r of relations) {
    const list = childrenOf.get(r.parentId) ?? [];
    list.push(r.childId);
    childrenOf.set(r.parentId, list);
  }
  return { persons, childrenOf };
}

/** The rules' settings and the retention settings from the `settings` table. */
export async function loadRetentionSettings(
  db: Queryable,
): Promise<Required<RetentionSettingsInput>> {
  const rows = await db.query<{
    sleutel: string;
    waarde: DatedValue['waarde'];
    geldigVanaf: string;
  }>(
    `select sleutel, waarde, to_char(geldig_vanaf, 'YYYY-MM-DD') as "geldigVanaf"
     from settings where sleutel like 'bewaartermijn.%' order by geldig_vanaf`,
  );
  const retention: Record<string, DatedValue[]> = {};
  for (const r of rows) {
    if (isRetentionSettingKey(r.sleutel)) {
      (retention[r.sleutel] ??= []).push({ geldigVanaf: r.geldigVanaf, waarde: r.waarde });
    }
  }
  return { rules: await loadRuleSettings(db), retention: retention as RetentionSettings };
}
