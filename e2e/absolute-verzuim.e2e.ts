// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe.ts';
import { signIn } from './sign-in.ts';

/** A primary school of the demo region, from the scholen file it was loaded from. */
function demoSchool(): string {
  const [header, ...rows] = readFileSync(
    join(process.env.E2E_DATA_DIR!, 'demo', 'scholen.csv'),
    'utf8',
  )
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n');
  const cols = header!.split(';');
  const school = rows.map((r) => r.split(';')).find((c) => c[cols.indexOf('sector')] === 'PO')!;
  return school[cols.indexOf('brin')]!;
}

test('absoluut verzuim: signal with its reason, investigation, enrolment, and the case closes by itself', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, 'consulent');
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Absoluut verzuim' })
    .click();
  const table = page.getByRole('table', { name: /signalen absoluut verzuim/ });
  await expect(table).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page);
  // A child with a case still at the signal: its reason is on the list.
  const row = table
    .getByRole('row')
    .filter({ hasText: /niet ingeschreven/ })
    .filter({ has: page.getByRole('link', { name: /Dossier/ }) })
    .first();
  const naam = (await row.getByRole('link').first().textContent())!;
  const personHref = (await row.getByRole('link').first().getAttribute('href'))!;
  await row.getByRole('link', { name: /Dossier/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Dossier ${naam}` })).toBeVisible();
  const stap = page.getByLabel('Volgende stap');
  // A reused data folder may hold this case in investigation already (an earlier run).
  if ((await stap.locator('option', { hasText: 'Onderzoek starten' }).count()) > 0) {
    await stap.selectOption({ label: 'Onderzoek starten' });
    await page.getByRole('button', { name: 'Onderzoek starten' }).click();
  }
  await expect(page.getByText('In onderzoek').first()).toBeVisible();
  const caseUrl = page.url();

  // The BSN from the person page (staff may see it there), for the enrolment file.
  await page.goto(personHref);
  const bsn = (await page.locator('dt:text-is("BSN") + dd').textContent())!.trim();
  expect(bsn).toMatch(/^\d{9}$/);

  // Administrative staff import the enrolment DUO delivers, then process the signals.
  await page.context().clearCookies();
  await signIn(page, 'administratie', '/importeren');
  await page.getByLabel('Soort bestand').selectOption('inschrijvingen');
  const today = new Date().toISOString().slice(0, 10);
  await page.getByLabel('Bestand', { exact: true }).setInputFiles({
    name: 'inschrijving.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`bsn,brin,sector,datum_inschrijving\n${bsn},${demoSchool()},PO,${today}\n`),
  });
  await page.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByText(/geïmporteerd/).first()).toBeVisible({ timeout: 30_000 });
  await page.goto('/absoluut-verzuim');
  await page.getByRole('button', { name: 'Signalen nu verwerken' }).click();
  await expect(page.getByText(/vanzelf afgesloten/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('table', { name: /signalen absoluut verzuim/ })).not.toContainText(
    naam,
  );
  await expectAccessible(page);

  // The case closed by itself, with the history to show why.
  await page.goto(new URL(caseUrl).pathname);
  await expect(page.getByText('Vanzelf afgesloten').first()).toBeVisible();
  await expect(page.getByText('Afgesloten').first()).toBeVisible();
});
