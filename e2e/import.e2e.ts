// SPDX-License-Identifier: EUPL-1.2
import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe.ts';
import { signIn } from './sign-in.ts';

test('a functioneel beheerder uploads a file with one bad row and sees the line error', async ({
  page,
}) => {
  await signIn(page, 'beheer', '/importeren');
  await expect(page.getByRole('heading', { level: 1, name: 'Importeren' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Importeren' }).click();
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'Controleer' })
      .getByRole('link', { name: /Kies welke soort/ }),
  ).toBeVisible();

  await page.getByLabel('Soort bestand').selectOption('scholen');
  await page.getByLabel('Bestand', { exact: true }).setInputFiles({
    name: 'nieuwe-scholen.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'brin;naam;sector;gemeentecode\n77XY;Proefschool;PO;0546\n7XYZ;Foute school;PO;0546\n',
    ),
  });
  await page.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByText('Het bestand is geweigerd')).toBeVisible();
  const errors = page.getByRole('table', { name: 'Fouten per regel' });
  await expect(errors.getByRole('row').nth(1)).toContainText('3');
  await expect(errors.getByRole('row').nth(1)).toContainText('brin');
  await expectAccessible(page);

  await page.getByLabel('Gedeeltelijk importeren').check();
  await page.getByLabel('Bestand', { exact: true }).setInputFiles({
    name: 'nieuwe-scholen.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'brin;naam;sector;gemeentecode\n77XY;Proefschool;PO;0546\n7XYZ;Foute school;PO;0546\n',
    ),
  });
  await page.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByText('De goede regels zijn geïmporteerd')).toBeVisible();
  await expect(page.getByRole('link', { name: /Download de afgewezen regels/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'De laatste 50 imports' })).toContainText(
    'nieuwe-scholen.csv',
  );
});
