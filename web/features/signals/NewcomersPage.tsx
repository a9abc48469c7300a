// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useState } from 'react';
import { api, type ApiError } from '../../api/client.ts';
import { TextField } from '../../components/FormField.tsx';
import { Alert, Page, Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate, formatNumber } from '../../format.ts';

interface Overview {
  maand: string;
  peildatum: string;
  gemeenten: {
    gemeente: string;
    nieuwkomers: number;
    dezeMaand: number;
    zonderInschrijving: number;
  }[];
}

/** R48 (seed 000): the monthly count per gemeente of nieuwkomers without enrolment. */
export function NewcomersPage() {
  const [maand, setMaand] = useState('');
  const [data, setData] = useState<Overview>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    const query = maand ? `?maand=${maand}` : '';
    api<Overview>(`/api/signalen/nieuwkomers${query}`).then(
      (d) => {
        setData(d);
        setError(undefined);
      },
      (e: ApiError) => setError(e.message),
    );
  }, [maand]);
  return (
    <Page title="Nieuwkomers zonder inschrijving">
      <Paragraph>
        Het maandoverzicht voor gemeenten en scholen: kinderen van leerplichtige leeftijd die in de
        afgelopen twaalf maanden in de regio kwamen wonen, en hoeveel van hen aan het eind van de
        maand nog geen school of vrijstelling hebben. De BRP-levering vermeldt geen land van
        herkomst, dus verhuizingen uit de rest van Nederland tellen mee.
      </Paragraph>
      <TextField
        id="maand"
        label="Maand"
        type="month"
        description="Bijvoorbeeld 2024-03. Leeg: deze maand."
        value={maand || data?.maand || ''}
        onChange={(e) => setMaand(e.target.value)}
      />
      {error && <Alert type="error">{error}</Alert>}
      {data && (
        <Table
          caption={`Nieuwkomers per gemeente, stand op ${formatDate(data.peildatum)}`}
          rowKey={(g) => g.gemeente}
          rows={data.gemeenten}
          empty="Geen nieuwkomers van leerplichtige leeftijd in deze periode."
          columns={[
            { header: 'Gemeente', cell: (g) => g.gemeente },
            {
              header: 'Nieuwkomers (12 maanden)',
              cell: (g) => formatNumber(g.nieuwkomers),
              numeric: true,
            },
            { header: 'Deze maand gekomen', cell: (g) => formatNumber(g.dezeMaand), numeric: true },
            {
              header: 'Zonder inschrijving',
              cell: (g) => formatNumber(g.zonderInschrijving),
              numeric: true,
            },
          ]}
        />
      )}
    </Page>
  );
}
