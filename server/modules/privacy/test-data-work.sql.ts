// SPDX-License-Identifier: EUPL-1.2
/** Plain-SQL test rows in every table later modules added, for one person and one of their cases. */
import { createHash } from 'node:crypto';
import type { Queryable } from '../../db/connect.ts';

type Db = Pick<Queryable, 'query'>;

/** Ids of the rows `insertWorkRows` made, for assertions. */
export interface WorkRows {
  taskId: number;
  submissionId: number;
  meetingId: number;
  adviceId: number;
  timeEntryId: number;
}

/** The storage name of the upload `insertWorkRows` makes for `tag` (32 hex digits, as stored). */
export const opslagnaamOf = (tag: string) => createHash('md5').update(tag).digest('hex');

const id = async (db: Db, text: string, params: unknown[]): Promise<number> => {
  const [row] = await db.query<{ id: number }>(`${text} returning id`, params);
  return row!.id;
};

/**
 * One row in each later-module table for person `p` and case `c` (school `s`, user `u`); `tag`
 * makes unique values (form reference, texts) per person.
 */
export async function insertWorkRows(
  db: Db,
  ids: { p: number; c: number; s: number; u: number },
  tag: string,
): Promise<WorkRows> {
  const { p, c, s, u } = ids;
  const taskId = await id(
    db,
    `insert into tasks (case_id, soort, omschrijving, vervalt_op) values ($1, 'huisbezoek', $2, '2025-03-20')`,
    [c, `Huisbezoek ${tag}`],
  );
  await db.query(
    `insert into outbox_messages (kanaal, aan, onderwerp, inhoud, case_id, status)
     values ('email', $2, 'Uitnodiging voor een gesprek', 'link https://x/t/tok3n', $1, 'verzonden')`,
    [c, `ouder.${tag}@example.nl`],
  );
  const requestId = await id(
    db,
    `insert into exemption_requests (case_id, person_id, artikel, datum_aanvraag, bron) values ($1, $2, '5a', '2025-01-06', 'formulier')`,
    [c, p],
  );
  await db.query(
    `insert into exemption_documents (request_id, soort, ontvangen_op) values ($1, 'verklaring_arts', '2025-01-20')`,
    [requestId],
  );
  await db.query(
    `insert into leave_requests (case_id, person_id, school_id, van, tot_en_met, schooldagen, reden, beslisser, bron)
     values ($1, $2, $3, '2025-05-12', '2025-05-16', 5, $4, 'leerplichtambtenaar', 'formulier')`,
    [c, p, s, `bruiloft ${tag}`],
  );
  await db.query(
    `insert into objections (case_id, besluit, vorige_status, datum_besluit, ontvangen_op, indiener, gronden, tijdig, termijn_einde, beslistermijn)
     values ($1, 'geweigerd', 'besloten', '2025-04-20', '2025-05-01', 'ouder', $2, true, '2025-06-01', '2025-06-26')`,
    [c, `gronden ${tag}`],
  );
  const episodeId = await id(
    db,
    `insert into thuiszitter_episodes (person_id, case_id, school_id, startdatum, type, oorzaak, regie)
     values ($1, $2, $3, '2025-02-01', 'zonder_inschrijving', 'onbekend', 'leerplicht')`,
    [p, c, s],
  );
  await db.query(
    `insert into thuiszitter_tasks (task_id, episode_id, drempel) values ($1, $2, '4_weken')`,
    [taskId, episodeId],
  );
  await db.query(
    `insert into vsv_registrations (person_id, datum_uitval, laatste_brin, cohort, lijstdatum, case_id)
     values ($1, '2024-10-01', '12AB', 'nieuw', '2024-11-01', $2)`,
    [p, c],
  );
  await db.query(
    `insert into doorstroompunt_contacts (case_id, datum, kanaal, resultaat, door) values ($1, '2024-11-05', 'whatsapp', 'bereikt', 'consulent.a')`,
    [c],
  );
  await db.query(
    `insert into doorstroompunt_first_contacts (case_id, datum, dagbesteding, inkomenscategorie, inkomen_peildatum, door)
     values ($1, '2024-11-05', 'geen', 'geen_inkomen', '2024-11-01', 'consulent.a')`,
    [c],
  );
  await db.query(
    `insert into doorstroompunt_trajectories (case_id, gestart_op, door) values ($1, '2024-11-10', 'consulent.a')`,
    [c],
  );
  await db.query(
    `insert into pro_vso_follow_ups (person_id, status, datum, door) values ($1, 'bezocht', '2025-01-15', 'consulent.a')`,
    [p],
  );
  const submissionId = await id(
    db,
    `insert into form_submissions (referentie, formulier, versie, antwoorden, person_id, case_id, status, door, ingediend_op)
     values ($1, 'verlof', 1, $2, $3, $4, 'gekoppeld', 'formulier', '2025-04-02T08:00:00Z')`,
    [
      `VL-${tag}`,
      JSON.stringify({
        reden: `bruiloft ${tag}`,
        ouderNaam: `Ouder ${tag}`,
        email: `o.${tag}@x.nl`,
      }),
      p,
      c,
    ],
  );
  await db.query(
    `insert into form_uploads (submission_id, veld, bestandsnaam, mediatype, grootte, sha256, opslagnaam)
     values ($1, 'bewijsstuk', $2, 'application/pdf', 2048, 'abc', $3)`,
    [submissionId, `uitnodiging-${tag}.pdf`, opslagnaamOf(tag)],
  );
  const meetingId = await id(
    db,
    `insert into office_meetings (soort, titel, datum, categorie, direct_betrokken, case_id, advies, advies_reden, ring, modus, aangevraagd_door, deelnemer_ids)
     values ('mdo', $2, '2025-02-10', 'essentieel', true, $1, 'fysiek', 'casus', 1, 'normaal', 'school', '[1, 2, 3]')`,
    [c, `MDO ${tag}`],
  );
  const adviceId = await id(
    db,
    `insert into office_advice_questions (datum, van, onderwerp, person_id) values ('2025-01-08', 'school', $2, $1)`,
    [p, `vraag ${tag}`],
  );
  await db.query(
    `insert into office_transfer_reviews (person_id, schooljaar, moment, datum, afspraken) values ($1, '2024-2025', 1, '2024-10-15', $2)`,
    [p, `afspraak ${tag}`],
  );
  const timeEntryId = await id(
    db,
    `insert into office_time_entries (user_id, datum, minuten, soort, case_id, notitie) values ($1, '2025-02-10', 45, 'mdo', $2, $3)`,
    [u, c, `notitie ${tag}`],
  );
  const [template] = await db.query<{ id: number }>(
    `insert into letter_templates (sleutel, versie, titel, inhoud, gewijzigd_door)
     values ($1, 1, 'Uitnodiging', 'x', 'test') returning id`,
    [`uitnodiging-${tag}`],
  );
  await db.query(
    `insert into letters (case_id, template_id, geadresseerden, gegevens, pdf, door) values ($1, $2, '[]', '{}', '\\x00'::bytea, 'consulent.a')`,
    [c, template!.id],
  );
  await db.query(
    `insert into appointments (case_id, tijdstip, locatie) values ($1, '2025-03-10T09:00:00Z', 'Stadhuis')`,
    [c],
  );
  await db.query(
    `insert into form_tokens (token_hash, formulier, case_id, verloopt_op) values ($1, 'feedback', $2, '2025-04-01T00:00:00Z')`,
    [`hash-${tag}`, c],
  );
  return { taskId, submissionId, meetingId, adviceId, timeEntryId };
}
