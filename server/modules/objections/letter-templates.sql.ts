// SPDX-License-Identifier: EUPL-1.2
/**
 * The objection letters as templates, seeded as version 1 the way the beschikkingen are
 * (exemptions/letter-templates.sql.ts); the office edits them on the Sjablonen page. The
 * particulars come in `{{reden}}` (letter-text.ts). The beslissing op bezwaar names the beroep
 * term: six weeks, rechtbank (art. 6:7 and 8:1 Awb).
 */
import type { Queryable } from '../../db/connect.ts';

const lines = (...paragraphs: string[]) => paragraphs.join('\n\n');

/** The two objection letters, by key. */
export const OBJECTION_TEMPLATES = [
  {
    sleutel: 'bezwaar_ontvangstbevestiging',
    titel: 'Wij hebben uw bezwaar ontvangen',
    inhoud: lines(
      'Beste {{geadresseerde.naam}},',
      'U maakte bezwaar over een besluit over {{jeugdige.naam}}, geboren op {{jeugdige.geboortedatum}}.',
      '{{reden}}',
      'Wij nodigen u uit om uw bezwaar mondeling toe te lichten (hoorzitting), tenzij dat niet nodig is. Wilt u niet gehoord worden? Laat het ons weten. Noem bij contact het kenmerk zaak {{zaak.nummer}}.',
    ),
  },
  {
    sleutel: 'beslissing_op_bezwaar',
    titel: 'Beslissing op uw bezwaar',
    inhoud: lines(
      'Beste {{geadresseerde.naam}},',
      'U maakte bezwaar over een besluit over {{jeugdige.naam}}, geboren op {{jeugdige.geboortedatum}}. Wij hebben uw bezwaar opnieuw bekeken volgens de Leerplichtwet 1969 en de Algemene wet bestuursrecht.',
      'Onze beslissing: {{reden}}',
      'Bent u het niet eens met deze beslissing? Dan kunt u beroep instellen bij de rechtbank (artikel 8:1 Algemene wet bestuursrecht). Dat moet binnen zes weken na de datum van deze brief (artikel 6:7 Algemene wet bestuursrecht). Zet in uw beroepschrift: uw naam en adres, de datum, het kenmerk zaak {{zaak.nummer}}, waarom u het niet eens bent, en uw handtekening. Stuur een kopie van deze brief mee. Voor beroep betaalt u griffierecht.',
    ),
  },
] as const;

/** Seeds every objection template that has no version yet as version 1. */
export async function seedObjectionTemplates(db: Queryable): Promise<void> {
  await db.query(
    `insert into letter_templates (sleutel, versie, titel, inhoud, gewijzigd_door)
     select d.sleutel, 1, d.titel, d.inhoud, 'systeem'
     from unnest($1::text[], $2::text[], $3::text[]) as d(sleutel, titel, inhoud)
     where not exists (select 1 from letter_templates t where t.sleutel = d.sleutel)
     on conflict (sleutel, versie) do nothing`,
    [
      OBJECTION_TEMPLATES.map((t) => t.sleutel),
      OBJECTION_TEMPLATES.map((t) => t.titel),
      OBJECTION_TEMPLATES.map((t) => t.inhoud),
    ],
  );
}
