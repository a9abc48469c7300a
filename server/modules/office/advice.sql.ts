// SPDX-License-Identifier: EUPL-1.2
/** Advice and consultation questions (seed 001 "informatie en advies"): short registrations. */
import type { Queryable } from '../../db/connect.ts';
import { DomainFailure } from '../../lib/errors.ts';
import type { AdviceSource } from '../../../shared/office-kinds.ts';

export interface NewAdviceQuestion {
  datum: string;
  van: AdviceSource;
  onderwerp: string;
  personId: number | null;
  schoolId: number | null;
  gemeenteCode: string | null;
  minuten: number | null;
}

/** Registers a question; a person is optional and must exist when given. */
export async function createAdviceQuestion(
  db: Queryable,
  q: NewAdviceQuestion,
  userId: number | null,
): Promise<number> {
  if (q.personId !== null) {
    const [found] = await db.query('select 1 from persons where id = $1', [q.personId]);
    if (!found) {
      throw new DomainFailure({
        code: 'office.unknown_person',
        kind: 'invalid',
        message: 'Deze persoon bestaat niet.',
      });
    }
  }
  const [row] = await db.query<{ id: number }>(
    `insert into office_advice_questions (datum, van, onderwerp, person_id, school_id, gemeente_code, minuten, user_id)
     values ($1,$2,$3,$4,$5,$6,$7,$8) returning id`,
    [q.datum, q.van, q.onderwerp, q.personId, q.schoolId, q.gemeenteCode, q.minuten, userId],
  );
  return row!.id;
}

/** Questions in a period, newest first; only whether a person was involved (the list is for all office roles). */
export async function listAdviceQuestions(db: Queryable, span: { van: string; totEnMet: string }) {
  return db.query<
    Omit<NewAdviceQuestion, 'personId'> & {
      id: number;
      overPersoon: boolean;
      school: string | null;
      medewerker: string | null;
    }
  >(
    `select q.id, to_char(q.datum, 'YYYY-MM-DD') as datum, q.van, q.onderwerp, q.person_id is not null as "overPersoon",
            q.school_id as "schoolId", q.gemeente_code as "gemeenteCode", q.minuten,
            s.naam as school, u.naam as medewerker
       from office_advice_questions q left join schools s on s.id = q.school_id left join users u on u.id = q.user_id
      where q.datum between $1 and $2 order by q.datum desc, q.id desc`,
    [span.van, span.totEnMet],
  );
}
