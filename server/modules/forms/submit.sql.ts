// SPDX-License-Identifier: EUPL-1.2
/**
 * Stores a confirmed submission (nothing is stored before): checks it again, checks the documents,
 * finds the person (BSN + date of birth), puts it into the work, queues the e-mail receipt and
 * writes the audit entry, all in one transaction.
 */
import { createHash } from 'node:crypto';
import type { Database, Queryable } from '../../db/connect.ts';
import { recordAudit } from '../audit/index.ts';
import { enqueueMessage } from '../outbox/index.ts';
import type { SchoolCalendar } from '../rules/index.ts';
import { currentDefinition, type FormDefinition, type Formulier } from './definitions/index.ts';
import { formInvalid } from './errors.ts';
import type { Antwoorden } from './fields.ts';
import { newReference } from './form-token.ts';
import { putIntoWork, type WorkResult } from './into-work.sql.ts';
import { matchPerson } from './person-match.sql.ts';
import { receiptAddress, receiptText } from './receipt.ts';
import { safeFileName, sniffMediatype, uploadProblem, type VirusScanner } from './upload.ts';
import { storeUpload } from './upload-store.ts';
import { checkForm, type Fout } from './validate.ts';

export interface Bestand {
  veld: string;
  bestandsnaam: string;
  content: Uint8Array;
}

export interface SubmitOptions {
  today: string;
  now: Date;
  calendar: SchoolCalendar;
  /** Folder for documents (`<AANWEZIG_DATA_DIR>/formulieren`). */
  uploadDir: string;
  scanner: VirusScanner;
}

export interface Receipt {
  referentie: string;
  id: number;
}

/** The checked answers of `formulier`, with file fields filled from the files; throws `forms.invalid`. */
export async function checkedAnswers(
  definition: FormDefinition,
  antwoorden: Antwoorden,
  bestanden: Bestand[],
  options: Pick<SubmitOptions, 'today' | 'calendar' | 'scanner'>,
): Promise<Antwoorden> {
  const input = { ...antwoorden };
  const fouten: Fout[] = [];
  for (const veld of definition.velden.filter((v) => v.soort === 'bestand')) {
    const file = bestanden.find((b) => b.veld === veld.naam);
    delete input[veld.naam];
    if (!file) continue;
    input[veld.naam] = safeFileName(file.bestandsnaam);
    const problem = uploadProblem(file.content) ?? (await scanProblem(file, options.scanner));
    if (problem) fouten.push({ veld: veld.naam, melding: problem });
  }
  const checked = checkForm(definition, input, options);
  const all = [...fouten, ...checked.fouten.filter((f) => !fouten.some((g) => g.veld === f.veld))];
  if (all.length) throw formInvalid(all);
  return checked.antwoorden;
}

async function scanProblem(file: Bestand, scanner: VirusScanner): Promise<string | undefined> {
  const verdict = await scanner(file.content, {
    bestandsnaam: file.bestandsnaam,
    mediatype: sniffMediatype(file.content)!,
  });
  return verdict.schoon
    ? undefined
    : 'Dit bestand kunnen wij niet aannemen. Kies een ander bestand.';
}

/** A public form (leave, exemption, help request): stores it and puts it into the work when matched. */
export async function submitPublicForm(
  database: Database,
  formulier: Exclude<Formulier, 'beginnend-verzuim' | 'feedback'>,
  input: { antwoorden: Antwoorden; bestanden: Bestand[] },
  options: SubmitOptions,
): Promise<Receipt> {
  const definition = currentDefinition(formulier);
  const antwoorden = await checkedAnswers(definition, input.antwoorden, input.bestanden, options);
  const uploads = await storeFiles(definition, antwoorden, input.bestanden, options.uploadDir);
  return database.transaction(async (tx) => {
    const personId = await matchPerson(tx, antwoorden.bsn, antwoorden.geboortedatum);
    const referentie = newReference(definition.code);
    const work = personId
      ? await putIntoWork(tx, {
          formulier,
          personId,
          antwoorden,
          referentie,
          actor: 'formulier',
          today: options.today,
        })
      : null;
    const id = await insertSubmission(tx, {
      definition,
      referentie,
      antwoorden,
      personId,
      work,
      door: 'formulier',
      now: options.now,
    });
    for (const u of uploads) {
      await tx.query(
        `insert into form_uploads (submission_id, veld, bestandsnaam, mediatype, grootte, sha256, opslagnaam)
         values ($1, $2, $3, $4, $5, $6, $7)`,
        [id, u.veld, u.bestandsnaam, u.mediatype, u.grootte, u.sha256, u.opslagnaam],
      );
    }
    await sendReceipt(tx, definition, antwoorden, referentie, work?.caseId);
    await auditSubmission(tx, 'formulier', definition, id, personId, work);
    return { referentie, id };
  });
}

async function storeFiles(
  definition: FormDefinition,
  antwoorden: Antwoorden,
  bestanden: Bestand[],
  dir: string,
) {
  const stored = [];
  for (const file of bestanden) {
    if (!antwoorden[file.veld] || !definition.velden.some((v) => v.naam === file.veld)) continue;
    stored.push({
      veld: file.veld,
      bestandsnaam: antwoorden[file.veld]!,
      mediatype: sniffMediatype(file.content)!,
      grootte: file.content.length,
      sha256: createHash('sha256').update(file.content).digest('hex'),
      opslagnaam: await storeUpload(dir, file.content),
    });
  }
  return stored;
}

/** Inserts the submission row; returns its id. */
export async function insertSubmission(
  tx: Queryable,
  s: {
    definition: FormDefinition;
    referentie: string;
    antwoorden: Antwoorden;
    personId: number | null;
    work: WorkResult | null;
    door: string;
    now: Date;
  },
): Promise<number> {
  const [row] = await tx.query<{ id: number }>(
    `insert into form_submissions
       (referentie, formulier, versie, antwoorden, person_id, case_id, task_id, status, door, ingediend_op)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
    [
      s.referentie,
      s.definition.formulier,
      s.definition.versie,
      JSON.stringify(s.antwoorden),
      s.personId,
      s.work?.caseId ?? null,
      s.work?.taskId ?? null,
      s.work ? 'gekoppeld' : 'niet_gekoppeld',
      s.door,
      s.now.toISOString(),
    ],
  );
  return row!.id;
}

/** Queues the e-mail receipt with the reference number (no answers in it). */
export async function sendReceipt(
  tx: Queryable,
  definition: FormDefinition,
  antwoorden: Antwoorden,
  referentie: string,
  caseId: number | undefined,
): Promise<void> {
  const aan = receiptAddress(antwoorden);
  if (!aan) return;
  await enqueueMessage(tx, {
    kanaal: 'email',
    aan,
    ...receiptText(definition, referentie),
    caseId,
  });
}

/** The audit entry of a submission: ids and the form only. */
export async function auditSubmission(
  tx: Queryable,
  actor: string,
  definition: FormDefinition,
  id: number,
  personId: number | null,
  work: WorkResult | null,
): Promise<void> {
  await recordAudit(tx, {
    actor,
    actie: 'forms.submitted',
    onderwerpSoort: personId ? 'person' : 'form_submission',
    onderwerpId: String(personId ?? id),
    doel: 'formulier ontvangen',
    details: {
      inzendingId: id,
      formulier: definition.formulier,
      versie: definition.versie,
      gekoppeld: personId !== null,
      zaakId: work?.caseId ?? null,
    },
  });
}
