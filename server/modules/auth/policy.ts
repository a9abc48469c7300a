// SPDX-License-Identifier: EUPL-1.2
/**
 * One policy per action, used alike by HTTP routes, CLI commands and jobs. A route names its
 * action in `config.policy`; a route without one does not start (see server/http/authorize.ts).
 * The split follows seed 003 ("persoonlijke en gevoelige informatie wordt niet gedeeld met
 * scholen") and domain.md §1: policy staff see aggregates only, the privacy officer sees the
 * audit trail but no casework, the functioneel beheerder runs settings, users and imports.
 */
import { ROLES, type Actor, type Role } from './roles.ts';

const CASEWORK: Role[] = [
  'leerplichtconsulent',
  'doorstroomcoach',
  'teamleider',
  'administratief_medewerker',
];
const OFFICE: Role[] = [
  ...CASEWORK,
  'managementteam',
  'beleidsmedewerker',
  'privacy_officer',
  'functioneel_beheerder',
];
const EVERYONE: Role[] = Object.keys(ROLES) as Role[];

export const POLICIES = {
  'session.own': { rollen: EVERYONE, uitleg: 'de eigen sessie en tweede factor' },
  'persons.search': { rollen: CASEWORK, uitleg: 'personen zoeken voor casuswerk' },
  'persons.read': { rollen: CASEWORK, uitleg: 'een persoon met zijn gegevens inzien' },
  'overview.read': { rollen: OFFICE, uitleg: 'tellingen van de regio (geen personen)' },
  'imports.run': {
    rollen: ['functioneel_beheerder', 'administratief_medewerker'],
    uitleg: 'bestanden importeren',
  },
  'imports.read': {
    rollen: ['functioneel_beheerder', 'administratief_medewerker'],
    uitleg: 'imports en hun afgewezen regels bekijken',
  },
  'rules.read': { rollen: EVERYONE, uitleg: 'wettelijke regels en de schoolkalender raadplegen' },
  'settings.read': { rollen: OFFICE, uitleg: 'regionale instellingen bekijken' },
  'settings.change': {
    rollen: ['functioneel_beheerder'],
    uitleg: 'regionale instellingen en schoolvakanties wijzigen',
  },
  'users.manage': { rollen: ['functioneel_beheerder'], uitleg: 'gebruikers en rollen beheren' },
  'audit.read': { rollen: ['privacy_officer'], uitleg: 'het auditlog doorzoeken' },
  'audit.read_wpg': {
    rollen: ['privacy_officer'],
    uitleg: 'toegang tot politiegegevens (WPG) in het auditlog zien',
  },
  'audit.verify': {
    rollen: ['privacy_officer', 'functioneel_beheerder'],
    uitleg: 'de keten van het auditlog controleren',
  },
  'privacy.inzage': {
    rollen: ['privacy_officer'],
    uitleg: 'een inzageverzoek (art. 15 AVG) uitvoeren: alles over één persoon exporteren',
  },
  'cases.read': { rollen: CASEWORK, uitleg: 'dossiers, werklijsten en brieven inzien' },
  'cases.work': {
    rollen: ['leerplichtconsulent', 'doorstroomcoach', 'teamleider'],
    uitleg: 'dossiers behandelen: stappen, interventies, afspraken, brieven',
  },
  'letters.make': {
    rollen: ['leerplichtconsulent', 'doorstroomcoach', 'teamleider', 'administratief_medewerker'],
    uitleg: 'brieven maken en klaargezette brieven in één keer afdrukken',
  },
  'cases.assign': {
    rollen: ['administratief_medewerker', 'teamleider'],
    uitleg: 'dossiers toewijzen en de toewijzingsregels beheren',
  },
  'cases.team': {
    rollen: ['teamleider', 'managementteam'],
    uitleg: 'de werkvoorraad per medewerker zien (teamoverzicht, geen personen)',
  },
  'duo.exchange': {
    rollen: ['administratief_medewerker', 'functioneel_beheerder'],
    uitleg: 'statussen van verzuimmeldingen klaarzetten voor DUO en als verzonden markeren',
  },
  'exemptions.read': {
    rollen: CASEWORK,
    uitleg: 'aanvragen voor vrijstelling en verlof, het register en de beschikkingen inzien',
  },
  'exemptions.work': {
    rollen: ['leerplichtconsulent', 'teamleider'],
    uitleg: 'aanvragen voor vrijstelling en verlof openen, behandelen en beschikkingen maken',
  },
  'police.read': {
    rollen: ['leerplichtconsulent', 'teamleider'],
    uitleg: 'processen-verbaal (politiegegevens, WPG) inzien en opmaken',
  },
  'policy_mode.change': {
    rollen: ['managementteam'],
    uitleg: 'de beleidsmodus (kern en ringen, zomeractie) vaststellen',
  },
  'templates.manage': { rollen: ['functioneel_beheerder'], uitleg: 'briefsjablonen beheren' },
  'outbox.read': {
    rollen: ['functioneel_beheerder', 'administratief_medewerker'],
    uitleg: 'de berichten-outbox bekijken',
  },
  'report.read': {
    rollen: ['beleidsmedewerker', 'managementteam', 'teamleider'],
    uitleg:
      'het jaarverslag (art. 25 Leerplichtwet) met controles bekijken en downloaden (alleen tellingen)',
  },
  'report.publish': {
    rollen: ['beleidsmedewerker', 'managementteam'],
    uitleg: 'het jaarverslag publiceren (bevriezen), zo nodig met een onderbouwde overschrijving',
  },
  'school.meldingen.read': {
    rollen: ['school'],
    uitleg: 'de status van de eigen verzuimmeldingen van de school volgen',
  },
  'forms.school': {
    rollen: ['school'],
    uitleg: 'beginnend verzuim melden met het webformulier (preventieve aanpak)',
  },
  'forms.read': {
    rollen: CASEWORK,
    uitleg: 'ingestuurde webformulieren van dossiers in de eigen gemeenten inzien',
  },
  'forms.link': {
    // Unmatched submissions name no known person, so no gemeente limits who sees them: the intake
    // desk sees every form, the doorstroomcoach the help requests (forms/unmatched-scope.ts).
    rollen: ['administratief_medewerker', 'teamleider', 'doorstroomcoach'],
    uitleg:
      'niet gekoppelde inzendingen inzien en met de hand aan een persoon koppelen (de doorstroomcoach alleen hulpvragen)',
  },
  'office.read': {
    rollen: OFFICE,
    uitleg: "kantoorwerk inzien: overleggen (MDO's), preventie, adviesvragen en scholen",
  },
  'office.register': {
    rollen: CASEWORK,
    uitleg:
      'kantoorwerk en bestede tijd vastleggen: overleggen, preventie, adviesvragen, jaargesprekken',
  },
  'office.legal_check': {
    rollen: ['privacy_officer'],
    uitleg: 'de grondslag en gegevensdeling van een overleg toetsen en bevestigen',
  },
  'office.transfer': {
    rollen: ['leerplichtconsulent', 'doorstroomcoach', 'teamleider'],
    uitleg: 'de overstap VO-MBO: examenleerlingen zonder mbo-inschrijving en de overstaptafels',
  },
  'office.time_summary': {
    rollen: ['teamleider', 'managementteam', 'beleidsmedewerker'],
    uitleg: 'de tijdsbesteding per medewerker, team en ring en de afgewezen verzoeken zien',
  },
  'dashboard.read': {
    rollen: ['teamleider', 'managementteam', 'beleidsmedewerker'],
    uitleg: 'het dashboard: tellingen, doorlooptijden, wat-als en effectmeting (geen personen)',
  },
} as const satisfies Record<string, { rollen: readonly Role[]; uitleg: string }>;

export type Action = keyof typeof POLICIES;

export const ACTIONS = Object.keys(POLICIES) as Action[];

/** Jobs may only do what they are built for. */
const SYSTEM_ACTIONS: ReadonlySet<Action> = new Set<Action>([
  'audit.verify',
  'imports.run',
  'cases.work',
]);

/** Whether `actor` may perform `action` (scope, e.g. gemeenten, is applied by the query). */
export function can(actor: Actor, action: Action): boolean {
  if (actor.rol === 'systeem') return SYSTEM_ACTIONS.has(action);
  return (POLICIES[action].rollen as readonly Role[]).includes(actor.rol);
}

/** Every action the actor may perform: the web app shows only what these allow. */
export const permissionsOf = (actor: Actor): Action[] => ACTIONS.filter((a) => can(actor, a));
