// SPDX-License-Identifier: EUPL-1.2
/** Exemption and leave requests and objections of one person, for an inzage export. */
import type { Queryable } from '../../../db/connect.ts';
import type {
  InzageAanvraagdocument,
  InzageBezwaar,
  InzageVerlofaanvraag,
  InzageVrijstellingsaanvraag,
} from '../inzage-types.ts';

type Db = Pick<Queryable, 'query'>;

/** Every exemption request with its document checklist, newest first. */
export async function selectExemptionRequests(
  db: Db,
  id: number,
): Promise<InzageVrijstellingsaanvraag[]> {
  const requests = await db.query<Omit<InzageVrijstellingsaanvraag, 'documenten'>>(
    `select r.id, r.case_id as "zaakId", r.artikel, r.datum_aanvraag as "datumAanvraag",
       r.herhalingsverzoek, r.toelichting, r.bron, r.adviseur, r.advies_gevraagd_op as "adviesGevraagdOp",
       r.advies_ontvangen_op as "adviesOntvangenOp", r.advies_uitkomst as "adviesUitkomst", r.besluit,
       r.datum_besluit as "datumBesluit", r.geldig_van as "geldigVan", r.geldig_tot as "geldigTot",
       to_char(r.duo_verzonden_op at time zone 'UTC', 'YYYY-MM-DD') as "duoVerzondenOp"
     from exemption_requests r where r.person_id = $1 order by r.datum_aanvraag desc, r.id desc`,
    [id],
  );
  const documents = await db.query<InzageAanvraagdocument & { requestId: number }>(
    `select d.request_id as "requestId", d.soort, d.ontvangen_op as "ontvangenOp"
     from exemption_documents d join exemption_requests r on r.id = d.request_id
     where r.person_id = $1 order by d.soort`,
    [id],
  );
  return requests.map((r) => ({
    ...r,
    documenten: documents
      .filter((d) => d.requestId === r.id)
      .map(({ soort, ontvangenOp }) => ({ soort, ontvangenOp })),
  }));
}

/** Every leave request, newest first. */
export function selectLeaveRequests(db: Db, id: number): Promise<InzageVerlofaanvraag[]> {
  return db.query<InzageVerlofaanvraag>(
    `select l.id, l.case_id as "zaakId", s.naam as school, l.van, l.tot_en_met as "totEnMet",
       l.schooldagen, l.reden, l.beslisser, l.bron, l.school_gehoord_op as "schoolGehoordOp",
       l.school_standpunt as "schoolStandpunt", l.besluit, l.datum_besluit as "datumBesluit"
     from leave_requests l left join schools s on s.id = l.school_id
     where l.person_id = $1 order by l.van desc, l.id desc`,
    [id],
  );
}

/** Every objection against a decision in one of the person's cases, newest first. */
export function selectObjections(db: Db, id: number): Promise<InzageBezwaar[]> {
  return db.query<InzageBezwaar>(
    `select o.id, o.case_id as "zaakId", o.besluit, o.datum_besluit as "datumBesluit",
       o.ontvangen_op as "ontvangenOp", o.indiener, o.gronden, o.tijdig, o.beslistermijn,
       o.gehoord_op as "gehoordOp", o.uitkomst, o.beslist_op as "beslistOp"
     from objections o join cases c on c.id = o.case_id
     where c.person_id = $1 order by o.ontvangen_op desc, o.id desc`,
    [id],
  );
}
