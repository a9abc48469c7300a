// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useState } from 'react';
import { api, type ApiError } from '../../api/client.ts';
import { Alert, Heading2, Page, Paragraph } from '../../components/Page.tsx';
import { Button, SelectField, TextAreaField } from '../../components/FormField.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate, formatNumber } from '../../format.ts';
import { useSession } from '../../session.tsx';

interface Indicator {
  id: string;
  titel: string;
  eenheid: string;
  definitie: string;
  rijen: { aantal: number }[];
  geenGegevens?: string;
}

interface Check {
  id: string;
  titel: string;
  uitkomst: 'geslaagd' | 'mislukt' | 'waarschuwing' | 'overgeslagen';
  toelichting: string;
  details: string[];
}

interface Report {
  schooljaar: string;
  regio: string | null;
  gemeenten: { code: string; naam: string }[];
  drempel: number;
  indicatoren: Indicator[];
  controles: Check[];
  publicatie?: {
    versie: number;
    gepubliceerdDoor: string;
    gepubliceerdOp: string;
    overschrevenDoor: string | null;
  };
  herberekend: boolean;
  afwijkendVanPublicatie: string[];
}

const UITKOMST: Record<Check['uitkomst'], string> = {
  geslaagd: 'Geslaagd',
  mislukt: 'Mislukt',
  waarschuwing: 'Waarschuwing',
  overgeslagen: 'Overgeslagen',
};

/** The last five school years, the most recent finished one first. */
function schoolYears(today = new Date()): string[] {
  const y = today.getFullYear();
  const lastEnd = today.getMonth() >= 7 ? y : y - 1;
  return Array.from({ length: 5 }, (_, i) => `${lastEnd - 1 - i}-${lastEnd - i}`);
}

const shownTotal = (i: Indicator, drempel: number) => {
  const n = i.rijen.reduce((a, r) => a + r.aantal, 0);
  return n > 0 && n < drempel ? `<${drempel}` : formatNumber(n);
};

/** Jaarverslag (art. 25 Lpw): figures per year and gemeente, the checks, publishing and downloads. */
export function JaarverslagPage() {
  const years = schoolYears();
  const [schooljaar, setSchooljaar] = useState(years[0]!);
  const [gemeente, setGemeente] = useState('');
  const [report, setReport] = useState<Report>();
  const [error, setError] = useState<string>();
  const [reden, setReden] = useState('');
  const [message, setMessage] = useState<string>();
  const { may } = useSession();
  const query = gemeente ? `?gemeente=${gemeente}` : '';

  useEffect(() => {
    setReport(undefined);
    setError(undefined);
    api<Report>(`/api/jaarverslagen/${schooljaar}${query}`).then(setReport, (e: ApiError) =>
      setError(e.message),
    );
  }, [schooljaar, query]);

  const failed = report?.controles.some((c) => c.uitkomst === 'mislukt') ?? false;
  const publish = async (event: React.FormEvent) => {
    event.preventDefault();
    setMessage(undefined);
    try {
      const result = await api<{ versie: number }>(`/api/jaarverslagen/${schooljaar}/publicatie`, {
        method: 'POST',
        body: JSON.stringify(reden.trim() ? { overschrijfReden: reden.trim() } : {}),
      });
      setMessage(`Gepubliceerd als versie ${result.versie}.`);
    } catch (e) {
      setMessage((e as ApiError).message);
    }
  };

  return (
    <Page title="Jaarverslag">
      <Paragraph>
        Het jaarverslag volgens artikel 25 van de Leerplichtwet: alleen tellingen, geen personen.
      </Paragraph>
      <form className="aw-filters" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          id="schooljaar"
          label="Schooljaar"
          value={schooljaar}
          onChange={(e) => setSchooljaar(e.target.value)}
          options={years.map((y) => ({ value: y, label: y }))}
        />
        <SelectField
          id="gemeente"
          label="Gemeente"
          value={gemeente}
          onChange={(e) => setGemeente(e.target.value)}
          options={[
            { value: '', label: 'Hele regio' },
            ...(report?.gemeenten ?? []).map((g) => ({ value: g.code, label: g.naam })),
          ]}
        />
      </form>
      {error && <Alert type="error">{error}</Alert>}
      {!report && !error && <Paragraph>Cijfers berekenen… dit kan even duren.</Paragraph>}
      {report && (
        <>
          {report.publicatie ? (
            <Alert type="info">
              Gepubliceerd op {formatDate(report.publicatie.gepubliceerdOp.slice(0, 10))} door{' '}
              {report.publicatie.gepubliceerdDoor} (versie {report.publicatie.versie}). Deze cijfers
              zijn herberekend
              {report.afwijkendVanPublicatie.length
                ? `; afwijkend: ${report.afwijkendVanPublicatie.join(', ')}`
                : ''}
              .
            </Alert>
          ) : (
            <Alert type="warning">Nog niet gepubliceerd: de cijfers kunnen nog veranderen.</Alert>
          )}
          <Heading2>Downloads</Heading2>
          <ul className="utrecht-unordered-list">
            <li className="utrecht-unordered-list__item">
              <a className="utrecht-link" href={`/api/jaarverslagen/${schooljaar}/html${query}`}>
                Verslag met grafieken (HTML)
              </a>
            </li>
            <li className="utrecht-unordered-list__item">
              <a className="utrecht-link" href={`/api/jaarverslagen/${schooljaar}/pdf${query}`}>
                Verslag als PDF
              </a>
            </li>
            <li className="utrecht-unordered-list__item">
              <a className="utrecht-link" href={`/api/jaarverslagen/${schooljaar}/xlsx${query}`}>
                Alle tabellen als Excel-bestand (XLSX)
              </a>
            </li>
          </ul>
          <Heading2>Controles</Heading2>
          <Table
            caption={`Controles voor publicatie ${report.schooljaar}`}
            rowKey={(c) => c.id}
            rows={report.controles}
            columns={[
              { header: 'Controle', cell: (c) => c.titel },
              { header: 'Uitkomst', cell: (c) => UITKOMST[c.uitkomst] },
              {
                header: 'Toelichting',
                cell: (c) => [c.toelichting, ...c.details.slice(0, 5)].join(' '),
              },
            ]}
          />
          <Heading2>Cijfers</Heading2>
          <Table
            caption={`Indicatoren ${report.schooljaar}${gemeente ? ` gemeente ${gemeente}` : ''}`}
            rowKey={(i) => i.id}
            rows={report.indicatoren}
            columns={[
              { header: 'Indicator', cell: (i) => `${i.id} ${i.titel}` },
              {
                header: 'Totaal',
                numeric: true,
                cell: (i) => (i.geenGegevens ? 'geen gegevens' : shownTotal(i, report.drempel)),
              },
              { header: 'Eenheid', cell: (i) => i.eenheid },
              { header: 'Definitie', cell: (i) => i.geenGegevens ?? i.definitie },
              {
                header: 'CSV',
                cell: (i) =>
                  i.geenGegevens ? (
                    ''
                  ) : (
                    <a
                      className="utrecht-link"
                      href={`/api/jaarverslagen/${schooljaar}/tabellen/${i.id}${query}`}
                    >{`CSV ${i.id}`}</a>
                  ),
              },
            ]}
          />
          {may('report.publish') && (
            <form onSubmit={publish} aria-labelledby="publiceren">
              <Heading2 id="publiceren">Publiceren</Heading2>
              <Paragraph>
                Publiceren bevriest de cijfers van {report.schooljaar}; latere vergelijkingen
                gebruiken deze bevroren cijfers.
              </Paragraph>
              {failed && (
                <TextAreaField
                  id="reden"
                  label="Reden om ondanks een mislukte controle te publiceren"
                  value={reden}
                  description="Verplicht als een controle mislukt. Uw naam wordt bij de publicatie vastgelegd."
                  onChange={(e) => setReden(e.target.value)}
                />
              )}
              <Button>Publiceer {report.schooljaar}</Button>
              {message && <Alert type="info">{message}</Alert>}
            </form>
          )}
        </>
      )}
    </Page>
  );
}
