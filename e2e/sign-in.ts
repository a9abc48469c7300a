// SPDX-License-Identifier: EUPL-1.2
import { expect, type Page } from '@playwright/test';

/** The demo accounts' password (`aanwezig start` prints it; AANWEZIG_DEMO_WACHTWOORD overrides). */
export const DEMO_PASSWORD = 'aanwezig-demo';

/** Signs in through the sign-in page as a demo account (consulent, beleid, beheer, privacy, …). */
export async function signIn(page: Page, gebruikersnaam: string, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden' })).toBeVisible();
  await page.getByLabel('Gebruikersnaam').fill(gebruikersnaam);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByRole('button', { name: 'Afmelden' })).toBeVisible();
}
