// SPDX-License-Identifier: EUPL-1.2
/**
 * The Dutch letters the office starts with (B1 language), seeded as version 1 on first use. The
 * office can rewrite them (seed 003 L2057: letters "worden herschreven door een communicatie-bureau");
 * each change is a new version. Salutation is in the text, the signature is added by the layout.
 * A paragraph with {{reden}} stands alone: it is left out for parents of a pupil of 16 or older
 * without consent (docs/letters.md).
 */

/** A template as shipped: key, subject line and body. */
export interface DefaultTemplate {
  sleutel: string;
  titel: string;
  inhoud: string;
}

const lines = (...paragraphs: string[]) => paragraphs.join('\n\n');

/** The five default templates, by key. */
export const DEFAULT_TEMPLATES: readonly DefaultTemplate[] = [
  {
    sleutel: 'uitnodiging',
    titel: 'Uitnodiging voor een gesprek',
    inhoud: lines(
      'Beste {{geadresseerde.naam}},',
      'Wij nodigen u uit voor een gesprek over de schoolgang van {{jeugdige.naam}}, geboren op {{jeugdige.geboortedatum}}.',
      'Datum: {{afspraak.datum}}\nTijd: {{afspraak.tijd}}\nPlaats: {{afspraak.locatie}}',
      'In het gesprek kijken wij samen wat er nodig is, zodat {{jeugdige.naam}} weer elke dag naar school gaat. Bij het gesprek zijn de jongere en, als de jongere jonger is dan 18 jaar, de ouders of verzorgers.',
      'Kunt u niet op deze dag of op dit tijdstip? Neem dan zo snel mogelijk contact met ons op. Dan maken wij een nieuwe afspraak.',
      'Noem bij contact met ons het kenmerk: zaak {{zaak.nummer}}.',
    ),
  },
  {
    // Seed 003 L2524-2528: informs about the melding, asks for a talk with the school, and says
    // that new or continued absence leads to a conversation with the consultant.
    sleutel: 'kennisgevingsbrief',
    titel: 'Wij hebben een melding van verzuim ontvangen',
    inhoud: lines(
      'Beste {{geadresseerde.naam}},',
      '{{school.naam}} heeft ons laten weten dat {{jeugdige.naam}} niet naar school is geweest zonder geldige reden. Het verzuim begon op {{melding.verzuim_van}}. Een school moet dit verzuim aan ons melden.',
      'Met deze brief laten wij u weten dat wij de melding hebben ontvangen.',
      'Wij vragen u om met de school in gesprek te gaan over het verzuim. Spreek samen af wat nodig is, zodat {{jeugdige.naam}} weer elke dag naar school gaat.',
      'Let op: is er nieuw verzuim, of gaat het verzuim door? Dan volgt een gesprek met de leerplichtconsulent.',
      'Heeft u vragen over deze brief? Neem dan contact met ons op en noem het kenmerk: zaak {{zaak.nummer}}.',
    ),
  },
  {
    // Seed 000 L939-941: "nogmaals verzuimen zou kunnen leiden tot een Halt-verwijzing of proces-verbaal".
    sleutel: 'waarschuwing',
    titel: 'Officiële waarschuwing',
    inhoud: lines(
      'Beste {{geadresseerde.naam}},',
      '{{jeugdige.naam}} is niet naar school geweest zonder geldige reden. Dat mag niet volgens de Leerplichtwet 1969.',
      'Toelichting: {{reden}}',
      'Met deze brief geven wij een officiële waarschuwing.',
      'Wat betekent dit? Verzuimt {{jeugdige.naam}} opnieuw? Dan kan dat leiden tot een verwijzing naar Halt of tot een proces-verbaal.',
      'Wij gaan ervan uit dat {{jeugdige.naam}} vanaf nu elke dag naar school gaat. Heeft u vragen? Neem dan contact met ons op en noem het kenmerk: zaak {{zaak.nummer}}.',
    ),
  },
  {
    // Seed 000 L733-743: Halt for 12 to 18, the trajectory, once per young person.
    sleutel: 'bevestiging_halt',
    titel: 'Bevestiging van de verwijzing naar Halt',
    inhoud: lines(
      'Beste {{geadresseerde.naam}},',
      'Met deze brief bevestigen wij dat wij {{jeugdige.naam}} hebben verwezen naar Halt, omdat {{jeugdige.naam}} niet naar school is geweest zonder geldige reden.',
      'Toelichting: {{reden}}',
      'Wat gebeurt er nu? Halt neemt contact met u op. Een Halt-traject bestaat meestal uit een paar gesprekken bij Halt met de jongere en de ouders, een digitale leeropdracht over spijbelen en tot slot een gesprek op school of thuis.',
      'Halt is bedoeld om te voorkomen dat een jongere met justitie te maken krijgt. Een jongere kan maar één keer naar Halt voor schoolverzuim.',
      'Heeft u vragen? Neem dan contact met ons op en noem het kenmerk: zaak {{zaak.nummer}}.',
    ),
  },
  {
    sleutel: 'afsluiting',
    titel: 'Wij hebben de zaak afgesloten',
    inhoud: lines(
      'Beste {{geadresseerde.naam}},',
      'Wij laten u weten dat wij de zaak over de schoolgang van {{jeugdige.naam}} hebben afgesloten. Het kenmerk van de zaak is {{zaak.nummer}}.',
      'Meldt de school opnieuw verzuim? Dan nemen wij weer contact met u op.',
      'Wij wensen {{jeugdige.naam}} een goede schooltijd. Heeft u nog vragen? Neem dan contact met ons op.',
    ),
  },
];
