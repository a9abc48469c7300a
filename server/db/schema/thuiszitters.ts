// SPDX-License-Identifier: EUPL-1.2
import { date, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { persons } from './persons.ts';
import { schools } from './schools.ts';
import { cases, tasks } from './work.ts';

/**
 * One period in which a young person sits at home (domain.md §2.15, W6): from `startdatum` to
 * `einddatum` (empty = nog open) with the end situation. Linked to a case of the person.
 */
export const thuiszitterEpisodes = pgTable(
  'thuiszitter_episodes',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** School of enrolment (if any), for the per-school overview. */
    schoolId: integer('school_id').references(() => schools.id),
    startdatum: date('startdatum', { mode: 'string' }).notNull(),
    /** met_inschrijving_ongeoorloofd, met_inschrijving_geoorloofd, zonder_inschrijving, vrijstelling_5a */
    type: text('type').notNull(),
    /** geen (0%), gedeeltelijk or volledig share of education followed. */
    onderwijsdeelname: text('onderwijsdeelname').notNull().default('geen'),
    onderwijsdeelnameVanaf: date('onderwijsdeelname_vanaf', { mode: 'string' }),
    /** Consultant's estimate, never a diagnosis (R43). */
    oorzaak: text('oorzaak').notNull(),
    /** The partner holding regie (R42: never empty). */
    regie: text('regie').notNull(),
    wachtlijst: text('wachtlijst'),
    wachtlijstSinds: date('wachtlijst_sinds', { mode: 'string' }),
    einddatum: date('einddatum', { mode: 'string' }),
    eindsituatie: text('eindsituatie'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('thuiszitter_episodes_person').on(t.personId),
    index('thuiszitter_episodes_case').on(t.caseId),
    index('thuiszitter_episodes_start').on(t.startdatum),
  ],
);

/** The threshold tasks of an episode (4 weeks, 3 months), so they close when the episode ends. */
export const thuiszitterTasks = pgTable(
  'thuiszitter_tasks',
  {
    taskId: integer('task_id')
      .primaryKey()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    episodeId: integer('episode_id')
      .notNull()
      .references(() => thuiszitterEpisodes.id, { onDelete: 'cascade' }),
    drempel: text('drempel').notNull(),
  },
  (t) => [index('thuiszitter_tasks_episode').on(t.episodeId)],
);
