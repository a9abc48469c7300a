// SPDX-License-Identifier: EUPL-1.2
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../indicator.ts';
import type { FullReport } from '../report.sql.ts';
import { renderXlsx } from './xlsx.ts';

const c02: Indicator = {
  id: 'C02',
  titel: 'Verzuimmeldingen',
  eenheid: 'meldingen',
  definitie: 'Meldingen met een datum in het schooljaar.',
  dimensies: ['gemeente', 'verzuimsoort'],
  rijen: [
    { gemeente: '0546', verzuimsoort: 'ongeoorloofd', aantal: 120 },
    { gemeente: '0546', verzuimsoort: 'luxe', aantal: 3 },
    { gemeente: '0547', verzuimsoort: 'ongeoorloofd', aantal: 40 },
    { gemeente: '0547', verzuimsoort: 'luxe', aantal: 30 },
  ],
};
const c17: Indicator = {
  id: 'C17',
  titel: 'Voortijdig schoolverlaten (DUO)',
  eenheid: 'procent × 100',
  definitie: 'Het officiële vsv-percentage.',
  dimensies: ['gemeente', 'sector'],
  rijen: [
    { gemeente: '0546', sector: 'mbo', aantal: 241 },
    { gemeente: '0547', sector: 'mbo', aantal: 3 },
  ],
};
const c14: Indicator = {
  id: 'C14',
  titel: 'Thuiszitters',
  eenheid: 'personen',
  definitie: '',
  dimensies: ['gemeente'],
  rijen: [],
  geenGegevens: 'Er zijn geen thuiszitters geregistreerd.',
};

const report = (over: Partial<FullReport> = {}): FullReport => ({
  schooljaar: '2023-2024',
  gemaakt: '2024-09-01T10:00:00Z',
  regio: 'Regio Test',
  gemeenten: [
    { code: '0546', naam: 'Leiden' },
    { code: '0547', naam: 'Leiderdorp' },
  ],
  instellingen: {
    telEenheid: 'personen',
    haltTelling: 'verwijzing',
    pvTelling: 'opgemaakt',
    kleineAantallen: 5,
  },
  drempel: 5,
  indicatoren: [c02, c14, c17],
  controles: [
    { id: 'V1', titel: 'Optelling', uitkomst: 'geslaagd', toelichting: 'Klopt.', details: [] },
  ],
  herberekend: false,
  afwijkendVanPublicatie: [],
  vergelijking: [
    {
      schooljaar: '2022-2023',
      bron: 'berekend',
      indicatoren: [{ ...c02, rijen: [{ gemeente: '0546', verzuimsoort: 'luxe', aantal: 100 }] }],
    },
    { schooljaar: '2023-2024', bron: 'berekend', indicatoren: [c02] },
  ],
  ...over,
});

async function read(r: FullReport) {
  const workbook = new ExcelJS.Workbook();
  // A copy as a plain ArrayBuffer: what exceljs's types take.
  await workbook.xlsx.load(Uint8Array.from(await renderXlsx(r)).buffer);
  return workbook;
}

describe('renderXlsx', () => {
  it('has an explanation sheet first and one sheet per table', async () => {
    const workbook = await read(report());
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Toelichting',
      'Controles',
      'Vergelijking',
      'C02 Verzuimmeldingen',
      'C14 Thuiszitters',
      'C17 Voortijdig schoolverlaten (',
    ]);
    const text = JSON.stringify(workbook.getWorksheet('Toelichting')!.getSheetValues());
    expect(text).toContain('2023-2024');
    expect(text).toContain('Telling per leerling (regionale instelling rapport.telEenheid).');
    expect(text).toContain('Nog niet gepubliceerd');
    expect(workbook.getWorksheet('Controles')!.getRow(2).values).toEqual([
      undefined,
      'Optelling',
      'Geslaagd',
      'Klopt.',
    ]);
  });

  it('writes counts as numbers and hidden small numbers as "<5"', async () => {
    const sheet = (await read(report())).getWorksheet('C02 Verzuimmeldingen')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'gemeente',
      'gemeentecode',
      'luxe',
      'ongeoorloofd',
      'totaal',
    ]);
    const leiden = sheet.getRow(2);
    expect(leiden.getCell(1).value).toBe('Leiden');
    expect(leiden.getCell(2).value).toBe('0546');
    expect(leiden.getCell(3).value).toBe('<5');
    // Secondary suppression: 3 would follow from 123 − 120, so 120 (and the cells that would
    // give it away) are hidden too; the row total 123 stays.
    expect(leiden.getCell(4).value).toBe('<5');
    expect(leiden.getCell(5).value).toBe(123);
    expect(leiden.getCell(5).type).toBe(ExcelJS.ValueType.Number);
    expect(leiden.getCell(5).numFmt).toBe('#,##0');
    const totals = sheet.getRow(4);
    expect(totals.values).toEqual([undefined, 'Totaal', '', 33, 160, 193]);
  });

  it('writes percentages as fractions with a % format and no totals', async () => {
    const sheet = (await read(report())).getWorksheet('C17 Voortijdig schoolverlaten (')!;
    const cell = sheet.getRow(2).getCell(3);
    expect(cell.value).toBeCloseTo(0.0241);
    expect(cell.numFmt).toBe('0.00%');
    expect(sheet.getRow(3).getCell(3).value).toBeCloseTo(0.0003);
    expect(sheet.rowCount).toBe(3);
  });

  it('gives the change between years as a percentage number', async () => {
    const sheet = (await read(report())).getWorksheet('Vergelijking')!;
    const row = sheet.getRow(2);
    expect(row.getCell(2).value).toBe(100);
    expect(row.getCell(3).value).toBe(193);
    expect(row.getCell(4).value).toBeCloseTo(0.93);
    expect(row.getCell(4).numFmt).toContain('%');
  });

  it('says when a year is frozen', async () => {
    const workbook = await read(
      report({
        herberekend: true,
        publicatie: {
          schooljaar: '2023-2024',
          versie: 2,
          gepubliceerdDoor: 'b.beleid',
          gepubliceerdOp: '2024-10-01T09:00:00Z',
          overschrevenDoor: null,
          overschrijfReden: null,
        },
      }),
    );
    const status = workbook.getWorksheet('Toelichting')!.getRow(7).getCell(2).value;
    expect(status).toContain('Gepubliceerd (bevroren) op 2024-10-01 door b.beleid (versie 2)');
  });
});
