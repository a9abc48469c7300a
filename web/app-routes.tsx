// SPDX-License-Identifier: EUPL-1.2
/** Every page of the app: add a line here to add a page (and `nav` to show it in the menu). */
import type { ReactNode } from 'react';
import { ImportPage } from './features/imports/ImportPage.tsx';
import { OverviewPage } from './features/overview/OverviewPage.tsx';
import { PersonPage } from './features/persons/PersonPage.tsx';
import { PersonSearchPage } from './features/persons/PersonSearchPage.tsx';
import { RulesPage } from './features/rules/RulesPage.tsx';

export interface AppRoute {
  path: string;
  nav?: string;
  render: (params: Record<string, string>) => ReactNode;
}

export const appRoutes: AppRoute[] = [
  { path: '/', nav: 'Overzicht', render: () => <OverviewPage /> },
  { path: '/personen', nav: 'Personen', render: () => <PersonSearchPage /> },
  { path: '/personen/:id', render: (p) => <PersonPage id={p.id!} /> },
  { path: '/regels', nav: 'Regels', render: () => <RulesPage /> },
  { path: '/importeren', nav: 'Importeren', render: () => <ImportPage /> },
];
