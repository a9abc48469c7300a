// SPDX-License-Identifier: EUPL-1.2
/**
 * `aanwezig bewaartermijnen toepassen [--datum JJJJ-MM-DD] [--droog] [--json]`: runs the retention
 * job by hand (the server runs it daily). `--droog` shows what would be deleted and deletes nothing.
 */
// Straight from the job's file: the module index would also load the PDF renderer.
import {
  applyRetention,
  type RetentionRunResult,
} from '../../server/modules/privacy/apply-retention.sql.ts';
import { dateOption, parseOptions } from '../args.ts';
import { EXIT, printJson, UsageError, type Command } from '../io.ts';
import { withDatabase } from './db.ts';

const USAGE = 'gebruik: aanwezig bewaartermijnen toepassen [--datum JJJJ-MM-DD] [--droog] [--json]';

const REGELS: Record<string, string> = {
  leerplicht: 'leerplicht',
  doorstroompunt: 'Doorstroompunt-leeftijdsgrens',
  dossier: 'dossier gesloten',
  proces_verbaal: 'proces-verbaal (WPG)',
  ouder: 'ouder van verwijderde jeugdige',
  open_zaak: 'open zaak',
  juridische_blokkade: 'juridische blokkade',
};

const perRegel = (counts: Record<string, number | undefined>) =>
  Object.entries(counts).map(([regel, n]) => `    ${REGELS[regel] ?? regel}: ${n}`);

/** The summary for people: counts per rule, never names or BSNs. */
function summary(r: RetentionRunResult): string {
  return [
    r.droog
      ? `Proefrun op ${r.datum}: er is niets verwijderd.`
      : `Bewaartermijnen toegepast op ${r.datum}.`,
    `  Personen beoordeeld: ${r.personenBeoordeeld}`,
    `  Personen ${r.droog ? 'die verwijderd zouden worden' : 'verwijderd'}: ${r.personenVerwijderd}`,
    ...perRegel(r.verwijderdPerRegel),
    `  Bewaard zonder einddatum: ${Object.values(r.bewaardZonderEinddatum).reduce((a, b) => a + (b ?? 0), 0)}`,
    ...perRegel(r.bewaardZonderEinddatum),
    `  Afgewezen importregels van vóór ${r.importAfwijzingenVoor} ${r.droog ? 'die verwijderd zouden worden' : 'verwijderd'}: ${r.importAfwijzingenVerwijderd}`,
    '',
  ].join('\n');
}

/** `aanwezig bewaartermijnen toepassen`. */
export const bewaartermijnen: Command = async (args, io) => {
  const [sub, ...rest] = args;
  if (sub !== 'toepassen') throw new UsageError(USAGE);
  const { values } = parseOptions(rest, {
    datum: { type: 'string' },
    droog: { type: 'boolean' },
    json: { type: 'boolean' },
  });
  const datum = dateOption('datum', values.datum) ?? io.today();
  const result = await withDatabase(io, (database) =>
    applyRetention(database, datum, { droog: values.droog ?? false, actor: 'cli' }),
  );
  if (values.json) printJson(io, result);
  else io.out(summary(result));
  return EXIT.ok;
};
