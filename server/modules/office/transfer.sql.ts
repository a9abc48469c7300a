// SPDX-License-Identifier: EUPL-1.2
/** VO→MBO transfer: final-year pupils without an mbo enrolment, their reviews and results. */
import type { Queryable } from '../../db/connect.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { isFinalYear, nextMoment, transferMomentDue } from './transfer.ts';

export interface TransferPupil {
  personId: number;
  naam: string;
  geboortedatum: string;
  school: string;
  niveau: string | null;
  gemeenteCode: string;
  momenten: number[];
  volgendMoment: 1 | 2 | 3 | null;
  volgendMomentUiterlijk: string | null;
  laatsteAfspraken: string | null;
  resultaat: string | null;
}

interface Candidate {
  personId: number;
  naam: string;
  geboortedatum: string;
  school: string;
  niveau: string | null;
  leerjaar: number | null;
  datumInschrijving: string;
  datumUitschrijving: string | null;
  gemeenteCode: string;
}

/**
 * Final-year VO pupils of the school year starting `startYear` (see transfer.ts) who have no mbo
 * enrolment starting in or after that year, with their reviews; what is due first on top.
 */
export async function transferList(db: Queryable, startYear: number): Promise<TransferPupil[]> {
  const van = `${startYear}-08-01`;
  const totEnMet = `${startYear + 1}-07-31`;
  const schooljaar = `${startYear}-${startYear + 1}`;
  const candidates = await db.query<Candidate>(
    `select distinct on (p.id) p.id as "personId",
            concat_ws(' ', p.voornamen, p.voorvoegsel, p.geslachtsnaam) as naam,
            to_char(p.geboortedatum, 'YYYY-MM-DD') as geboortedatum, s.naam as school, e.niveau, e.leerjaar,
            to_char(e.datum_inschrijving, 'YYYY-MM-DD') as "datumInschrijving",
            to_char(e.datum_uitschrijving, 'YYYY-MM-DD') as "datumUitschrijving", s.gemeente_code as "gemeenteCode"
       from enrolments e join persons p on p.id = e.person_id join schools s on s.id = e.school_id
      where e.sector = 'VO' and e.datum_inschrijving <= $2 and (e.datum_uitschrijving is null or e.datum_uitschrijving >= $1)
        and p.datum_overlijden is null
        and not exists (select 1 from enrolments m where m.person_id = p.id and m.sector = 'MBO' and m.datum_inschrijving >= $1)
      order by p.id, e.datum_inschrijving desc`,
    [van, totEnMet],
  );
  const finals = candidates.filter((c) => isFinalYear(c, startYear));
  if (finals.length === 0) return [];
  const reviews = await db.query<{
    personId: number;
    moment: number;
    afspraken: string | null;
    resultaat: string | null;
  }>(
    `select person_id as "personId", moment, afspraken, resultaat from office_transfer_reviews
      where schooljaar = $1 and person_id = any($2::int[]) order by datum, id`,
    [schooljaar, finals.map((f) => f.personId)],
  );
  const due = transferMomentDue(startYear);
  const pupils = finals.map((c): TransferPupil => {
    const own = reviews.filter((r) => r.personId === c.personId);
    const momenten = [...new Set(own.map((r) => r.moment))].sort();
    const resultaat = own.findLast((r) => r.resultaat)?.resultaat ?? null;
    const volgend = resultaat ? null : nextMoment(momenten);
    return {
      personId: c.personId,
      naam: c.naam,
      geboortedatum: c.geboortedatum,
      school: c.school,
      niveau: c.niveau,
      gemeenteCode: c.gemeenteCode,
      momenten,
      volgendMoment: volgend,
      volgendMomentUiterlijk: volgend ? due[volgend] : null,
      laatsteAfspraken: own.findLast((r) => r.afspraken)?.afspraken ?? null,
      resultaat,
    };
  });
  const key = (p: TransferPupil) => p.volgendMomentUiterlijk ?? '9999-12-31';
  return pupils.sort((a, b) => key(a).localeCompare(key(b)) || a.naam.localeCompare(b.naam));
}

/** Records one overstaptafel review for a pupil: agreements and, when known, the result. */
export async function recordTransferReview(
  db: Queryable,
  r: {
    personId: number;
    schooljaar: string;
    moment: 1 | 2 | 3;
    datum: string;
    afspraken: string | null;
    resultaat: string | null;
    minuten: number | null;
  },
  userId: number | null,
): Promise<number> {
  const [person] = await db.query('select 1 from persons where id = $1', [r.personId]);
  if (!person) {
    throw new DomainFailure({
      code: 'office.unknown_person',
      kind: 'invalid',
      message: 'Deze persoon bestaat niet.',
    });
  }
  const [row] = await db.query<{ id: number }>(
    `insert into office_transfer_reviews (person_id, schooljaar, moment, datum, afspraken, resultaat, minuten, user_id)
     values ($1,$2,$3,$4,$5,$6,$7,$8) returning id`,
    [r.personId, r.schooljaar, r.moment, r.datum, r.afspraken, r.resultaat, r.minuten, userId],
  );
  return row!.id;
}
