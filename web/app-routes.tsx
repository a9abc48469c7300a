// SPDX-License-Identifier: EUPL-1.2
/** Every page of the app: add a line here to add a page (and `nav` to show it in the menu). */
import type { ReactNode } from 'react';
import { AuditPage } from './features/audit/AuditPage.tsx';
import { CasePage } from './features/cases/CasePage.tsx';
import { DoorstroompuntPage } from './features/doorstroompunt/DoorstroompuntPage.tsx';
import { AssignmentRulesPage } from './features/cases/AssignmentRulesPage.tsx';
import { BatchLettersPage } from './features/letters/BatchLettersPage.tsx';
import { TeamPage } from './features/cases/TeamPage.tsx';
import { PolicyModePage } from './features/policy/PolicyModePage.tsx';
import { WorklistPage } from './features/cases/WorklistPage.tsx';
import { AccountPage } from './features/auth/AccountPage.tsx';
import { InzagePage } from './features/privacy/InzagePage.tsx';
import { ImportPage } from './features/imports/ImportPage.tsx';
import { OverviewPage } from './features/overview/OverviewPage.tsx';
import { PersonPage } from './features/persons/PersonPage.tsx';
import { PersonSearchPage } from './features/persons/PersonSearchPage.tsx';
import { RulesPage } from './features/rules/RulesPage.tsx';
import { SchoolReportsPage } from './features/school/SchoolReportsPage.tsx';
import { UsersPage } from './features/users/UsersPage.tsx';
import { AbsoluteVerzuimPage } from './features/signals/AbsoluteVerzuimPage.tsx';
import { NewcomersPage } from './features/signals/NewcomersPage.tsx';
import { AppointmentLinkPage } from './features/outbox/AppointmentLinkPage.tsx';
import { OutboxPage } from './features/outbox/OutboxPage.tsx';
import { TemplatesPage } from './features/letters/TemplatesPage.tsx';
import { FeedbackFormPage, PublicFormPage, SchoolFormPage } from './features/forms/FormPages.tsx';
import { SubmissionsPage } from './features/forms/SubmissionsPage.tsx';
import { ExemptionsPage } from './features/exemptions/ExemptionsPage.tsx';
import { LeavePage } from './features/leave/LeavePage.tsx';
import { DashboardCasesPage } from './features/dashboard/DashboardCasesPage.tsx';
import { DashboardPage } from './features/dashboard/DashboardPage.tsx';
import { ThuiszittersPage } from './features/thuiszitters/ThuiszittersPage.tsx';
import { PersonThuiszittersPage } from './features/thuiszitters/PersonThuiszittersPage.tsx';
import { OfficePage } from './features/office/OfficePage.tsx';
import { MeetingsPage } from './features/office/MeetingsPage.tsx';
import { PreventionPage } from './features/office/PreventionPage.tsx';
import { SchoolsPage } from './features/office/SchoolsPage.tsx';
import { TransferPage } from './features/office/TransferPage.tsx';
import { TimePage } from './features/office/TimePage.tsx';
import { JaarverslagPage } from './features/report/JaarverslagPage.tsx';

export interface AppRoute {
  path: string;
  nav?: string;
  /** The action (server/modules/auth/policy.ts) a user needs to see this page. */
  policy: string;
  render: (params: Record<string, string>) => ReactNode;
}

export const appRoutes: AppRoute[] = [
  { path: '/', nav: 'Overzicht', policy: 'overview.read', render: () => <OverviewPage /> },
  { path: '/werklijst', nav: 'Werklijst', policy: 'cases.read', render: () => <WorklistPage /> },
  {
    path: '/doorstroompunt',
    nav: 'Doorstroompunt',
    policy: 'cases.read',
    render: () => <DoorstroompuntPage />,
  },
  { path: '/zaken/:id', policy: 'cases.read', render: (p) => <CasePage id={p.id!} /> },
  {
    path: '/thuiszitters',
    nav: 'Thuiszitters',
    policy: 'cases.read',
    render: () => <ThuiszittersPage />,
  },
  {
    path: '/thuiszitters/personen/:id',
    policy: 'cases.read',
    render: (p) => <PersonThuiszittersPage id={p.id!} />,
  },
  { path: '/team', nav: 'Team', policy: 'cases.team', render: () => <TeamPage /> },
  {
    path: '/jaarverslag',
    nav: 'Jaarverslag',
    policy: 'report.read',
    render: () => <JaarverslagPage />,
  },
  { path: '/brieven', nav: 'Brieven', policy: 'letters.make', render: () => <BatchLettersPage /> },
  {
    path: '/toewijzing',
    nav: 'Toewijzing',
    policy: 'cases.assign',
    render: () => <AssignmentRulesPage />,
  },
  {
    path: '/beleidsmodus',
    nav: 'Beleidsmodus',
    policy: 'policy_mode.change',
    render: () => <PolicyModePage />,
  },
  {
    path: '/absoluut-verzuim',
    nav: 'Absoluut verzuim',
    policy: 'cases.read',
    render: () => <AbsoluteVerzuimPage />,
  },
  { path: '/nieuwkomers', policy: 'overview.read', render: () => <NewcomersPage /> },
  {
    path: '/personen',
    nav: 'Personen',
    policy: 'persons.search',
    render: () => <PersonSearchPage />,
  },
  { path: '/personen/:id', policy: 'persons.read', render: (p) => <PersonPage id={p.id!} /> },
  {
    path: '/school',
    nav: 'Onze meldingen',
    policy: 'school.meldingen.read',
    render: () => <SchoolReportsPage />,
  },
  { path: '/regels', nav: 'Regels', policy: 'rules.read', render: () => <RulesPage /> },
  { path: '/importeren', nav: 'Importeren', policy: 'imports.run', render: () => <ImportPage /> },
  { path: '/gebruikers', nav: 'Gebruikers', policy: 'users.manage', render: () => <UsersPage /> },
  { path: '/audit', nav: 'Auditlog', policy: 'audit.read', render: () => <AuditPage /> },
  { path: '/account', policy: 'session.own', render: () => <AccountPage /> },
  { path: '/inzage', nav: 'Inzage', policy: 'privacy.inzage', render: () => <InzagePage /> },
  { path: '/berichten', nav: 'Berichten', policy: 'outbox.read', render: () => <OutboxPage /> },
  {
    path: '/sjablonen',
    nav: 'Sjablonen',
    policy: 'templates.manage',
    render: () => <TemplatesPage />,
  },
  {
    path: '/dashboard',
    nav: 'Dashboard',
    policy: 'dashboard.read',
    render: () => <DashboardPage />,
  },
  { path: '/dashboard/zaken', policy: 'cases.read', render: () => <DashboardCasesPage /> },
  { path: '/kantoorwerk', nav: 'Kantoorwerk', policy: 'office.read', render: () => <OfficePage /> },
  { path: '/kantoorwerk/overleggen', policy: 'office.read', render: () => <MeetingsPage /> },
  { path: '/kantoorwerk/preventie', policy: 'office.read', render: () => <PreventionPage /> },
  { path: '/kantoorwerk/scholen', policy: 'office.read', render: () => <SchoolsPage /> },
  { path: '/kantoorwerk/overstap', policy: 'office.transfer', render: () => <TransferPage /> },
  { path: '/kantoorwerk/tijd', policy: 'office.time_summary', render: () => <TimePage /> },
  {
    path: '/vrijstellingen',
    nav: 'Vrijstellingen',
    policy: 'exemptions.read',
    render: () => <ExemptionsPage />,
  },
  { path: '/verlof', nav: 'Verlof', policy: 'exemptions.read', render: () => <LeavePage /> },
  {
    path: '/afspraak/:token',
    policy: 'public',
    render: (p) => <AppointmentLinkPage token={p.token!} />,
  },
  {
    path: '/inzendingen',
    nav: 'Inzendingen',
    policy: 'forms.read',
    render: () => <SubmissionsPage />,
  },
  {
    path: '/school/beginnend-verzuim',
    nav: 'Beginnend verzuim melden',
    policy: 'forms.school',
    render: () => <SchoolFormPage />,
  },
  {
    path: '/formulier/verlof',
    policy: 'public',
    render: () => <PublicFormPage formulier="verlof" />,
  },
  {
    path: '/formulier/vrijstelling',
    policy: 'public',
    render: () => <PublicFormPage formulier="vrijstelling" />,
  },
  {
    path: '/formulier/hulpvraag',
    policy: 'public',
    render: () => <PublicFormPage formulier="hulpvraag" />,
  },
  {
    path: '/formulier/feedback/:token',
    policy: 'public',
    render: (p) => <FeedbackFormPage token={p.token!} />,
  },
];
