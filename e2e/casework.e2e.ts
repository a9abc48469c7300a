// SPDX-License-Identifier: EUPL-1.2
import { expect, test, type Page } from '@playwright/test';
import { pdfText } from '../server/modules/letters/test-pdf-text.ts';
import { expectAccessible } from './axe.ts';
import { signIn } from './sign-in.ts';

/** The text of a letter's stored PDF, via poppler's pdftotext. */
async function letterText(page: Page, linkName: RegExp): Promise<string> {
  const href = await page.getByRole('link', { name: linkName }).first().getAttribute('href');
  const pdf = await page.request.get(href!);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  return pdfText(await pdf.body());
}

const pad = (n: number) => String(n).padStart(2, '0');

test('a consultant takes a melding from the worklist: investigation, invitation, no-show, warning, closure with a DUO reason', async ({
  page,
}) => {
  test.setTimeout(240_000);
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

  // An invitation for an appointment two minutes from now: the letter and the outbox message.
  const at = new Date(Date.now() + 120_000);
  await page
    .getByLabel('Datum', { exact: true })
    .fill(`${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`);
  await page
    .getByLabel('Tijd', { exact: true })
    .fill(`${pad(at.getHours())}:${pad(at.getMinutes())}`);
  await page.getByLabel('Locatie').fill('Stadhuis, spreekkamer 2');
  await page.getByLabel(/E-mailadres/).fill('ouder@example.nl');
  await page.getByRole('button', { name: 'Afspraak plannen' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'uitnodiging staat in de outbox' }),
  ).toBeVisible();
  await page.getByLabel('Andere brief maken').selectOption('uitnodiging');
  await page.getByRole('button', { name: 'Maken', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /gemaakt/ })).toBeVisible();
  const invitation = await letterText(page, /openen/);
  expect(invitation).toContain('Stadhuis, spreekkamer 2');
  await expectAccessible(page);

  // Nobody comes: once the appointment has started, the no-show is registered with a follow-up task.
  await page.waitForTimeout(Math.max(0, at.getTime() - Date.now()));
  await expect(async () => {
    await page.getByRole('button', { name: 'No-show' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'No-show geregistreerd' })).toBeVisible(
      { timeout: 2_000 },
    );
  }).toPass({ timeout: 120_000, intervals: [5_000] });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Open taken' })).toBeVisible();

  await stap.selectOption({ label: 'Officiële waarschuwing geven' });
  // Needed only when the case holds luxe verzuim; one day keeps a first offence at a warning.
  await page.getByLabel(/Dagen luxeverzuim/).fill('1');
  await page.getByRole('button', { name: 'Officiële waarschuwing geven' }).click();
  await expect(page.getByText('Waarschuwing gegeven (monitoring)')).toBeVisible();
  await page.getByRole('button', { name: /Brief maken: .*[Ww]aarschuwing/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /gemaakt/ })).toBeVisible();
  const warning = await letterText(page, /[Ww]aarschuwing openen/);
  expect(warning).toMatch(/[Hh]alt|proces-verbaal/);

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
