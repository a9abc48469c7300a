// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useState } from 'react';
import type { ApiError } from '../../api/client.ts';
import { api } from '../../api/client.ts';
import { Alert, Heading2, Page, Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate, yesNo } from '../../format.ts';
import { Link } from '../../router.tsx';

type Row = Record<string, string | number | boolean | null>;
interface Relative {
  id: number;
  naam: string;
  geboortedatum: string;
  rang: number;
}
interface Person {
  id: number;
  naam: string;
  bsn: string | null;
  onderwijsnummer: string | null;
  geboortedatum: string;
  geslacht: string | null;
  datumOverlijden: string | null;
  geheimhouding: boolean;
  bron: string;
  woonhistorie: Row[];
  ouders: Relative[];
  kinderen: Relative[];
  inschrijvingen: Row[];
  vrijstellingen: Row[];
  verzuimmeldingen: Row[];
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const period = (from: unknown, to: unknown, openEnd = 'heden') =>
  `${from ? formatDate(from) : 'onbekend'} – ${to ? formatDate(to) : openEnd}`;

function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <section className="aw-section" aria-labelledby={id}>
      <Heading2 id={id}>{title}</Heading2>
      {children}
    </section>
  );
}

/** Everything known about one person. */
export function PersonPage({ id }: { id: string }) {
  const [person, setPerson] = useState<Person>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    setPerson(undefined);
    api<Person>(`/api/personen/${encodeURIComponent(id)}`).then(setPerson, (e: ApiError) =>
      setError(e.message),
    );
  }, [id]);
  if (error) {
    return (
      <Page title="Persoon">
        <Alert type="error">{error}</Alert>
        <Paragraph>
          <Link href="/personen">Terug naar zoeken</Link>
        </Paragraph>
      </Page>
    );
  }
  if (!person) {
    return (
      <Page title="Persoon">
        <Paragraph>Gegevens laden…</Paragraph>
      </Page>
    );
  }
  const relatives = (rows: Relative[], caption: string) => (
    <Table
      caption={caption}
      rowKey={(r) => r.id}
      rows={rows}
      empty="Niet bekend."
      columns={[
        { header: 'Naam', cell: (r) => <Link href={`/personen/${r.id}`}>{r.naam}</Link> },
        { header: 'Geboortedatum', cell: (r) => formatDate(r.geboortedatum) },
      ]}
    />
  );
  return (
    <Page title={person.naam}>
      <Paragraph>
        <Link href="/personen">Terug naar zoeken</Link>
      </Paragraph>
      {person.geheimhouding && (
        <Alert type="warning">
          Geheimhouding: het adres van deze persoon mag niet worden gedeeld en wordt niet getoond.
        </Alert>
      )}
      <Section id="personalia" title="Personalia">
        <dl className="aw-dl">
          <dt>BSN</dt>
          <dd>{person.bsn ?? 'geen'}</dd>
          {person.onderwijsnummer && (
            <>
              <dt>Onderwijsnummer</dt>
              <dd>{person.onderwijsnummer}</dd>
            </>
          )}
          <dt>Geboortedatum</dt>
          <dd>{formatDate(person.geboortedatum)}</dd>
          <dt>Geslacht</dt>
          <dd>{person.geslacht ?? 'onbekend'}</dd>
          {person.datumOverlijden && (
            <>
              <dt>Overleden</dt>
              <dd>{formatDate(person.datumOverlijden)}</dd>
            </>
          )}
          <dt>Bron</dt>
          <dd>{person.bron === 'brp' ? 'BRP' : 'verzuimmelding (nog niet in de BRP)'}</dd>
        </dl>
        <Paragraph>
          <Link href={`/regels?geboortedatum=${person.geboortedatum}`}>
            Leerplicht-tijdlijn bij deze geboortedatum
          </Link>
        </Paragraph>
        <Paragraph>
          Starten: <Link href={`/vrijstellingen?persoon=${person.id}`}>vrijstelling aanvragen</Link>
          {' · '}
          <Link href={`/verlof?persoon=${person.id}`}>verlofaanvraag</Link>
          {' · '}
          <Link href={`/thuiszitters/personen/${person.id}`}>thuiszitten registreren</Link>
        </Paragraph>
      </Section>
      <Section id="woonhistorie" title="Woonhistorie">
        <Table
          caption="Waar deze persoon woonde, nieuwste eerst"
          rowKey={(_, i) => i}
          rows={person.woonhistorie}
          empty="Geen adres bekend."
          columns={[
            { header: 'Periode', cell: (r) => period(r.vanaf, r.tot) },
            { header: 'Gemeente', cell: (r) => text(r.gemeente ?? r.gemeenteCode) },
            {
              header: 'Adres',
              cell: (r) =>
                [r.straat, r.huisnummer].filter(Boolean).join(' ') +
                (r.postcode ? `, ${r.postcode}` : ''),
            },
            { header: 'Woonplaats', cell: (r) => text(r.woonplaats) },
            { header: 'RNI', cell: (r) => yesNo(r.rni) },
          ]}
        />
      </Section>
      <Section id="ouders" title="Ouders">
        {relatives(person.ouders, 'Ouders volgens de BRP')}
      </Section>
      {person.kinderen.length > 0 && (
        <Section id="kinderen" title="Kinderen">
          {relatives(person.kinderen, 'Kinderen volgens de BRP')}
        </Section>
      )}
      <Section id="inschrijvingen" title="Inschrijvingen">
        <Table
          caption="Inschrijvingen bij scholen, nieuwste eerst"
          rowKey={(r) => Number(r.id)}
          rows={person.inschrijvingen}
          empty="Geen inschrijvingen bekend."
          columns={[
            {
              header: 'School',
              cell: (r) =>
                `${text(r.school)} (${text(r.brin)}${r.vestiging !== '00' ? `-${text(r.vestiging)}` : ''})`,
            },
            { header: 'Sector', cell: (r) => text(r.sector) },
            {
              header: 'Periode',
              cell: (r) => period(r.datumInschrijving, r.datumUitschrijving, 'nu ingeschreven'),
            },
            {
              header: 'Niveau / leerjaar',
              cell: (r) =>
                [r.niveau, r.leerjaar && `leerjaar ${r.leerjaar}`].filter(Boolean).join(', '),
            },
            { header: 'Startkwalificatie', cell: (r) => formatDate(r.startkwalificatieDatum) },
          ]}
        />
      </Section>
      <Section id="vrijstellingen" title="Vrijstellingen">
        <Table
          caption="Vrijstellingen en vervangende leerplicht"
          rowKey={(r) => Number(r.id)}
          rows={person.vrijstellingen}
          empty="Geen vrijstellingen."
          columns={[
            { header: 'Artikel', cell: (r) => text(r.artikel) },
            { header: 'Aangevraagd', cell: (r) => formatDate(r.datumAanvraag) },
            {
              header: 'Besluit',
              cell: (r) =>
                `${text(r.besluit).replace('_', ' ')}${r.datumBesluit ? ` op ${formatDate(r.datumBesluit)}` : ''}`,
            },
            {
              header: 'Geldig',
              cell: (r) => (r.geldigVan ? period(r.geldigVan, r.geldigTot, 'onbepaald') : ''),
            },
          ]}
        />
      </Section>
      <Section id="verzuimmeldingen" title="Verzuimmeldingen">
        <Table
          caption="Verzuimmeldingen van scholen, nieuwste eerst"
          rowKey={(r) => Number(r.id)}
          rows={person.verzuimmeldingen}
          empty="Geen verzuimmeldingen."
          columns={[
            { header: 'Gemeld op', cell: (r) => formatDate(r.gemeldOp) },
            { header: 'Soort', cell: (r) => text(r.verzuimsoort).replace('_', ' ') },
            { header: 'Verzuim', cell: (r) => period(r.verzuimVan, r.verzuimTot, '') },
            { header: 'Uren', cell: (r) => text(r.verzuimUren), numeric: true },
            { header: 'School', cell: (r) => text(r.school) },
            { header: 'Actie gewenst', cell: (r) => yesNo(r.actieGewenst) },
          ]}
        />
      </Section>
    </Page>
  );
}
