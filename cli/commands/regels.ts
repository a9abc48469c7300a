// SPDX-License-Identifier: EUPL-1.2
/** `aanwezig regels leerplicht|halt` (interfaces.md §1.1 and §1.2). */
import { loadConfig } from '../../server/config.ts';
import { openDatabase } from '../../server/db/connect.ts';
import {
  checkHalt,
  computeLeerplicht,
  type RuleSettings,
} from '../../server/modules/rules/index.ts';
import { loadRuleSettings } from '../../server/modules/settings/index.ts';
import { dateOption, parseOptions, required } from '../args.ts';
import { EXIT, printJson, UsageError, type CliIo } from '../io.ts';
import type { Command } from '../io.ts';

/** Reads the regional settings from the database the server uses, then closes it. */
async function regionalSettings(io: CliIo): Promise<RuleSettings> {
  const config = loadConfig(io.env);
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.AANWEZIG_DATA_DIR,
  });
  try {
    return await loadRuleSettings(database);
  } finally {
    await database.close();
  }
}

const leerplicht: Command = async (args, io) => {
  const { values } = parseOptions(args, {
    geboortedatum: { type: 'string' },
    peildatum: { type: 'string' },
    startkwalificatie: { type: 'string' },
    json: { type: 'boolean' },
  });
  const geboortedatum = required(
    'geboortedatum',
    dateOption('geboortedatum', values.geboortedatum),
  );
  const peildatum = dateOption('peildatum', values.peildatum) ?? io.today();
  const startkwalificatie = dateOption('startkwalificatie', values.startkwalificatie);
  const result = computeLeerplicht(
    { geboortedatum, peildatum, startkwalificatie },
    await regionalSettings(io),
  );
  if (values.json) {
    printJson(io, result);
    return EXIT.ok;
  }
  io.out(
    [
      `Geboortedatum:                 ${result.geboortedatum}`,
      `Peildatum:                     ${result.peildatum}`,
      `Leerplichtig vanaf:            ${result.leerplichtigVanaf}`,
      `Volledige leerplicht t/m:      ${result.volledigeLeerplichtTotEnMet}`,
      `Kwalificatieplicht t/m:        ${result.kwalificatieplichtTotEnMet}`,
      `Doorstroompunt t/m:            ${result.doorstroompuntTotEnMet}`,
      `Status op de peildatum:        ${result.status.replaceAll('_', ' ')}`,
      '',
      'Uitleg:',
      ...result.uitleg.map((l) => `- ${l}`),
      '',
    ].join('\n'),
  );
  return EXIT.ok;
};

const halt: Command = async (args, io) => {
  const { values } = parseOptions(args, {
    geboortedatum: { type: 'string' },
    datum: { type: 'string' },
    verzuimuren: { type: 'string' },
    'eerder-halt': { type: 'boolean' },
    json: { type: 'boolean' },
  });
  const geboortedatum = required(
    'geboortedatum',
    dateOption('geboortedatum', values.geboortedatum),
  );
  const datum = required('datum', dateOption('datum', values.datum));
  const urenText = required('verzuimuren', values.verzuimuren);
  const verzuimuren = Number(urenText.replace(',', '.'));
  if (!/^\d+([.,]\d+)?$/.test(urenText) || !Number.isFinite(verzuimuren)) {
    throw new UsageError(`--verzuimuren ${urenText} is geen aantal uren (bijvoorbeeld 24 of 12,5)`);
  }
  const result = checkHalt(
    { geboortedatum, datum, verzuimuren, eerderHalt: values['eerder-halt'] === true },
    await regionalSettings(io),
  );
  if (values.json) {
    printJson(io, result);
    return EXIT.ok;
  }
  io.out(
    [
      result.verwijsbaar ? 'Verwijsbaar naar Halt: ja' : 'Verwijsbaar naar Halt: nee',
      '',
      'Redenen:',
      ...result.redenen.map((l) => `- ${l}`),
      '',
    ].join('\n'),
  );
  return EXIT.ok;
};

/** `aanwezig regels <leerplicht|halt> …`. */
export const regels: Command = async (args, io) => {
  const [sub, ...rest] = args;
  if (sub === 'leerplicht') return leerplicht(rest, io);
  if (sub === 'halt') return halt(rest, io);
  throw new UsageError(
    sub ? `onbekende regel '${sub}'; kies leerplicht of halt` : 'geef leerplicht of halt op',
  );
};
