// SPDX-License-Identifier: EUPL-1.2
/**
 * Gaps in school careers: exemptions, dropping out, moving away, death. Cuts them out of the
 * planned enrolments and trims the result to what the files can know on `today`.
 */
import type { CareerCtx, Stint } from './careers.ts';
import { addYears, dayOf, schoolYearOf } from './days.ts';
import type { Block } from './exemptions.ts';
import { goneFrom, type DemoPerson } from './model.ts';
import type { Rng } from './prng.ts';

/** Enrolments that ended before this day are left out of the files (old history). */
export const HISTORY_FROM = dayOf(2022, 8, 1);

/** The same stint starting later, its leerjaar advanced by the school years skipped. */
const moveStart = (s: Stint, start: number): Stint => ({
  ...s,
  start,
  leerjaar: s.leerjaar + schoolYearOf(start) - schoolYearOf(s.start),
});

/** Cuts blocks (exemptions, dropping out) out of the stints; a stint may split in two. */
export function subtractBlocks(stints: Stint[], blocks: readonly Block[]): Stint[] {
  let current = stints;
  for (const block of blocks) {
    const next: Stint[] = [];
    for (const s of current) {
      const end = s.end ?? Infinity;
      if (block.tot < s.start || block.van > end) {
        next.push(s);
        continue;
      }
      if (block.van > s.start) {
        const { startkwalificatie, ...rest } = s;
        next.push({
          ...rest,
          end: block.van - 1,
          reden: block.reden,
          ...(startkwalificatie !== undefined && startkwalificatie < block.van
            ? { startkwalificatie }
            : {}),
        });
      }
      if (block.tot < end) {
        next.push(moveStart(s, block.tot + 1));
      }
    }
    current = next;
  }
  return current;
}

/** Why enrolment stopped when a person left: reden per kind of departure. */
function departureReason(person: DemoPerson, gone: number): string {
  if (person.overlijden === gone) return 'overleden';
  if (person.vertrek === gone) return 'verhuisd';
  return 'vertrek naar het buitenland';
}

/**
 * The enrolments as the files show them: only after arrival, stopped on departure, with the
 * blocks cut out, without old history, and without anything after today (an end date in the
 * future is not yet known).
 */
export function finalizeStints(
  ctx: CareerCtx,
  person: DemoPerson,
  planned: Stint[],
  blocks: readonly Block[],
  arrival: number | undefined,
): Stint[] {
  let stints = planned;
  // Someone moving in from elsewhere in the country stays enrolled: the new school takes over on arrival.
  if (arrival !== undefined) {
    stints = stints
      .filter((s) => (s.end ?? Infinity) >= arrival)
      .map((s) => (s.start < arrival ? moveStart(s, arrival) : s));
  }
  const gone = goneFrom(person);
  const all = [...blocks];
  if (gone !== Infinity && !(person.vertrek === gone && ctx.rng.chance(0.5))) {
    all.push({ van: gone, tot: Infinity, reden: departureReason(person, gone) });
  }
  stints = subtractBlocks(stints, all);
  const out: Stint[] = [];
  for (const s of stints) {
    if (
      s.start > ctx.today ||
      (s.end !== undefined && s.end < HISTORY_FROM) ||
      (s.end !== undefined && s.end < s.start)
    ) {
      continue;
    }
    const copy = { ...s };
    if (copy.end !== undefined && copy.end > ctx.today) {
      delete copy.end;
      delete copy.reden;
    }
    if (
      copy.startkwalificatie !== undefined &&
      (copy.startkwalificatie > ctx.today ||
        copy.startkwalificatie > (copy.end ?? Infinity) ||
        copy.startkwalificatie < copy.start)
    ) {
      delete copy.startkwalificatie;
    }
    out.push(copy);
  }
  return out;
}

/** Leerjaar of a stint on day d: one higher every school year after the start. */
export function leerjaarOn(stint: Stint, d: number): number {
  const max = stint.sector === 'PO' || stint.sector === 'SBO' || stint.sector === 'SO' ? 8 : 6;
  return Math.max(1, Math.min(max, stint.leerjaar + schoolYearOf(d) - schoolYearOf(stint.start)));
}

/** Dropping out of school altogether: a few hundred leerplichtige children get such a gap. */
export function dropoutBlock(
  rng: Rng,
  person: DemoPerson,
  windowStart: number,
  today: number,
  chance: number,
): Block | undefined {
  if (!rng.chance(chance)) return undefined;
  const from = Math.max(
    windowStart,
    addYears(person.geboortedatum, 6),
    person.periods[0]?.vanaf ?? windowStart,
  );
  const until = Math.min(today - 30, addYears(person.geboortedatum, 17));
  if (from > until) return undefined;
  const van = rng.int(from, until);
  const tot = rng.chance(0.25) ? van + rng.int(30, 180) : Infinity;
  return {
    van,
    tot,
    reden: rng.pick([
      'uitgeschreven, geen nieuwe school bekend',
      'verhuisd, nieuwe school onbekend',
      'verwijderd van school',
    ]),
  };
}
