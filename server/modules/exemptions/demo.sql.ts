// SPDX-License-Identifier: EUPL-1.2
/**
 * Demo content: a handful of exemption and leave requests in various phases, made through the
 * real workflow (open, then steps), so the Vrijstellingen and Verlof pages are not empty after
 * `npm start`. Deterministic: the persons are the first school-age ones by id; dates follow `today`.
 */
import type { Database } from '../../db/connect.ts';
import { takeStep } from '../casework/transition.sql.ts';
import { openLeaveRequest } from '../leave/open-request.sql.ts';
import { addDays } from '../rules/index.ts';
import { openExemptionRequest } from './open-request.sql.ts';

type Step = [actie: string, velden: Record<string, unknown>];

/** Seeds the demo requests once (nothing happens when any request exists). */
export async function ensureDemoExemptions(database: Database, today: string): Promise<void> {
  const [done] = await database.query(
    `select 1 from exemption_requests union all select 1 from leave_requests limit 1`,
  );
  if (done) return;
  const persons = (
    await database.query<{ id: number }>(
      `select id from persons where geboortedatum between $1::date - 5475 and $1::date - 2190
        and datum_overlijden is null order by id limit 7`,
      [today],
    )
  ).map((p) => p.id);
  if (persons.length < 7) return;
  const d = (n: number) => addDays(today, n);
  const exemptions: [string, number, Step[]][] = [
    [
      '5a',
      -20,
      [
        ['vs_stuk_ontvangen', { document: 'verklaring_arts', ontvangenOp: d(-15) }],
        ['vs_advies_vragen', { adviseur: 'ggd', uiterlijk: d(10) }],
      ],
    ],
    ['5c', -5, []],
    [
      '5b',
      -40,
      [
        ['vs_stuk_ontvangen', { document: 'verklaring_ouders_richting', ontvangenOp: d(-40) }],
        ['vs_toekennen', { datumBesluit: d(-35), geldigVan: d(-30), geldigTot: d(60) }],
      ],
    ],
    [
      '3b',
      -15,
      [
        [
          'vs_stukken_opvragen',
          { toelichting: 'Bewijs van inschrijving bij het mbo opgevraagd bij de ouders.' },
        ],
      ],
    ],
    [
      '15',
      -30,
      [
        [
          'vs_afwijzen',
          { datumBesluit: d(-3), toelichting: 'Er is geen plan van aanpak met onderwijsdoelen.' },
        ],
      ],
    ],
  ];
  const actor = { id: null, gebruikersnaam: 'demo' };
  for (const [i, [artikel, opened, steps]] of exemptions.entries()) {
    const { caseId } = await database.transaction((tx) =>
      openExemptionRequest(tx, {
        personId: persons[i]!,
        artikel,
        datumAanvraag: d(opened),
        bron: 'formulier',
        actor: 'demo',
      }),
    );
    for (const [actie, velden] of steps) {
      await takeStep(database, { caseId, actie, velden, actor, today, settings: {} });
    }
  }
  const leave: [number, number, Step[]][] = [
    [21, 40, []],
    [35, 52, [['vl_school_horen', { datum: d(-1), standpunt: 'steunt' }]]],
  ];
  for (const [j, [van, tot, steps]] of leave.entries()) {
    const { caseId } = await database.transaction((tx) =>
      openLeaveRequest(tx, {
        personId: persons[5 + j]!,
        van: d(van),
        totEnMet: d(tot),
        reden:
          'Begrafenis en verblijf bij familie in het buitenland na het overlijden van een grootouder.',
        bron: 'formulier',
        actor: 'demo',
        today,
      }),
    );
    for (const [actie, velden] of steps) {
      await takeStep(database, { caseId, actie, velden, actor, today, settings: {} });
    }
  }
}
