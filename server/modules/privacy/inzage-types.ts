// SPDX-License-Identifier: EUPL-1.2
/** The shape of an inzage export (art. 15 AVG): every stored fact about one person. */
import type * as W from './inzage-types-work.ts';
import type { RetentionDecision } from './retention.ts';

export type * from './inzage-types-work.ts';

/** The person record itself, with the full BSN (the export goes to the person). */
export interface InzagePersoon {
  id: number;
  bsn: string | null;
  onderwijsnummer: string | null;
  voornamen: string | null;
  voorvoegsel: string | null;
  geslachtsnaam: string;
  geboortedatum: string;
  geslacht: string | null;
  datumOverlijden: string | null;
  geheimhouding: boolean;
  bron: string;
  aangemaaktOp: string;
  gewijzigdOp: string;
}

/** One residence period, with the full address (the person may see their own address). */
export interface InzageWoonperiode {
  gemeenteCode: string;
  gemeente: string | null;
  straat: string | null;
  huisnummer: string | null;
  huisletter: string | null;
  huisnummertoevoeging: string | null;
  postcode: string | null;
  woonplaats: string | null;
  vanaf: string | null;
  tot: string | null;
  rni: boolean;
  peildatum: string;
}

/** A parent or child: only the other person's name (not their other data). */
export interface InzageRelatie {
  naam: string;
  rang: number;
  gezag: boolean | null;
}

export interface InzageInschrijving {
  school: string;
  brin: string;
  vestiging: string;
  sector: string;
  leerjaar: number | null;
  opleiding: string | null;
  niveau: string | null;
  datumInschrijving: string;
  datumUitschrijving: string | null;
  redenUitschrijving: string | null;
  startkwalificatieDatum: string | null;
}

/** A verzuimmelding; the reporting staff member's name and contact details are left out (art. 15(4) AVG). */
export interface InzageVerzuimmelding {
  meldingnummer: string;
  school: string;
  verzuimsoort: string;
  verzuimVan: string;
  verzuimTot: string | null;
  verzuimUren: number | null;
  vermoedelijkeReden: string | null;
  alleLessenVerzuimd: boolean | null;
  actieSchool: string | null;
  actieGewenst: boolean;
  gemeldOp: string;
  melderFunctie: string | null;
  zaakId: number | null;
}

export interface InzageVrijstelling {
  artikel: string;
  datumAanvraag: string;
  besluit: string;
  datumBesluit: string | null;
  geldigVan: string | null;
  geldigTot: string | null;
  herhalingsverzoek: boolean;
  zaakId: number | null;
}

export interface InzageZaakgebeurtenis {
  soort: string;
  datum: string;
  gegevens: unknown;
  medewerker: string | null;
}

export interface InzageZaak {
  id: number;
  soort: string;
  status: string;
  geopendOp: string;
  geslotenOp: string | null;
  behandelaar: string | null;
  afdoening: string | null;
  juridischeBlokkade: boolean;
  gebeurtenissen: InzageZaakgebeurtenis[];
  /** Letters sent in the case (the PDFs themselves are available on request). */
  brieven: { id: number; titel: string; gemaaktOp: string; door: string }[];
  afspraken: { id: number; tijdstip: string; locatie: string | null; status: string }[];
}

/** Who read or changed the person's data, when and why (from the audit trail). */
export interface InzageAuditregel {
  tijdstip: string;
  actor: string;
  actie: string;
  doel: string | null;
  categorie: string;
  details: unknown;
}

/** A refused import row that contains the person's BSN (kept a limited time to fix the import). */
export interface InzageAfgewezenImportregel {
  soort: string;
  bestand: string;
  importdatum: string;
  regel: number;
  melding: string;
  rij: unknown;
}

/** Everything stored about one person; every section is present, possibly empty. */
export interface Inzage {
  exportdatum: string;
  persoon: InzagePersoon;
  woonhistorie: InzageWoonperiode[];
  ouders: InzageRelatie[];
  kinderen: InzageRelatie[];
  inschrijvingen: InzageInschrijving[];
  verzuimmeldingen: InzageVerzuimmelding[];
  vrijstellingen: InzageVrijstelling[];
  zaken: InzageZaak[];
  auditregels: InzageAuditregel[];
  afgewezenImportregels: InzageAfgewezenImportregel[];
  vrijstellingsaanvragen: W.InzageVrijstellingsaanvraag[];
  verlofaanvragen: W.InzageVerlofaanvraag[];
  bezwaren: W.InzageBezwaar[];
  thuiszitperiodes: W.InzageThuiszitperiode[];
  taken: W.InzageTaak[];
  vsvRegistraties: W.InzageVsvRegistratie[];
  contactpogingen: W.InzageContactpoging[];
  eersteContacten: W.InzageEersteContact[];
  trajecten: W.InzageTraject[];
  proVsoNazorg: W.InzageProVsoNazorg[];
  formulieren: W.InzageFormulier[];
  overleggen: W.InzageOverleg[];
  adviesvragen: W.InzageAdviesvraag[];
  overstapgesprekken: W.InzageOverstapgesprek[];
  bestedeTijd: W.InzageBestedeTijd[];
  berichten: W.InzageBericht[];
  /** How long the data is kept (art. 15(1)(d) AVG), as the retention job would decide on the export date. */
  bewaartermijn: RetentionDecision;
}
