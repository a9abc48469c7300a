// SPDX-License-Identifier: EUPL-1.2
/**
 * Pools of Dutch names and street names, drawn once from a seeded `fakerNL`. Rows pick from the
 * pools with the fast PRNG, so millions of rows cost no faker calls and stay deterministic.
 */
import { Faker, nl, base, en } from '@faker-js/faker';
import type { Rng } from './prng.ts';

/** A surname split into voorvoegsel (`van der`) and geslachtsnaam (`Velden`), as the BRP keeps them. */
export interface Surname {
  voorvoegsel: string;
  geslachtsnaam: string;
}

/** Name and street pools for one generation run. */
export interface NamePools {
  surnames: Surname[];
  boys: string[];
  girls: string[];
  streets: string[];
  faker: Faker;
}

/** Splits `van der Velden` into `van der` + `Velden`; a surname without prefix keeps an empty one. */
export function splitSurname(full: string): Surname {
  const match = /^((?:[a-z']+\s)+)(.+)$/.exec(full);
  return match
    ? { voorvoegsel: (match[1] ?? '').trim(), geslachtsnaam: match[2] ?? full }
    : { voorvoegsel: '', geslachtsnaam: full };
}

const unique = (values: string[]) => [...new Set(values)].sort();

/**
 * faker's Dutch list has only about 130 surnames; these common Dutch surnames and surnames of
 * Dutch people with roots elsewhere widen the pool (and put diacritics in the files).
 */
const EXTRA_SURNAMES =
  `de Jong|Jansen|van den Berg|van Dijk|Janssen|Visser|Smit|Meijer|Mulder|de Groot|Bos|Vos|Peters
|Hendriks|van Leeuwen|Dekker|Brouwer|Smits|de Graaf|van der Meer|van der Linden|Kok|Jacobs|de Haan|Vermeulen
|van den Heuvel|van der Veen|van den Broek|van der Heijden|Schouten|van Beek|Willems|van Vliet|van de Ven
|Hoekstra|Maas|Verhoeven|Koster|van Dam|van der Wal|Prins|Huisman|Peeters|de Jonge|Kuipers|van Veen|Post
|Kuiper|Veenstra|Kramer|van den Brink|Scholten|van Wijk|Martens|Vink|de Ruiter|Timmermans|Groen|Gerritsen
|Jonker|van Loon|van der Velde|Willemsen|Smeets|de Lange|Bosch|van Dongen|Schipper|de Koning|van der Laan
|Koning|van der Velden|Driessen|van Doorn|Hermans|Evers|van den Bosch|van der Meulen|Hofman|Bosman|Wolters
|Sanders|van der Horst|Mol|Kuijpers|Molenaar|van de Pol|de Leeuw|Verbeek|Zwetsloot|Warmerdam|van Egmond
|Ouwehand|Haasnoot|van Duijn|van der Plas|Guijt|Taal|van Rijn|Rijnsburger|van Delft|Hogewoning|Yılmaz|Kaya
|El Amrani|Bouzid|Öztürk|Demir|Nguyen|Singh|Mohammadi|Kowalski|Nowak|Ahmadi|Haddou|Benali|Ramdin|Sewdien
|Tahiri|Doğan|Şahin|Çelik|Hoàng|Kovačević|Ferreira|dos Santos|Asante|Mensah|Haile|Tesfay|Osman`
    .split('|')
    .map((s) => s.trim());

/** Builds the pools from a Dutch faker seeded with `seed` (the same seed gives the same pools). */
export function buildNamePools(seed: number): NamePools {
  const faker = new Faker({ locale: [nl, en, base] });
  faker.seed(seed);
  const draw = (n: number, f: () => string) => unique(Array.from({ length: n }, f));
  const surnames = unique([...draw(3000, () => faker.person.lastName()), ...EXTRA_SURNAMES]).map(
    splitSurname,
  );
  const boys = draw(3000, () => faker.person.firstName('male'));
  const girls = draw(3000, () => faker.person.firstName('female'));
  const streets = draw(4000, () => faker.location.street()).filter((s) => !/[,;"]/.test(s));
  return { surnames, boys, girls, streets, faker };
}

/** One or two (sometimes three) voornamen. */
export function voornamen(rng: Rng, pools: NamePools, geslacht: string): string {
  const list =
    geslacht === 'M'
      ? pools.boys
      : geslacht === 'V'
        ? pools.girls
        : rng.chance(0.5)
          ? pools.boys
          : pools.girls;
  const count = rng.weighted({ one: 45, two: 45, three: 10 });
  const first = rng.pick(list);
  if (count === 'one') return first;
  const second = rng.pick(list);
  return count === 'two' ? `${first} ${second}` : `${first} ${second} ${rng.pick(list)}`;
}
