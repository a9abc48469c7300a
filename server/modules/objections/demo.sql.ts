// SPDX-License-Identifier: EUPL-1.2
/**
 * Demo content: one objection against the first rejected demo exemption, taken through the real
 * step, so a consultant sees a case in BEZWAAR with its decision-term task after `npm start`.
 * Deterministic and idempotent: nothing happens once any objection exists.
 */
import type { Database } from '../../db/connect.ts';
import { takeStep } from '../casework/transition.sql.ts';

/** Puts an objection on the first rejected exemption request, received `today`. */
export async function ensureDemoObjections(database: Database, today: string): Promise<void> {
  if ((await database.query('select 1 from objections limit 1')).length) return;
  const [rejected] = await database.query<{ caseId: number; datumBesluit: string }>(
    `select r.case_id as "caseId", to_char(r.datum_besluit, 'YYYY-MM-DD') as "datumBesluit"
       from exemption_requests r join cases c on c.id = r.case_id
      where r.besluit = 'afgewezen' and c.status = 'AFGESLOTEN' and r.datum_besluit <= $1::date
      order by r.case_id limit 1`,
    [today],
  );
  if (!rejected) return;
  await takeStep(database, {
    caseId: rejected.caseId,
    actie: 'vs_bezwaar_ontvangen',
    velden: {
      ontvangenOp: today,
      datumBesluit: rejected.datumBesluit,
      indiener: 'ouder',
      gronden:
        'De ouders stellen dat de school geen passend aanbod heeft en sturen een plan van aanpak mee.',
    },
    actor: { id: null, gebruikersnaam: 'demo' },
    today,
    settings: {},
  });
}
