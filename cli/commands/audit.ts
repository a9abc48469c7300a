// SPDX-License-Identifier: EUPL-1.2
import { verifyAudit } from '../../server/modules/audit/index.ts';
import { parseOptions } from '../args.ts';
import { printJson, UsageError, type Command } from '../io.ts';
import { withDatabase } from './db.ts';

/**
 * `aanwezig audit verifieer [--json]`: recomputes the hash chain of the audit trail. Exit 0 when
 * intact, 1 when any entry was changed, inserted or deleted.
 */
export const audit: Command = async (args, io) => {
  const [sub, ...rest] = args;
  if (sub !== 'verifieer') {
    throw new UsageError('gebruik: aanwezig audit verifieer [--json]');
  }
  const { values } = parseOptions(rest, { json: { type: 'boolean' } });
  const result = await withDatabase(io, (database) => verifyAudit(database));
  if (values.json) printJson(io, result);
  else if (result.intact) {
    io.out(`Auditlog intact: ${result.aantal} regels, keten en kop kloppen.\n`);
  } else {
    io.out(
      [
        `Auditlog NIET intact (${result.aantal} regels gecontroleerd):`,
        ...result.breuken.map((b) => `  ${b.melding}`),
        '',
      ].join('\n'),
    );
  }
  return result.intact ? 0 : 1;
};
