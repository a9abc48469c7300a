// SPDX-License-Identifier: EUPL-1.2
/** Every page of the app: add a line here to add a page (and `nav` to show it in the menu). */
import type { ReactNode } from 'react';
import { AuditPage } from './features/audit/AuditPage.tsx';
import { CasePage } from './features/cases/CasePage.tsx';
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
import { AppointmentLinkPage } from './features/outbox/AppointmentLinkPage.tsx';
import { OutboxPage } from './features/outbox/OutboxPage.tsx';
import { TemplatesPage } from './features/letters/TemplatesPage.tsx';

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
  { path: '/zaken/:id', policy: 'cases.read', render: (p) => <CasePage id={p.id!} /> },
  { path: '/team', nav: 'Team', policy: 'cases.team', render: () => <TeamPage /> },
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
    path: '/afspraak/:token',
    policy: 'public',
    render: (p) => <AppointmentLinkPage token={p.token!} />,
  },
];
