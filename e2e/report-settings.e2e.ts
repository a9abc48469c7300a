// SPDX-License-Identifier: EUPL-1.2
import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe.ts';
import { signIn } from './sign-in.ts';

/** The school year the Jaarverslag page opens with: the last one that has ended. */
function lastFinishedYear(today = new Date()): { schooljaar: string; start: Date } {
  const end = today.getMonth() >= 7 ? today.getFullYear() : today.getFullYear() - 1;
  return { schooljaar: `${end - 1}-${end}`, start: new Date(Date.UTC(end - 1, 7, 1)) };
}

test('the beheerder changes the report counting unit from a date; the Jaarverslag prints the new definition', async ({
  page,
}) => {
  // The demo region's report is computed on request.
  test.setTimeout(300_000);
  const { schooljaar, start } = lastFinishedYear();
  // A day inside that school year, different per run: a data folder that is reused keeps the
  // values of earlier runs, and a report setting is never replaced on the same day.
  const day = new Date(start.getTime() + (Math.floor(Date.now() / 60_000) % 360) * 86_400_000);
  const vanaf = day.toISOString().slice(0, 10);

  await signIn(page, 'beheer');
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Regels' })
    .click();
  const section = page.getByRole('region', { name: 'Definities van het jaarverslag' });
  await expect(
    section.getByRole('table', { name: 'Definities van het jaarverslag en hun historie' }),
  ).toBeVisible();
  await expect(section.getByText('Teleenheid van de afdoening').first()).toBeVisible();

  // An empty form: the error summary names every missing answer.
  await section.getByRole('button', { name: 'Wijziging vastleggen' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Controleer de volgende vragen' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Kies een waarde voor Teleenheid van de afdoening.',
    'Vul bij Geldig vanaf een datum in, bijvoorbeeld 01-08-2024.',
    'Schrijf op waarom de definitie verandert.',
  ]);
  await expectAccessible(page);

  await section.getByLabel('Instelling', { exact: true }).selectOption({
    label: 'Teleenheid van de afdoening',
  });
  await section.getByLabel('Nieuwe waarde').selectOption({ label: 'per leerling' });
  await section.getByLabel('Geldig vanaf').fill(vanaf);
  await section
    .getByLabel('Reden')
    .fill('Besluit managementteam: tellen per leerling, zoals [000].');
  await section.getByRole('button', { name: 'Wijziging vastleggen' }).click();
  await expect(section.getByRole('status')).toContainText(
    'Teleenheid van de afdoening: per leerling vanaf',
  );
  await expect(section.getByText(/per leerling — Besluit managementteam/).first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Afmelden' }).click();
  await signIn(page, 'beleid');
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Jaarverslag' })
    .click();
  await expect(page.getByLabel('Schooljaar')).toHaveValue(schooljaar);
  const figures = page.getByRole('table', { name: /Indicatoren/ });
  await expect(figures).toBeVisible({ timeout: 240_000 });
  const c05 = figures.getByRole('row').filter({ hasText: /^C05 / });
  await expect(c05).toContainText(
    'Telling per leerling (regionale instelling rapport.telEenheid).',
  );
  await expect(c05).toContainText('personen');
  await expect(page.getByRole('link', { name: /Excel-bestand \(XLSX\)/ })).toBeVisible();
  await expectAccessible(page);
});
