// SPDX-License-Identifier: EUPL-1.2
import { expect, test, type Page } from '@playwright/test';
import { pdfText } from '../server/modules/letters/test-pdf-text.ts';
import { expectAccessible } from './axe.ts';
import { signIn } from './sign-in.ts';

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function takeStep(page: Page, label: string, fill: () => Promise<void>) {
  await page.getByLabel('Volgende stap').selectOption({ label });
  await fill();
  await page.getByRole('button', { name: label, exact: true }).click();
}

test('a rejected 5a request: objection received, hearing, gegrond, the exemption runs and the letter names the beroep term', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signIn(page, 'consulent');
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Vrijstellingen' })
    .click();
  const open = page.getByRole('table', { name: /Open aanvragen/ });
  await expect(open).toBeVisible({ timeout: 30_000 });

  // A new 5a request for a demo pupil, rejected three weeks ago.
  const someone = (await open.getByRole('link').first().textContent())!.trim();
  await page.getByLabel(/Jeugdige: achternaam/).fill(someone.split(' ').at(-1)!);
  await page.getByRole('button', { name: 'Zoek jeugdige' }).click();
  await page
    .getByRole('button', { name: /^Kies / })
    .first()
    .click();
  await page.getByLabel('Artikel').selectOption('5a');
  await page.getByRole('button', { name: 'Aanvraag openen' }).click();
  await expect(page.getByRole('heading', { name: 'Aanvraag vrijstelling' })).toBeVisible();
  await takeStep(page, 'Besluit: afwijzen', async () => {
    await page.getByLabel('Datum besluit').fill(day(-21));
    await page
      .getByLabel('Toelichting', { exact: true })
      .fill('De verklaring van een onafhankelijke arts ontbreekt.');
  });
  await expect(page.getByText(/^afgewezen op/)).toBeVisible();

  // The parents object: the case leaves AFGESLOTEN for BEZWAAR with a decision date.
  await takeStep(page, 'Bezwaar ontvangen', async () => {
    await page.getByLabel('Bezwaar ontvangen op').fill(day(0));
    await page.getByLabel('Datum van het besluit (verzonden op)').fill(day(-21));
    await page.getByLabel('Ingediend door').selectOption('ouder');
    await page
      .getByLabel('Gronden van het bezwaar')
      .fill('De arts heeft de verklaring nu gestuurd.');
  });
  const panel = page.getByRole('region', { name: 'Bezwaar', exact: true });
  await expect(panel.getByText(/Bezwaar in behandeling: beslissen uiterlijk op/)).toBeVisible();
  await expect(page.getByText('Bezwaar in behandeling').first()).toBeVisible();
  await panel.getByRole('button', { name: 'Ontvangstbevestiging maken' }).click();
  await expect(page.getByText(/Ontvangstbevestiging maken: \d+ brief/)).toBeVisible();
  await expectAccessible(page);

  // A decision before the hearing is refused (art. 7:2 Awb).
  await takeStep(page, 'Beslissing op bezwaar', async () => {
    await page.getByLabel('Beslissing', { exact: true }).selectOption('ongegrond');
    await page.getByLabel('Toelichting', { exact: true }).fill('Geen nieuwe feiten.');
  });
  await expect(page.getByText(/moet eerst gehoord worden/).first()).toBeVisible();

  await takeStep(page, 'Hoorzitting gehouden', async () => {
    await page.getByLabel('Datum hoorzitting').fill(day(0));
  });
  await expect(page.getByRole('cell', { name: 'Hoorzitting over het bezwaar' })).toBeVisible();
  await takeStep(page, 'Beslissing op bezwaar', async () => {
    await page.getByLabel('Beslissing', { exact: true }).selectOption('gegrond');
    await page.getByLabel(/Vrijstelling geldig vanaf/).fill(day(1));
    await page.getByLabel(/Vrijstelling geldig tot en met/).fill(day(365));
    await page
      .getByLabel('Toelichting', { exact: true })
      .fill('De verklaring van de arts en het GGD-advies zijn er nu.');
  });
  await expect(page.getByText(/^toegekend op/)).toBeVisible();
  await expect(panel.getByRole('cell', { name: /^gegrond/ })).toBeVisible();
  await expect(page.getByText(/Verlengingsoverleg met ouders/)).toBeVisible();
  await expectAccessible(page);

  await panel.getByRole('button', { name: 'Beslissing op bezwaar maken' }).click();
  const link = page.getByRole('link', { name: /Beslissing op uw bezwaar openen/ }).first();
  await expect(link).toBeVisible();
  const pdf = await page.request.get((await link.getAttribute('href'))!);
  const text = pdfText(await pdf.body(), { layout: false }).replace(/\s+/g, ' ');
  expect(text).toContain('Uw bezwaar is gegrond');
  expect(text).toContain('Wij kennen de vrijstelling alsnog toe');
  expect(text).toContain('beroep instellen bij de rechtbank');
  expect(text).toContain('binnen zes weken');

  // The register (what the absoluut-verzuim signal and the reports read) has the exemption from tomorrow.
  const casePath = new URL(page.url()).pathname;
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Vrijstellingen' })
    .click();
  await page.getByLabel('Peildatum').fill(day(2));
  await page.getByRole('button', { name: 'Toon' }).click();
  const register = page.getByRole('table', { name: /Lopende vrijstellingen/ });
  await expect(register.locator(`a[href="${casePath}"]`)).toBeVisible();
  await expectAccessible(page);
});
