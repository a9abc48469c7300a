// SPDX-License-Identifier: EUPL-1.2
/** The PDF sections (pure) of the registrations later modules added: one Dutch heading per area. */
import type { Content } from 'pdfmake/interfaces';
import { col, section } from './inzage-pdf-table.ts';
import type { Inzage } from './inzage-types.ts';

const documenten = (d: { soort: string; ontvangenOp: string | null }[]) =>
  d.map((x) => `${x.soort}: ${x.ontvangenOp ?? 'ontbreekt'}`).join('; ');

/** Requests, objections, thuiszitten and tasks. */
function requestsContent(inzage: Inzage): Content[] {
  return [
    ...section('Aanvragen vrijstelling', inzage.vrijstellingsaanvragen, [
      col('Aanvraag', 'id'),
      col('Zaak', 'zaakId'),
      col('Artikel', 'artikel'),
      col('Aangevraagd', 'datumAanvraag'),
      col('Herhalingsverzoek', 'herhalingsverzoek'),
      col('Toelichting', 'toelichting'),
      col('Via', 'bron'),
      col('Adviseur', 'adviseur'),
      col('Advies gevraagd', 'adviesGevraagdOp'),
      col('Advies ontvangen', 'adviesOntvangenOp'),
      col('Advies', 'adviesUitkomst'),
      col('Besluit', 'besluit'),
      col('Datum besluit', 'datumBesluit'),
      col('Geldig van', 'geldigVan'),
      col('Geldig tot', 'geldigTot'),
      col('Gemeld aan DUO', 'duoVerzondenOp'),
      { label: 'Documenten', value: (r) => documenten(r.documenten) },
    ]),
    ...section('Aanvragen verlof', inzage.verlofaanvragen, [
      col('Aanvraag', 'id'),
      col('Zaak', 'zaakId'),
      col('School', 'school'),
      col('Van', 'van'),
      col('Tot en met', 'totEnMet'),
      col('Schooldagen', 'schooldagen'),
      col('Reden', 'reden'),
      col('Wie beslist', 'beslisser'),
      col('Via', 'bron'),
      col('School gehoord op', 'schoolGehoordOp'),
      col('Standpunt school', 'schoolStandpunt'),
      col('Besluit', 'besluit'),
      col('Datum besluit', 'datumBesluit'),
    ]),
    ...section('Bezwaren', inzage.bezwaren, [
      col('Bezwaar', 'id'),
      col('Zaak', 'zaakId'),
      col('Besluit waartegen', 'besluit'),
      col('Datum besluit', 'datumBesluit'),
      col('Ontvangen', 'ontvangenOp'),
      col('Ingediend door', 'indiener'),
      col('Gronden', 'gronden'),
      col('Op tijd', 'tijdig'),
      col('Beslissen uiterlijk', 'beslistermijn'),
      col('Gehoord op', 'gehoordOp'),
      col('Uitkomst', 'uitkomst'),
      col('Beslist op', 'beslistOp'),
    ]),
    ...section('Thuiszitten', inzage.thuiszitperiodes, [
      col('Periode', 'id'),
      col('Zaak', 'zaakId'),
      col('School', 'school'),
      col('Vanaf', 'startdatum'),
      col('Soort', 'type'),
      col('Onderwijs gevolgd', 'onderwijsdeelname'),
      col('Oorzaak (inschatting)', 'oorzaak'),
      col('Regie bij', 'regie'),
      col('Wachtlijst', 'wachtlijst'),
      col('Tot', 'einddatum'),
      col('Eindsituatie', 'eindsituatie'),
      {
        label: 'Signaaltaken',
        value: (r) => r.drempeltaken.map((t) => `${t.drempel} (taak ${t.taakId})`).join('; '),
      },
    ]),
    ...section('Taken in uw zaken', inzage.taken, [
      col('Taak', 'id'),
      col('Zaak', 'zaakId'),
      col('Soort', 'soort'),
      col('Omschrijving', 'omschrijving'),
      col('Uiterlijk', 'vervaltOp'),
      col('Gedaan op', 'gedaanOp'),
    ]),
  ];
}

/** DUO's vsv list, the Doorstroompunt and PRO/VSO follow-up. */
function doorstroompuntContent(inzage: Inzage): Content[] {
  return [
    ...section('Doorstroompunt: vermelding op de lijst van DUO', inzage.vsvRegistraties, [
      col('Zaak', 'zaakId'),
      col('Datum uitval', 'datumUitval'),
      col('Laatste school (BRIN)', 'laatsteBrin'),
      { label: 'Opleiding', value: (r) => [r.opleiding, r.niveau].filter(Boolean).join(' ') },
      col('Lijst van', 'lijstdatum'),
      col('Cohort', 'cohort'),
      col('Buiten doelgroep', 'buitenDoelgroep'),
    ]),
    ...section('Doorstroompunt: contactpogingen', inzage.contactpogingen, [
      col('Zaak', 'zaakId'),
      col('Datum', 'datum'),
      col('Kanaal', 'kanaal'),
      col('Resultaat', 'resultaat'),
      col('Door', 'door'),
    ]),
    ...section('Doorstroompunt: eerste contact', inzage.eersteContacten, [
      col('Zaak', 'zaakId'),
      col('Datum', 'datum'),
      col('Dagbesteding', 'dagbesteding'),
      col('Inkomen', 'inkomenscategorie'),
      col('Inkomen op', 'inkomenPeildatum'),
      col('Door', 'door'),
    ]),
    ...section('Doorstroompunt: begeleiding', inzage.trajecten, [
      col('Zaak', 'zaakId'),
      col('Gestart', 'gestartOp'),
      col('Afspraken', 'afspraken'),
      col('Beëindigd', 'beeindigdOp'),
      col('Reden einde', 'uitstroomreden'),
      col('Bestemming', 'bestemming'),
      col('Door', 'door'),
    ]),
    ...section('Nazorg na praktijkonderwijs of vso', inzage.proVsoNazorg, [
      col('Datum', 'datum'),
      col('Stand', 'status'),
      col('Door', 'door'),
    ]),
  ];
}

/** Forms, office work and messages. */
function officeContent(inzage: Inzage): Content[] {
  return [
    ...section('Ingevulde formulieren', inzage.formulieren, [
      col('Referentie', 'referentie'),
      col('Zaak', 'zaakId'),
      col('Formulier', 'formulier'),
      col('Versie', 'versie'),
      col('Ingevuld door', 'door'),
      col('Ontvangen', 'ingediendOp'),
      col('Gekoppeld', 'gekoppeldOp'),
      col('Antwoorden', 'antwoorden'),
      {
        label: 'Bijlagen (opvraagbaar)',
        value: (r) =>
          r.bijlagen
            .map((b) => `${b.bestandsnaam} (${b.mediatype}, ${b.grootte} bytes)`)
            .join('; '),
      },
    ]),
    ...section('Overleggen over uw zaak', inzage.overleggen, [
      col('Zaak', 'zaakId'),
      col('Datum', 'datum'),
      col('Soort', 'soort'),
      col('Titel', 'titel'),
      col('Toets privacy', 'juridischeToets'),
      col('Besluit', 'besluit'),
      col('Deelgenomen', 'deelgenomen'),
      col('Aantal deelnemers', 'aantalDeelnemers'),
      col('Acties', 'acties'),
    ]),
    ...section('Adviesvragen over u', inzage.adviesvragen, [
      col('Datum', 'datum'),
      col('Gesteld door', 'van'),
      col('Onderwerp', 'onderwerp'),
    ]),
    ...section('Overstap van vo naar mbo', inzage.overstapgesprekken, [
      col('Schooljaar', 'schooljaar'),
      col('Moment', 'moment'),
      col('Datum', 'datum'),
      col('Afspraken', 'afspraken'),
      col('Resultaat', 'resultaat'),
    ]),
    ...section('Bestede tijd aan uw zaak', inzage.bestedeTijd, [
      col('Zaak', 'zaakId'),
      col('Datum', 'datum'),
      col('Soort', 'soort'),
      col('Minuten', 'minuten'),
      col('Notitie', 'notitie'),
    ]),
    ...section('Berichten (e-mail en sms)', inzage.berichten, [
      col('Zaak', 'zaakId'),
      col('Kanaal', 'kanaal'),
      col('Onderwerp', 'onderwerp'),
      col('Stand', 'status'),
      col('Gemaakt', 'aangemaaktOp'),
      col('Verzonden', 'verzondenOp'),
    ]),
  ];
}

/** Every later-module section, in the order of the person's path through the office. */
export function workContent(inzage: Inzage): Content[] {
  return [...requestsContent(inzage), ...doorstroompuntContent(inzage), ...officeContent(inzage)];
}
