// SPDX-License-Identifier: EUPL-1.2
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidBsn } from '../../../shared/bsn.ts';
import { generateDemo, type DemoManifest } from './generate.ts';

type Row = Record<string, string>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (v: string) =>
  DATE.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;
const SECTOREN = ['PO', 'SBO', 'SO', 'VO', 'VSO', 'PRO', 'MBO', 'VAVO', 'ISK'];
const SOORTEN = ['16_uur', '18_plus', 'langdurig', 'luxe', 'beginnend', 'signaal', 'overig'];
const ARTIKELEN = ['3a', '3b', '5a', '5b', '5c', '11g', '15'];
const BESLUITEN = ['in_behandeling', 'toegekend', 'afgewezen', 'ingetrokken'];
const BOOL = ['ja', 'nee'];

/** Reads a generated file the way the importer must: BOM allowed, delimiter from the header. */
function readCsv(path: string): { rows: Row[]; delimiter: string } {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const header = text.slice(0, text.indexOf('\n'));
  const delimiter = header.includes(';') ? ';' : ',';
  return {
    rows: parse(text, { columns: true, delimiter, skip_empty_lines: true }) as Row[],
    delimiter,
  };
}

/** Collects rule violations instead of failing on the first, so a failure shows them all. */
function checker() {
  const errors: string[] = [];
  return {
    errors,
    check(ok: boolean, what: () => string) {
      if (!ok && errors.length < 20) errors.push(what());
    },
  };
}

let dir: string;
let manifest: DemoManifest;
const files = new Map<string, Row[]>();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'aanwezig-demo-test-'));
  manifest = generateDemo({ schaal: 'regio', seed: 7, uit: dir, today: '2026-03-15' });
  for (const f of manifest.bestanden) files.set(f.bestand, readCsv(join(dir, f.bestand)).rows);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rowsOf = (soort: string) =>
  manifest.bestanden.filter((f) => f.soort === soort).flatMap((f) => files.get(f.bestand) ?? []);

describe('generateDemo (regio)', () => {
  it('lists the region and every file in import order with its row count', () => {
    expect(manifest.regio.gemeenten.map((g) => g.code)).toEqual([
      '0534',
      '0537',
      '0546',
      '0547',
      '0553',
      '0575',
      '0579',
      '0626',
      '0638',
      '1525',
      '1884',
    ]);
    expect(manifest.bestanden.map((f) => f.soort)).toEqual([
      'scholen',
      'brp',
      'brp',
      'brp',
      'brp',
      'inschrijvingen',
      'verzuimmeldingen',
      'vrijstellingen',
    ]);
    expect(manifest.bestanden.filter((f) => f.soort === 'brp').map((f) => f.peildatum)).toEqual([
      '2023-08-01',
      '2024-08-01',
      '2025-08-01',
      '2026-03-15',
    ]);
    for (const f of manifest.bestanden) expect(files.get(f.bestand)?.length).toBe(f.rijen);
    expect(readdirSync(dir).sort()).toEqual(
      [...manifest.bestanden.map((f) => f.bestand), 'manifest.json'].sort(),
    );
  });

  it('writes both delimiters, a BOM and CRLF line endings somewhere, so imports detect them', () => {
    expect(readCsv(join(dir, 'scholen.csv')).delimiter).toBe(';');
    expect(readCsv(join(dir, 'brp-2023-08-01.csv')).delimiter).toBe(',');
    expect(readFileSync(join(dir, 'scholen.csv'), 'utf8').startsWith('\uFEFF')).toBe(true);
    expect(readFileSync(join(dir, 'inschrijvingen.csv'), 'utf8')).toContain('\r\n');
  });

  it('has sizes near seed 000: about 60,000 young people, 200 schools, 7,000 meldingen a year', () => {
    const s = manifest.statistiek;
    expect(s.jeugd['2023-08-01']).toBeGreaterThan(57_000);
    expect(s.jeugd['2023-08-01']).toBeLessThan(63_000);
    expect(files.get('scholen.csv')!.length).toBeGreaterThan(180);
    expect(files.get('scholen.csv')!.length).toBeLessThan(220);
    const year = s.meldingen['2023-2024']!;
    const total = year.po[0]! + year.vo[0]! + year.mbo[0]!;
    expect(total).toBeGreaterThan(6000);
    expect(total).toBeLessThan(8500);
    expect(year.po[0]).toBeGreaterThan(120);
    expect(year.po[0]).toBeLessThan(240);
    expect(year.vo[1]).toBeGreaterThan(900);
    expect(year.vo[1]).toBeLessThan(1350);
    expect(year.mbo[1]).toBeGreaterThan(1450);
    expect(year.mbo[1]).toBeLessThan(2100);
    expect(s.personen).toBeGreaterThan(110_000);
    expect(s.personen).toBeLessThan(170_000);
  });

  it('has a few hundred leerplichtige children without school, and every verzuimsoort and artikel', () => {
    const missing = Object.values(manifest.statistiek.zonderInschrijving);
    expect(Math.max(...missing)).toBeGreaterThan(100);
    expect(Math.max(...missing)).toBeLessThan(600);
    // Seed 000: 400 meldingen absoluut verzuim and 500 lopende vrijstellingen in 2023-2024.
    expect(manifest.statistiek.zonderInschrijvingPerSchooljaar['2023-2024']).toBeGreaterThan(250);
    expect(manifest.statistiek.zonderInschrijvingPerSchooljaar['2023-2024']).toBeLessThan(650);
    expect(manifest.statistiek.lopendeVrijstellingen['2024-08-01']).toBeGreaterThan(300);
    expect(manifest.statistiek.lopendeVrijstellingen['2024-08-01']).toBeLessThan(700);
    expect(Object.keys(manifest.statistiek.verzuimsoorten).sort()).toEqual([...SOORTEN].sort());
    expect(Object.keys(manifest.statistiek.vrijstellingen).sort()).toEqual([...ARTIKELEN].sort());
  });

  it('writes valid, unique schools', () => {
    const { errors, check } = checker();
    const keys = new Set<string>();
    for (const r of files.get('scholen.csv')!) {
      check(
        /^\d{2}[A-Z]{2}$/.test(r.brin!) && /^\d{2}$/.test(r.vestiging!),
        () => `brin ${r.brin} ${r.vestiging}`,
      );
      check(
        SECTOREN.includes(r.sector!) && /^\d{4}$/.test(r.gemeentecode!) && r.naam !== '',
        () => `school ${JSON.stringify(r)}`,
      );
      check(
        /^\d{4} ?[A-Z]{2}$/.test(r.postcode!) && /^[^@\s]+@[^@\s]+\.[a-z]+$/.test(r.email!),
        () => `adres ${r.postcode} ${r.email}`,
      );
      check(!keys.has(`${r.brin}${r.vestiging}`), () => `dubbele school ${r.brin}${r.vestiging}`);
      keys.add(`${r.brin}${r.vestiging}`);
    }
    expect(errors).toEqual([]);
    const sectors = new Set(files.get('scholen.csv')!.map((r) => r.sector));
    expect([...sectors].sort()).toEqual([...SECTOREN].sort());
    const outside = files
      .get('scholen.csv')!
      .filter((r) => !manifest.regio.gemeenten.some((g) => g.code === r.gemeentecode));
    expect(outside.length).toBeGreaterThan(3);
  });

  it('writes BRP snapshots whose rows follow §2.2 and name only known parents', () => {
    const { errors, check } = checker();
    const known = new Set<string>();
    for (const f of manifest.bestanden.filter((b) => b.soort === 'brp')) {
      const rows = files.get(f.bestand)!;
      const inFile = new Set(rows.map((r) => r.bsn!));
      check(inFile.size === rows.length, () => `dubbele bsn in ${f.bestand}`);
      for (const r of rows) {
        check(isValidBsn(r.bsn!), () => `elfproef ${f.bestand}`);
        check(
          r.geslachtsnaam !== '' && isDate(r.geboortedatum!) && r.geboortedatum! <= f.peildatum!,
          () => `persoon ${JSON.stringify(r)}`,
        );
        check(
          ['M', 'V', 'X', 'O'].includes(r.geslacht!) && /^\d{4}$/.test(r.gemeentecode!),
          () => `geslacht/gemeente ${JSON.stringify(r)}`,
        );
        for (const c of ['datum_vestiging', 'datum_vertrek', 'datum_overlijden']) {
          check(
            r[c] === '' || (isDate(r[c]!) && r[c]! <= f.peildatum!),
            () => `${c} ${r[c]} in ${f.bestand}`,
          );
        }
        check(
          r.postcode === '' || /^\d{4}[A-Z]{2}$/.test(r.postcode!),
          () => `postcode ${r.postcode}`,
        );
        check(
          ['', 'ja'].includes(r.rni!) && ['', 'ja'].includes(r.geheimhouding!),
          () => 'rni/geheimhouding',
        );
        check(r.rni === '' || r.straat === '', () => 'rni met adres');
        for (const c of ['ouder1_bsn', 'ouder2_bsn']) {
          check(
            r[c] === '' || known.has(r[c]!) || inFile.has(r[c]!),
            () => `onbekende ouder in ${f.bestand}`,
          );
        }
        check(r.ouder2_bsn === '' || r.ouder1_bsn !== '', () => 'ouder2 zonder ouder1');
      }
      rows.forEach((r) => known.add(r.bsn!));
    }
    expect(errors).toEqual([]);
    const later = rowsOf('brp').slice(files.get('brp-2023-08-01.csv')!.length);
    expect(later.filter((r) => r.datum_vertrek !== '').length).toBeGreaterThan(100);
    expect(later.filter((r) => r.datum_overlijden !== '').length).toBeGreaterThan(5);
    expect(later.filter((r) => r.rni === 'ja').length).toBeGreaterThan(20);
  });

  it('writes enrolments for known persons at known schools, matching their age', () => {
    const { errors, check } = checker();
    const people = new Map(rowsOf('brp').map((r) => [r.bsn!, r]));
    const schools = new Map(files.get('scholen.csv')!.map((r) => [`${r.brin}${r.vestiging}`, r]));
    const keys = new Set<string>();
    for (const r of files.get('inschrijvingen.csv')!) {
      const person = people.get(r.bsn!);
      check(person !== undefined, () => 'inschrijving van onbekende persoon');
      check(
        schools.get(`${r.brin}${r.vestiging}`)?.sector === r.sector,
        () => `school/sector ${r.brin} ${r.sector}`,
      );
      check(
        isDate(r.datum_inschrijving!) && r.datum_inschrijving! <= manifest.vandaag,
        () => `inschrijving ${r.datum_inschrijving}`,
      );
      check(
        r.datum_uitschrijving === '' ||
          (isDate(r.datum_uitschrijving!) && r.datum_uitschrijving! >= r.datum_inschrijving!),
        () => `uitschrijving ${r.datum_inschrijving} ${r.datum_uitschrijving}`,
      );
      check(
        r.startkwalificatie_datum === '' || isDate(r.startkwalificatie_datum!),
        () => 'startkwalificatie',
      );
      check(/^\d+$/.test(r.leerjaar!), () => `leerjaar ${r.leerjaar}`);
      if (person) {
        const age =
          Number(r.datum_inschrijving!.slice(0, 4)) - Number(person.geboortedatum!.slice(0, 4));
        const [lo, hi] =
          r.sector === 'PO' || r.sector === 'SBO' || r.sector === 'SO'
            ? [3, 14]
            : r.sector === 'MBO' || r.sector === 'VAVO'
              ? [14, 24]
              : [10, 21];
        check(age >= lo! && age <= hi!, () => `leeftijd ${age} bij ${r.sector}`);
      }
      const key = `${r.bsn}${r.brin}${r.vestiging}${r.datum_inschrijving}`;
      check(!keys.has(key), () => 'dubbele inschrijving');
      keys.add(key);
    }
    expect(errors).toEqual([]);
    const rows = files.get('inschrijvingen.csv')!;
    expect(rows.length).toBeGreaterThan(55_000);
    expect(rows.filter((r) => r.datum_uitschrijving !== '').length).toBeGreaterThan(10_000);
    expect(rows.filter((r) => r.startkwalificatie_datum !== '').length).toBeGreaterThan(2_000);
  });

  it('writes meldingen per §2.4: known persons, or unknown ones with name and date of birth', () => {
    const { errors, check } = checker();
    const people = new Set(rowsOf('brp').map((r) => r.bsn!));
    const schools = new Set(files.get('scholen.csv')!.map((r) => `${r.brin}${r.vestiging}`));
    const numbers = new Set<string>();
    let unknown = 0;
    for (const r of files.get('verzuimmeldingen.csv')!) {
      check(
        !numbers.has(r.meldingnummer!) && r.meldingnummer !== '',
        () => `meldingnummer ${r.meldingnummer}`,
      );
      numbers.add(r.meldingnummer!);
      const knownPerson = r.bsn !== '' && people.has(r.bsn!);
      if (!knownPerson) {
        unknown++;
        check(
          r.geslachtsnaam !== '' && isDate(r.geboortedatum!),
          () => 'onbekende persoon zonder naam of geboortedatum',
        );
        check(
          r.bsn === '' ? /^\d{9}$/.test(r.onderwijsnummer!) : isValidBsn(r.bsn!),
          () => 'bsn/onderwijsnummer',
        );
      }
      check(
        schools.has(`${r.brin}${r.vestiging}`) && SOORTEN.includes(r.verzuimsoort!),
        () => `school/soort ${r.verzuimsoort}`,
      );
      check(
        isDate(r.verzuim_van!) && (r.verzuim_tot === '' || r.verzuim_tot! >= r.verzuim_van!),
        () => `verzuim ${r.verzuim_van} ${r.verzuim_tot}`,
      );
      check(
        /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2})?$/.test(r.gemeld_op!) &&
          r.gemeld_op!.slice(0, 10) <= manifest.vandaag,
        () => `gemeld_op ${r.gemeld_op}`,
      );
      check(
        BOOL.includes(r.actie_gewenst!) && ['', ...BOOL].includes(r.alle_lessen_verzuimd!),
        () => 'booleans',
      );
      check(
        r.verzuim_uren === '' || /^\d+(\.5)?$/.test(r.verzuim_uren!),
        () => `uren ${r.verzuim_uren}`,
      );
      check(r.vermoedelijke_reden!.length <= 200, () => 'reden te lang');
    }
    expect(errors).toEqual([]);
    expect(unknown).toBeGreaterThan(5);
    expect(unknown).toBeLessThan(40);
    const rows = files.get('verzuimmeldingen.csv')!;
    const ja = rows.filter((r) => r.actie_gewenst === 'ja').length / rows.length;
    expect(ja).toBeGreaterThan(0.65);
    expect(ja).toBeLessThan(0.9);
  });

  it('writes vrijstellingen per §2.5 with decisions, validity and renewals', () => {
    const { errors, check } = checker();
    const people = new Set(rowsOf('brp').map((r) => r.bsn!));
    const keys = new Set<string>();
    for (const r of files.get('vrijstellingen.csv')!) {
      check(
        people.has(r.bsn!) && ARTIKELEN.includes(r.artikel!) && BESLUITEN.includes(r.besluit!),
        () => `vrijstelling ${JSON.stringify(r)}`,
      );
      check(isDate(r.datum_aanvraag!) && r.datum_aanvraag! <= manifest.vandaag, () => 'aanvraag');
      const decided = r.besluit !== 'in_behandeling';
      check(
        decided
          ? isDate(r.datum_besluit!) && r.datum_besluit! >= r.datum_aanvraag!
          : r.datum_besluit === '',
        () => `besluit ${JSON.stringify(r)}`,
      );
      check(
        r.besluit !== 'toegekend' || isDate(r.geldig_van!),
        () => 'toegekend zonder geldig_van',
      );
      check(
        r.geldig_tot === '' || r.geldig_tot! >= r.geldig_van!,
        () => `geldigheid ${r.geldig_van} ${r.geldig_tot}`,
      );
      check(BOOL.includes(r.herhalingsverzoek!), () => 'herhalingsverzoek');
      const key = `${r.bsn}${r.artikel}${r.datum_aanvraag}`;
      check(!keys.has(key), () => 'dubbele vrijstelling');
      keys.add(key);
    }
    expect(errors).toEqual([]);
    const rows = files.get('vrijstellingen.csv')!;
    expect(rows.length).toBeGreaterThan(1500);
    expect(rows.filter((r) => r.herhalingsverzoek === 'ja').length).toBeGreaterThan(50);
    const granted = rows.filter((r) => r.besluit === 'toegekend').length / rows.length;
    expect(granted).toBeGreaterThan(0.75);
  });
});

describe('generateDemo determinism', () => {
  it('writes byte-identical files for the same seed and different ones for another seed', () => {
    const run = (seed: number) => {
      const out = mkdtempSync(join(tmpdir(), 'aanwezig-demo-det-'));
      try {
        const m = generateDemo({
          schaal: 'regio',
          seed,
          uit: out,
          today: '2025-10-01',
          fractie: 0.05,
        });
        const files = [...m.bestanden.map((f) => f.bestand), 'manifest.json'];
        return files.map((f) => readFileSync(join(out, f)));
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    };
    const [a, b, c] = [run(3), run(3), run(4)];
    expect(a.length).toBe(b.length);
    a.forEach((content, i) => expect(content.equals(b[i]!)).toBe(true));
    expect(a[1]!.equals(c[1]!)).toBe(false);
  });
});
