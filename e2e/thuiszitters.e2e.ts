// SPDX-License-Identifier: EUPL-1.2
import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe.ts';
import { signIn } from './sign-in.ts';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

test('a thuiszitter: episode registered, the 3-month task and tafel list shown, back to school', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, 'consulent');
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await menu.getByRole('link', { name: 'Werklijst' }).click();
  const table = page.getByRole('table', { name: 'Open dossiers' });
  await expect(table).toBeVisible();

  // The first case whose young person has no running episode yet (the demo seeds a few).
  const rows = table.getByRole('row').filter({ hasText: 'In beoordeling' });
  const register = page.locator('summary', { hasText: 'Thuiszitterperiode registreren' });
  const update = page.locator('summary', { hasText: 'Periode bijwerken' });
  let name = '';
  for (let i = 0; i < 15 && !name; i++) {
    await menu.getByRole('link', { name: 'Werklijst' }).click();
    const link = rows.nth(i).getByRole('link');
    const candidate = (await link.textContent())!;
    await link.click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Dossier ${candidate}` }),
    ).toBeVisible();
    await expect(register.or(update)).toBeVisible();
    if (await register.isVisible()) name = candidate;
  }
  expect(name).not.toBe('');

  await register.click();
  await page.getByLabel('Thuis sinds').fill(daysAgo(100));
  await page.getByLabel('Soort thuiszitter').selectOption('met_inschrijving_geoorloofd');
  await page
    .getByLabel('Oorzaak (inschatting consulent)')
    .selectOption('psychisch_internaliserend');
  // Regie is required (R42): the error summary says so first.
  await page.getByRole('button', { name: 'Thuiszitterperiode registreren' }).click();
  await expect(
    page.getByRole('link', { name: 'Vul in welke partner de regie heeft.' }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Regie bij').fill('Samenwerkingsverband');
  await page.getByRole('button', { name: 'Thuiszitterperiode registreren' }).click();
  await expect(page.getByText(/is geregistreerd, met taken/)).toBeVisible();
  // The 3-month task: in the case's open tasks and, with a button, in the thuiszitter panel.
  await expect(
    page.getByRole('list', { name: 'Open drempeltaken' }).getByText(/3 maanden thuis: bespreken/),
  ).toBeVisible();
  await expect(
    page.getByText(/3 maanden thuis: bespreken aan de thuiszitterstafel — vervalt/),
  ).toHaveCount(2);
  await expect(page.getByText(/Langer dan 3 maanden thuis: bespreek/)).toBeVisible();
  await expectAccessible(page);

  await menu.getByRole('link', { name: 'Thuiszitters' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thuiszitters' })).toBeVisible();
  const tafel = page.getByRole('table', { name: 'Langer dan 3 maanden thuis' });
  await expect(tafel.getByRole('link', { name })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Lopende thuiszitters per school' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Instroom en uitstroom/ })).toBeVisible();
  await expectAccessible(page);

  await tafel.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Dossier ${name}` })).toBeVisible();
  // On a reused data folder the young person may have earlier, ended episodes.
  const ended = page
    .getByRole('table', { name: 'Thuiszitterperiodes van deze jongere' })
    .getByRole('cell', { name: /Weer naar school/ });
  await expect(
    page.getByRole('table', { name: 'Thuiszitterperiodes van deze jongere' }),
  ).toBeVisible();
  const before = await ended.count();
  await page.locator('summary', { hasText: 'Periode afsluiten' }).click();
  await page.getByLabel('Eindsituatie').selectOption('weer_naar_school');
  await page.getByRole('button', { name: 'Periode afsluiten' }).click();
  await expect(page.getByText(/is afgesloten; de open taken zijn klaar/)).toBeVisible();
  await expect(page.getByText(/bespreken aan de thuiszitterstafel — vervalt/)).toHaveCount(0);
  await expect(ended).toHaveCount(before + 1);
  await expectAccessible(page);
});
