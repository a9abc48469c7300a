// SPDX-License-Identifier: EUPL-1.2
import { getRegion, setRegion, type Region } from '../../server/modules/region/index.ts';
import { parseOptions } from '../args.ts';
import { printJson, UsageError, type Command } from '../io.ts';
import { withDatabase } from './db.ts';

/** `aanwezig regio [--naam … --gemeente 0546=Leiden …] [--json]` (interfaces.md §1.0). */
export const regio: Command = async (args, io) => {
  const { values } = parseOptions(args, {
    naam: { type: 'string' },
    gemeente: { type: 'string', multiple: true },
    json: { type: 'boolean' },
  });
  const gemeenten = (values.gemeente ?? []).map((spec) => {
    const match = /^(\d{4})=(.+)$/.exec(spec.trim());
    if (!match) throw new UsageError(`--gemeente '${spec}' moet de vorm 0546=Leiden hebben`);
    return { code: match[1]!, naam: match[2]!.trim() };
  });
  if (gemeenten.length && values.naam === undefined) {
    throw new UsageError('--naam is verplicht bij --gemeente');
  }
  const region = await withDatabase(io, (database) =>
    values.naam !== undefined
      ? setRegion(database, { naam: values.naam, gemeenten }, 'cli')
      : getRegion(database),
  );
  const output = {
    naam: region.naam ?? '',
    gemeenten: region.gemeenten.map((g) => ({ code: g.code, naam: g.naam ?? '' })),
  };
  if (values.json) printJson(io, output);
  else io.out(describe(region));
  return 0;
};

function describe(region: Region): string {
  const title = region.naam ?? '(geen regio ingesteld: alle gemeenten uit de brp)';
  return `${title}\n${region.gemeenten.map((g) => `  ${g.code} ${g.naam ?? ''}`).join('\n')}\n`;
}
