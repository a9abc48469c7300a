// SPDX-License-Identifier: EUPL-1.2
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe.ts';
import { signIn } from './sign-in.ts';

/** A BSN from the demo's first BRP file (the server loaded these files on its first start). */
function demoBsn(): string {
  const dir = join(process.env.E2E_DATA_DIR!, 'demo');
  const brp = readdirSync(dir)
    .filter((f) => f.startsWith('brp-'))
    .sort()[0]!;
  return readFileSync(join(dir, brp), 'utf8').split('\n')[1]!.split(',')[0]!;
}

test('the privacy officer answers an inzageverzoek with a PDF of everything stored', async ({
  page,
}) => {
  await signIn(page, 'privacy');
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await expect(menu.getByRole('link', { name: 'Personen' })).toHaveCount(0);
  await menu.getByRole('link', { name: 'Inzage' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inzageverzoek' })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('BSN van de aanvrager').fill('123456789');
  await page.getByRole('button', { name: 'Download PDF' }).click();
  await expect(page.getByRole('alert').getByRole('link', { name: /elfproef/ })).toBeVisible();

  await page.getByLabel('BSN van de aanvrager').fill(demoBsn());
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF' }).click();
  const file = readFileSync(await (await download).path());
  expect(file.subarray(0, 5).toString()).toBe('%PDF-');
  await expect(page.getByRole('status').filter({ hasText: 'gedownload' })).toBeVisible();
  expect(page.url()).not.toMatch(/\d{9}/);
  await expectAccessible(page);
});
