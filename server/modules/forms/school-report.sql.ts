// SPDX-License-Identifier: EUPL-1.2
/**
 * The preventive melding by a school ("beginnend verzuim"): it becomes a verzuimmelding through
 * the same path as `POST /api/meldingen` — the import validation and intake of
 * `importCsv('verzuimmeldingen')` — with verzuimsoort `beginnend`. Criterion 5 of seed 003 (at
 * most once per pupil per school year) is checked with the rules engine first.
 */
import { stringify } from 'csv-stringify/sync';
import type { Database, Queryable } from '../../db/connect.ts';
import { importCsv } from '../imports/import-csv.sql.ts';
import { KINDS } from '../imports/kinds/index.ts';
import { checkPreventiefGesprek } from '../rules/index.ts';
import { loadRuleSettings } from '../settings/settings.sql.ts';
import { currentDefinition } from './definitions/index.ts';
import { formInvalid } from './errors.ts';
import type { Antwoorden } from './fields.ts';
import { newReference } from './form-token.ts';
import { matchPerson } from './person-match.sql.ts';
import {
  auditSubmission,
  checkedAnswers,
  insertSubmission,
  sendReceipt,
  type Receipt,
  type SubmitOptions,
} from './submit.sql.ts';

const definition = currentDefinition('beginnend-verzuim');

/** Files the melding; an unknown BSN + date of birth waits in the worklist to be linked by hand. */
export async function submitSchoolReport(
  database: Database,
  input: { antwoorden: Antwoorden; brin: string; door: string },
  options: SubmitOptions,
): Promise<Receipt> {
  const antwoorden = await checkedAnswers(definition, input.antwoorden, [], options);
  antwoorden.brin = input.brin;
  const personId = await matchPerson(database, antwoorden.bsn, antwoorden.geboortedatum);
  if (personId) await checkOncePerYear(database, personId, options.today);
  const referentie = newReference(definition.code);
  const caseId = personId
    ? await fileMelding(database, antwoorden, referentie, input.door, options.today)
    : null;
  return database.transaction(async (tx) => {
    const work = caseId ? { caseId, taskId: null } : null;
    const id = await insertSubmission(tx, {
      definition,
      referentie,
      antwoorden,
      personId,
      work,
      door: input.door,
      now: options.now,
    });
    await sendReceipt(tx, definition, antwoorden, referentie, caseId ?? undefined);
    await auditSubmission(tx, input.door, definition, id, personId, work);
    return { referentie, id };
  });
}

async function checkOncePerYear(db: Queryable, personId: number, today: string): Promise<void> {
  const earlier = await db.query<{ datum: string }>(
    `select to_char(gemeld_op, 'YYYY-MM-DD') as datum from absence_reports
      where person_id = $1 and verzuimsoort = 'beginnend'`,
    [personId],
  );
  const verdict = checkPreventiefGesprek(
    today,
    earlier.map((e) => e.datum),
    await loadRuleSettings(db),
  );
  if (!verdict.toegestaan) {
    throw formInvalid([
      {
        veld: 'bsn',
        melding:
          'Voor deze leerling is dit schooljaar al een preventieve aanpak ingezet. Die kan één keer per schooljaar. Meld het verzuim als het 16 uur in 4 weken is.',
      },
    ]);
  }
}

/**
 * Files the melding as `POST /api/meldingen` does and returns the case it joined. Called for a
 * matched submission, and again when staff link an unmatched one.
 */
export async function fileMelding(
  database: Database,
  a: Antwoorden,
  referentie: string,
  door: string,
  today: string,
): Promise<number> {
  const criteria = ['verwijtbaar', 'herhaald', 'zorg', 'doelmatig'].map(
    (c) => `${c}: ${a[c] ?? '-'}`,
  );
  const row: Record<string, string> = {
    meldingnummer: referentie,
    bsn: a.bsn ?? '',
    geboortedatum: a.geboortedatum ?? '',
    brin: a.brin ?? '',
    vestiging: a.vestiging ?? '00',
    verzuimsoort: 'beginnend',
    verzuim_van: a.verzuimVan ?? '',
    verzuim_uren: a.verzuimUren ?? '',
    vermoedelijke_reden: `preventieve aanpak (${criteria.join(', ')})`.slice(0, 200),
    actie_school: a.actieSchool ?? '',
    actie_gewenst: 'ja',
    gemeld_op: today,
    melder_naam: a.melderNaam ?? '',
    melder_functie: a.melderFunctie ?? '',
    melder_email: a.melderEmail ?? '',
    melder_telefoon: a.melderTelefoon ?? '',
  };
  const columns = KINDS.verzuimmeldingen.columns;
  const csv = stringify([columns, columns.map((c) => row[c] ?? '')]);
  const outcome = await importCsv(database, csv, {
    soort: 'verzuimmeldingen',
    bestandsnaam: 'formulier',
    door,
    today,
  });
  if (outcome.resultaat === 'geweigerd' || outcome.summary.nieuw !== 1) {
    throw formInvalid(
      outcome.summary.fouten.map((f) => ({
        veld: FIELD_OF[f.kolom ?? ''] ?? 'bsn',
        melding: f.melding,
      })),
    );
  }
  const [melding] = await database.query<{ caseId: number }>(
    'select case_id as "caseId" from absence_reports where meldingnummer = $1',
    [referentie],
  );
  return melding!.caseId;
}

const FIELD_OF: Record<string, string> = {
  bsn: 'bsn',
  geboortedatum: 'geboortedatum',
  brin: 'bsn',
  vestiging: 'vestiging',
  verzuim_van: 'verzuimVan',
  verzuim_uren: 'verzuimUren',
  actie_school: 'actieSchool',
  melder_email: 'melderEmail',
};
