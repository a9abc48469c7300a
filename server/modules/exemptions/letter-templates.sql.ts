// SPDX-License-Identifier: EUPL-1.2
/**
 * The beschikkingen of exemptions and leave as letter templates, seeded as version 1 the way the
 * letters module seeds its defaults (the office edits them on the Sjablonen page; each change is
 * a new version). Every decision states the objection term: six weeks (art. 6:7 Awb), with what
 * an objection must hold (art. 6:5 Awb). The decision's particulars (article, period) come in the
 * `{{reden}}` paragraph, filled in by whoever makes the letter from the decision.
 */
import type { Queryable } from '../../db/connect.ts';

const lines = (...paragraphs: string[]) => paragraphs.join('\n\n');

const BEZWAAR = lines(
  'Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken. Dat moet binnen zes weken na de datum van deze brief (artikel 6:7 Algemene wet bestuursrecht). Stuur uw bezwaar naar het college van burgemeester en wethouders.',
  'Zet in uw bezwaar: uw naam en adres, de datum, het kenmerk zaak {{zaak.nummer}}, waarom u het niet eens bent met het besluit, en uw handtekening.',
);

/** The four decision letters, by key. */
export const DECISION_TEMPLATES = [
  {
    sleutel: 'beschikking_vrijstelling_toegekend',
    titel: 'Besluit op uw aanvraag: vrijstelling toegekend',
    inhoud: lines(
      'Beste {{geadresseerde.naam}},',
      'U vroeg een vrijstelling aan voor {{jeugdige.naam}}, geboren op {{jeugdige.geboortedatum}}. Wij hebben uw aanvraag bekeken volgens de Leerplichtwet 1969.',
      'Ons besluit: wij kennen de vrijstelling toe.',
      'Toelichting: {{reden}}',
      'Verandert er iets, bijvoorbeeld omdat {{jeugdige.naam}} weer naar school kan? Laat het ons dan weten. Drie maanden voor het einde van de vrijstelling nemen wij contact met u op.',
      BEZWAAR,
    ),
  },
  {
    sleutel: 'beschikking_vrijstelling_afgewezen',
    titel: 'Besluit op uw aanvraag: vrijstelling afgewezen',
    inhoud: lines(
      'Beste {{geadresseerde.naam}},',
      'U vroeg een vrijstelling aan voor {{jeugdige.naam}}, geboren op {{jeugdige.geboortedatum}}. Wij hebben uw aanvraag bekeken volgens de Leerplichtwet 1969.',
      'Ons besluit: wij wijzen de aanvraag af. {{jeugdige.naam}} moet dus ingeschreven staan op een school en die school elke dag bezoeken.',
      'Toelichting: {{reden}}',
      BEZWAAR,
    ),
  },
  {
    sleutel: 'beschikking_verlof_verleend',
    titel: 'Besluit op uw aanvraag: verlof verleend',
    inhoud: lines(
      'Beste {{geadresseerde.naam}},',
      'U vroeg extra verlof aan voor {{jeugdige.naam}}, geboren op {{jeugdige.geboortedatum}}, wegens gewichtige omstandigheden (artikel 11 onder g en artikel 14 Leerplichtwet 1969). Wij hebben de school gehoord.',
      'Ons besluit: wij verlenen het verlof.',
      'Toelichting: {{reden}}',
      'Geef dit besluit ook aan de school.',
      BEZWAAR,
    ),
  },
  {
    sleutel: 'beschikking_verlof_geweigerd',
    titel: 'Besluit op uw aanvraag: verlof geweigerd',
    inhoud: lines(
      'Beste {{geadresseerde.naam}},',
      'U vroeg extra verlof aan voor {{jeugdige.naam}}, geboren op {{jeugdige.geboortedatum}}, wegens gewichtige omstandigheden (artikel 11 onder g en artikel 14 Leerplichtwet 1969). Wij hebben de school gehoord.',
      'Ons besluit: wij weigeren het verlof. Blijft {{jeugdige.naam}} toch weg van school? Dan is dat verzuim zonder geldige reden. De school meldt dat aan ons.',
      'Toelichting: {{reden}}',
      BEZWAAR,
    ),
  },
] as const;

/** Seeds every decision template that has no version yet as version 1. */
export async function seedDecisionTemplates(db: Queryable): Promise<void> {
  await db.query(
    `insert into letter_templates (sleutel, versie, titel, inhoud, gewijzigd_door)
     select d.sleutel, 1, d.titel, d.inhoud, 'systeem'
     from unnest($1::text[], $2::text[], $3::text[]) as d(sleutel, titel, inhoud)
     where not exists (select 1 from letter_templates t where t.sleutel = d.sleutel)
     on conflict (sleutel, versie) do nothing`,
    [
      DECISION_TEMPLATES.map((t) => t.sleutel),
      DECISION_TEMPLATES.map((t) => t.titel),
      DECISION_TEMPLATES.map((t) => t.inhoud),
    ],
  );
}
