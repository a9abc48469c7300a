// SPDX-License-Identifier: EUPL-1.2
import {
  bigint,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  boolean,
  customType,
} from 'drizzle-orm/pg-core';

/** PDF bytes (bytea); drizzle-orm has no built-in bytea column. */
const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });
import { persons } from './persons.ts';

/** A user of the system; roles and sign-in are extended by the auth module. */
export const users = pgTable(
  'users',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    gebruikersnaam: text('gebruikersnaam').notNull(),
    naam: text('naam').notNull(),
    rol: text('rol').notNull(),
    email: text('email'),
    team: text('team'),
    actief: boolean('actief').notNull().default(true),
    wachtwoordHash: text('wachtwoord_hash'),
    /** Base32 TOTP secret once the second factor is set up; sign-in then asks for a code. */
    totpGeheim: text('totp_geheim'),
    /** Gemeentecodes this user may see; null = the whole region. */
    gemeenten: jsonb('gemeenten').$type<string[]>(),
    /** For role `school`: the BRIN whose meldingen the user follows. */
    brin: text('brin'),
    /** `iss|sub` of the municipality's identity provider, for single sign-on. */
    oidcSubject: text('oidc_subject'),
    misluktePogingen: integer('mislukte_pogingen').notNull().default(0),
    geblokkeerdTot: timestamp('geblokkeerd_tot', { withTimezone: true, mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_gebruikersnaam').on(t.gebruikersnaam),
    uniqueIndex('users_oidc_subject').on(t.oidcSubject),
  ],
);

/** The unit of work (dossier / zaak) for one young person; later issues extend its lifecycle. */
export const cases = pgTable(
  'cases',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    soort: text('soort').notNull(),
    status: text('status').notNull(),
    geopendOp: date('geopend_op', { mode: 'string' }).notNull(),
    geslotenOp: date('gesloten_op', { mode: 'string' }),
    toegewezenAan: integer('toegewezen_aan').references(() => users.id),
    afdoening: text('afdoening'),
    /** The team the case belongs to (e.g. `PO`, `VO-kort`, `VO-lang`), for team views and scope. */
    team: text('team'),
    /** Gemeente of residence when the case opened: reports count per gemeente. */
    gemeenteCode: text('gemeente_code'),
    /** Who has regie (school, jeugdteam, jeugdhulp, JGZ, office) — seed 000. */
    regie: text('regie'),
    /** Monitoring ends (e.g. 6 weeks after a handover to the wijkteam). */
    monitoringTot: date('monitoring_tot', { mode: 'string' }),
    /** Legal hold (e.g. objection or court case pending): the retention job leaves this case and its person alone. */
    juridischeBlokkade: boolean('juridische_blokkade').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('cases_person').on(t.personId),
    index('cases_status').on(t.status),
    index('cases_assignee').on(t.toegewezenAan, t.status),
  ],
);

/** Something that happened in a case: a melding joined, a note, a letter, a status change. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    soort: text('soort').notNull(),
    datum: date('datum', { mode: 'string' }).notNull(),
    gegevens: jsonb('gegevens'),
    userId: integer('user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_events_case').on(t.caseId)],
);

/**
 * Append-only audit trail: who read or changed what, when and why. Holds ids and field names,
 * never BSNs or other personal values. Each row's `hash` chains to the previous row's.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    tijdstip: timestamp('tijdstip', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    actor: text('actor').notNull(),
    actie: text('actie').notNull(),
    onderwerpSoort: text('onderwerp_soort'),
    onderwerpId: text('onderwerp_id'),
    doel: text('doel'),
    details: jsonb('details'),
    /** `wpg` for police data (proces-verbaal): logged apart and shown only to the privacy officer. */
    categorie: text('categorie').notNull().default('avg'),
    vorigeHash: text('vorige_hash'),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_events_subject').on(t.onderwerpSoort, t.onderwerpId),
    index('audit_events_actor').on(t.actor, t.tijdstip),
  ],
);

/**
 * The chain's head: last hash and number of entries, written in the same transaction as every
 * append, so deleting entries from the end of the trail is detected too.
 */
export const auditHead = pgTable('audit_head', {
  id: integer('id').primaryKey(),
  laatsteHash: text('laatste_hash').notNull(),
  aantal: bigint('aantal', { mode: 'number' }).notNull(),
});

/** A signed-in browser session; the cookie holds a random token, the table only its hash. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    /** False between password and TOTP code: the session may only finish the second step. */
    volledig: boolean('volledig').notNull(),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true, mode: 'string' }).notNull(),
    laatstGebruiktOp: timestamp('laatst_gebruikt_op', {
      withTimezone: true,
      mode: 'string',
    }).notNull(),
    verlooptOp: timestamp('verloopt_op', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/** One import of one file: what, by whom, and the counts of the summary (interfaces.md §1.3). */
export const importRuns = pgTable('import_runs', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  soort: text('soort').notNull(),
  bestand: text('bestand').notNull(),
  peildatum: date('peildatum', { mode: 'string' }),
  gedeeltelijk: boolean('gedeeltelijk').notNull().default(false),
  resultaat: text('resultaat').notNull(),
  rijen: integer('rijen').notNull(),
  nieuw: integer('nieuw').notNull(),
  gewijzigd: integer('gewijzigd').notNull(),
  ongewijzigd: integer('ongewijzigd').notNull(),
  afgewezen: integer('afgewezen').notNull(),
  door: text('door').notNull(),
  gestartOp: timestamp('gestart_op', { withTimezone: true, mode: 'string' }).notNull(),
  klaarOp: timestamp('klaar_op', { withTimezone: true, mode: 'string' }).notNull(),
});

/** A refused row of an import, kept with its error so nothing is lost (also written to `<file>.afgewezen.csv`). */
export const importRejections = pgTable(
  'import_rejections',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    importRunId: integer('import_run_id')
      .notNull()
      .references(() => importRuns.id, { onDelete: 'cascade' }),
    regel: integer('regel').notNull(),
    kolom: text('kolom'),
    melding: text('melding').notNull(),
    rij: jsonb('rij'),
  },
  (t) => [index('import_rejections_run').on(t.importRunId)],
);

/** A task in a case with a due date: a follow-up after a no-show, the end of monitoring, a home visit. */
export const tasks = pgTable(
  'tasks',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    soort: text('soort').notNull(),
    omschrijving: text('omschrijving').notNull(),
    vervaltOp: date('vervalt_op', { mode: 'string' }).notNull(),
    toegewezenAan: integer('toegewezen_aan').references(() => users.id),
    gedaanOp: timestamp('gedaan_op', { withTimezone: true, mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('tasks_case').on(t.caseId), index('tasks_open').on(t.toegewezenAan, t.vervaltOp)],
);

/**
 * Who gets new cases: per school location and task (seed 000: PO one consultant; VO one for short
 * absence, luxe verzuim and leave, one for thuiszitters and long absence), or per postcode range.
 */
export const assignmentRules = pgTable(
  'assignment_rules',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    schoolId: integer('school_id'),
    postcodeVan: text('postcode_van'),
    postcodeTot: text('postcode_tot'),
    /** `kort` (short absence, luxe, leave), `lang` (thuiszitters, long absence) or `alle`. */
    taak: text('taak').notNull().default('alle'),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    team: text('team'),
  },
  (t) => [index('assignment_rules_school').on(t.schoolId)],
);

/** An appointment with the young person and/or parents, with its outcome (seed 003 proposal 3). */
export const appointments = pgTable(
  'appointments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    tijdstip: timestamp('tijdstip', { withTimezone: true, mode: 'string' }).notNull(),
    duurMinuten: integer('duur_minuten').notNull().default(45),
    locatie: text('locatie'),
    consulentId: integer('consulent_id').references(() => users.id),
    /** gepland, bevestigd, gehouden, no_show, geannuleerd */
    status: text('status').notNull().default('gepland'),
    /** SHA-256 of the token in the confirm/cancel link. */
    linkTokenHash: text('link_token_hash'),
    herinneringVerstuurdOp: timestamp('herinnering_verstuurd_op', {
      withTimezone: true,
      mode: 'string',
    }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('appointments_case').on(t.caseId), index('appointments_time').on(t.tijdstip)],
);

/** A letter template; a change makes a new version, so letters already sent keep theirs. */
export const letterTemplates = pgTable(
  'letter_templates',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    sleutel: text('sleutel').notNull(),
    versie: integer('versie').notNull(),
    titel: text('titel').notNull(),
    inhoud: text('inhoud').notNull(),
    gewijzigdDoor: text('gewijzigd_door').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('letter_templates_key').on(t.sleutel, t.versie)],
);

/** A letter as sent: the template version, the merge data and the PDF, never re-rendered. */
export const letters = pgTable(
  'letters',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    templateId: integer('template_id')
      .notNull()
      .references(() => letterTemplates.id),
    geadresseerden: jsonb('geadresseerden').notNull(),
    gegevens: jsonb('gegevens').notNull(),
    pdf: bytea('pdf').notNull(),
    door: text('door').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('letters_case').on(t.caseId)],
);

/** Messages waiting for a transport (e-mail, SMS); in development shown on the outbox page. */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    kanaal: text('kanaal').notNull(),
    aan: text('aan').notNull(),
    onderwerp: text('onderwerp'),
    inhoud: text('inhoud').notNull(),
    caseId: integer('case_id').references(() => cases.id, { onDelete: 'cascade' }),
    /** wachtend, verzonden, mislukt */
    status: text('status').notNull().default('wachtend'),
    pogingen: integer('pogingen').notNull().default(0),
    fout: text('fout'),
    verzendenVanaf: timestamp('verzenden_vanaf', { withTimezone: true, mode: 'string' }),
    verzondenOp: timestamp('verzonden_op', { withTimezone: true, mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('outbox_status').on(t.status)],
);

/**
 * The office's policy mode (seed 003 §5): which rings of tasks run, and the zomeractie / peak mode;
 * set by the managementteam with who, why and until when.
 */
export const policyModes = pgTable('policy_modes', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  modus: text('modus').notNull(),
  ringen: jsonb('ringen').$type<number[]>().notNull(),
  zomeractie: boolean('zomeractie').notNull().default(false),
  reden: text('reden').notNull(),
  vanaf: date('vanaf', { mode: 'string' }).notNull(),
  tot: date('tot', { mode: 'string' }),
  door: text('door').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
