// SPDX-License-Identifier: EUPL-1.2
import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe.ts';
import { signIn } from './sign-in.ts';

const iso = (d: Date) => d.toISOString().slice(0, 10);

test('vsv list → contact cadence → reached → first contact → trajectory with outcome', async ({
  page,
}) => {
  test.setTimeout(240_000);
  // A new young person on DUO's list each run (the data folder is reused between runs).
  const stamp = String(Date.now()).slice(-9);
  const naam = `Vsvtest${stamp.slice(-5)}`;
  const today = new Date();
  const born = new Date(Date.UTC(today.getUTCFullYear() - 20, 2, 15));
  const left = new Date(today.getTime() - 60 * 86_400_000);

  await signIn(page, 'beheer', '/importeren');
  await page.getByLabel('Soort bestand').selectOption('vsv');
  await page.getByLabel('Bestand', { exact: true }).setInputFiles({
    name: 'vsv-lijst.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'onderwijsnummer;geslachtsnaam;voornamen;geboortedatum;datum_uitval;laatste_brin;cohort;lijstdatum\n' +
        `${stamp};${naam};Robin;${iso(born)};${iso(left)};99ZZ;nieuw;${iso(today)}\n`,
    ),
  });
  await page.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByText('Het bestand is geïmporteerd')).toBeVisible();
  await page.getByRole('button', { name: 'Afmelden' }).click();

  await signIn(page, 'coach');
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Doorstroompunt' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Doorstroompunt' })).toBeVisible();
  await page.getByLabel('Welke dossiers').selectOption('ja');
  const tasks = page.getByRole('table', { name: /Taken van het contactritme/ });
  await expect(tasks.getByRole('row').filter({ hasText: naam }).first()).toBeVisible();
  await expectAccessible(page);

  await page
    .getByRole('table', { name: /nog niet bereikt/ })
    .getByRole('link', { name: new RegExp(naam) })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(naam) })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Doorstroompunt' })).toBeVisible();
  await expect(page.getByText('Week 3: huisbezoek')).toBeVisible();
  await expectAccessible(page);

  // Week 1: a call that fails, then a WhatsApp that reaches the youth.
  await page.getByRole('button', { name: 'Contactpoging opslaan' }).click();
  await expect(page.getByRole('link', { name: 'Kies hoe u contact zocht.' })).toBeVisible();
  await page.getByLabel('Kanaal').selectOption('bellen');
  await page.getByLabel('Resultaat').selectOption('niet_bereikt');
  await page.getByRole('button', { name: 'Contactpoging opslaan' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'contactpoging is vastgelegd' }),
  ).toBeVisible();
  await page.getByLabel('Kanaal').selectOption('whatsapp');
  await page.getByLabel('Resultaat').selectOption('bereikt');
  await page.getByRole('button', { name: 'Contactpoging opslaan' }).click();
  await expect(
    page
      .getByRole('table', { name: 'Contactpogingen' })
      .getByRole('cell', { name: 'Bereikt', exact: true }),
  ).toBeVisible();
  // Reaching the youth closes the rest of the cadence.
  await expect(page.getByText('Week 3: huisbezoek')).toHaveCount(0);

  await page.getByLabel('Dagbesteding').selectOption('werkt');
  await page.getByLabel('Inkomen volgens SUWI').selectOption('tot_580');
  await page.getByRole('button', { name: 'Eerste contact opslaan' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'eerste contact is vastgelegd' }),
  ).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Traject starten' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'traject is gestart' })).toBeVisible();
  await page.getByLabel('Aantal gehouden afspraken').fill('3');
  await page.getByRole('button', { name: 'Aantal opslaan' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'afspraken is opgeslagen' }),
  ).toBeVisible();
  await page.getByLabel('Uitstroomreden').selectOption('opleiding');
  await page.getByLabel(/Bestemming/).fill('mbo-3 Zorg');
  await page.getByRole('button', { name: 'Traject beëindigen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'dossier is afgesloten' })).toBeVisible();
  const trajecten = page.getByRole('table', { name: 'Begeleidingstrajecten' });
  await expect(trajecten).toContainText('Opleiding');
  await expect(trajecten).toContainText('mbo-3 Zorg');
  await expectAccessible(page);
});
