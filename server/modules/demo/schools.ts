// SPDX-License-Identifier: EUPL-1.2
/**
 * Schools of the synthetic data: every sector of interfaces.md §2.1, sized to the number of young
 * people per gemeente (about 200 locations for the regio set), with a few schools just outside the
 * region that some pupils attend. BRIN codes are invented but follow the format.
 */
import type { DemoGemeente } from './gemeenten.ts';
import type { NamePools } from './names.ts';
import type { Rng } from './prng.ts';

/** School sectors (interfaces.md §2.1). */
export const SECTOREN = ['PO', 'SBO', 'SO', 'VO', 'VSO', 'PRO', 'MBO', 'VAVO', 'ISK'] as const;
export type Sector = (typeof SECTOREN)[number];

/** One school location (BRIN + vestiging) and the contact who reports absence. */
export interface DemoSchool {
  brin: string;
  vestiging: string;
  naam: string;
  sector: Sector;
  gemeente: string;
  postcode: string;
  plaats: string;
  email: string;
  /** Relative size, for choosing a school for a pupil. */
  gewicht: number;
  melder: { naam: string; functie: string; email: string; telefoon: string };
}

/** Locations per sector for a gemeente with `jeugd` young people (the rest go to a hub). */
const PER_SECTOR: Record<Sector, (jeugd: number) => number> = {
  PO: (j) => (j > 0 ? Math.max(1, Math.round((j * 9) / 24 / 160)) : 0),
  SBO: (j) => Math.floor(j / 5000),
  SO: (j) => Math.floor(j / 8000),
  VO: (j) => (j >= 2000 ? Math.round(j / 2400) : 0),
  VSO: (j) => Math.floor(j / 9000),
  PRO: (j) => Math.floor(j / 7000),
  MBO: (j) => (j >= 8000 ? Math.round(j / 4000) : 0),
  VAVO: (j) => (j >= 12000 ? 1 : 0),
  ISK: (j) => (j >= 8000 ? 1 : 0),
};

/** Schools in neighbouring gemeenten outside the region (regio set only). */
const OUTSIDE: Partial<Record<string, Sector[]>> = {
  '0518': ['VO', 'MBO', 'SO'],
  '0392': ['VO', 'MBO'],
  '0484': ['VO', 'MBO'],
  '0629': ['VO'],
};

const PO_NAMES =
  `De Regenboog|De Wegwijzer|Het Kompas|De Vlinder|De Springplank|Het Palet|De Meander|De Zonnewijzer
|Het Klaverblad|De Fonkelsteen|De Horizon|De Ontdekking|De Schakel|De Sterrenkijker|Het Octaaf|De Vuurtoren
|De Duinroos|De Tulp|De Bloesem|Het Anker|De Windroos|De Kameleon|De Oase|De Toverfluit|De Linde|De Eendracht
|Het Mozaïek|De Bron|Sint Jozef|Sint Maarten|De Zevensprong|Het Startblok|De Kring|De Hoeksteen|De Pionier`
    .split('|')
    .map((s) => s.trim());
const PO_PREFIX = {
  Basisschool: 30,
  CBS: 20,
  OBS: 18,
  RKBS: 10,
  Daltonschool: 8,
  Montessorischool: 6,
  Jenaplanschool: 4,
  IKC: 4,
};
const VO_NAMES =
  `Rijnzicht|Duinrand|Veenland|Bollenstreek|Sleutelstad|Oude Rijn|Zijlpoort|Morsch|Hortus|Burcht
|Strandwal|Helmgras|Zeeduin|Kagerplas|Wetering|Trekvaart|Singel|Vliet|Polderland|Hofstede`
    .split('|')
    .map((s) => s.trim());

/** A BRIN for the i-th school: two digits and two capital letters, spread so neighbours differ. */
export function brinFor(i: number): string {
  const n = (i * 7919) % 60840;
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const pair = Math.floor(n / 90);
  return `${String(10 + (n % 90))}${letters[Math.floor(pair / 26) % 26]}${letters[pair % 26]}`;
}

/** Lower-case ASCII slug of a name, for synthetic e-mail domains. */
export const slug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function schoolName(rng: Rng, sector: Sector, g: DemoGemeente, plaats: string): string {
  const name = () => rng.pick(VO_NAMES);
  switch (sector) {
    case 'PO':
      return `${rng.weighted(PO_PREFIX)} ${rng.pick(PO_NAMES)}`;
    case 'SBO':
      return `SBO ${rng.pick(PO_NAMES)}`;
    case 'SO':
      return `SO ${rng.pick(PO_NAMES)}`;
    case 'VO':
      return rng.pick([
        `${name()} College`,
        `Lyceum ${name()}`,
        `Scholengemeenschap ${name()}`,
        `${plaats} College`,
        `Gymnasium ${name()}`,
      ]);
    case 'VSO':
      return `VSO ${name()}`;
    case 'PRO':
      return `Praktijkschool ${name()}`;
    case 'MBO':
      return `ROC ${g.naam}`;
    case 'VAVO':
      return `VAVO ${g.naam}`;
    case 'ISK':
      return `Internationale Schakelklas ${plaats}`;
  }
}

const FUNCTIES: Record<Sector, string[]> = {
  PO: ['directeur', 'intern begeleider', 'administratief medewerker'],
  SBO: ['intern begeleider', 'directeur'],
  SO: ['intern begeleider', 'zorgcoördinator'],
  VO: ['verzuimcoördinator', 'zorgcoördinator', 'teamleider', 'administratief medewerker verzuim'],
  VSO: ['zorgcoördinator', 'teamleider'],
  PRO: ['zorgcoördinator', 'verzuimcoördinator'],
  MBO: ['verzuimmedewerker', 'studieloopbaanbegeleider', 'teamleider'],
  VAVO: ['verzuimmedewerker', 'coördinator vavo'],
  ISK: ['zorgcoördinator', 'teamleider'],
};

/** Builds the schools of all gemeenten; `outside` adds the neighbours' schools of the regio set. */
export function generateSchools(
  rng: Rng,
  gemeenten: DemoGemeente[],
  pools: NamePools,
  outside: boolean,
): DemoSchool[] {
  const schools: DemoSchool[] = [];
  const seenNames = new Set<string>();
  // Small test sets still get one location of every sector, in the biggest gemeente.
  const biggest = gemeenten.filter((g) => g.inRegio).reduce((a, b) => (b.jeugd > a.jeugd ? b : a));
  const missing = SECTOREN.filter(
    (sector) => !gemeenten.some((g) => g.inRegio && PER_SECTOR[sector](g.jeugd) > 0),
  );
  for (const g of gemeenten) {
    const sectors = SECTOREN.flatMap((sector) => {
      const extra =
        (outside && !g.inRegio && OUTSIDE[g.code]?.includes(sector)) ||
        (g === biggest && missing.includes(sector))
          ? 1
          : 0;
      return Array.from({ length: PER_SECTOR[sector](g.jeugd) + extra }, () => sector);
    });
    const shared = new Map<Sector, { brin: string; count: number }>();
    for (const sector of sectors) {
      const plaats = g.plaatsen[schools.length % g.plaatsen.length] ?? g.plaatsen[0]!;
      // mbo and vavo: one institution (BRIN) per gemeente with several locations (vestigingen).
      const group = sector === 'MBO' || sector === 'VAVO' ? shared.get(sector) : undefined;
      const brin = group?.brin ?? brinFor(schools.length + 1);
      const vestiging = String(group?.count ?? 0).padStart(2, '0');
      if (sector === 'MBO' || sector === 'VAVO') {
        shared.set(sector, { brin, count: (group?.count ?? 0) + 1 });
      }
      let naam = schoolName(rng, sector, g, plaats.naam);
      if (group) naam = `${naam}, locatie ${rng.pick(pools.streets)}`;
      if (seenNames.has(`${g.code}:${naam}`)) naam = `${naam} ${plaats.naam}`;
      if (seenNames.has(`${g.code}:${naam}`)) naam = `${naam} ${vestiging}${brin}`;
      seenNames.add(`${g.code}:${naam}`);
      const domain = `${slug(naam)}.example`;
      const melderNaam = `${rng.pick(rng.chance(0.5) ? pools.girls : pools.boys)} ${surnameText(rng, pools)}`;
      schools.push({
        brin,
        vestiging,
        naam,
        sector,
        gemeente: g.code,
        postcode: `${plaats.postcode + rng.int(0, 3)} ${rng.pick(['AB', 'BC', 'CK', 'DL', 'EM', 'GN', 'HP', 'JR'])}`,
        plaats: plaats.naam,
        email: `info@${domain}`,
        gewicht: sector === 'VO' || sector === 'MBO' ? 1 + rng.next() * 2 : 0.5 + rng.next(),
        melder: {
          naam: melderNaam,
          functie: rng.pick(FUNCTIES[sector]),
          email: `${slug(melderNaam).replaceAll('-', '.')}@${domain}`,
          telefoon:
            `0${g.inRegio && g.code !== '0546' ? '252' : '71'}-${rng.int(1000000, 9999999)}`.slice(
              0,
              11,
            ),
        },
      });
    }
  }
  return schools;
}

function surnameText(rng: Rng, pools: NamePools): string {
  const s = rng.pick(pools.surnames);
  return s.voorvoegsel ? `${s.voorvoegsel} ${s.geslachtsnaam}` : s.geslachtsnaam;
}

/** Finds schools by gemeente and sector, falling back to the gemeente's hub or anywhere. */
export class SchoolIndex {
  private readonly byPlace = new Map<string, DemoSchool[]>();
  private readonly bySector = new Map<Sector, DemoSchool[]>();
  private readonly outside = new Map<Sector, DemoSchool[]>();

  constructor(
    readonly schools: DemoSchool[],
    private readonly gemeenten: Map<string, DemoGemeente>,
  ) {
    const add = <K>(map: Map<K, DemoSchool[]>, key: K, s: DemoSchool) => {
      const list = map.get(key);
      if (list) list.push(s);
      else map.set(key, [s]);
    };
    for (const s of schools) {
      add(this.byPlace, `${s.gemeente}:${s.sector}`, s);
      add(gemeenten.get(s.gemeente)?.inRegio ? this.bySector : this.outside, s.sector, s);
    }
  }

  /** A school of `sector` for a pupil living in `gemeente`: mostly nearby, sometimes further away. */
  choose(rng: Rng, sector: Sector, gemeente: string): DemoSchool {
    const outside = this.outside.get(sector);
    if (outside?.length && rng.chance(sector === 'MBO' ? 0.12 : 0.03)) return pick(rng, outside);
    const hub = this.gemeenten.get(gemeente)?.hub;
    const own = this.byPlace.get(`${gemeente}:${sector}`);
    const spread = sector === 'PO' ? 0.03 : 0.15;
    if (own?.length && !rng.chance(spread)) return pick(rng, own);
    const viaHub = hub ? this.byPlace.get(`${hub}:${sector}`) : undefined;
    if (viaHub?.length && !rng.chance(spread)) return pick(rng, viaHub);
    const any = this.bySector.get(sector) ?? outside;
    if (!any?.length) throw new Error(`geen school voor sector ${sector}`);
    return rng.pick(any);
  }
}

function pick(rng: Rng, schools: DemoSchool[]): DemoSchool {
  let total = 0;
  for (const s of schools) total += s.gewicht;
  let r = rng.next() * total;
  for (const s of schools) {
    r -= s.gewicht;
    if (r < 0) return s;
  }
  return schools[schools.length - 1]!;
}
