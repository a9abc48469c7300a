// SPDX-License-Identifier: EUPL-1.2
import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe.ts';
import { signIn } from './sign-in.ts';

test('a consultant takes a new melding from the worklist through investigation and a warning to closure', async ({
  page,
}) => {
  await signIn(page, 'consulent');
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Werklijst' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Werklijst' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Open dossiers' });
  await expect(table).toBeVisible();
  await expectAccessible(page);

  const nieuw = table.getByRole('row').filter({ hasText: 'In beoordeling' }).first();
  const name = (await nieuw.getByRole('link').textContent())!;
  await nieuw.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: `Dossier ${name}` })).toBeVisible();
  await expectAccessible(page);

  const stap = page.getByLabel('Volgende stap');
  // Only what the state machine allows: a warning cannot come before an investigation.
  await expect(stap.locator('option', { hasText: 'Officiële waarschuwing geven' })).toHaveCount(0);
  await stap.selectOption({ label: 'Onderzoek starten' });
  await page.getByRole('button', { name: 'Onderzoek starten' }).click();
  await expect(page.getByText('In onderzoek').first()).toBeVisible();

  await page.getByLabel('Contactmoment of notitie').selectOption('telefoon');
  await page.getByLabel('Wat gebeurde er').fill('Moeder gebeld; afspraak voor gesprek gemaakt.');
  await page.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(page.getByRole('cell', { name: /Moeder gebeld/ })).toBeVisible();

  await stap.selectOption({ label: 'Officiële waarschuwing geven' });
  await page.getByRole('button', { name: 'Officiële waarschuwing geven' }).click();
  await expect(page.getByText('Waarschuwing gegeven (monitoring)')).toBeVisible();

  // Closing without the DUO reason is refused, field by field, in the error summary.
  await stap.selectOption({ label: 'Afsluiten' });
  await page.getByLabel('Afdoening').selectOption({ label: 'Waarschuwing gegeven' });
  await page.getByRole('button', { name: 'Afsluiten' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Controleer' });
  await expect(summary.getByRole('link', { name: /reden van afsluiten/i })).toBeVisible();
  await expectAccessible(page);
  await page
    .getByLabel('Reden van afsluiten (voor DUO)')
    .selectOption({ label: 'Terug op school, onderwijs hervat' });
  await page
    .getByLabel('Toelichting op het afsluiten (voor DUO)')
    .selectOption({ label: 'De leerling is door de gemeente gezien' });
  await page.getByRole('button', { name: 'Afsluiten' }).click();
  await expect(page.getByText('Dit dossier is afgesloten')).toBeVisible();
  const meldingen = page.getByRole('table', { name: 'Verzuimmeldingen in dit dossier' });
  await expect(
    meldingen.getByRole('cell', { name: 'Afgesloten', exact: true }).first(),
  ).toBeVisible();
  await expect(
    page.getByRole('table', { name: /Alles wat in dit dossier gebeurde/ }),
  ).toContainText('Officiële waarschuwing');
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/dossier.png', fullPage: true });
});
