// SPDX-License-Identifier: EUPL-1.2
import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe.ts';
import { signIn } from './sign-in.ts';

test('a teamleider opens the dashboard, clicks a number and lands on the cases behind it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, 'teamleider');
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Dashboard' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  // The demo region is large and the machine shared: give the figures time.
  await expect(page.getByRole('table', { name: /Dossiers per team/ })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('table', { name: 'No-show met en zonder herinnering' })).toBeVisible({
    timeout: 20_000,
  });
  await expectAccessible(page);

  // The what-if replays last school year's meldingen through the triage rules.
  await page.getByRole('button', { name: 'Berekenen' }).click();
  await expect(page.getByText(/^Schooljaar \d{4}-\d{4}: van de/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/Bron van de minuten: .*schatting van het bureau/)).toBeVisible();

  const open = page.getByRole('link', { name: /open dossiers$/ });
  const text = (await open.textContent())!;
  const count = Number(text.replace(/\./g, ''));
  expect(count).toBeGreaterThan(0);
  await open.click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Dossiers achter het getal' }),
  ).toBeVisible();
  await expect(page.getByText(`${text} ${count === 1 ? 'dossier' : 'dossiers'}`)).toBeVisible({
    timeout: 30_000,
  });
  const table = page.getByRole('table', { name: 'Open dossiers' });
  await expect(table.getByRole('row')).toHaveCount(Math.min(count, 1000) + 1);
  await expectAccessible(page);

  // Each case links to its case page.
  await table.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: /^Dossier / })).toBeVisible();
});

test('the beleidsmedewerker sees the numbers, but not as links to cases', async ({ page }) => {
  await signIn(page, 'beleid');
  await page.goto('/dashboard');
  await expect(page.locator('.aw-card', { hasText: 'Open dossiers' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('link', { name: /open dossiers$/ })).toHaveCount(0);
  await expect(page.getByText('U ziet alleen tellingen')).toBeVisible();
});
