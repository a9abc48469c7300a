// SPDX-License-Identifier: EUPL-1.2
import { writeFile } from 'node:fs/promises';
import { schoolYearSpan, type SchoolYearSpan } from '../../server/modules/report/indicator.ts';
import { renderCsv } from '../../server/modules/report/render/csv.ts';
import { renderHtml } from '../../server/modules/report/render/html.ts';
import { renderPdf } from '../../server/modules/report/render/pdf.ts';
import { renderXlsx } from '../../server/modules/report/render/xlsx.ts';
import { buildReport, jaarverslagJson } from '../../server/modules/report/report.sql.ts';
import { publishReport } from '../../server/modules/report/snapshots.sql.ts';
import { parseOptions, required } from '../args.ts';
import { printJson, UsageError, type CliIo, type Command } from '../io.ts';
import { withDatabase } from './db.ts';

const FORMATEN = ['json', 'html', 'pdf', 'csv', 'xlsx'] as const;
type Formaat = (typeof FORMATEN)[number];

const USAGE =
  'gebruik: aanwezig rapport jaarverslag --schooljaar 2023-2024 [--gemeente 0546] --formaat json|html|pdf|csv|xlsx [--uit <bestand>]\n' +
  '         aanwezig rapport publiceer --schooljaar 2023-2024 [--door <naam>] [--overschrijf-reden <tekst>] [--json]';

/** The clock is read here, at the edge only: an ISO timestamp without milliseconds. */
const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

function span(value: string | undefined): SchoolYearSpan {
  const text = required('schooljaar', value);
  const parsed = schoolYearSpan(text);
  if (!parsed) throw new UsageError(`--schooljaar ${text} is geen schooljaar (vorm 2023-2024)`);
  return parsed;
}

/** `aanwezig rapport jaarverslag|publiceer …` (interfaces.md §1.5). */
export const rapport: Command = async (args, io) => {
  const [sub, ...rest] = args;
  if (sub === 'jaarverslag') return jaarverslag(rest, io);
  if (sub === 'publiceer') return publiceer(rest, io);
  throw new UsageError(USAGE);
};

async function jaarverslag(args: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(args, {
    schooljaar: { type: 'string' },
    gemeente: { type: 'string' },
    formaat: { type: 'string' },
    uit: { type: 'string' },
    tabel: { type: 'string' },
    json: { type: 'boolean' },
  });
  const year = span(values.schooljaar);
  // `--json`, as every printing command takes (interfaces.md §1), is `--formaat json`.
  const formaat = (values.formaat ??
    (values.json ? 'json' : required('formaat', undefined))) as Formaat;
  if (values.json && formaat !== 'json') {
    throw new UsageError(`--json en --formaat ${formaat} gaan niet samen`);
  }
  if (!FORMATEN.includes(formaat)) {
    throw new UsageError(`--formaat ${formaat} is onbekend: kies json, html, pdf, csv of xlsx`);
  }
  if (formaat === 'xlsx' && !values.uit) {
    throw new UsageError(
      '--formaat xlsx schrijft een Excel-bestand: geef het bestand op met --uit <bestand>',
    );
  }
  if (values.gemeente !== undefined && !/^\d{4}$/.test(values.gemeente)) {
    throw new UsageError(`--gemeente ${values.gemeente} is geen CBS-code van 4 cijfers`);
  }
  const gemaakt = now();
  io.err(`jaarverslag ${year.schooljaar} berekenen…\n`);
  const output = await withDatabase(io, async (database): Promise<string | Buffer> => {
    if (formaat === 'json') {
      return `${JSON.stringify(await jaarverslagJson(database, year, gemaakt, values.gemeente), null, 2)}\n`;
    }
    const report = await buildReport(
      database,
      year,
      gemaakt,
      values.gemeente ? { gemeente: values.gemeente } : {},
    );
    if (formaat === 'html') return renderHtml(report);
    if (formaat === 'csv') return renderCsv(report, values.tabel ?? 'C02');
    if (formaat === 'xlsx') return renderXlsx(report);
    return renderPdf(report);
  });
  if (values.uit) {
    await writeFile(values.uit, output);
    io.err(`geschreven naar ${values.uit}\n`);
  } else if (typeof output === 'string') {
    io.out(output);
  } else {
    // Bytes cannot go through the text stream of CliIo.
    process.stdout.write(output);
  }
  return 0;
}

async function publiceer(args: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(args, {
    schooljaar: { type: 'string' },
    door: { type: 'string' },
    'overschrijf-reden': { type: 'string' },
    json: { type: 'boolean' },
  });
  const year = span(values.schooljaar);
  const door = values.door?.trim() || 'cli';
  const reden = values['overschrijf-reden'];
  const gemaakt = now();
  const snapshot = await withDatabase(io, async (database) => {
    const report = await buildReport(database, year, gemaakt, { jarenTerug: 1 });
    for (const c of report.controles) io.err(`controle ${c.id}: ${c.uitkomst}\n`);
    return publishReport(database, {
      schooljaar: year.schooljaar,
      indicatoren: report.indicatoren,
      controles: report.controles,
      door,
      op: gemaakt,
      ...(reden !== undefined ? { overschrijving: { door, reden } } : {}),
    });
  });
  const summary = {
    schooljaar: snapshot.schooljaar,
    versie: snapshot.versie,
    gepubliceerdOp: snapshot.gepubliceerdOp,
    gepubliceerdDoor: snapshot.gepubliceerdDoor,
    overschreven: snapshot.overschrevenDoor !== null,
  };
  if (values.json) printJson(io, summary);
  else io.out(`Jaarverslag ${summary.schooljaar} gepubliceerd (versie ${summary.versie}).\n`);
  return 0;
}
