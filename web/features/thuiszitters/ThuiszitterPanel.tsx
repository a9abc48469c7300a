// SPDX-License-Identifier: EUPL-1.2
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Button } from '../../components/FormField.tsx';
import { Alert, Heading2 } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate } from '../../format.ts';
import { duration, useChoices, type Episode } from './choices.ts';
import { EndForm } from './EndForm.tsx';
import { EpisodeForm } from './EpisodeForm.tsx';

/**
 * The thuiszitter episodes of a person, on the case page (new episodes go into that case) or on
 * the person's thuiszitter page (a new episode opens a thuiszitter case).
 */
export function ThuiszitterPanel({
  personId,
  caseId,
  caseOpen = true,
  mayWork,
  onChange,
}: {
  personId: number;
  caseId?: number;
  caseOpen?: boolean;
  mayWork: boolean;
  onChange?: () => void;
}) {
  const choices = useChoices();
  const [list, setList] = useState<Episode[]>();
  const [message, setMessage] = useState<string>();
  const today = new Date().toISOString().slice(0, 10);
  const load = useCallback(async () => {
    const { perioden } = await api<{ perioden: Episode[] }>(
      `/api/thuiszitter-periodes?persoon=${personId}`,
    );
    setList(perioden);
  }, [personId]);
  useEffect(() => {
    void load().catch(() => undefined);
  }, [load]);
  const done = (text: string) => {
    setMessage(text);
    void load();
    onChange?.();
  };
  const complete = async (episodeId: number, taskId: number) => {
    try {
      await api(`/api/thuiszitter-periodes/${episodeId}/taken/${taskId}/afgerond`, {
        method: 'POST',
      });
      done('De taak is afgerond.');
    } catch (e) {
      setMessage(e instanceof ApiError ? e.message : 'Afronden is mislukt.');
    }
  };
  const open = list?.find((e) => e.einddatum === null);
  // Forms only once the list is known, so nobody registers a second episode while it loads.
  const ready = mayWork && choices !== undefined && list !== undefined;
  const label = (labels: Record<string, string> | undefined, key: string | null) =>
    key ? (labels?.[key] ?? key) : '';

  return (
    <section aria-labelledby="thuiszitter-titel">
      <Heading2 id="thuiszitter-titel">Thuiszitten</Heading2>
      {message && <Alert type="ok">{message}</Alert>}
      {open?.opTafel && (
        <Alert type="warning">
          Langer dan 3 maanden thuis: bespreek deze jongere aan de thuiszitterstafel.
        </Alert>
      )}
      <Table
        caption="Thuiszitterperiodes van deze jongere"
        rowKey={(e) => e.id}
        rows={list ?? []}
        empty="Geen thuiszitterperiodes."
        columns={[
          { header: 'Thuis sinds', cell: (e) => formatDate(e.startdatum) },
          { header: 'Duur', cell: (e) => duration(e.dagen) },
          { header: 'Soort', cell: (e) => label(choices?.types, e.type) },
          {
            header: 'Onderwijs',
            cell: (e) => label(choices?.onderwijsdeelname, e.onderwijsdeelname),
          },
          { header: 'Regie', cell: (e) => e.regie },
          { header: 'Wachtlijst', cell: (e) => e.wachtlijst ?? '' },
          {
            header: 'Einde',
            cell: (e) =>
              e.einddatum
                ? `${formatDate(e.einddatum)}: ${label(choices?.eindsituaties, e.eindsituatie)}`
                : 'nog open',
          },
        ]}
      />
      {ready && open && open.openTaken.length > 0 && (
        <ul className="utrecht-unordered-list" aria-label="Open drempeltaken">
          {open.openTaken.map((t) => (
            <li key={t.id} className="utrecht-unordered-list__item">
              {t.omschrijving} — vervalt {formatDate(t.vervaltOp)}{' '}
              <Button
                type="button"
                appearance="secondary-action-button"
                aria-label={`${t.omschrijving}: afgerond`}
                onClick={() => void complete(open.id, t.id)}
              >
                Afgerond
              </Button>
            </li>
          ))}
        </ul>
      )}
      {ready && open && (
        <>
          <details>
            <summary>Periode bijwerken</summary>
            <EpisodeForm
              choices={choices}
              episode={open}
              personId={personId}
              today={today}
              onDone={done}
            />
          </details>
          <details>
            <summary>Periode afsluiten</summary>
            <EndForm choices={choices} episode={open} today={today} onDone={done} />
          </details>
        </>
      )}
      {ready && !open && caseOpen && (
        <details>
          <summary>Thuiszitterperiode registreren</summary>
          <EpisodeForm
            choices={choices}
            personId={personId}
            {...(caseId ? { caseId } : {})}
            today={today}
            onDone={done}
          />
        </details>
      )}
    </section>
  );
}
