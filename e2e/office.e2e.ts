// SPDX-License-Identifier: EUPL-1.2
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible } from './axe.ts';
import { signIn } from './sign-in.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const now = new Date();
const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

async function as(browser: Browser, user: string, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, user, path);
  return page;
}

test('an MDO request is advised online under ring 1, attended, and shows in the team time split', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // The managementteam puts the office in ring 1: the kern and ring 1 only.
  const mt = await as(browser, 'mt', '/beleidsmodus');
  await mt.getByLabel('Welke taken').selectOption({ label: 'Kern en ring 1' });
  await mt.getByLabel('Reden').fill('Uitval van twee consulenten (e2e).');
  await mt.getByLabel('Geldt vanaf').fill(today);
  await mt.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(mt.getByText('De beleidsmodus is vastgelegd.')).toBeVisible();

  const consulent = await as(browser, 'consulent', '/');
  await consulent
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Kantoorwerk' })
    .click();
  await expect(consulent.getByRole('heading', { level: 1, name: 'Kantoorwerk' })).toBeVisible();
  await expectAccessible(consulent);
  await consulent.getByRole('link', { name: "Overleggen en MDO's" }).click();
  await expect(
    consulent.getByRole('heading', { level: 1, name: "Overleggen en MDO's" }),
  ).toBeVisible();
  await expect(consulent.getByText(/Beleidsmodus nu: .*Kern, Ring 1\)/)).toBeVisible();
  await expectAccessible(consulent);

  // A missing name is named in the error summary.
  await consulent.getByRole('button', { name: 'Verzoek registreren' }).click();
  await expect(consulent.getByRole('link', { name: 'Geef het overleg een naam.' })).toBeVisible();
  await expectAccessible(consulent);

  const titel = `MDO langdurig verzuim e2e ${Date.now()}`;
  await consulent.getByLabel('Soort overleg').selectOption({ label: 'MDO langdurig verzuim' });
  await consulent.getByLabel('Naam van het overleg').fill(titel);
  await consulent.getByLabel('Categorie').selectOption({ label: 'Essentieel' });
  await consulent.getByLabel(/direct betrokken/).selectOption({ label: 'Ja' });
  await consulent.getByRole('button', { name: 'Verzoek registreren' }).click();
  await expect(consulent.getByText(/Advies: Online deelnemen \(Ring 1\)/)).toBeVisible();

  // The privacy officer confirms the legal basis and data sharing.
  const privacy = await as(browser, 'privacy', '/kantoorwerk/overleggen');
  await privacy.getByRole('button', { name: `Behandelen: ${titel}` }).click();
  await privacy.getByLabel('Uitkomst van de juridische toets').selectOption('akkoord');
  await privacy.getByRole('button', { name: 'Toets vastleggen' }).click();
  await expect(privacy.getByText('De juridische toets is vastgelegd.')).toBeVisible();
  await expectAccessible(privacy);

  // The consultant follows the advice, attends online and records the time.
  await consulent.reload();
  await consulent.getByRole('button', { name: `Behandelen: ${titel}` }).click();
  await expect(consulent.getByLabel('Besluit', { exact: true })).toHaveValue('online');
  await consulent.getByRole('button', { name: 'Besluit vastleggen' }).click();
  await expect(consulent.getByText('Het besluit is vastgelegd.')).toBeVisible();
  await consulent.getByLabel('Bestede tijd in minuten').fill('47');
  await consulent
    .getByLabel('Concrete acties of besluiten')
    .fill('School belt ouders; consulent plant gesprek.');
  await consulent.getByRole('button', { name: 'Deelname vastleggen' }).click();
  await expect(consulent.getByText('De deelname en de tijd zijn vastgelegd.')).toBeVisible();
  await expectAccessible(consulent);

  // The teamleider sees it in the month's time split, as MDO time in ring 1.
  const teamleider = await as(browser, 'teamleider', '/kantoorwerk/tijd');
  await expect(teamleider.getByRole('heading', { level: 1, name: 'Tijdsbesteding' })).toBeVisible();
  const split = teamleider.getByRole('table', { name: /Verdeling van de tijd per team/ });
  await expect(
    split.getByRole('row').filter({ hasText: "MDO's en overleggen" }).first(),
  ).toBeVisible();
  const perPerson = teamleider.getByRole('table', {
    name: 'Tijd per medewerker, soort werk en ring',
  });
  await expect(
    perPerson
      .getByRole('row')
      .filter({ hasText: 'Fatima de Consulent' })
      .filter({ hasText: "MDO's en overleggen" })
      .filter({ hasText: 'Ring 1' }),
  ).toBeVisible();
  await expect(
    teamleider.getByRole('table', { name: /Afgewezen verzoeken tot deelname/ }),
  ).toBeVisible();
  await expectAccessible(teamleider);
});

test('prevention without persons, the schools, and the VO-MBO transfer list are usable and accessible', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, 'consulent', '/kantoorwerk/preventie');
  await expect(page.getByRole('heading', { level: 1, name: 'Preventie en advies' })).toBeVisible();
  await page
    .getByLabel('Soort activiteit')
    .selectOption({ label: 'Vertrouwelijke preventie (groepsgesprek)' });
  await page.getByLabel('Aantal leerlingen of deelnemers bereikt').fill('11');
  await page.getByRole('button', { name: 'Activiteit vastleggen' }).click();
  await expect(page.getByText('De activiteit is vastgelegd.')).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: /Preventie en voorlichting per soort/ })
      .getByRole('row')
      .filter({ hasText: 'Vertrouwelijke preventie' })
      .first(),
  ).toBeVisible();
  await expectAccessible(page);

  await page.goto('/kantoorwerk/scholen');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Scholen en jaargesprekken' }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: /Scholen, meeste meldingen eerst/ })).toBeVisible();
  await expectAccessible(page);

  await page.goto('/kantoorwerk/overstap');
  await expect(page.getByRole('heading', { level: 1, name: 'Overstap VO-MBO' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Overstapleerlingen/ })).toBeVisible();
  await expectAccessible(page);
});
