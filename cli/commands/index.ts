// SPDX-License-Identifier: EUPL-1.2
/**
 * The command table of `bin/aanwezig`. A command is looked up by its first word; it receives the
 * remaining arguments. Each module registers its command here with one line.
 */
import type { Command } from '../io.ts';

type Loader = () => Promise<Command>;

export const commands: Record<string, { summary: string; load: Loader }> = {
  regio: {
    summary: 'toon of stel de regio en haar gemeenten in',
    load: async () => (await import('./regio.ts')).regio,
  },
  import: {
    summary: 'importeer scholen, brp, inschrijvingen, verzuimmeldingen, vrijstellingen of vsv',
    load: async () => (await import('./import.ts')).importCommand,
  },
  start: {
    summary: 'start de webserver (PORT, standaard 3000)',
    load: async () => (await import('./start.ts')).start,
  },
  demo: {
    summary: 'maak synthetische demodata (genereer) of laad de demoregio (laad)',
    load: async () => (await import('./demo.ts')).demo,
  },
  gebruiker: {
    summary: 'maak gebruikers of toon ze (maak, lijst)',
    load: async () => (await import('./gebruiker.ts')).gebruiker,
  },
  signalen: {
    summary: 'signalen absoluut verzuim op een peildatum (absoluut-verzuim)',
    load: async () => (await import('./signalen.ts')).signalen,
  },
  audit: {
    summary: 'controleer of het auditlog ongeschonden is (verifieer)',
    load: async () => (await import('./audit.ts')).audit,
  },
  regels: {
    summary: 'leerplichtdatums en Halt-criteria (leerplicht, halt)',
    load: async () => (await import('./regels.ts')).regels,
  },
  rapport: {
    summary: 'jaarverslag (art. 25 Leerplichtwet) maken of publiceren (jaarverslag, publiceer)',
    load: async () => (await import('./rapport.ts')).rapport,
  },
  bewaartermijnen: {
    summary: 'pas de bewaartermijnen toe: verwijder verlopen gegevens (toepassen, --droog)',
    load: async () => (await import('./privacy.ts')).bewaartermijnen,
  },
};
