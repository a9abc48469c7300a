// SPDX-License-Identifier: EUPL-1.2
import { expect, test } from '@playwright/test';
import { pdfText } from '../server/modules/letters/test-pdf-text.ts';
import { expectAccessible } from './axe.ts';
import { signIn } from './sign-in.ts';

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test('a consultant handles a 5a request: documents, GGD advice, decision, beschikking with the objection term', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signIn(page, 'consulent');
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Vrijstellingen' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vrijstellingen' })).toBeVisible();
  const open = page.getByRole('table', { name: /Open aanvragen/ });
  // The first page after the server starts can take a while (the start-up jobs are still running).
  await expect(open).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('table', { name: /Lopende vrijstellingen/ })).toBeVisible();
  await expectAccessible(page);

  // A new request for a demo pupil found by surname.
  const someone = (await open.getByRole('link').first().textContent())!.trim();
  const surname = someone.split(' ').at(-1)!;
  await page.getByLabel(/Jeugdige: achternaam/).fill(surname);
  await page.getByRole('button', { name: 'Zoek jeugdige' }).click();
  await page
    .getByRole('button', { name: /^Kies / })
    .first()
    .click();
  await page.getByLabel('Artikel').selectOption('5a');
  await page.getByRole('button', { name: 'Aanvraag openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Dossier / })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Aanvraag vrijstelling' })).toBeVisible();
  const checklist = page.getByRole('table', { name: 'Checklist: benodigde stukken' });
  await expect(checklist.getByRole('cell', { name: 'ontbreekt' })).toHaveCount(2);
  await expectAccessible(page);

  for (const [i, stuk] of ['verklaring_arts', 'advies_ggd_jgz'].entries()) {
    await page.getByLabel('Volgende stap').selectOption({ label: 'Stuk ontvangen' });
    await page.getByLabel('Welk stuk').selectOption(stuk);
    await page.getByLabel('Ontvangen op').fill(day(0));
    await page.getByRole('button', { name: 'Stuk ontvangen', exact: true }).click();
    // The page reloads the case after a step: wait for it before choosing the next one.
    await expect(checklist.getByRole('cell', { name: 'ontbreekt' })).toHaveCount(1 - i);
  }
  await expect(checklist.getByRole('cell', { name: 'ontbreekt' })).toHaveCount(0);

  await page.getByLabel('Volgende stap').selectOption({ label: 'Advies vragen' });
  await page.getByLabel('Advies van').selectOption('ggd');
  await page.getByLabel('Advies uiterlijk op').fill(day(14));
  await page.getByRole('button', { name: 'Advies vragen', exact: true }).click();
  await expect(page.getByText(/GGD \(jeugdarts\): gevraagd/)).toBeVisible();

  await page.getByLabel('Volgende stap').selectOption({ label: 'Advies ontvangen' });
  await page.getByLabel('Advies', { exact: true }).selectOption('positief');
  await page.getByLabel('Ontvangen op').fill(day(0));
  await page.getByRole('button', { name: 'Advies ontvangen', exact: true }).click();
  await expect(page.getByText(/GGD \(jeugdarts\): positief/)).toBeVisible();

  await page.getByLabel('Volgende stap').selectOption({ label: 'Besluit: toekennen' });
  await page.getByLabel('Datum besluit').fill(day(0));
  await page.getByLabel('Geldig vanaf').fill(day(1));
  await page.getByLabel('Geldig tot en met').fill(day(365));
  await page.getByRole('button', { name: 'Besluit: toekennen', exact: true }).click();
  await expect(page.getByText(/^toegekend op/)).toBeVisible();
  await expect(page.getByText(/Verlengingsoverleg met ouders/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Beschikking maken' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Beschikking gemaakt' })).toBeVisible();
  const link = page.getByRole('link', { name: /vrijstelling toegekend openen/ }).first();
  await expect(link).toBeVisible();
  const pdf = await page.request.get((await link.getAttribute('href'))!);
  const text = pdfText(await pdf.body(), { layout: false }).replace(/\s+/g, ' ');
  expect(text).toContain('binnen zes weken');
  expect(text).toContain('Art. 5 onder a');
  await expectAccessible(page);

  // The new exemption is in the register from tomorrow.
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Vrijstellingen' })
    .click();
  await page.getByLabel('Peildatum').fill(day(2));
  await page.getByRole('button', { name: 'Toon' }).click();
  await expect(
    page
      .getByRole('table', { name: /Lopende vrijstellingen/ })
      .getByText('Art. 5 onder a')
      .first(),
  ).toBeVisible();
});

test('the leave page lists open requests and the case shows who decides', async ({ page }) => {
  await signIn(page, 'consulent');
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Verlof' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verlof' })).toBeVisible();
  const table = page.getByRole('table', { name: /Open verlofaanvragen/ });
  await expect(table).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page);
  await table.getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Verlofaanvraag' })).toBeVisible();
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: /art\. 11 onder g en art\. 14 Leerplichtwet 1969/ }),
  ).toBeVisible();
  await expectAccessible(page);

  // From the person: the link `/verlof?persoon=<id>` starts a new request for that person.
  const personLink = page.locator('a[href^="/personen/"]').first();
  const naam = (await personLink.textContent())!.trim();
  const href = (await personLink.getAttribute('href'))!;
  await page.goto(`/verlof?persoon=${href.split('/').at(-1)}`);
  await expect(page.getByRole('button', { name: 'Andere jeugdige kiezen' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.locator('strong', { hasText: naam })).toBeVisible();
  await expectAccessible(page);
});
