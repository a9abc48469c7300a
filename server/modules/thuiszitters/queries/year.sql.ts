// SPDX-License-Identifier: EUPL-1.2
/**
 * The episodes a school year counts (flow.ts), each with the gemeente the person lived in on its
 * counted date: the later of 1 August and its effective start, so one episode has one gemeente
 * for its whole flow and the identity holds per gemeente too. The stand (C14) uses the gemeente
 * on the peildatum. Persons living outside the region on that date are left out (interfaces §1.5).
 */
import type { Queryable } from '../../../db/connect.ts';
import type { SchoolYearSpan } from '../../report/indicator.ts';
import { regionGemeenteCodes } from '../../region/region.sql.ts';
import { loadRuleSettings } from '../../settings/settings.sql.ts';
import { definitionOn, effectiveStart, type Definition } from '../definition.ts';
import type { Eindsituatie, EpisodeType, Oorzaak } from '../episode.ts';
import { placeInYear, yearFlow, type Placement, type YearFlow } from '../flow.ts';
import { durationBand, type DuurBand } from '../thresholds.ts';
import { livesOnSql } from '../../persons/queries/residence.sql.ts';

export interface CountedEpisode extends Placement {
  id: number;
  type: EpisodeType;
  oorzaak: Oorzaak;
  /** Gemeente on the counted date. */
  gemeente: string;
  /** Gemeente on the peildatum, for episodes still open then (C14); null when outside the region. */
  gemeenteOpPeildatum: string | null;
  duur: DuurBand;
}

interface Candidate {
  id: number;
  personId: number;
  type: EpisodeType;
  oorzaak: Oorzaak;
  startdatum: string;
  einddatum: string | null;
  eindsituatie: Eindsituatie | null;
}

/** The definition on the year's peildatum and every episode the year counts. */
export async function countedEpisodes(
  db: Queryable,
  span: SchoolYearSpan,
): Promise<{ definitie: Definition; episodes: CountedEpisode[] }> {
  const definitie = definitionOn(await loadRuleSettings(db), span.peildatum);
  const candidates = await db.query<Candidate>(
    `select id, person_id as "personId", type, oorzaak,
            to_char(startdatum, 'YYYY-MM-DD') as startdatum, to_char(einddatum, 'YYYY-MM-DD') as einddatum,
            eindsituatie
       from thuiszitter_episodes
      where startdatum <= $2::date and (einddatum is null or einddatum > $1::date)`,
    [span.van, span.peildatum],
  );
  const placed = candidates.flatMap((c) => {
    const vanaf = effectiveStart(definitie.omvang, c.type, c.startdatum);
    const p = placeInYear({ vanaf, einddatum: c.einddatum, eindsituatie: c.eindsituatie }, span);
    return p && vanaf ? [{ c, p, telDatum: vanaf > span.van ? vanaf : span.van }] : [];
  });
  const lookups = [
    ...placed.map((x) => ({ personId: x.c.personId, datum: x.telDatum })),
    ...placed.map((x) => ({ personId: x.c.personId, datum: span.peildatum })),
  ];
  const gemeenteOf = await gemeentenOn(db, lookups);
  const region = new Set(await regionGemeenteCodes(db));
  const inRegion = (g: string | undefined) => (g && region.has(g) ? g : null);
  const episodes: CountedEpisode[] = [];
  for (const { c, p, telDatum } of placed) {
    const gemeente = inRegion(gemeenteOf.get(`${c.personId}|${telDatum}`));
    if (!gemeente) continue;
    episodes.push({
      ...p,
      id: c.id,
      type: c.type,
      oorzaak: c.oorzaak,
      gemeente,
      gemeenteOpPeildatum:
        p.uitstroom === 'nog_open'
          ? inRegion(gemeenteOf.get(`${c.personId}|${span.peildatum}`))
          : null,
      duur: durationBand(c.startdatum, c.einddatum, span.peildatum),
    });
  }
  return { definitie, episodes };
}

async function gemeentenOn(
  db: Queryable,
  lookups: { personId: number; datum: string }[],
): Promise<Map<string, string>> {
  if (lookups.length === 0) return new Map();
  const rows = await db.query<{ personId: number; datum: string; gemeente: string }>(
    `select q.person_id as "personId", to_char(q.datum, 'YYYY-MM-DD') as datum, r.gemeente_code as gemeente
       from unnest($1::int[], $2::date[]) as q(person_id, datum)
       join persons p on p.id = q.person_id
       join lateral (select r.gemeente_code from residence_periods r
                      where r.person_id = p.id and ${livesOnSql('r', 'p', 'q.datum')} limit 1) r on true`,
    [lookups.map((l) => l.personId), lookups.map((l) => l.datum)],
  );
  return new Map(rows.map((r) => [`${r.personId}|${r.datum}`, r.gemeente]));
}

export interface YearOverview {
  schooljaar: string;
  van: string;
  peildatum: string;
  definitie: Definition;
  flow: YearFlow;
  /** Last year's einde (report-figures §4.3.2: should equal this year's aanvang). */
  eindeVorigJaar: number;
}

/** The end-of-year table of a school year, for the region or one gemeente (and the actor's scope). */
export async function yearOverview(
  db: Queryable,
  span: SchoolYearSpan,
  previous: SchoolYearSpan,
  filter: { gemeente?: string; scope: readonly string[] | null },
): Promise<YearOverview> {
  const keep = (e: CountedEpisode) =>
    (!filter.gemeente || e.gemeente === filter.gemeente) &&
    (filter.scope === null || filter.scope.includes(e.gemeente));
  const { definitie, episodes } = await countedEpisodes(db, span);
  const before = await countedEpisodes(db, previous);
  return {
    schooljaar: span.schooljaar,
    van: span.van,
    peildatum: span.peildatum,
    definitie,
    flow: yearFlow(episodes.filter(keep)),
    eindeVorigJaar: yearFlow(before.episodes.filter(keep)).einde,
  };
}
