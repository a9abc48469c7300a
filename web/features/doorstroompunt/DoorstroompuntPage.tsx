// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { SelectField } from '../../components/FormField.tsx';
import { Alert, Heading2, Page, Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate } from '../../format.ts';
import { Link } from '../../router.tsx';
import { STATE_LABELS } from '../cases/labels.ts';
import { ProVsoSection, ReadinessSection } from './MonitoringSections.tsx';

interface DayList {
  peildatum: string;
  taken: {
    taakId: number;
    zaakId: number;
    naam: string;
    omschrijving: string;
    vervaltOp: string;
    teLaat: boolean;
  }[];
  nietBereikt: {
    zaakId: number;
    naam: string;
    status: string;
    geopendOp: string;
    pogingen: number;
    laatstePoging: string | null;
  }[];
  trajecten: { zaakId: number; naam: string; gestartOp: string; afspraken: number }[];
  meldingen18: { zaakId: number; naam: string; gemeldOp: string; school: string; status: string }[];
}

const STATUS: Record<string, string> = {
  CONTACTRITME: 'Contactritme: nog niet bereikt',
  NIET_BEREIKT: 'Niet bereikt',
};

const caseLink = (r: { zaakId: number; naam: string }) => (
  <Link href={`/zaken/${r.zaakId}`}>{r.naam}</Link>
);

/** The doorstroomcoach's day start: cadence tasks due first, then who is not reached, trajectories, 18+ meldingen. */
export function DoorstroompuntPage() {
  const [alle, setAlle] = useState('nee');
  const [list, setList] = useState<DayList>();
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    // A slower answer for the previous choice must not overwrite the list just chosen.
    let current = true;
    api<DayList>(`/api/doorstroompunt/werklijst?alle=${alle}`).then(
      (data) => {
        if (!current) return;
        setList(data);
        setFailure(undefined);
      },
      (e: unknown) => {
        if (current) {
          setFailure(e instanceof ApiError ? e.message : 'De werklijst laden is mislukt.');
        }
      },
    );
    return () => {
      current = false;
    };
  }, [alle]);

  return (
    <Page title="Doorstroompunt">
      <Paragraph>
        Jongeren van 18 tot de leeftijdsgrens zonder startkwalificatie. Bovenaan staan de
        contactmomenten die het eerst moeten gebeuren.
      </Paragraph>
      <SelectField
        id="dossiers"
        label="Welke dossiers"
        value={alle}
        onChange={(e) => setAlle(e.target.value)}
        options={[
          { value: 'nee', label: 'Mijn dossiers' },
          { value: 'ja', label: 'Alle dossiers' },
        ]}
      />
      {failure && <Alert type="error">{failure}</Alert>}
      {list && (
        <>
          <Heading2>Contactmomenten (tot een week vooruit)</Heading2>
          <Table
            caption="Taken van het contactritme, eerst vervallen eerst"
            rowKey={(t) => t.taakId}
            rows={list.taken}
            empty="Geen contactmomenten deze week."
            columns={[
              {
                header: 'Vervalt',
                cell: (t) => (
                  <>
                    {formatDate(t.vervaltOp)}
                    {t.teLaat ? ' (te laat)' : ''}
                  </>
                ),
              },
              { header: 'Jongere', cell: caseLink },
              { header: 'Wat', cell: (t) => t.omschrijving },
            ]}
          />
          <Heading2>Nog niet bereikt</Heading2>
          <Table
            caption="Jongeren die nog niet bereikt zijn, oudste eerst"
            rowKey={(r) => r.zaakId}
            rows={list.nietBereikt}
            empty="Iedereen is bereikt."
            columns={[
              { header: 'Jongere', cell: caseLink },
              { header: 'Fase', cell: (r) => STATUS[r.status] ?? r.status },
              { header: 'Op de lijst sinds', cell: (r) => formatDate(r.geopendOp) },
              { header: 'Pogingen', cell: (r) => r.pogingen, numeric: true },
              {
                header: 'Laatste poging',
                cell: (r) => (r.laatstePoging ? formatDate(r.laatstePoging) : ''),
              },
            ]}
          />
          <Heading2>Lopende trajecten</Heading2>
          <Table
            caption="Begeleidingstrajecten die lopen"
            rowKey={(r) => r.zaakId}
            rows={list.trajecten}
            empty="Geen lopende trajecten."
            columns={[
              { header: 'Jongere', cell: caseLink },
              { header: 'Gestart', cell: (r) => formatDate(r.gestartOp) },
              { header: 'Afspraken', cell: (r) => r.afspraken, numeric: true },
            ]}
          />
          <Heading2>Verzuimmeldingen 18+</Heading2>
          <Table
            caption="Open dossiers met een melding 18+ van een school"
            rowKey={(r) => r.zaakId}
            rows={list.meldingen18}
            empty="Geen open meldingen 18+."
            columns={[
              { header: 'Jongere', cell: caseLink },
              { header: 'Gemeld op', cell: (r) => formatDate(r.gemeldOp) },
              { header: 'School', cell: (r) => r.school },
              { header: 'Fase', cell: (r) => STATE_LABELS[r.status] ?? r.status },
            ]}
          />
        </>
      )}
      <ProVsoSection />
      <ReadinessSection />
    </Page>
  );
}
