// SPDX-License-Identifier: EUPL-1.2
/**
 * Taking one step in a case: the state machine says whether the step is allowed and which fields
 * it needs; guards use the rules engine (Halt); the step is written as a dated case event (an
 * intervention is a record a report can count), moves the state, sets the outcome and the DUO
 * status of the case's meldingen, and plans the letter and tasks it implies — all in one
 * transaction with its audit entry. Proces-verbaal steps are police data (WPG) in the audit trail.
 */
import type { Database, Queryable } from '../../db/connect.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import {
  addDays,
  checkHalt,
  checkPreventiefGesprek,
  luxeverzuimAfdoening,
  type RuleSettings,
} from '../rules/index.ts';
import { runStepEffect } from './effects.sql.ts';
import { listPolicyModes, modeOn } from './policy-mode.sql.ts';
import {
  checkFields,
  isOpen,
  outcomeOf,
  RING_OF_VORM,
  transitionFor,
  type CaseState,
  type FieldProblem,
  type TransitionDef,
} from './lifecycle.ts';

export interface StepInput {
  caseId: number;
  actie: string;
  velden: Record<string, unknown>;
  actor: { id: number | null; gebruikersnaam: string };
  today: string;
  settings: RuleSettings;
}

const invalid = (message: string, problems: FieldProblem[] = []) =>
  new DomainFailure({
    code: 'cases.step_invalid',
    kind: 'invalid',
    message,
    details: { velden: problems },
  });

export async function takeStep(
  database: Database,
  input: StepInput,
): Promise<{ toestand: CaseState }> {
  const def = transitionFor(input.actie);
  if (!def) throw invalid(`Onbekende stap '${input.actie}'.`);
  return database.transaction(async (tx) => {
    const [current] = await tx.query<{
      status: CaseState;
      soort: string;
      personId: number;
      geboortedatum: string;
    }>(
      `select c.status, c.soort, c.person_id as "personId", to_char(p.geboortedatum, 'YYYY-MM-DD') as geboortedatum
         from cases c join persons p on p.id = c.person_id where c.id = $1 for update of c`,
      [input.caseId],
    );
    if (!current) {
      throw new DomainFailure({
        code: 'cases.not_found',
        kind: 'not_found',
        message: 'Dit dossier bestaat niet.',
      });
    }
    if (
      !(def.van as readonly string[]).includes(current.status) ||
      (def.werkproces ?? 'relatief_verzuim') !== current.soort
    ) {
      throw new DomainFailure({
        code: 'cases.step_not_allowed',
        kind: 'conflict',
        message: `De stap '${def.label}' kan niet vanuit de fase waarin dit dossier nu is.`,
      });
    }
    const problems = checkFields(def, input.velden);
    if (problems.length) throw invalid('Controleer de gegevens van deze stap.', problems);
    await checkGuard(tx, def, current, input);
    await apply(tx, def, current.status, input);
    if (def.effect) {
      await runStepEffect(def.effect, tx, {
        caseId: input.caseId,
        personId: current.personId,
        actie: def.actie,
        velden: input.velden,
        today: input.today,
        actor: input.actor,
      });
      // An effect may move the case itself (a beslissing op bezwaar returns to the earlier state).
      const [after] = await tx.query<{ status: CaseState }>(
        'select status from cases where id = $1',
        [input.caseId],
      );
      if (after) return { toestand: after.status };
    }
    return { toestand: def.naar ?? current.status };
  });
}

async function checkGuard(
  tx: Queryable,
  def: TransitionDef,
  current: { personId: number; geboortedatum: string },
  input: StepInput,
) {
  if (def.guard === 'halt') {
    const earlier = await tx.query(
      `select 1 from case_events e join cases c on c.id = e.case_id
        where c.person_id = $1 and e.soort = 'halt_verwijzing' limit 1`,
      [current.personId],
    );
    const result = checkHalt(
      {
        geboortedatum: current.geboortedatum,
        datum: String(input.velden.datum),
        verzuimuren: Number(input.velden.verzuimuren),
        eerderHalt: earlier.length > 0,
      },
      input.settings,
    );
    if (!result.verwijsbaar) {
      throw invalid(
        `Verwijzen naar Halt kan niet: ${result.redenen.filter((r) => r.startsWith('niet voldaan')).join('; ')}`,
      );
    }
  }
  if (def.guard === 'preventief_eens_per_schooljaar') {
    const earlier = await tx.query<{ datum: string }>(
      `select to_char(e.datum, 'YYYY-MM-DD') as datum from case_events e join cases c on c.id = e.case_id
        where c.person_id = $1 and e.soort = 'preventief_gestart'`,
      [current.personId],
    );
    const check = checkPreventiefGesprek(
      input.today,
      earlier.map((e) => e.datum),
      input.settings,
    );
    if (!check.toegestaan) {
      throw invalid(`Het preventieve traject kan niet: ${check.uitleg.join('; ')}`);
    }
    const ring = RING_OF_VORM[String(input.velden.vorm)] ?? 1;
    const mode = modeOn(await listPolicyModes(tx), input.today);
    if (mode && !mode.ringen.includes(ring)) {
      throw invalid(
        `De beleidsmodus '${mode.modus}' (vanaf ${mode.vanaf}: ${mode.reden}) voert ring ${ring} nu niet uit: ${ring === 2 ? 'preventieve gesprekken alleen online' : 'geen preventieve gesprekken'} (seed 003 §5).`,
        [{ veld: 'vorm', melding: `Ring ${ring} is nu niet actief.` }],
      );
    }
  }
  if (def.guard === 'luxe_waarschuwing') await checkLuxeWarning(tx, current, input);
}

/** Luxeverzuim: a warning only for a first offence up to the regional number of days (R32, R33). */
async function checkLuxeWarning(tx: Queryable, current: { personId: number }, input: StepInput) {
  const [luxe] = await tx.query(
    `select 1 from absence_reports where case_id = $1 and verzuimsoort = 'luxe' limit 1`,
    [input.caseId],
  );
  if (!luxe) return;
  const dagen = input.velden.dagenLuxeverzuim;
  if (typeof dagen !== 'number') {
    throw invalid('Controleer de gegevens van deze stap.', [
      { veld: 'dagenLuxeverzuim', melding: 'Vul bij luxeverzuim het aantal dagen in.' },
    ]);
  }
  const earlier = await tx.query(
    `select 1 from case_events e join cases c on c.id = e.case_id
      where c.person_id = $1
        and ((e.soort = 'waarschuwing' and e.gegevens ? 'dagenLuxeverzuim')
          or (e.soort = 'proces_verbaal' and e.gegevens->>'afdoening' = 'pv_luxe')) limit 1`,
    [current.personId],
  );
  const result = luxeverzuimAfdoening(
    { datum: input.today, dagen, eersteOvertreding: earlier.length === 0 },
    input.settings,
  );
  if (result.afdoening === 'proces_verbaal') {
    throw invalid(
      `Een waarschuwing kan hier niet, het wordt een proces-verbaal: ${result.uitleg.join('; ')}`,
    );
  }
}

async function apply(tx: Queryable, def: TransitionDef, from: CaseState, input: StepInput) {
  const afdoening = outcomeOf(def, input.velden);
  const to = def.naar ?? from;
  const closing = !isOpen(to);
  const monitoringTot = def.actie === 'wijkteam' ? addDays(String(input.velden.datum), 42) : null;
  await tx.query(
    `update cases set status = $2, afdoening = coalesce($3, afdoening),
            gesloten_op = case when $4::boolean then $5::date else gesloten_op end,
            monitoring_tot = coalesce($6::date, monitoring_tot)
      where id = $1`,
    [input.caseId, to, afdoening ?? null, closing, input.today, monitoringTot],
  );
  if (def.duo) {
    await tx.query(
      `update absence_reports set duo_status = $2, afdoening = coalesce($3, afdoening),
              duo_sluitreden = $4, duo_toelichting = $5, duo_gewijzigd_op = now(), duo_verzonden_op = null
        where case_id = $1 and (duo_status is distinct from 'afgesloten')`,
      [
        input.caseId,
        def.duo,
        afdoening ?? null,
        closing ? String(input.velden.duoSluitreden ?? '') || null : null,
        closing ? String(input.velden.duoToelichting ?? '') || null : null,
      ],
    );
  }
  await tx.query(
    `insert into case_events (case_id, soort, datum, gegevens, user_id)
     select $1, soort, $3, gegevens, $5 from unnest(array[$2, 'status'], array[$4::jsonb, $6::jsonb]) as e(soort, gegevens)
      where soort <> 'status' or $7::boolean`,
    [
      input.caseId,
      def.gebeurtenis,
      input.today,
      JSON.stringify({ ...input.velden, ...(afdoening ? { afdoening } : {}) }),
      input.actor.id,
      JSON.stringify({ van: from, naar: to, stap: def.actie }),
      to !== from,
    ],
  );
  if (def.brief) {
    await tx.query(
      `insert into case_events (case_id, soort, datum, gegevens, user_id) values ($1, 'brief_gepland', $2, $3, $4)`,
      [input.caseId, input.today, JSON.stringify({ sleutel: def.brief }), input.actor.id],
    );
  }
  if (monitoringTot) {
    await tx.query(
      `insert into tasks (case_id, soort, omschrijving, vervalt_op, toegewezen_aan)
       select $1, 'monitoring_einde', 'Monitoring na overdracht aan het wijkteam loopt af (6 weken, R35)', $2, toegewezen_aan from cases where id = $1`,
      [input.caseId, monitoringTot],
    );
  }
  if (closing) {
    await tx.query(`update tasks set gedaan_op = now() where case_id = $1 and gedaan_op is null`, [
      input.caseId,
    ]);
  }
  await recordAudit(tx, {
    actor: input.actor.gebruikersnaam,
    actie: `cases.${def.actie}`,
    onderwerpSoort: 'case',
    onderwerpId: String(input.caseId),
    doel: 'casework',
    details: { van: from, naar: to },
    categorie:
      def.gebeurtenis === 'proces_verbaal' || def.gebeurtenis === 'om_uitkomst' ? 'wpg' : 'avg',
  });
}
