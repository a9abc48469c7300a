// SPDX-License-Identifier: EUPL-1.2
import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe.ts';
import { signIn } from './sign-in.ts';

test('a beleidsmedewerker opens the Jaarverslag: indicator table, checks and downloads, accessible', async ({
  page,
}) => {
  // The demo region's report is computed on request (three school years side by side).
  test.setTimeout(300_000);
  await signIn(page, 'beleid');
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Jaarverslag' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jaarverslag' })).toBeVisible();
  const checks = page.getByRole('table', { name: /Controles voor publicatie/ });
  await expect(checks).toBeVisible({ timeout: 240_000 });
  await expect(
    checks.getByRole('row').filter({ hasText: 'Halt alleen van 12 tot en met 17 jaar' }),
  ).toBeVisible();
  const figures = page.getByRole('table', { name: /Indicatoren/ });
  await expect(figures.getByRole('row').filter({ hasText: 'C08 Processen-verbaal' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Verslag als PDF' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Publiceer/ })).toBeVisible();
  await expectAccessible(page);
});
