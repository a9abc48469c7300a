// SPDX-License-Identifier: EUPL-1.2
/**
 * Reading exemptions: the open requests (what is missing or due first), one request with its
 * checklist, advice and decision, the register of running exemptions on a peildatum, and the
 * DUO register records still to send.
 */
import type { Queryable } from '../../db/connect.ts';
import type { Scope } from '../casework/case-scope.sql.ts';
import { ADVISEURS, artikelDef } from './articles.ts';
import { checklist, renewalDue, timing5b } from './rules.ts';

const NAAM = `concat_ws(' ', p.voornamen, p.voorvoegsel, p.geslachtsnaam)`;
const IN_SCOPE = `($1::text[] is null or c.gemeente_code = any($1::text[]))`;
const scopeParam = (scope: Scope) => (scope === null ? null : [...scope]);
const label = (artikel: string) => artikelDef(artikel)?.label ?? artikel;

/** Open requests and running exemptions with an open task, the earliest due date first. */
export async function openRequests(db: Queryable, scope: Scope) {
  const rows = await db.query<{
    caseId: number;
    personId: number;
    naam: string;
    artikel: string;
    status: string;
    datumAanvraag: string;
    herhalingsverzoek: boolean;
    ontbreekt: string[];
    adviesUiterlijk: string | null;
    eerstVolgende: string | null;
    taak: string | null;
  }>(
    `select c.id as "caseId", p.id as "personId", ${NAAM} as naam, r.artikel, c.status,
            to_char(r.datum_aanvraag, 'YYYY-MM-DD') as "datumAanvraag", r.herhalingsverzoek,
            coalesce((select array_agg(d.soort order by d.id) from exemption_documents d
                       where d.request_id = r.id and d.ontvangen_op is null), '{}') as ontbreekt,
            case when r.advies_ontvangen_op is null then to_char(r.advies_uiterlijk, 'YYYY-MM-DD') end as "adviesUiterlijk",
            to_char(t.vervalt_op, 'YYYY-MM-DD') as "eerstVolgende", t.omschrijving as taak
       from exemption_requests r
       join cases c on c.id = r.case_id
       join persons p on p.id = r.person_id
       left join lateral (select vervalt_op, omschrijving from tasks
                           where case_id = c.id and gedaan_op is null order by vervalt_op limit 1) t on true
      where c.status <> 'AFGESLOTEN' and ${IN_SCOPE}
      order by t.vervalt_op nulls last, r.datum_aanvraag, c.id
      limit 1000`,
    [scopeParam(scope)],
  );
  return rows.map((r) => ({
    ...r,
    artikelLabel: label(r.artikel),
    ontbreekt: checklist(r.artikel, {})
      .filter((i) => r.ontbreekt.includes(i.soort))
      .map((i) => i.label),
  }));
}

/** One request with its checklist, advice, decision and (5b) the timing of the kennisgeving. */
export async function requestDetail(db: Queryable, caseId: number) {
  const [r] = await db.query<{
    id: number;
    personId: number;
    artikel: string;
    datumAanvraag: string;
    herhalingsverzoek: boolean;
    toelichting: string | null;
    bron: string;
    adviseur: keyof typeof ADVISEURS | null;
    adviesGevraagdOp: string | null;
    adviesUiterlijk: string | null;
    adviesOntvangenOp: string | null;
    adviesUitkomst: string | null;
    besluit: string | null;
    datumBesluit: string | null;
    geldigVan: string | null;
    geldigTot: string | null;
    verhuisdOp: string | null;
  }>(
    `select r.id, r.person_id as "personId", r.artikel, to_char(r.datum_aanvraag, 'YYYY-MM-DD') as "datumAanvraag",
            r.herhalingsverzoek, r.toelichting, r.bron, r.adviseur,
            to_char(r.advies_gevraagd_op, 'YYYY-MM-DD') as "adviesGevraagdOp",
            to_char(r.advies_uiterlijk, 'YYYY-MM-DD') as "adviesUiterlijk",
            to_char(r.advies_ontvangen_op, 'YYYY-MM-DD') as "adviesOntvangenOp",
            r.advies_uitkomst as "adviesUitkomst", r.besluit,
            to_char(r.datum_besluit, 'YYYY-MM-DD') as "datumBesluit",
            to_char(r.geldig_van, 'YYYY-MM-DD') as "geldigVan",
            to_char(r.geldig_tot, 'YYYY-MM-DD') as "geldigTot",
            (select to_char(max(v.vanaf), 'YYYY-MM-DD') from residence_periods v
              where v.person_id = r.person_id and v.vanaf <= r.datum_aanvraag) as "verhuisdOp"
       from exemption_requests r where r.case_id = $1`,
    [caseId],
  );
  if (!r) return undefined;
  const docs = await db.query<{ soort: string; ontvangenOp: string | null }>(
    `select soort, to_char(ontvangen_op, 'YYYY-MM-DD') as "ontvangenOp" from exemption_documents where request_id = $1`,
    [r.id],
  );
  const { verhuisdOp, ...rest } = r;
  const def = artikelDef(r.artikel);
  return {
    ...rest,
    artikelLabel: label(r.artikel),
    wettelijk: def?.wettelijk ?? false,
    adviseurLabel: r.adviseur ? ADVISEURS[r.adviseur] : null,
    checklist: checklist(r.artikel, Object.fromEntries(docs.map((d) => [d.soort, d.ontvangenOp]))),
    tijdigheid: r.artikel === '5b' ? timing5b(r.datumAanvraag, verhuisdOp) : null,
  };
}

/** Granted exemptions running on `peildatum` (imported ones too), ending soonest first. */
export async function exemptionRegister(db: Queryable, peildatum: string, scope: Scope) {
  const rows = await db.query<{
    id: number;
    personId: number;
    naam: string;
    artikel: string;
    geldigVan: string | null;
    geldigTot: string | null;
    herhalingsverzoek: boolean;
    caseId: number | null;
  }>(
    `select v.id, p.id as "personId", ${NAAM} as naam, v.artikel,
            to_char(v.geldig_van, 'YYYY-MM-DD') as "geldigVan", to_char(v.geldig_tot, 'YYYY-MM-DD') as "geldigTot",
            v.herhalingsverzoek, v.case_id as "caseId"
       from exemptions v
       join persons p on p.id = v.person_id
       left join cases c on c.id = v.case_id
      where v.besluit = 'toegekend' and (v.geldig_van is null or v.geldig_van <= $2::date)
        and (v.geldig_tot is null or v.geldig_tot >= $2::date)
        and ($1::text[] is null or c.gemeente_code = any($1::text[])
             or exists (select 1 from residence_periods r where r.person_id = p.id and r.gemeente_code = any($1::text[])))
      order by v.geldig_tot nulls last, v.id
      limit 5000`,
    [scopeParam(scope), peildatum],
  );
  return rows.map((r) => ({
    ...r,
    artikelLabel: label(r.artikel),
    wettelijk: artikelDef(r.artikel)?.wettelijk ?? true,
    verlengingsoverleg: r.geldigTot ? renewalDue(r.geldigTot, peildatum) : null,
  }));
}

/**
 * The DUO register records of decisions not yet delivered: per decision on a legal ground the
 * BSN, article, decision and validity (maatwerk is no legal ground and is never reported).
 */
export async function pendingDuoRecords(db: Queryable) {
  const rows = await db.query<{
    id: number;
    bsn: string | null;
    onderwijsnummer: string | null;
    gemeentecode: string | null;
    artikel: string;
    datumAanvraag: string;
    besluit: string;
    datumBesluit: string;
    geldigVan: string | null;
    geldigTot: string | null;
    herhalingsverzoek: boolean;
  }>(
    `select r.id, p.bsn, p.onderwijsnummer, c.gemeente_code as gemeentecode, r.artikel,
            to_char(r.datum_aanvraag, 'YYYY-MM-DD') as "datumAanvraag", r.besluit,
            to_char(r.datum_besluit, 'YYYY-MM-DD') as "datumBesluit",
            to_char(r.geldig_van, 'YYYY-MM-DD') as "geldigVan", to_char(r.geldig_tot, 'YYYY-MM-DD') as "geldigTot",
            r.herhalingsverzoek
       from exemption_requests r join persons p on p.id = r.person_id join cases c on c.id = r.case_id
      where r.besluit is not null and r.duo_verzonden_op is null and r.artikel <> 'maatwerk'
      order by r.datum_besluit, r.id limit 5000`,
  );
  return rows.map((r) => ({ ...r, artikelLabel: label(r.artikel) }));
}

/** Marks DUO records as delivered; a later change (end date) makes one pending again. */
export async function markDuoRecordsSent(
  db: Queryable,
  ids: number[],
  at: string,
): Promise<number> {
  const rows = await db.query(
    `update exemption_requests set duo_verzonden_op = $2 where id = any($1::int[]) and duo_verzonden_op is null returning id`,
    [ids, at],
  );
  return rows.length;
}
