// SPDX-License-Identifier: EUPL-1.2
import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe.ts';
import { signIn } from './sign-in.ts';

test('the functioneel beheerder creates an account, is told what is missing, and manages it', async ({
  page,
}) => {
  await signIn(page, 'beheer');
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Gebruikers' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gebruikers' })).toBeVisible();
  const table = page.getByRole('table', { name: /^Gebruikers \(\d+\)$/ });
  await expect(table.getByRole('cell', { name: 'consulent', exact: true })).toBeVisible();
  await expectAccessible(page);

  // A name the server has never seen, so a rerun against the same database still works.
  const gebruikersnaam = `e2e.${Date.now().toString(36)}`;
  await page.getByLabel('Gebruikersnaam', { exact: true }).fill(gebruikersnaam);
  await page.getByLabel('Rol', { exact: true }).selectOption({ label: 'Leerplichtconsulent' });
  await page.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Controleer' });
  await expect(
    summary.getByRole('link', { name: 'Vul de naam van de medewerker in.' }),
  ).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page.getByLabel('Naam', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  await page.getByLabel('Naam', { exact: true }).fill('Eva Testpersoon');
  await page.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `${gebruikersnaam} is aangemaakt` }),
  ).toBeVisible();
  await expect(summary).toHaveCount(0);
  const row = table.getByRole('row').filter({ hasText: gebruikersnaam });
  await expect(row).toContainText('Eva Testpersoon');
  await expect(row).toContainText('Leerplichtconsulent');
  await expect(row).toContainText('actief');

  // Taken names are refused by the server and shown at the field.
  await page.getByLabel('Gebruikersnaam', { exact: true }).fill(gebruikersnaam);
  await page.getByLabel('Naam', { exact: true }).fill('Nog een Eva');
  await page.getByLabel('Rol', { exact: true }).selectOption({ label: 'Teamleider' });
  await page.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
  await expect(summary.getByRole('link', { name: /bestaat al/ })).toBeVisible();

  await row.getByRole('button', { name: `Beheren: ${gebruikersnaam}` }).click();
  const panel = page.getByRole('region', { name: `Account ${gebruikersnaam} beheren` });
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  await panel.getByLabel('Rol').selectOption({ label: 'Teamleider' });
  await panel.getByRole('button', { name: 'Rol wijzigen' }).click();
  await expect(panel.getByRole('status')).toContainText('is nu Teamleider');
  await expect(row).toContainText('Teamleider');
  await panel.getByRole('button', { name: 'Deactiveren' }).click();
  await expect(panel.getByRole('status')).toContainText('is gedeactiveerd');
  await expect(row).toContainText('gedeactiveerd');
  await expect(panel.getByRole('button', { name: 'Activeren' })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/gebruikers.png', fullPage: true });
});

test('the privacy officer searches the audit log and checks its chain', async ({ page }) => {
  await signIn(page, 'privacy');
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Auditlog' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Auditlog' })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Vanaf (niet verplicht)').fill('31-02-2024');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Controleer' });
  await expect(summary.getByRole('link', { name: /bestaande datum/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Vanaf (niet verplicht)').fill('');
  await page.getByLabel('Gebruiker (niet verplicht)').fill('privacy');
  await page.getByLabel('Handeling (niet verplicht)').fill('auth.');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  const table = page.getByRole('table', { name: 'Regels uit het auditlog, nieuwste eerst' });
  await expect(table).toBeVisible();
  const rows = table.getByRole('row');
  expect(await rows.count()).toBeGreaterThan(1);
  await expect(rows.nth(1)).toContainText('auth.signed_in');
  // Dutch date and time, e.g. "2 september 2024 om 10:05:09".
  await expect(rows.nth(1).getByRole('cell').first()).toHaveText(
    /^\d{1,2} [a-z]+ \d{4} om \d{2}:\d{2}:\d{2}$/,
  );
  for (const actor of await table.getByRole('row').locator('td:nth-child(2)').allTextContents()) {
    expect(actor).toBe('privacy');
  }
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Keten controleren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De keten is intact' })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/auditlog.png', fullPage: true });

  // Pages the privacy officer has no business with stay out of the menu.
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await expect(menu.getByRole('link', { name: 'Gebruikers' })).toHaveCount(0);
  await expect(menu.getByRole('link', { name: 'Personen' })).toHaveCount(0);
});

/**
 * A demo school with a hundred-odd meldingen in the past year (the demo region comes from a fixed
 * seed); the busiest one has thousands, which makes the accessibility scan slow.
 */
const BUSY_SCHOOL = '89WJ';

test('a school user sees only the status of its own meldingen', async ({ page }) => {
  // The demo account follows a school with about a hundred meldingen in the last year.
  await signIn(page, 'school');
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await menu.getByRole('link', { name: 'Onze meldingen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Onze meldingen' })).toBeVisible();
  await expect(page.getByText('persoonlijke en gevoelige informatie wordt niet')).toBeVisible();
  const table = page.getByRole('table', { name: 'Verzuimmeldingen van uw school, nieuwste eerst' });
  await expect(table).toBeVisible();
  expect(await table.getByRole('row').count()).toBeGreaterThan(20);
  await expectAccessible(page);
  await expect(menu.getByRole('link', { name: 'Gebruikers' })).toHaveCount(0);
  await expect(menu.getByRole('link', { name: 'Auditlog' })).toHaveCount(0);
  await page.goto('/gebruikers');
  await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
  expect((await page.request.get('/api/audit')).status()).toBe(403);
  await page.getByRole('button', { name: 'Afmelden' }).click();

  // The beheerder gives a busy school an account; the school signs in and follows its meldingen.
  const gebruikersnaam = `school.${Date.now().toString(36)}`;
  const wachtwoord = 'een lang e2e-wachtwoord';
  await signIn(page, 'beheer', '/gebruikers');
  await page.getByLabel('Gebruikersnaam', { exact: true }).fill(gebruikersnaam);
  await page.getByLabel('Naam', { exact: true }).fill('Mirjam Mentor');
  await page.getByLabel('Rol', { exact: true }).selectOption('school');
  await page.getByLabel('Wachtwoord (niet verplicht)').fill(wachtwoord);
  await page.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Controleer' });
  await expect(summary.getByRole('link', { name: /BRIN/ })).toBeVisible();
  await page.getByLabel('BRIN van de school').fill(BUSY_SCHOOL.toLowerCase());
  await page.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is aangemaakt' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: gebruikersnaam })).toContainText(
    BUSY_SCHOOL,
  );
  await page.getByRole('button', { name: 'Afmelden' }).click();

  // From the start page, a school user lands on its meldingen.
  await page.goto('/');
  await page.getByLabel('Gebruikersnaam').fill(gebruikersnaam);
  await page.getByLabel('Wachtwoord').fill(wachtwoord);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Onze meldingen' })).toBeVisible();
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveText([
    'Meldingnummer',
    'Gemeld op',
    'Leerling',
    'Vestiging',
    'Verzuimsoort',
    'Status',
    'Terugkoppeling',
  ]);
  expect(await table.getByRole('row').count()).toBeGreaterThan(1);
  for (const status of await table.locator('tbody td:nth-child(6)').allTextContents()) {
    expect(['ontvangen', 'in behandeling', 'afgesloten']).toContain(status);
  }
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/onze-meldingen-telefoon.png' });
});
