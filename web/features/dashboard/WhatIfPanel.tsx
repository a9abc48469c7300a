// SPDX-License-Identifier: EUPL-1.2
/** What-if: the kennisgevingsbrief for first meldingen, replayed on a school year's meldingen. */
import { useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Button, TextField } from '../../components/FormField.tsx';
import { Alert, Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { formatNumber } from '../../format.ts';

interface WhatIf {
  schooljaar: string;
  modus: { van: string; totEnMet: string };
  meldingen: number;
  getrieerd: number;
  briefInPlaatsVanUitnodiging: number;
  werkelijkKennisgeving: number;
  uitgesloten: { nietEerste: number; zorgen: number; urgent: number; geenActieGewenst: number };
  urenVrij: number;
  minuten: { gesprek: number; kennisgevingsbrief: number; bron: string };
  perMaand: { maand: string; briefInPlaatsVanUitnodiging: number }[];
}

export function WhatIfPanel({ gemeente }: { gemeente: string }) {
  const [form, setForm] = useState({ schooljaar: '', modusVan: '', modusTotEnMet: '' });
  const [result, setResult] = useState<WhatIf>();
  const [failure, setFailure] = useState<string>();
  const run = () => {
    setFailure(undefined);
    const q = new URLSearchParams(
      Object.entries({ ...form, gemeente }).filter(([, v]) => v !== ''),
    ).toString();
    api<WhatIf>(`/api/dashboard/wat-als?${q}`).then(setResult, (e) =>
      setFailure(e instanceof ApiError ? e.message : 'Berekenen is mislukt.'),
    );
  };
  return (
    <section className="aw-section" aria-labelledby="wat-als-titel">
      <h3 className="utrecht-heading-3" id="wat-als-titel">
        Wat als: kennisgevingsbrief bij eerste meldingen
      </h3>
      <Paragraph>
        Speelt de meldingen van een schooljaar opnieuw af met de regels van binnenkomst (zomeractie
        / piekmodus): hoeveel eerste meldingen hadden een kennisgevingsbrief gekregen in plaats van
        een uitnodiging, en hoeveel uur consulenttijd had dat vrijgemaakt?
      </Paragraph>
      <form
        className="aw-form aw-form--inline"
        onSubmit={(e) => {
          e.preventDefault();
          run();
        }}
        noValidate
      >
        <TextField
          id="schooljaar"
          label="Schooljaar (leeg: vorig schooljaar)"
          placeholder="2024-2025"
          value={form.schooljaar}
          onChange={(e) => setForm({ ...form, schooljaar: e.target.value })}
        />
        <TextField
          id="modusVan"
          label="Modus van (niet verplicht)"
          type="date"
          value={form.modusVan}
          onChange={(e) => setForm({ ...form, modusVan: e.target.value })}
        />
        <TextField
          id="modusTotEnMet"
          label="Modus tot en met (niet verplicht)"
          type="date"
          value={form.modusTotEnMet}
          onChange={(e) => setForm({ ...form, modusTotEnMet: e.target.value })}
        />
        <div className="aw-form__actions">
          <Button>Berekenen</Button>
        </div>
      </form>
      {failure && <Alert type="error">{failure}</Alert>}
      {result && (
        <div aria-live="polite">
          <Paragraph>
            Schooljaar {result.schooljaar}: van de {formatNumber(result.getrieerd)} meldingen die
            een dossier openden, hadden er{' '}
            <strong>{formatNumber(result.briefInPlaatsVanUitnodiging)}</strong> een
            kennisgevingsbrief gekregen in plaats van een uitnodiging. Dat scheelt ongeveer{' '}
            <strong>{formatNumber(result.urenVrij)} uur</strong> ({result.minuten.gesprek} min.
            gesprek − {result.minuten.kennisgevingsbrief} min. brief per melding). Werkelijk kregen{' '}
            {formatNumber(result.werkelijkKennisgeving)} meldingen een kennisgevingsbrief.
          </Paragraph>
          <Paragraph className="aw-muted">Bron van de minuten: {result.minuten.bron}.</Paragraph>
          <Table
            caption="Waarom de andere meldingen toch een uitnodiging kregen"
            rowKey={(r) => r.reden}
            rows={[
              {
                reden: 'Niet de eerste melding van dit schooljaar',
                n: result.uitgesloten.nietEerste,
              },
              { reden: 'De school noemt zorgen', n: result.uitgesloten.zorgen },
              { reden: 'Langdurig verzuim', n: result.uitgesloten.urgent },
              {
                reden: 'School vraagt geen actie (al een kennisgevingsbrief)',
                n: result.uitgesloten.geenActieGewenst,
              },
            ]}
            columns={[
              { header: 'Reden', cell: (r) => r.reden },
              { header: 'Meldingen', cell: (r) => formatNumber(r.n), numeric: true },
            ]}
          />
          <Table
            caption="Kennisgevingsbrief in plaats van uitnodiging, per maand"
            rowKey={(r) => r.maand}
            rows={result.perMaand}
            empty="Geen enkele melding zou anders zijn gelopen."
            columns={[
              { header: 'Maand', cell: (r) => r.maand },
              {
                header: 'Meldingen',
                cell: (r) => formatNumber(r.briefInPlaatsVanUitnodiging),
                numeric: true,
              },
            ]}
          />
        </div>
      )}
    </section>
  );
}
