// SPDX-License-Identifier: EUPL-1.2
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Button } from '../../components/FormField.tsx';
import { Alert, Heading2, Page, Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { yesNo } from '../../format.ts';
import { NewUserForm } from './NewUserForm.tsx';
import { isLockedOut, type User, type UserList } from './types.ts';
import { UserManager } from './UserManager.tsx';

const MOMENT = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  dateStyle: 'short',
  timeStyle: 'short',
});

/** `actief`, `gedeactiveerd` or `geblokkeerd tot 2-9-2024 10:35`. */
export function statusText(user: User, now: Date): string {
  if (!user.actief) return 'gedeactiveerd';
  if (isLockedOut(user, now)) {
    return `geblokkeerd tot ${MOMENT.format(new Date(user.geblokkeerdTot!))}`;
  }
  return 'actief';
}

/** The functioneel beheerder's page: every account, a new account, and per account its actions. */
export function UsersPage() {
  const [list, setList] = useState<UserList>();
  const [failure, setFailure] = useState<string>();
  const [selected, setSelected] = useState<number>();
  const load = useCallback(
    () =>
      api<UserList>('/api/gebruikers').then(setList, (e: unknown) =>
        setFailure(e instanceof ApiError ? e.message : 'De gebruikers konden niet worden geladen.'),
      ),
    [],
  );
  useEffect(() => void load(), [load]);
  const now = new Date();
  const current = list?.gebruikers.find((u) => u.id === selected);

  return (
    <Page title="Gebruikers">
      <Paragraph>
        Maak accounts voor medewerkers en scholen, kies hun rol en help bij een blokkade of een
        verloren telefoon. Elke wijziging komt in het auditlog.
      </Paragraph>
      {failure && <Alert type="error">{failure}</Alert>}
      {list && (
        <section aria-labelledby="gebruikers-titel">
          <Heading2 id="gebruikers-titel">Alle gebruikers</Heading2>
          <Table
            caption={`Gebruikers (${list.gebruikers.length})`}
            rows={list.gebruikers}
            rowKey={(u) => u.id}
            empty="Er zijn nog geen gebruikers."
            columns={[
              { header: 'Gebruikersnaam', cell: (u) => u.gebruikersnaam },
              { header: 'Naam', cell: (u) => u.naam },
              { header: 'Rol', cell: (u) => u.rolNaam },
              { header: 'Team', cell: (u) => u.team ?? '' },
              {
                header: 'Gemeenten',
                cell: (u) => (u.gemeenten ? u.gemeenten.join(', ') : 'hele regio'),
              },
              { header: 'School', cell: (u) => u.brin ?? '' },
              { header: 'Tweede factor', cell: (u) => yesNo(u.tweedeFactor) },
              { header: 'Status', cell: (u) => statusText(u, now) },
              {
                header: 'Acties',
                cell: (u) => (
                  <Button
                    type="button"
                    appearance="secondary-action-button"
                    aria-label={`Beheren: ${u.gebruikersnaam}`}
                    aria-expanded={u.id === selected}
                    aria-controls={u.id === selected ? 'gebruiker-beheren' : undefined}
                    onClick={() => setSelected(u.id === selected ? undefined : u.id)}
                  >
                    Beheren
                  </Button>
                ),
              },
            ]}
          />
        </section>
      )}
      {list && current && (
        <UserManager
          key={current.id}
          user={current}
          rollen={list.rollen}
          now={now}
          onChanged={load}
          onClose={() => setSelected(undefined)}
        />
      )}
      {list && <NewUserForm rollen={list.rollen} onCreated={load} />}
    </Page>
  );
}
