// SPDX-License-Identifier: EUPL-1.2
/** Effect measurement: new meldingen after a letter or a conversation, no-show with/without reminder. */
import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { filterQuery } from './filter-query.ts';
import type { Filter } from './figures.tsx';

interface Share {
  aantal: number;
  metNieuweMelding: number;
  percentage: number | null;
  teKlein: boolean;
}
interface Effect {
  minimaleGroep: number;
  uitkomsten: { groep: string; totaal: number; binnen3Maanden: Share; binnen6Maanden: Share }[];
  herinneringen: {
    herinnering: boolean;
    afspraken: number;
    noShow: number;
    percentage: number | null;
    teKlein: boolean;
  }[];
}

const pct = (p: number | null, small: boolean) =>
  p === null ? 'geen gegevens' : `${p}%${small ? ' (groep te klein)' : ''}`;

export function EffectPanel({ filter }: { filter: Filter }) {
  const [data, setData] = useState<Effect>();
  const query = filterQuery(filter);
  useEffect(() => {
    api<Effect>(`/api/dashboard/effect?${query}`).then(setData, () => undefined);
  }, [query]);
  if (!data) return null;
  return (
    <section className="aw-section" aria-labelledby="effect-titel">
      <h3 className="utrecht-heading-3" id="effect-titel">
        Effectmeting
      </h3>
      <Paragraph>
        Nulmeting en effectmeting (seed 003): krijgt een jongere na een kennisgevingsbrief vaker een
        nieuwe melding dan na een gesprek? En helpt een herinnering tegen no-show? Alleen dossiers
        waarvan de hele termijn voorbij is tellen mee. Een groep kleiner dan {data.minimaleGroep} is
        te klein om een conclusie te trekken.
      </Paragraph>
      <Table
        caption="Nieuwe melding binnen 3 en 6 maanden, naar eerste aanpak"
        rowKey={(r) => r.groep}
        rows={data.uitkomsten}
        columns={[
          {
            header: 'Aanpak',
            cell: (r) => (r.groep === 'gesprek' ? 'Gesprek' : 'Kennisgevingsbrief'),
          },
          { header: 'Dossiers', cell: (r) => r.totaal, numeric: true },
          { header: 'Te meten na 3 maanden', cell: (r) => r.binnen3Maanden.aantal, numeric: true },
          {
            header: 'Nieuwe melding binnen 3 maanden',
            cell: (r) => pct(r.binnen3Maanden.percentage, r.binnen3Maanden.teKlein),
          },
          { header: 'Te meten na 6 maanden', cell: (r) => r.binnen6Maanden.aantal, numeric: true },
          {
            header: 'Nieuwe melding binnen 6 maanden',
            cell: (r) => pct(r.binnen6Maanden.percentage, r.binnen6Maanden.teKlein),
          },
        ]}
      />
      <Table
        caption="No-show met en zonder herinnering"
        rowKey={(r) => String(r.herinnering)}
        rows={data.herinneringen}
        columns={[
          { header: 'Herinnering verstuurd', cell: (r) => (r.herinnering ? 'ja' : 'nee') },
          { header: 'Afspraken', cell: (r) => r.afspraken, numeric: true },
          { header: 'No-show', cell: (r) => r.noShow, numeric: true },
          { header: 'Percentage', cell: (r) => pct(r.percentage, r.teKlein) },
        ]}
      />
    </section>
  );
}
