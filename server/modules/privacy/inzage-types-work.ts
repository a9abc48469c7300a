// SPDX-License-Identifier: EUPL-1.2
/**
 * The inzage sections of the registrations later modules added: requests and objections,
 * thuiszitters and tasks, the Doorstroompunt, web forms, office work and messages. Ids and dates
 * are kept; other persons' names, BSNs and contact details are not.
 */

/** A document of an exemption request's checklist (null: not received). */
export interface InzageAanvraagdocument {
  soort: string;
  ontvangenOp: string | null;
}

/** The handling of an exemption request: advice, decision and the DUO report. */
export interface InzageVrijstellingsaanvraag {
  id: number;
  zaakId: number;
  artikel: string;
  datumAanvraag: string;
  herhalingsverzoek: boolean;
  toelichting: string | null;
  bron: string;
  adviseur: string | null;
  adviesGevraagdOp: string | null;
  adviesOntvangenOp: string | null;
  adviesUitkomst: string | null;
  besluit: string | null;
  datumBesluit: string | null;
  geldigVan: string | null;
  geldigTot: string | null;
  duoVerzondenOp: string | null;
  documenten: InzageAanvraagdocument[];
}

/** A leave request beyond the school head's mandate. */
export interface InzageVerlofaanvraag {
  id: number;
  zaakId: number;
  school: string | null;
  van: string;
  totEnMet: string;
  schooldagen: number;
  reden: string;
  beslisser: string;
  bron: string;
  schoolGehoordOp: string | null;
  schoolStandpunt: string | null;
  besluit: string | null;
  datumBesluit: string | null;
}

/** An objection (bezwaar) against a decision in one of the person's cases. */
export interface InzageBezwaar {
  id: number;
  zaakId: number;
  besluit: string;
  datumBesluit: string;
  ontvangenOp: string;
  indiener: string;
  gronden: string;
  tijdig: boolean;
  beslistermijn: string;
  gehoordOp: string | null;
  uitkomst: string | null;
  beslistOp: string | null;
}

/** A period at home (thuiszitten) with the threshold tasks it raised. */
export interface InzageThuiszitperiode {
  id: number;
  zaakId: number;
  school: string | null;
  startdatum: string;
  type: string;
  onderwijsdeelname: string;
  oorzaak: string;
  regie: string;
  wachtlijst: string | null;
  einddatum: string | null;
  eindsituatie: string | null;
  drempeltaken: { taakId: number; drempel: string }[];
}

/** A task in one of the person's cases. */
export interface InzageTaak {
  id: number;
  zaakId: number;
  soort: string;
  omschrijving: string;
  vervaltOp: string;
  gedaanOp: string | null;
}

/** A registration on DUO's list of early school leavers. */
export interface InzageVsvRegistratie {
  id: number;
  zaakId: number | null;
  datumUitval: string;
  laatsteBrin: string;
  opleiding: string | null;
  niveau: string | null;
  cohort: string;
  lijstdatum: string;
  buitenDoelgroep: string | null;
}

/** A Doorstroompunt contact attempt. */
export interface InzageContactpoging {
  id: number;
  zaakId: number;
  datum: string;
  kanaal: string;
  resultaat: string;
  door: string;
}

/** What the first successful Doorstroompunt contact recorded. */
export interface InzageEersteContact {
  id: number;
  zaakId: number;
  datum: string;
  dagbesteding: string;
  inkomenscategorie: string;
  inkomenPeildatum: string;
  door: string;
}

/** A Doorstroompunt begeleidingstraject. */
export interface InzageTraject {
  id: number;
  zaakId: number;
  gestartOp: string;
  afspraken: number;
  beeindigdOp: string | null;
  uitstroomreden: string | null;
  bestemming: string | null;
  door: string;
}

/** The follow-up after leaving PRO or VSO. */
export interface InzageProVsoNazorg {
  id: number;
  status: string;
  datum: string;
  door: string;
}

/** A web form submission; uploads by name, type and size only (the files on request). */
export interface InzageFormulier {
  id: number;
  zaakId: number | null;
  referentie: string;
  formulier: string;
  versie: number;
  status: string;
  door: string;
  ingediendOp: string;
  gekoppeldOp: string | null;
  /** The answers, without the submitter's own name and contact details on others' forms. */
  antwoorden: Record<string, unknown>;
  bijlagen: {
    id: number;
    veld: string;
    bestandsnaam: string;
    mediatype: string;
    grootte: number;
  }[];
}

/** A meeting (MDO …) about the person's case; other attendees counted, not named. */
export interface InzageOverleg {
  id: number;
  zaakId: number;
  soort: string;
  titel: string;
  datum: string;
  juridischeToets: string;
  besluit: string | null;
  deelgenomen: boolean;
  aantalDeelnemers: number;
  acties: string | null;
}

/** An advice question about the person. */
export interface InzageAdviesvraag {
  id: number;
  datum: string;
  van: string;
  onderwerp: string;
}

/** An overstaptafel review (VO → MBO). */
export interface InzageOverstapgesprek {
  id: number;
  schooljaar: string;
  moment: number;
  datum: string;
  afspraken: string | null;
  resultaat: string | null;
}

/** Time a staff member booked on the person's case. */
export interface InzageBestedeTijd {
  id: number;
  zaakId: number;
  datum: string;
  soort: string;
  minuten: number;
  notitie: string | null;
}

/**
 * A message (e-mail, SMS) in one of the person's cases. The address and the text are left out:
 * the address may be a parent's, and the text holds a working confirm/cancel link.
 */
export interface InzageBericht {
  id: number;
  zaakId: number;
  kanaal: string;
  onderwerp: string | null;
  status: string;
  aangemaaktOp: string;
  verzondenOp: string | null;
}
