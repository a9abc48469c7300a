// SPDX-License-Identifier: EUPL-1.2
/**
 * Web forms at a phone viewport: per form, fill in wrongly, see the error summary, fix, check the
 * answers, send, see the reference number, and find the submission in the staff worklist. Axe on
 * every form page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { pdfText } from '../server/modules/letters/test-pdf-text.ts';
import { expectAccessible } from './axe.ts';
import { DEMO_PASSWORD } from './sign-in.ts';

test.use({ viewport: { width: 390, height: 844 } });
// The machine running these journeys is shared: give slow answers room.
test.describe.configure({ timeout: 180_000 });
const slow = { timeout: 30_000 };

/** Signs in as a demo account at `path` (the shared helper, with more patience). */
async function signIn(page: Page, gebruikersnaam: string, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden' })).toBeVisible(slow);
  await page.getByLabel('Gebruikersnaam').fill(gebruikersnaam);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByRole('button', { name: 'Afmelden' })).toBeVisible(slow);
}

/**
 * A demo pupil (BSN and date of birth, born 2008–2016) from the BRP file the demo region was
 * loaded from. `offset` spreads the runs: the data folder is reused and the preventive approach
 * may be used once per pupil per school year.
 */
function demoPupil(offset: number): { bsn: string; geboortedatum: string } {
  const dir = join(process.env.E2E_DATA_DIR!, 'demo');
  const file = readdirSync(dir)
    .filter((f) => f.startsWith('brp-'))
    .sort()[0]!;
  const [header, ...rows] = readFileSync(join(dir, file), 'utf8').trim().split('\n');
  const cols = header!.split(',');
  const pupils = rows
    .map((r) => r.split(','))
    .map((c) => ({
      bsn: c[cols.indexOf('bsn')]!,
      geboortedatum: c[cols.indexOf('geboortedatum')]!,
    }))
    .filter((p) => p.bsn && p.geboortedatum >= '2008-01-01' && p.geboortedatum <= '2016-12-31');
  return pupils[offset % pupils.length]!;
}

const run = Math.floor(Date.now() / 1000);

const iso = (d: Date) => d.toISOString().slice(0, 10);
const inDays = (n: number) => iso(new Date(Date.now() + n * 86_400_000));

async function expectSummary(page: Page, text: RegExp | string) {
  const summary = page.getByRole('alert').filter({ hasText: 'Controleer de volgende' });
  await expect(summary).toBeVisible(slow);
  await expect(summary.getByRole('link', { name: text })).toBeVisible(slow);
  await expect(summary).toBeFocused();
}

async function sendAndReadReference(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Volgende: controleren' }).click();
  await expect(page.getByRole('heading', { name: /Stap 2 van 2/ })).toBeVisible(slow);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Versturen' }).click();
  await expect(page.getByRole('heading', { name: 'Verstuurd' })).toBeVisible(slow);
  await expectAccessible(page);
  return (await page.getByTestId('kenmerk').textContent())!;
}

async function findInWorklist(page: Page, user: string, kenmerk: string, table: string) {
  await page.context().clearCookies();
  await signIn(page, user, '/inzendingen');
  await page.goto('/inzendingen');
  const list = page.getByRole('table', { name: table });
  await expect(list.getByRole('row').filter({ hasText: kenmerk })).toBeVisible(slow);
  await expectAccessible(page);
}

test('a parent asks for leave beyond 10 school days', async ({ page }) => {
  const kind = demoPupil(run);
  await page.goto('/formulier/verlof');
  await expect(page.getByRole('heading', { level: 1, name: /Verlof aanvragen/ })).toBeVisible(slow);
  await expectAccessible(page);
  await expect(page.getByLabel('Burgerservicenummer van uw kind')).toBeVisible(slow);
  await page.getByLabel('Burgerservicenummer van uw kind').fill('123456789');
  await page.getByLabel('Geboortedatum van uw kind').fill(kind.geboortedatum);
  await page.getByLabel('Naam van de school').fill('De Regenboog');
  await page.getByLabel('Eerste dag van het verlof').fill(inDays(21));
  await page.getByLabel('Laatste dag van het verlof').fill(inDays(23));
  await page
    .getByLabel('Reden van het verlof')
    .fill('Ernstige ziekte van een grootouder in het buitenland.');
  await page.getByLabel('Uw naam').fill('J. de Ouder');
  await page.getByLabel('Uw e-mailadres').fill('ouder@example');
  await page.getByRole('button', { name: 'Volgende: controleren' }).click();
  await expectSummary(page, /burgerservicenummer klopt niet/);
  await expectAccessible(page);
  await page.getByLabel('Burgerservicenummer van uw kind').fill(kind.bsn);
  await page.getByLabel('Uw e-mailadres').fill('ouder@example.nl');
  await page.getByRole('button', { name: 'Volgende: controleren' }).click();
  await expectSummary(page, /directeur van de school/);
  await page.getByLabel('Laatste dag van het verlof').fill(inDays(49));
  const kenmerk = await sendAndReadReference(page);
  expect(kenmerk).toMatch(/^VL-/);
  await findInWorklist(
    page,
    'administratie',
    kenmerk,
    'Laatst ontvangen inzendingen in een dossier, nieuwste eerst',
  );
});

test('a parent asks for an exemption with a document', async ({ page }) => {
  const kind = demoPupil(run + 1);
  await page.goto('/formulier/vrijstelling');
  await expectAccessible(page);
  await page.getByLabel('Burgerservicenummer van uw kind').fill(kind.bsn);
  await page.getByLabel('Geboortedatum van uw kind').fill(kind.geboortedatum);
  await page.getByLabel(/lichamelijk of psychisch/).check();
  await page
    .getByRole('group', { name: 'Had uw kind deze vrijstelling al eerder?' })
    .getByLabel('Nee')
    .check();
  await page.getByLabel('Uw naam').fill('J. de Ouder');
  await page.getByLabel('Uw e-mailadres').fill('ouder@example.nl');
  await page.getByRole('button', { name: 'Volgende: controleren' }).click();
  await expectSummary(page, /bewijsstuk/i);
  await page.getByLabel('Bewijsstuk').setInputFiles({
    name: 'verklaring.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n% verklaring arts\n'),
  });
  const kenmerk = await sendAndReadReference(page);
  expect(kenmerk).toMatch(/^VR-/);
  await findInWorklist(
    page,
    'consulent',
    kenmerk,
    'Laatst ontvangen inzendingen in een dossier, nieuwste eerst',
  );
});

test('a young person asks for help; an unknown BSN waits to be linked by hand', async ({
  page,
}) => {
  const person = demoPupil(run + 2);
  await page.goto('/formulier/hulpvraag');
  await expectAccessible(page);
  // A valid BSN with the wrong date of birth: the form does not tell, staff link it by hand.
  await page.getByLabel('Je burgerservicenummer').fill(person.bsn);
  await page.getByLabel('Je geboortedatum').fill('2001-01-01');
  await page.getByLabel('Waar wil je hulp bij?').fill('Ik zoek een opleiding in de zorg.');
  await page.getByRole('button', { name: 'Volgende: controleren' }).click();
  await expectSummary(page, /e-mailadres of je telefoonnummer/);
  await page.getByLabel('Je telefoonnummer').fill('0612345678');
  const kenmerk = await sendAndReadReference(page);
  expect(kenmerk).toMatch(/^HV-/);
  await findInWorklist(page, 'coach', kenmerk, 'Niet gekoppelde inzendingen, oudste eerst');
  await page.getByRole('button', { name: `Bekijken en koppelen ${kenmerk}` }).click();
  await page.getByLabel('BSN van de persoon').fill(person.bsn);
  await page.getByRole('button', { name: 'Koppelen', exact: true }).click();
  await expect(page.getByRole('link', { name: /Naar dossier/ })).toBeVisible(slow);
  await expectAccessible(page);
});

test('a school reports beginnend verzuim', async ({ page }) => {
  const leerling = demoPupil(run + 3);
  await signIn(page, 'school', '/school/beginnend-verzuim');
  await page.goto('/school/beginnend-verzuim');
  await expect(
    page.getByRole('heading', { level: 1, name: /Beginnend verzuim melden/ }),
  ).toBeVisible(slow);
  await expectAccessible(page);
  await page.getByLabel('Burgerservicenummer van de leerling').fill(leerling.bsn);
  await page.getByLabel('Geboortedatum van de leerling').fill(leerling.geboortedatum);
  await page.getByLabel('Sinds wanneer verzuimt de leerling?').fill(inDays(-14));
  await page.getByLabel(/Hoeveel uur/).fill('8');
  for (const group of [/verwijtbaar/, /herhaald/, /aanleiding tot zorg/, /gedrag verandert/]) {
    await page.getByRole('group', { name: group }).getByLabel('Ja').check();
  }
  await page.getByLabel('Uw naam').fill('M. Mentor');
  await page.getByLabel('Uw functie').fill('Mentor');
  await page.getByLabel('Uw e-mailadres').fill('mentor@school.example.nl');
  await page.getByRole('button', { name: 'Volgende: controleren' }).click();
  await expectSummary(page, /Wat heeft de school al gedaan/);
  await page
    .getByLabel('Wat heeft de school al gedaan?')
    .fill('Gesprek met leerling en ouders; afspraken vastgelegd.');
  const kenmerk = await sendAndReadReference(page);
  expect(kenmerk).toMatch(/^BV-/);
  await findInWorklist(
    page,
    'consulent',
    kenmerk,
    'Laatst ontvangen inzendingen in een dossier, nieuwste eerst',
  );
});

test('feedback after a conversation through a single-use link', async ({ page }) => {
  await signIn(page, 'consulent', '/werklijst');
  await page.goto('/werklijst');
  const first = page.getByRole('table', { name: 'Open dossiers' }).getByRole('row').nth(1);
  await first.getByRole('link').first().click();
  await page.getByRole('button', { name: 'Feedbacklink maken' }).click();
  const link = (await page
    .locator('code')
    .filter({ hasText: '/formulier/feedback/' })
    .textContent())!;
  const path = new URL(link).pathname;
  await page.context().clearCookies();
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: 'Hoe was het gesprek?' })).toBeVisible(
    slow,
  );
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Volgende: controleren' }).click();
  await expectSummary(page, /Hoe vond je het gesprek/);
  await page
    .getByRole('group', { name: 'Hoe vond je het gesprek?' })
    .getByLabel('Goed', { exact: true })
    .check();
  await page
    .getByRole('group', { name: /genoeg aandacht/ })
    .getByLabel('Heel goed')
    .check();
  const kenmerk = await sendAndReadReference(page);
  expect(kenmerk).toMatch(/^FB-/);
  await page.goto(path);
  await expect(page.getByRole('alert').filter({ hasText: 'niet (meer) geldig' })).toBeVisible(slow);
  await findInWorklist(
    page,
    'consulent',
    kenmerk,
    'Laatst ontvangen inzendingen in een dossier, nieuwste eerst',
  );
});

test('a parent answers an invitation from the QR code on the letter: asks for another time', async ({
  page,
}) => {
  await signIn(page, 'consulent', '/werklijst');
  const rows = page.getByRole('table', { name: 'Open dossiers' }).getByRole('row');
  await rows.nth(2).getByRole('link').first().click();
  const at = new Date(Date.now() + 3 * 86_400_000);
  await page.getByLabel('Datum', { exact: true }).fill(iso(at));
  await page.getByLabel('Tijd', { exact: true }).fill('10:00');
  await page.getByLabel('Locatie').fill('Stadhuis, spreekkamer 3');
  await page.getByRole('button', { name: 'Afspraak plannen' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /uitnodiging|gepland/ })
      .first(),
  ).toBeVisible(slow);
  // The case may hold letters of earlier runs (the data folder is reused): wait for the new one.
  const letters = page.getByRole('link', { name: /openen/ });
  const before = await letters.count();
  await page.getByLabel('Andere brief maken').selectOption('uitnodiging');
  await page.getByRole('button', { name: 'Maken', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /gemaakt/ })).toBeVisible(slow);
  await expect(letters).toHaveCount(before + 1, slow);
  const href = await letters.first().getAttribute('href');
  const pdf = await page.request.get(href!);
  const text = pdfText(await pdf.body(), { layout: false });
  expect(text).toContain('scan de QR-code');
  const path = /\/afspraak\/[A-Za-z0-9_-]{43}/.exec(text.replace(/\s+/g, ''))![0];

  await page.context().clearCookies();
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: 'Uw afspraak' })).toBeVisible(slow);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Ander moment vragen' }).click();
  await page.getByLabel(/Wanneer kunt u wel/).fill('Donderdag na 15.00 uur');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Ander moment vragen' }).click();
  await expect(page.getByText(/afgezegd\. Wij nemen contact met u op/)).toBeVisible(slow);
});
