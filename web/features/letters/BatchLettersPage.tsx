// SPDX-License-Identifier: EUPL-1.2
import { useCallback, useEffect, useState } from 'react';
import { api, apiFile, ApiError } from '../../api/client.ts';
import { Button } from '../../components/FormField.tsx';
import { Alert, Page, Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate } from '../../format.ts';
import { Link } from '../../router.tsx';

interface Planned {
  eventId: number;
  caseId: number;
  naam: string;
  sleutel: string;
  datum: string;
}

/** Administrative staff make every letter that was set ready, and print them as one PDF. */
export function BatchLettersPage() {
  const [planned, setPlanned] = useState<Planned[]>();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState(false);
  const load = useCallback(async () => {
    setPlanned((await api<{ brieven: Planned[] }>('/api/brieven/klaargezet')).brieven);
  }, []);
  useEffect(() => {
    void load().catch(() => undefined);
  }, [load]);

  async function makeAll() {
    if (!planned?.length) return;
    setBusy(true);
    const ids: number[] = [];
    const failed: string[] = [];
    for (const p of planned) {
      try {
        const result = await api<{ brieven: { id: number }[] }>(`/api/zaken/${p.caseId}/brieven`, {
          method: 'POST',
          body: JSON.stringify({ sleutel: p.sleutel }),
        });
        ids.push(...result.brieven.map((b) => b.id));
      } catch (e) {
        failed.push(`${p.naam}: ${e instanceof ApiError ? e.message : 'mislukt'}`);
      }
    }
    if (ids.length) {
      const pdf = await apiFile('/api/brieven/batch', { ids });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(pdf);
      link.download = 'brieven.pdf';
      link.click();
      URL.revokeObjectURL(link.href);
    }
    setMessage({
      ok: failed.length === 0,
      text: `${ids.length} ${ids.length === 1 ? 'brief' : 'brieven'} gemaakt en als één PDF gedownload.${failed.length ? ` Niet gelukt: ${failed.join('; ')}` : ''}`,
    });
    setBusy(false);
    await load();
  }

  return (
    <Page title="Brieven afdrukken">
      <Paragraph>
        Brieven die bij binnenkomst of bij een stap zijn klaargezet (de laatste acht weken). Maak ze
        in één keer; elke brief wordt bewaard in zijn dossier zoals hij is verstuurd.
      </Paragraph>
      {message && <Alert type={message.ok ? 'ok' : 'warning'}>{message.text}</Alert>}
      {planned && (
        <>
          <Table
            caption="Klaargezette brieven"
            rowKey={(p) => p.eventId}
            rows={planned}
            empty="Er staan geen brieven klaar."
            columns={[
              { header: 'Klaargezet', cell: (p) => formatDate(p.datum) },
              { header: 'Dossier', cell: (p) => <Link href={`/zaken/${p.caseId}`}>{p.naam}</Link> },
              { header: 'Brief', cell: (p) => p.sleutel },
            ]}
          />
          <Button
            type="button"
            disabled={busy || planned.length === 0}
            onClick={() => void makeAll()}
          >
            Alle brieven maken en afdrukken
          </Button>
        </>
      )}
    </Page>
  );
}
