// SPDX-License-Identifier: EUPL-1.2
/**
 * The case page: the case, its young person, meldingen with their DUO status, the whole timeline,
 * open tasks and the steps the state machine allows now. Proces-verbaal details are police data:
 * shown only to roles that may see them, and their viewing is logged in the WPG category.
 */
import type { Queryable } from '../../db/connect.ts';
import { parentsNeedConsent } from '../letters/addressees.ts';
import { ageOn, type IsoDate } from '../rules/index.ts';
import { allowedTransitions, STATES, type CaseState } from './lifecycle.ts';
import { AFDOENINGEN, DUO_STATUSSEN } from './outcomes.ts';

const POLICE_EVENTS = new Set(['proces_verbaal', 'om_uitkomst']);

export async function caseDetail(
  db: Queryable,
  caseId: number,
  options: { mayReadPolice: boolean; scope: readonly string[] | null; today: IsoDate },
) {
  const [zaak] = await db.query<{
    id: number;
    persoonId: number;
    soort: string;
    status: CaseState;
    geopendOp: string;
    geslotenOp: string | null;
    afdoening: string | null;
    team: string | null;
    gemeenteCode: string | null;
    toegewezenAan: string | null;
    toegewezenAanId: number | null;
    monitoringTot: string | null;
    juridischeBlokkade: boolean;
    naam: string;
    geboortedatum: string;
  }>(
    `select c.id, c.person_id as "persoonId", c.soort, c.status,
            to_char(c.geopend_op, 'YYYY-MM-DD') as "geopendOp", to_char(c.gesloten_op, 'YYYY-MM-DD') as "geslotenOp",
            c.afdoening, c.team, c.gemeente_code as "gemeenteCode", u.naam as "toegewezenAan",
            c.toegewezen_aan as "toegewezenAanId", to_char(c.monitoring_tot, 'YYYY-MM-DD') as "monitoringTot",
            c.juridische_blokkade as "juridischeBlokkade",
            concat_ws(' ', p.voornamen, p.voorvoegsel, p.geslachtsnaam) as naam,
            to_char(p.geboortedatum, 'YYYY-MM-DD') as geboortedatum
       from cases c join persons p on p.id = c.person_id left join users u on u.id = c.toegewezen_aan
      where c.id = $1`,
    [caseId],
  );
  if (!zaak) return undefined;
  if (options.scope && (!zaak.gemeenteCode || !options.scope.includes(zaak.gemeenteCode))) {
    return undefined;
  }
  const meldingen = await db.query(
    `select a.id, a.meldingnummer, to_char(a.gemeld_op, 'YYYY-MM-DD') as "gemeldOp", a.verzuimsoort,
            to_char(a.verzuim_van, 'YYYY-MM-DD') as "verzuimVan", a.verzuim_uren as "verzuimUren",
            a.actie_gewenst as "actieGewenst", a.vermoedelijke_reden as "vermoedelijkeReden",
            s.naam as school, s.brin, a.duo_status as "duoStatus", a.duo_sluitreden as "duoSluitreden",
            a.duo_toelichting as "duoToelichting", a.afdoening
       from absence_reports a join schools s on s.id = a.school_id where a.case_id = $1 order by a.gemeld_op, a.id`,
    [caseId],
  );
  const events = await db.query<{
    id: number;
    soort: string;
    datum: string;
    gegevens: Record<string, unknown> | null;
    door: string | null;
  }>(
    `select e.id, e.soort, to_char(e.datum, 'YYYY-MM-DD') as datum, e.gegevens, u.naam as door
       from case_events e left join users u on u.id = e.user_id where e.case_id = $1 order by e.datum, e.id`,
    [caseId],
  );
  const taken = await db.query(
    `select id, soort, omschrijving, to_char(vervalt_op, 'YYYY-MM-DD') as "vervaltOp" from tasks
      where case_id = $1 and gedaan_op is null order by vervalt_op, id`,
    [caseId],
  );
  let politiegegevensGetoond = false;
  const tijdlijn = events.map((e) => {
    if (!POLICE_EVENTS.has(e.soort)) return e;
    if (options.mayReadPolice) {
      politiegegevensGetoond = true;
      return e;
    }
    return { ...e, gegevens: null, afgeschermd: true };
  });
  const leeftijd = ageOn(zaak.geboortedatum, options.today);
  // The latest recorded choice of the young person counts.
  const consent = events.filter((e) => e.soort === 'toestemming').at(-1);
  return {
    zaak: {
      ...zaak,
      statusLabel: STATES[zaak.status]?.label ?? zaak.status,
      afdoeningLabel: zaak.afdoening
        ? (AFDOENINGEN[zaak.afdoening as keyof typeof AFDOENINGEN]?.label ?? zaak.afdoening)
        : null,
      leeftijd,
      // Ingrado Q&A (anchors-mission.md §D): from 16 the pupil decides what parents are told;
      // from 18 parents are not addressed at all, so there is nothing to warn about.
      zestienPlus: parentsNeedConsent(leeftijd),
      toestemmingOuders: consent?.gegevens?.toestemming16plus === true,
    },
    meldingen: meldingen.map((m) => ({
      ...m,
      duoStatusLabel:
        DUO_STATUSSEN[(m as { duoStatus: keyof typeof DUO_STATUSSEN }).duoStatus] ?? null,
    })),
    tijdlijn,
    taken,
    stappen: allowedTransitions(zaak.status, zaak.soort).map((t) => ({
      actie: t.actie,
      label: t.label,
      naar: t.naar ?? null,
      velden: t.velden,
      brief: t.brief ?? null,
      bron: t.bron,
    })),
    politiegegevensGetoond,
  };
}
