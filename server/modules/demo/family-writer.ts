// SPDX-License-Identifier: EUPL-1.2
/**
 * Writes one family at a time to every file: its BRP rows per snapshot, and for each young person
 * the exemptions, enrolments and absence reports that follow from their life.
 */
import { brpRow, firstSnapshot, listedIn, pruneParents } from './brp-rows.ts';
import { planCareer, type Stint } from './careers.ts';
import { dropoutBlock, finalizeStints, leerjaarOn } from './enrolment-gaps.ts';
import type { CsvWriter } from './csv-writer.ts';
import { isoDay } from './days.ts';
import {
  exemptionBlocks,
  generateExemptions,
  type Block,
  type DemoExemption,
} from './exemptions.ts';
import { generateMeldingen, meldingValues, type DemoMelding } from './meldingen.ts';
import type { DemoPerson } from './model.ts';
import { Rng } from './prng.ts';
import { StatisticsCollector } from './statistics.ts';
import type { SchoolIndex } from './schools.ts';

/** The open output files of a run. */
export interface DemoFiles {
  scholen: CsvWriter;
  brp: CsvWriter[];
  inschrijvingen: CsvWriter;
  verzuimmeldingen: CsvWriter;
  vrijstellingen: CsvWriter;
}

interface WriterOptions {
  index: SchoolIndex;
  snapshots: number[];
  today: number;
  start: number;
  regio: ReadonlySet<string>;
  years: number[];
}

/** Chance that a leerplichtig child drops out of school altogether during the window. */
const DROPOUT = 0.006;

/** Streams families into the output files. */
export class FamilyWriter {
  /** The random stream of the gemeente being written (set by the generator). */
  rng = new Rng(0);
  readonly stats: StatisticsCollector;
  private meldingen = 0;

  constructor(
    readonly files: DemoFiles,
    readonly options: WriterOptions,
  ) {
    this.stats = new StatisticsCollector(
      options.regio,
      options.snapshots,
      options.start,
      options.today,
    );
  }

  /** Writes a family: BRP rows first, then each young person's school data. */
  write(family: DemoPerson[]): void {
    const { snapshots } = this.options;
    pruneParents(family, snapshots);
    const firsts = family.map((p) => firstSnapshot(p, snapshots));
    snapshots.forEach((day, k) => {
      family.forEach((person, i) => {
        if (listedIn(person, k, snapshots, firsts[i]!)) {
          this.files.brp[k]!.write(brpRow(person, day));
        }
      });
    });
    family.forEach((person, i) => {
      if (firsts[i]! < 0) return;
      this.stats.figures.personen++;
      if (person.jeugd) this.writeYoungPerson(person);
    });
  }

  private writeYoungPerson(person: DemoPerson): void {
    const { rng } = this;
    const { regio, today, start, index } = this.options;
    const exemptions = generateExemptions({ rng, start, today, regio }, person);
    const first = person.periods[0]!.vanaf;
    const arrival = first > start && first !== person.geboortedatum ? first : undefined;
    const careerCtx = { rng, schools: index, today };
    const planned = planCareer(careerCtx, person, person.nieuwkomer ? arrival : undefined);
    const blocks: Block[] = exemptionBlocks(exemptions);
    const dropout = dropoutBlock(rng, person, start, today, DROPOUT);
    if (dropout) blocks.push(dropout);
    const stints = finalizeStints(careerCtx, person, planned, blocks, arrival);
    for (const stint of stints) this.writeStint(person, stint);
    for (const e of exemptions) this.writeExemption(person, e);
    const meldingen = generateMeldingen(
      { rng, today, regio, years: this.options.years },
      person,
      stints,
    );
    this.stats.meldingen(meldingen);
    for (const m of meldingen) this.writeMelding(m, { bsn: person.bsn });
    this.stats.youth(person, stints, blocks);
  }

  private writeStint(person: DemoPerson, s: Stint): void {
    this.files.inschrijvingen.write({
      bsn: person.bsn,
      brin: s.school.brin,
      vestiging: s.school.vestiging,
      sector: s.sector,
      leerjaar: String(leerjaarOn(s, Math.min(s.end ?? this.options.today, this.options.today))),
      opleiding: s.opleiding,
      niveau: s.niveau,
      datum_inschrijving: isoDay(s.start),
      datum_uitschrijving: s.end === undefined ? undefined : isoDay(s.end),
      reden_uitschrijving: s.reden,
      startkwalificatie_datum:
        s.startkwalificatie === undefined ? undefined : isoDay(s.startkwalificatie),
    });
  }

  private writeExemption(person: DemoPerson, e: DemoExemption): void {
    const day = (n: number | undefined) =>
      n === undefined || n === Infinity ? undefined : isoDay(n);
    this.files.vrijstellingen.write({
      bsn: person.bsn,
      artikel: e.artikel,
      datum_aanvraag: isoDay(e.datumAanvraag),
      besluit: e.besluit,
      datum_besluit: day(e.datumBesluit),
      geldig_van: day(e.geldigVan),
      geldig_tot: day(e.geldigTot),
      herhalingsverzoek: e.herhalingsverzoek ? 'ja' : 'nee',
    });
    this.stats.exemption(person, e);
  }

  /** Writes a melding about a known person (bsn) or an unknown one (identity columns). */
  writeMelding(m: DemoMelding, who: Record<string, string>): void {
    this.meldingen++;
    this.files.verzuimmeldingen.write({
      meldingnummer: `VM-${String(this.meldingen).padStart(8, '0')}`,
      ...who,
      ...meldingValues(m),
    });
    this.stats.melding(m);
  }
}
