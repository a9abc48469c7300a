// SPDX-License-Identifier: EUPL-1.2
/**
 * A handful of reports per school year about young people the BRP files do not contain (just
 * moved in, or known to DUO only by onderwijsnummer). These rows carry name and date of birth,
 * so the import creates the person (interfaces.md §2.4).
 */
import type { BsnSequence, OnderwijsnummerSequence } from './bsn-sequence.ts';
import { addYears, dayOf, isoDay } from './days.ts';
import type { FamilyWriter } from './family-writer.ts';
import type { DemoGemeente } from './gemeenten.ts';
import { makeMelding, yearPicker } from './meldingen.ts';
import type { DemoPerson } from './model.ts';
import { voornamen, type NamePools } from './names.ts';
import type { Rng } from './prng.ts';
import type { SchoolIndex } from './schools.ts';

interface UnknownCtx {
  bsn: BsnSequence;
  onderwijsnummer: OnderwijsnummerSequence;
  pools: NamePools;
  regio: DemoGemeente[];
  index: SchoolIndex;
}

/** Writes 3–7 reports per school year about persons outside the BRP files. */
export function writeUnknownMeldingen(writer: FamilyWriter, rng: Rng, ctx: UnknownCtx): void {
  const { today, regio, years } = writer.options;
  for (const year of years) {
    const count = 3 + rng.int(0, 4);
    for (let i = 0; i < count; i++) {
      const g = rng.pick(ctx.regio);
      const sector = rng.chance(0.6) ? 'VO' : 'MBO';
      const geslacht = rng.chance(0.5) ? 'M' : 'V';
      const surname = rng.pick(ctx.pools.surnames);
      const person: DemoPerson = {
        bsn: rng.chance(0.6) ? ctx.bsn.next() : '',
        geslachtsnaam: surname.voorvoegsel
          ? `${surname.voorvoegsel} ${surname.geslachtsnaam}`
          : surname.geslachtsnaam,
        voorvoegsel: '',
        voornamen: voornamen(rng, ctx.pools, geslacht),
        geslacht,
        geboortedatum:
          addYears(dayOf(year, 8, 1), -(sector === 'VO' ? rng.int(12, 16) : rng.int(16, 19))) -
          rng.int(0, 364),
        geheimhouding: false,
        periods: [{ gemeente: g.code, address: null, vanaf: dayOf(year, 8, 1) }],
        inExtractVanaf: dayOf(year, 8, 1),
        jeugd: true,
      };
      const school = ctx.index.choose(rng, sector, g.code);
      const stint = {
        school,
        sector,
        start: dayOf(year, 8, 1),
        end: dayOf(year + 1, 7, 31),
        leerjaar: 1,
      } as const;
      const melding = makeMelding(
        { rng, today, regio, years },
        person,
        [stint],
        yearPicker(year),
        sector === 'VO' ? 'vo' : 'mbo',
      );
      if (!melding) continue;
      const who: Record<string, string> = person.bsn
        ? { bsn: person.bsn }
        : { onderwijsnummer: ctx.onderwijsnummer.next() };
      writer.writeMelding(melding, {
        ...who,
        geslachtsnaam: person.geslachtsnaam,
        voornamen: person.voornamen,
        geboortedatum: isoDay(person.geboortedatum),
      });
    }
  }
}
