// SPDX-License-Identifier: EUPL-1.2
import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe.ts';
import { signIn } from './sign-in.ts';

test('a consultant finds a demo person by name and opens the person page', async ({ page }) => {
  await signIn(page, 'consulent');
  await expect(
    page.getByRole('heading', { level: 1, name: /Overzicht Holland Rijnland/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Inwoners per gemeente vandaag' }).getByRole('row'),
  ).toHaveCount(12);
  await expectAccessible(page);

  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Personen' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Personen zoeken' })).toBeVisible();
  await expectAccessible(page);

  // Wrong input first: the error summary names the problem and links to the field.
  await page.getByLabel('BSN').fill('123456789');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Controleer' });
  await expect(summary.getByRole('link', { name: /elfproef/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('BSN').fill('');
  await page.getByLabel('Achternaam').fill('jansen');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  const results = page.getByRole('table', { name: 'Zoekresultaten' });
  await expect(results).toBeVisible();
  expect(page.url()).not.toMatch(/\d{9}/);
  const first = results.getByRole('link').first();
  const name = (await first.textContent())!;
  await first.click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  for (const section of [
    'Personalia',
    'Woonhistorie',
    'Ouders',
    'Inschrijvingen',
    'Vrijstellingen',
    'Verzuimmeldingen',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
  }
  expect(page.url()).toMatch(/\/personen\/\d+$/);
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/persoon.png', fullPage: true });

  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/persoon-telefoon.png', fullPage: true });
});

test('the rules page is reachable and accessible', async ({ page }) => {
  await signIn(page, 'consulent', '/regels');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page);
});
