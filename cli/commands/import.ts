// SPDX-License-Identifier: EUPL-1.2
import { existsSync, statSync } from 'node:fs';
import {
  IMPORT_SOORTEN,
  importFile,
  type ImportSoort,
  type ImportSummary,
} from '../../server/modules/imports/index.ts';
import { dateOption, parseOptions } from '../args.ts';
import { EXIT, printJson, UsageError, type CliIo, type Command } from '../io.ts';
import { withDatabase } from './db.ts';

/** `aanwezig import <soort> <bestand> [--peildatum] [--gedeeltelijk] [--json]` (interfaces.md §1.3). */
export const importCommand: Command = async (args, io) => {
  const { values, positionals } = parseOptions(
    args,
    {
      peildatum: { type: 'string' },
      gedeeltelijk: { type: 'boolean' },
      json: { type: 'boolean' },
    },
    true,
  );
  const [soort, bestand, ...rest] = positionals;
  if (!soort || !(IMPORT_SOORTEN as readonly string[]).includes(soort)) {
    throw new UsageError(
      `geef de soort: ${IMPORT_SOORTEN.join(', ')}${soort ? ` ('${soort}' is onbekend)` : ''}`,
    );
  }
  if (!bestand) throw new UsageError('geef het bestand dat geïmporteerd moet worden');
  if (rest.length) throw new UsageError(`onverwacht argument: ${rest[0]}`);
  const peildatum = dateOption('peildatum', values.peildatum);
  if (!existsSync(bestand) || !statSync(bestand).isFile()) {
    throw new UsageError(`bestand ${bestand} bestaat niet`);
  }
  const outcome = await withDatabase(io, (database) =>
    importFile(database, bestand, {
      soort: soort as ImportSoort,
      peildatum,
      gedeeltelijk: values.gedeeltelijk ?? false,
      door: 'cli',
      today: io.today(),
      onProgress: progress(io, soort),
    }),
  );
  if (values.json) printJson(io, outcome.summary);
  else {
    io.out(
      describe(
        outcome.summary,
        outcome.resultaat,
        values.gedeeltelijk ? `${bestand}.afgewezen.csv` : undefined,
      ),
    );
  }
  if (!values.json && outcome.resultaat === 'geweigerd') {
    io.err('Niets geïmporteerd: verbeter de regels hierboven en importeer opnieuw.\n');
  }
  return outcome.resultaat === 'geweigerd' ? EXIT.refused : EXIT.ok;
};

function progress(io: CliIo, soort: string) {
  let last = 0;
  return (verwerkt: number, totaal: number | undefined) => {
    const now = Date.now();
    if (totaal !== undefined && totaal >= 10_000 && (now - last > 1000 || verwerkt === totaal)) {
      last = now;
      io.err(
        `${soort}: ${verwerkt === 0 ? `${totaal} regels gecontroleerd, schrijven…` : `${verwerkt}/${totaal} verwerkt`}\n`,
      );
    }
  };
}

function describe(s: ImportSummary, resultaat: string, afgewezenPad: string | undefined): string {
  const lines = [
    `Import ${s.soort} uit ${s.bestand}: ${resultaat === 'geweigerd' ? 'GEWEIGERD' : resultaat}`,
    `  rijen ${s.rijen}, nieuw ${s.nieuw}, gewijzigd ${s.gewijzigd}, ongewijzigd ${s.ongewijzigd}, afgewezen ${s.afgewezen}`,
    ...s.fouten
      .slice(0, 200)
      .map((f) => `  regel ${f.regel}${f.kolom ? `, kolom ${f.kolom}` : ''}: ${f.melding}`),
  ];
  if (s.fouten.length > 200) {
    lines.push(
      `  … en nog ${s.fouten.length - 200} fouten (gebruik --json voor de volledige lijst)`,
    );
  }
  if (afgewezenPad && s.afgewezen > 0 && resultaat !== 'geweigerd') {
    lines.push(`  Afgewezen regels staan in ${afgewezenPad}`);
  }
  return `${lines.join('\n')}\n`;
}
