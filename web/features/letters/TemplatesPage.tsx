// SPDX-License-Identifier: EUPL-1.2
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Button } from '../../components/FormField.tsx';
import { Alert, Heading2, Page, Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate } from '../../format.ts';
import { TemplateEditor } from './TemplateEditor.tsx';
import type { TemplateList } from './template-form.ts';

/** The functioneel beheerder's page: every letter template in its current version, and an editor. */
export function TemplatesPage() {
  const [list, setList] = useState<TemplateList>();
  const [failure, setFailure] = useState<string>();
  const [selected, setSelected] = useState<string>();
  const load = useCallback(
    () =>
      api<TemplateList>('/api/brieven/sjablonen/beheer').then(setList, (e: unknown) =>
        setFailure(e instanceof ApiError ? e.message : 'De sjablonen konden niet worden geladen.'),
      ),
    [],
  );
  useEffect(() => void load(), [load]);
  const current = list?.sjablonen.find((t) => t.sleutel === selected);

  return (
    <Page title="Sjablonen">
      <Paragraph>
        Hier past u de tekst van de brieven aan. Elke wijziging wordt een nieuwe versie. Brieven die
        al zijn verstuurd, blijven precies zoals ze waren.
      </Paragraph>
      {failure && <Alert type="error">{failure}</Alert>}
      {list && (
        <section aria-labelledby="sjablonen-titel">
          <Heading2 id="sjablonen-titel">Alle sjablonen</Heading2>
          <Table
            caption={`Briefsjablonen (${list.sjablonen.length})`}
            rows={list.sjablonen}
            rowKey={(t) => t.sleutel}
            empty="Er zijn nog geen sjablonen."
            columns={[
              { header: 'Sjabloon', cell: (t) => t.sleutel },
              { header: 'Onderwerp', cell: (t) => t.titel },
              { header: 'Versie', cell: (t) => t.versie, numeric: true },
              { header: 'Gewijzigd door', cell: (t) => t.gewijzigdDoor },
              { header: 'Gewijzigd op', cell: (t) => formatDate(t.gewijzigdOp) },
              {
                header: 'Acties',
                cell: (t) => (
                  <Button
                    type="button"
                    appearance="secondary-action-button"
                    aria-label={`Bewerken: ${t.sleutel}`}
                    aria-expanded={t.sleutel === selected}
                    aria-controls={t.sleutel === selected ? 'sjabloon-bewerken' : undefined}
                    onClick={() => setSelected(t.sleutel === selected ? undefined : t.sleutel)}
                  >
                    Bewerken
                  </Button>
                ),
              },
            ]}
          />
        </section>
      )}
      {list && current && (
        <TemplateEditor
          key={current.sleutel}
          template={current}
          velden={list.velden}
          onSaved={load}
          onClose={() => setSelected(undefined)}
        />
      )}
    </Page>
  );
}
