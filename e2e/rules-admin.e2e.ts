// SPDX-License-Identifier: EUPL-1.2
import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe.ts';
import { signIn } from './sign-in.ts';

test('the beheerder saves a dated rule setting on the Regels page', async ({ page }) => {
  // Far in the future, so no other journey sees the value; different per run, because a reused
  // data folder keeps the values of earlier runs.
  const day = new Date(Date.UTC(2099, 0, 1) + (Math.floor(Date.now() / 60_000) % 360) * 86_400_000);
  const vanaf = day.toISOString().slice(0, 10);

  await signIn(page, 'beheer');
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Regels' })
    .click();
  const row = page
    .getByRole('table', { name: 'Instellingen van de regels' })
    .getByRole('row')
    .filter({ hasText: 'halt.minUren' });
  await row.getByLabel('Waarde').fill('12');
  await row.getByLabel('Geldig vanaf').fill(vanaf);
  await row.getByLabel('Reden').fill('Controle van de beheerpagina: waarde ongewijzigd.');
  await row.getByRole('button', { name: 'Opslaan' }).click();
  // A state-changing call without the session's CSRF token would be refused here.
  // The section's own message (a policy-mode banner may also be a status on the page).
  const section = page.getByRole('region', { name: 'Beheer: regionale instellingen' });
  await expect(section.getByRole('status')).toHaveText(
    `halt.minUren = 12 vanaf ${vanaf} opgeslagen.`,
  );
  await expect(row).toContainText(`12 vanaf ${vanaf}`);
  await expectAccessible(page);
});
