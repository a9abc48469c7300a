// SPDX-License-Identifier: EUPL-1.2
import { recordAudit } from '../../server/modules/audit/index.ts';
import { absoluteVerzuimSignals } from '../../server/modules/signals/absolute-verzuim.sql.ts';
import { dateOption, parseOptions } from '../args.ts';
import { printJson, UsageError, type Command } from '../io.ts';
import { withDatabase } from './db.ts';

/** `aanwezig signalen absoluut-verzuim [--peildatum YYYY-MM-DD] [--json]` (interfaces.md §1.4). */
export const signalen: Command = async (args, io) => {
  const [sub, ...rest] = args;
  if (sub !== 'absoluut-verzuim') {
    throw new UsageError(
      'gebruik: aanwezig signalen absoluut-verzuim [--peildatum JJJJ-MM-DD] [--json]',
    );
  }
  const { values } = parseOptions(rest, {
    peildatum: { type: 'string' },
    json: { type: 'boolean' },
  });
  const peildatum = dateOption('peildatum', values.peildatum) ?? io.today();
  const result = await withDatabase(io, async (database) => {
    const found = await absoluteVerzuimSignals(database, peildatum);
    await recordAudit(database, {
      actor: 'cli',
      actie: 'signals.absolute_verzuim_listed',
      doel: 'absoluut verzuim',
      details: { peildatum, aantal: found.signalen.length },
    });
    return found;
  });
  if (values.json) printJson(io, result);
  else {
    io.out(
      [
        `Absoluut verzuim op ${peildatum}: ${result.signalen.length} ${result.signalen.length === 1 ? 'jeugdige' : 'jeugdigen'}`,
        ...result.signalen.map(
          (s) => `  ${s.bsn}  ${s.gemeente}  ${s.status.padEnd(21)} ${s.reden}`,
        ),
        '',
      ].join('\n'),
    );
  }
  return 0;
};
