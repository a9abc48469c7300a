// SPDX-License-Identifier: EUPL-1.2
/** DUO's vsv list, Doorstroompunt contacts and trajectories, PRO/VSO follow-up of one person. */
import type { Queryable } from '../../../db/connect.ts';
import type {
  InzageContactpoging,
  InzageEersteContact,
  InzageProVsoNazorg,
  InzageTraject,
  InzageVsvRegistratie,
} from '../inzage-types.ts';

type Db = Pick<Queryable, 'query'>;

/** Every registration on DUO's vsv list, newest first. */
export function selectVsvRegistrations(db: Db, id: number): Promise<InzageVsvRegistratie[]> {
  return db.query<InzageVsvRegistratie>(
    `select v.id, v.case_id as "zaakId", v.datum_uitval as "datumUitval", v.laatste_brin as "laatsteBrin",
       v.opleiding, v.niveau, v.cohort, v.lijstdatum, v.buiten_doelgroep as "buitenDoelgroep"
     from vsv_registrations v where v.person_id = $1 order by v.lijstdatum desc, v.id desc`,
    [id],
  );
}

/** Contact attempts in the person's cases, oldest first. */
export function selectContactAttempts(db: Db, id: number): Promise<InzageContactpoging[]> {
  return db.query<InzageContactpoging>(
    `select k.id, k.case_id as "zaakId", k.datum, k.kanaal, k.resultaat, k.door
     from doorstroompunt_contacts k join cases c on c.id = k.case_id
     where c.person_id = $1 order by k.datum, k.id`,
    [id],
  );
}

/** The first successful contact of each of the person's cases. */
export function selectFirstContacts(db: Db, id: number): Promise<InzageEersteContact[]> {
  return db.query<InzageEersteContact>(
    `select f.id, f.case_id as "zaakId", f.datum, f.dagbesteding, f.inkomenscategorie,
       f.inkomen_peildatum as "inkomenPeildatum", f.door
     from doorstroompunt_first_contacts f join cases c on c.id = f.case_id
     where c.person_id = $1 order by f.datum, f.id`,
    [id],
  );
}

/** Begeleidingstrajecten in the person's cases, oldest first. */
export function selectTrajectories(db: Db, id: number): Promise<InzageTraject[]> {
  return db.query<InzageTraject>(
    `select t.id, t.case_id as "zaakId", t.gestart_op as "gestartOp", t.afspraken,
       t.beeindigd_op as "beeindigdOp", t.uitstroomreden, t.bestemming, t.door
     from doorstroompunt_trajectories t join cases c on c.id = t.case_id
     where c.person_id = $1 order by t.gestart_op, t.id`,
    [id],
  );
}

/** The PRO/VSO follow-up of the person (at most one). */
export function selectProVsoFollowUps(db: Db, id: number): Promise<InzageProVsoNazorg[]> {
  return db.query<InzageProVsoNazorg>(
    `select id, status, datum, door from pro_vso_follow_ups where person_id = $1 order by id`,
    [id],
  );
}
