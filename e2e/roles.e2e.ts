// SPDX-License-Identifier: EUPL-1.2
import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe.ts';
import { DEMO_PASSWORD, signIn } from './sign-in.ts';

test('sign-in names what is missing, refuses a wrong password in Dutch, and is accessible', async ({
  page,
}) => {
  await page.goto('/personen');
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Controleer' });
  await expect(summary.getByRole('link', { name: 'Vul uw gebruikersnaam in.' })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Gebruikersnaam').fill('consulent');
  await page.getByLabel('Wachtwoord').fill('niet-het-goede-wachtwoord');
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Aanmelden is niet gelukt' }),
  ).toBeVisible();

  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  // Back on the page that was asked for.
  await expect(page.getByRole('heading', { level: 1, name: 'Personen zoeken' })).toBeVisible();
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden' })).toBeVisible();
});

test('a policy officer sees the region in numbers, never a person', async ({ page }) => {
  await signIn(page, 'beleid');
  await expect(page.getByRole('heading', { level: 1, name: /Overzicht/ })).toBeVisible();
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await expect(menu.getByRole('link', { name: 'Overzicht' })).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Personen' })).toHaveCount(0);
  await expect(menu.getByRole('link', { name: 'Importeren' })).toHaveCount(0);
  await page.goto('/personen/1');
  await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
  const answer = await page.request.get('/api/personen/1');
  expect(answer.status()).toBe(403);
  await expectAccessible(page);
});

test('the managementteam sets the zomeractie; everyone sees it; the teamleider sees the work per consultant', async ({
  page,
}) => {
  await signIn(page, 'mt');
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Beleidsmodus' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beleidsmodus' })).toBeVisible();
  await page.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Controleer' }).getByRole('link', { name: /reden/ }),
  ).toBeVisible();
  await expectAccessible(page);
  const today = new Date().toISOString().slice(0, 10);
  await page.getByLabel('Naam van de modus').fill('zomeractie');
  await page.getByLabel('Zomeractie / piekmodus').selectOption('ja');
  await page
    .getByLabel('Reden')
    .fill('Piek voor de zomer: eerste meldingen krijgen een kennisgevingsbrief.');
  await page.getByLabel('Geldt vanaf').fill(today);
  await page.getByLabel('Tot en met (niet verplicht)').fill(today);
  await page.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'vastgelegd' })).toBeVisible();
  await page.getByRole('button', { name: 'Afmelden' }).click();

  await signIn(page, 'teamleider');
  await expect(
    page.getByRole('status').filter({ hasText: 'Beleidsmodus zomeractie' }),
  ).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Team' })
    .click();
  const table = page.getByRole('table', { name: 'Werkvoorraad per medewerker' });
  await expect(table.getByRole('row').filter({ hasText: 'Fatima de Consulent' })).toBeVisible();
  await expectAccessible(page);
});

test('administrative staff keep the assignment rules', async ({ page }) => {
  await signIn(page, 'administratie');
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Toewijzing' })
    .click();
  const rules = page.getByRole('table', { name: 'Toewijzingsregels' });
  await expect(
    rules.getByRole('row').filter({ hasText: 'Fatima de Consulent' }).first(),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Regel toevoegen' }).click();
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'Controleer' })
      .getByRole('link', { name: /postcodegebied/ }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Postcode vanaf (niet verplicht)').fill('2300');
  await page.getByLabel('Postcode tot en met (niet verplicht)').fill('2399');
  await page.getByLabel('Medewerker').selectOption({ label: 'Daan de Coach' });
  await page.getByRole('button', { name: 'Regel toevoegen' }).click();
  await expect(rules.getByRole('row').filter({ hasText: 'postcode 2300 t/m 2399' })).toBeVisible();
});
