// SPDX-License-Identifier: EUPL-1.2
/**
 * Makes the letters of one kind for a case: the current template version, one letter per address,
 * each merged and rendered as PDF, then stored with a case event and an audit entry in one
 * transaction. Nothing is stored unless every letter could be made.
 */
import type { Database, Queryable } from '../../db/connect.ts';
import { DomainFailure, domainError } from '../../lib/errors.ts';
import { loadConfig } from '../../config.ts';
import { recordAudit } from '../audit/index.ts';
import { invitationLink } from '../forms/appointment-qr.sql.ts';
import type { IsoDate } from '../rules/index.ts';
import { decideAddressees, type Ontvanger, type Overgeslagen } from './addressees.ts';
import { gatherCaseFacts, senderName } from './letter-facts.sql.ts';
import { caseMergeData, datumNl, letterMergeData, type Extra } from './letter-data.ts';
import { renderLetterPdf } from './letter-pdf.ts';
import type { MergeData } from './merge-fields.ts';
import { mergeTemplate } from './merge.ts';
import { currentTemplate, type StoredTemplate } from './templates.sql.ts';

export interface CreateLetterInput {
  caseId: number;
  /** The template key, e.g. `kennisgevingsbrief`. */
  sleutel: string;
  extra?: Extra | undefined;
  /** Gebruikersnaam of who makes the letter (`systeem` for jobs). */
  door: string;
  today: IsoDate;
}

/** A letter as stored, without its PDF. */
export interface CreatedLetter {
  id: number;
  ontvangers: Ontvanger[];
  adresregels: string[];
  redenWeggelaten: boolean;
}

export interface CreateLetterResult {
  sleutel: string;
  versie: number;
  brieven: CreatedLetter[];
  /** Parents (or the adult young person) who got no letter, and why. */
  overgeslagen: Overgeslagen[];
}

interface Prepared extends Omit<CreatedLetter, 'id'> {
  gegevens: MergeData;
  pdf: Buffer;
}

const fail = (code: string, kind: 'invalid' | 'not_found', message: string, details?: object) =>
  new DomainFailure(domainError(code, kind, message, details as Record<string, unknown>));

async function templateOrFail(db: Queryable, sleutel: string): Promise<StoredTemplate> {
  const template = await currentTemplate(db, sleutel);
  if (!template) {
    throw fail('letters.unknown_template', 'not_found', `Er is geen briefsjabloon '${sleutel}'.`);
  }
  return template;
}

async function prepare(database: Queryable, input: CreateLetterInput, template: StoredTemplate) {
  const facts = await gatherCaseFacts(database, input.caseId, input.today, input.door);
  if (!facts) throw fail('letters.case_not_found', 'not_found', 'Deze zaak bestaat niet.');
  const decision = decideAddressees(facts, input.today);
  if (!decision.ok) throw new DomainFailure(decision.error);
  const base = caseMergeData(facts, input.today, input.extra);
  const afzender = await senderName(database);
  // An invitation gets a QR code to answer it (forms module; the letter's own link token).
  const antwoordLink = template.inhoud.includes('{{afspraak.')
    ? await invitationLink(database, input.caseId, loadConfig().AANWEZIG_PUBLIEKE_URL)
    : undefined;
  const prepared: Prepared[] = [];
  for (const letter of decision.value.brieven) {
    const gegevens = letterMergeData(base, letter);
    const tekst = mergeTemplate(template.inhoud, gegevens);
    if (!tekst.ok) throw new DomainFailure(tekst.error);
    const consulent = gegevens['consulent.naam'];
    if (!consulent) {
      // The signature needs a name even when the text does not use the field.
      throw fail(
        'letters.missing_fields',
        'invalid',
        'Voor deze brief ontbreken gegevens: {{consulent.naam}}.',
        {
          velden: ['consulent.naam'],
        },
      );
    }
    const pdf = await renderLetterPdf({
      afzender,
      plaats: facts.plaats,
      datum: datumNl(input.today),
      kenmerk: `zaak ${input.caseId}`,
      adresregels: letter.adresregels,
      onderwerp: template.titel,
      tekst: tekst.value,
      consulent,
      antwoordLink,
    });
    prepared.push({
      ontvangers: letter.ontvangers,
      adresregels: letter.adresregels,
      redenWeggelaten: letter.redenWeglaten,
      gegevens,
      pdf,
    });
  }
  return { prepared, overgeslagen: decision.value.overgeslagen };
}

async function store(
  tx: Queryable,
  input: CreateLetterInput,
  template: StoredTemplate,
  letters: Prepared[],
) {
  const ids: number[] = [];
  for (const l of letters) {
    const [row] = await tx.query<{ id: number }>(
      `insert into letters (case_id, template_id, geadresseerden, gegevens, pdf, door)
       values ($1, $2, $3, $4, $5, $6) returning id`,
      [
        input.caseId,
        template.id,
        JSON.stringify({ ontvangers: l.ontvangers, adresregels: l.adresregels }),
        JSON.stringify(l.gegevens),
        l.pdf,
        input.door,
      ],
    );
    ids.push(row!.id);
  }
  await tx.query(
    `insert into case_events (case_id, soort, datum, gegevens, user_id)
     values ($1, 'brief', $2, $3, (select id from users where gebruikersnaam = $4))`,
    [
      input.caseId,
      input.today,
      JSON.stringify({ letterIds: ids, sleutel: input.sleutel }),
      input.door,
    ],
  );
  await recordAudit(tx, {
    actor: input.door,
    actie: 'letters.created',
    onderwerpSoort: 'case',
    onderwerpId: String(input.caseId),
    doel: 'brief versturen',
    details: { letterIds: ids, sleutel: input.sleutel, versie: template.versie },
  });
  return ids;
}

/**
 * Makes and stores the letters of template `sleutel` for a case on `today`. Throws a DomainFailure
 * for an unknown case or template, nobody to write to, or fields without a value.
 */
export async function createLetter(
  database: Database,
  input: CreateLetterInput,
): Promise<CreateLetterResult> {
  const template = await templateOrFail(database, input.sleutel);
  const { prepared, overgeslagen } = await prepare(database, input, template);
  const ids = await database.transaction((tx) => store(tx, input, template, prepared));
  return {
    sleutel: template.sleutel,
    versie: template.versie,
    brieven: prepared.map((l, i) => ({
      id: ids[i]!,
      ontvangers: l.ontvangers,
      adresregels: l.adresregels,
      redenWeggelaten: l.redenWeggelaten,
    })),
    overgeslagen,
  };
}
