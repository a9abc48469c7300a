// SPDX-License-Identifier: EUPL-1.2
/** Enrolments, verzuimmeldingen and exemptions of one person for an inzage export. */
import type { Queryable } from '../../../db/connect.ts';
import type {
  InzageInschrijving,
  InzageVerzuimmelding,
  InzageVrijstelling,
} from '../inzage-types.ts';

type Db = Pick<Queryable, 'query'>;

/** Every enrolment with its school, newest first. */
export function selectEnrolments(db: Db, id: number): Promise<InzageInschrijving[]> {
  return db.query<InzageInschrijving>(
    `select s.naam as school, s.brin, s.vestiging, e.sector, e.leerjaar::int as leerjaar, e.opleiding,
       e.niveau, e.datum_inschrijving as "datumInschrijving", e.datum_uitschrijving as "datumUitschrijving",
       e.reden_uitschrijving as "redenUitschrijving", e.startkwalificatie_datum as "startkwalificatieDatum"
     from enrolments e join schools s on s.id = e.school_id
     where e.person_id = $1 order by e.datum_inschrijving desc, e.id desc`,
    [id],
  );
}

/** Every verzuimmelding, newest first; the melder's name and contact details stay out (third party). */
export function selectAbsenceReports(db: Db, id: number): Promise<InzageVerzuimmelding[]> {
  return db.query<InzageVerzuimmelding>(
    `select a.meldingnummer, s.naam as school, a.verzuimsoort, a.verzuim_van as "verzuimVan",
       a.verzuim_tot as "verzuimTot", a.verzuim_uren as "verzuimUren",
       a.vermoedelijke_reden as "vermoedelijkeReden", a.alle_lessen_verzuimd as "alleLessenVerzuimd",
       a.actie_school as "actieSchool", a.actie_gewenst as "actieGewenst", a.gemeld_op as "gemeldOp",
       a.melder_functie as "melderFunctie", a.case_id as "zaakId"
     from absence_reports a join schools s on s.id = a.school_id
     where a.person_id = $1 order by a.gemeld_op desc, a.id desc`,
    [id],
  );
}

/** Every exemption request and decision, newest first. */
export function selectExemptions(db: Db, id: number): Promise<InzageVrijstelling[]> {
  return db.query<InzageVrijstelling>(
    `select artikel, datum_aanvraag as "datumAanvraag", besluit, datum_besluit as "datumBesluit",
       geldig_van as "geldigVan", geldig_tot as "geldigTot", herhalingsverzoek, case_id as "zaakId"
     from exemptions where person_id = $1 order by datum_aanvraag desc, id desc`,
    [id],
  );
}
