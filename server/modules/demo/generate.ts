// SPDX-License-Identifier: EUPL-1.2
/**
 * `generateDemo`: writes a synthetic region as import files in the formats of interfaces.md §2
 * plus a manifest.json naming the region and the files in import order. Gemeente by gemeente and
 * family by family, so the national set (3.3 million young people) streams to disk.
 * The same seed and `today` give byte-identical files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BsnSequence, OnderwijsnummerSequence } from './bsn-sequence.ts';
import { KINDS } from '../imports/kinds/index.ts';
import { BRP_COLUMNS } from './brp-rows.ts';
import { CsvWriter } from './csv-writer.ts';
import { civil, dayOf, isoDay, parseDay } from './days.ts';
import { landGemeenten, regioGemeenten, type DemoGemeente } from './gemeenten.ts';
import type { GenContext } from './model.ts';
import { buildNamePools } from './names.ts';
import { generateGemeente } from './population.ts';
import { hashSeed, Rng } from './prng.ts';
import { FamilyWriter, type DemoFiles } from './family-writer.ts';
import type { DemoStatistiek } from './statistics.ts';
import { generateSchools, SchoolIndex } from './schools.ts';
import { writeUnknownMeldingen } from './unknown-persons.ts';

/** Options of one generation run. */
export interface GenerateOptions {
  schaal: 'regio' | 'land';
  seed: number;
  /** Output folder (created when missing). */
  uit: string;
  /** The data's "today" (YYYY-MM-DD): the last snapshot and the end of all history. */
  today: string;
  /** Scale factor for tests (1 = the full set). */
  fractie?: number;
  /** Progress messages in Dutch (the CLI prints them on stderr). */
  onProgress?: (message: string) => void;
}

/** One file of the set, in import order. */
export interface ManifestFile {
  bestand: string;
  soort: 'scholen' | 'brp' | 'inschrijvingen' | 'verzuimmeldingen' | 'vrijstellingen';
  peildatum?: string;
  rijen: number;
}

/** manifest.json: what was generated and how to import it. */
export interface DemoManifest {
  schaal: 'regio' | 'land';
  seed: number;
  vandaag: string;
  regio: { naam: string; gemeenten: { code: string; naam: string }[] };
  bestanden: ManifestFile[];
  statistiek: DemoStatistiek;
}

/** The first day of the data: the first BRP snapshot and the start of school year 2023-2024. */
export const WINDOW_START = dayOf(2023, 8, 1);

/** Snapshot peildata: every 1 August from 2023 up to today, and today itself. */
export function snapshotDays(today: number): number[] {
  const days: number[] = [];
  for (let year = 2023; dayOf(year, 8, 1) <= today; year++) days.push(dayOf(year, 8, 1));
  if (days[days.length - 1] !== today) days.push(today);
  return days;
}

/** School years (start years) with reports: 2023-2024 up to the one containing today. */
export function reportYears(today: number): number[] {
  const { year, month } = civil(today);
  const last = month >= 8 ? year : year - 1;
  return Array.from({ length: last - 2023 + 1 }, (_, i) => 2023 + i);
}

/** The synthetic people all have a BSN, so the demo files leave out the onderwijsnummer column. */
const bsnOnly = (columns: readonly string[]) => columns.filter((c) => c !== 'onderwijsnummer');

/** The writers of the demo files, with the columns the importer defines (imports/kinds). */
function openFiles(uit: string, snapshots: number[]): DemoFiles {
  const crlf = { eol: '\r\n' } as const;
  return {
    scholen: new CsvWriter(join(uit, 'scholen.csv'), KINDS.scholen.columns, {
      delimiter: ';',
      ...crlf,
      bom: true,
    }),
    brp: snapshots.map(
      (d) =>
        new CsvWriter(join(uit, `brp-${isoDay(d)}.csv`), BRP_COLUMNS, {
          delimiter: ',',
          eol: '\n',
        }),
    ),
    inschrijvingen: new CsvWriter(
      join(uit, 'inschrijvingen.csv'),
      bsnOnly(KINDS.inschrijvingen.columns),
      { delimiter: ';', ...crlf },
    ),
    verzuimmeldingen: new CsvWriter(
      join(uit, 'verzuimmeldingen.csv'),
      KINDS.verzuimmeldingen.columns,
      { delimiter: ',', eol: '\n' },
    ),
    vrijstellingen: new CsvWriter(
      join(uit, 'vrijstellingen.csv'),
      bsnOnly(KINDS.vrijstellingen.columns),
      { delimiter: ';', ...crlf },
    ),
  };
}

/** Generates the demo files into `options.uit` and returns the manifest (also written there). */
export function generateDemo(options: GenerateOptions): DemoManifest {
  const today = parseDay(options.today);
  if (today < WINDOW_START + 31) {
    throw new Error(`vandaag (${options.today}) moet na 2023-09-01 liggen`);
  }
  const progress = options.onProgress ?? (() => undefined);
  const root = new Rng(hashSeed(`aanwezig-demo:${options.schaal}:${options.seed}`));
  const pools = buildNamePools(options.seed);
  const fractie = options.fractie ?? 1;
  const gemeenten: DemoGemeente[] =
    options.schaal === 'regio'
      ? regioGemeenten(fractie)
      : landGemeenten(pools.faker, root.fork('gemeenten'), fractie);
  const regio = gemeenten.filter((g) => g.inRegio);
  const snapshots = snapshotDays(today);
  mkdirSync(options.uit, { recursive: true });
  const files = openFiles(options.uit, snapshots);
  const schools = generateSchools(
    root.fork('scholen'),
    gemeenten,
    pools,
    options.schaal === 'regio',
  );
  for (const s of schools) {
    files.scholen.write({
      brin: s.brin,
      vestiging: s.vestiging,
      naam: s.naam,
      sector: s.sector,
      gemeentecode: s.gemeente,
      postcode: s.postcode,
      plaats: s.plaats,
      email: s.email,
    });
  }
  const index = new SchoolIndex(schools, new Map(gemeenten.map((g) => [g.code, g])));
  const bsn = new BsnSequence(options.seed);
  const ctx: GenContext = {
    rng: root,
    pools,
    bsn,
    start: WINDOW_START,
    today,
    snapshots,
    gemeenten,
    regio,
  };
  const writer = new FamilyWriter(files, {
    index,
    snapshots,
    today,
    start: WINDOW_START,
    regio: new Set(regio.map((g) => g.code)),
    years: reportYears(today),
  });
  regio.forEach((g, i) => {
    progress(`Demodata maken: gemeente ${i + 1}/${regio.length} (${g.naam})`);
    const local = { ...ctx, rng: root.fork(`gemeente:${g.code}`) };
    writer.rng = local.rng;
    generateGemeente(local, g, (family) => writer.write(family));
  });
  writeUnknownMeldingen(writer, root.fork('onbekend'), {
    bsn,
    onderwijsnummer: new OnderwijsnummerSequence(),
    pools,
    regio,
    index,
  });
  const all = [
    files.scholen,
    ...files.brp,
    files.inschrijvingen,
    files.verzuimmeldingen,
    files.vrijstellingen,
  ];
  for (const f of all) f.close();
  const manifest: DemoManifest = {
    schaal: options.schaal,
    seed: options.seed,
    vandaag: options.today,
    regio: {
      naam: options.schaal === 'regio' ? 'Holland Rijnland (demo)' : 'Nederland (benchmark)',
      gemeenten: regio.map((g) => ({ code: g.code, naam: g.naam })),
    },
    bestanden: [
      { bestand: 'scholen.csv', soort: 'scholen', rijen: files.scholen.rows },
      ...files.brp.map((f, k) => ({
        bestand: `brp-${isoDay(snapshots[k]!)}.csv`,
        soort: 'brp' as const,
        peildatum: isoDay(snapshots[k]!),
        rijen: f.rows,
      })),
      { bestand: 'inschrijvingen.csv', soort: 'inschrijvingen', rijen: files.inschrijvingen.rows },
      {
        bestand: 'verzuimmeldingen.csv',
        soort: 'verzuimmeldingen',
        rijen: files.verzuimmeldingen.rows,
      },
      { bestand: 'vrijstellingen.csv', soort: 'vrijstellingen', rijen: files.vrijstellingen.rows },
    ],
    statistiek: writer.stats.figures,
  };
  writeFileSync(join(options.uit, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
