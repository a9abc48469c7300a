// SPDX-License-Identifier: EUPL-1.2
/**
 * Letter templates in the database. Saving makes a new version and keeps the old ones: a letter
 * points at the version it was made with. The defaults are seeded as version 1 on first use.
 */
import type { Queryable } from '../../db/connect.ts';
import { DomainFailure, domainError } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { DEFAULT_TEMPLATES } from './default-templates.ts';
import { templateFields } from './merge.ts';

type Db = Pick<Queryable, 'query'>;

/** One version of a template. */
export interface StoredTemplate {
  id: number;
  sleutel: string;
  versie: number;
  titel: string;
  inhoud: string;
  gewijzigdDoor: string;
  gewijzigdOp: string;
}

/** The current version of a template and how many versions exist. */
export interface TemplateSummary extends StoredTemplate {
  aantalVersies: number;
}

const COLUMNS = `id, sleutel, versie, titel, inhoud, gewijzigd_door as "gewijzigdDoor",
  to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "gewijzigdOp"`;

/** Serialises saves of one key, so two editors never get the same version number. */
const TEMPLATE_LOCK = 727_002;

/** Seeds every default template that has no version yet as version 1; returns how many were added. */
export async function seedDefaultTemplates(db: Db): Promise<number> {
  const rows = await db.query(
    `insert into letter_templates (sleutel, versie, titel, inhoud, gewijzigd_door)
     select d.sleutel, 1, d.titel, d.inhoud, 'systeem'
     from unnest($1::text[], $2::text[], $3::text[]) as d(sleutel, titel, inhoud)
     where not exists (select 1 from letter_templates t where t.sleutel = d.sleutel)
     on conflict (sleutel, versie) do nothing
     returning id`,
    [
      DEFAULT_TEMPLATES.map((t) => t.sleutel),
      DEFAULT_TEMPLATES.map((t) => t.titel),
      DEFAULT_TEMPLATES.map((t) => t.inhoud),
    ],
  );
  return rows.length;
}

/** The current (highest) version of every template, by key; seeds the defaults first. */
export async function listTemplates(db: Db): Promise<TemplateSummary[]> {
  await seedDefaultTemplates(db);
  return db.query<TemplateSummary>(
    `select ${COLUMNS}, (select count(*)::int from letter_templates v where v.sleutel = t.sleutel) as "aantalVersies"
     from letter_templates t
     where versie = (select max(versie) from letter_templates m where m.sleutel = t.sleutel)
     order by sleutel`,
  );
}

/** The current version of one template (defaults seeded first), or undefined. */
export async function currentTemplate(
  db: Db,
  sleutel: string,
): Promise<StoredTemplate | undefined> {
  await seedDefaultTemplates(db);
  const [row] = await db.query<StoredTemplate>(
    `select ${COLUMNS} from letter_templates t where sleutel = $1 order by versie desc limit 1`,
    [sleutel],
  );
  return row;
}

/** Every version of one template, newest first. */
export async function templateVersions(db: Db, sleutel: string): Promise<StoredTemplate[]> {
  return db.query<StoredTemplate>(
    `select ${COLUMNS} from letter_templates t where sleutel = $1 order by versie desc`,
    [sleutel],
  );
}

export interface SaveTemplateInput {
  sleutel: string;
  titel: string;
  inhoud: string;
  door: string;
}

const invalid = (code: string, message: string) =>
  new DomainFailure(domainError(code, 'invalid', message));

function check(input: SaveTemplateInput): void {
  if (!/^[a-z][a-z0-9_]{1,49}$/.test(input.sleutel)) {
    throw invalid(
      'letters.invalid_key',
      'Een sleutel heeft 2 tot 50 kleine letters, cijfers of liggende streepjes.',
    );
  }
  if (input.titel.trim() === '' || /[{}]/.test(input.titel)) {
    throw invalid('letters.invalid_title', 'Vul een onderwerp in, zonder velden of accolades.');
  }
  if (input.inhoud.trim() === '') throw invalid('letters.empty', 'Vul de tekst van de brief in.');
  const fields = templateFields(input.inhoud);
  if (!fields.ok) throw new DomainFailure(fields.error);
}

/**
 * Saves `inhoud` as the next version of template `sleutel` (a new key starts at 1) after checking
 * its fields; records `letters.template_saved`. Returns the new version.
 */
export async function saveTemplate(
  database: { transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> },
  input: SaveTemplateInput,
): Promise<StoredTemplate> {
  check(input);
  return database.transaction(async (tx) => {
    await seedDefaultTemplates(tx);
    await tx.query('select pg_advisory_xact_lock($1, hashtext($2))', [
      TEMPLATE_LOCK,
      input.sleutel,
    ]);
    const [saved] = await tx.query<StoredTemplate>(
      `insert into letter_templates (sleutel, versie, titel, inhoud, gewijzigd_door)
       select $1, coalesce(max(versie), 0) + 1, $2, $3, $4 from letter_templates where sleutel = $1
       returning ${COLUMNS}`,
      [input.sleutel, input.titel.trim(), input.inhoud, input.door],
    );
    await recordAudit(tx, {
      actor: input.door,
      actie: 'letters.template_saved',
      onderwerpSoort: 'letter_template',
      onderwerpId: input.sleutel,
      doel: 'sjabloonbeheer',
      details: { versie: saved!.versie },
    });
    return saved!;
  });
}
