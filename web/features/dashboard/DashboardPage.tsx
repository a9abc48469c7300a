// SPDX-License-Identifier: EUPL-1.2
/**
 * The management dashboard (seed 003 proposal 9): what is open and closed, how long cases take,
 * how the load is spread, what is due, no-show and trends; every number leads to its cases for
 * users who may see cases. Below: the what-if and the effect measurement.
 */
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Button, SelectField, TextField } from '../../components/FormField.tsx';
import { Alert, Heading2, Page, Paragraph } from '../../components/Page.tsx';
import { formatDate } from '../../format.ts';
import { EffectPanel } from './EffectPanel.tsx';
import { Figure, type Filter } from './figures.tsx';
import { filterQuery } from './filter-query.ts';
import { GroupsPanel } from './GroupsPanel.tsx';
import { TrendsPanel } from './TrendsPanel.tsx';
import type { DashboardData } from './types.ts';
import { WhatIfPanel } from './WhatIfPanel.tsx';

const EMPTY: Filter = { van: '', totEnMet: '', team: '', gemeente: '' };

export function DashboardPage() {
  const [form, setForm] = useState<Filter>(EMPTY);
  const [data, setData] = useState<DashboardData>();
  // The filter the numbers were computed with: links use it, not the form being edited.
  const [filter, setFilter] = useState<Filter>(EMPTY);
  const [failure, setFailure] = useState<string>();
  const load = useCallback((f: Filter) => {
    setFailure(undefined);
    api<DashboardData>(`/api/dashboard?${filterQuery(f)}`).then(
      (d) => {
        const shown = { ...f, van: d.periode.van, totEnMet: d.periode.totEnMet };
        setData(d);
        setForm(shown);
        setFilter(shown);
      },
      (e) => setFailure(e instanceof ApiError ? e.message : 'Laden is mislukt.'),
    );
  }, []);
  useEffect(() => load(EMPTY), [load]);
  const link = data?.doorklikken ?? false;

  return (
    <Page title="Dashboard">
      <Paragraph>
        Sturingsinformatie uit de dossiers (seed 003, voorstel 9).{' '}
        {link
          ? 'Klik op een getal om de dossiers erachter te zien.'
          : 'U ziet alleen tellingen; de dossiers zelf zijn voor casuswerk.'}
      </Paragraph>
      <form
        className="aw-form aw-form--inline"
        onSubmit={(e) => {
          e.preventDefault();
          load(form);
        }}
        noValidate
      >
        <TextField
          id="van"
          label="Van"
          type="date"
          value={form.van}
          onChange={(e) => setForm({ ...form, van: e.target.value })}
        />
        <TextField
          id="totEnMet"
          label="Tot en met"
          type="date"
          value={form.totEnMet}
          onChange={(e) => setForm({ ...form, totEnMet: e.target.value })}
        />
        <SelectField
          id="team"
          label="Team"
          value={form.team}
          onChange={(e) => setForm({ ...form, team: e.target.value })}
          options={[
            { value: '', label: 'Alle teams' },
            ...(data?.keuzes.teams ?? []).map((t) => ({ value: t, label: t })),
          ]}
        />
        <SelectField
          id="gemeente"
          label="Gemeente"
          value={form.gemeente}
          onChange={(e) => setForm({ ...form, gemeente: e.target.value })}
          options={[
            { value: '', label: 'Alle gemeenten' },
            ...(data?.keuzes.gemeenten ?? []).map((g) => ({
              value: g.code,
              label: g.naam ?? g.code,
            })),
          ]}
        />
        <div className="aw-form__actions">
          <Button>Tonen</Button>
        </div>
      </form>
      {failure && <Alert type="error">{failure}</Alert>}
      {!data && !failure && <Paragraph>Gegevens laden…</Paragraph>}
      {data && (
        <>
          <Paragraph className="aw-muted">
            Periode {formatDate(data.periode.van)} tot en met {formatDate(data.periode.totEnMet)};
            open dossiers op {formatDate(data.periode.peildatum)}.{' '}
            {data.beleidsmodus
              ? `Beleidsmodus: ${data.beleidsmodus.modus}, ringen ${data.beleidsmodus.ringen.join(', ')}${data.beleidsmodus.zomeractie ? ', zomeractie (kennisgevingsbrief bij eerste meldingen)' : ''} sinds ${formatDate(data.beleidsmodus.vanaf)}.`
              : 'Beleidsmodus: normaal (niets vastgesteld).'}
          </Paragraph>
          <div className="aw-card-grid">
            {(
              [
                ['open', data.totalen.open, 'Open dossiers'],
                ['geopend', data.totalen.geopend, 'Geopend in de periode'],
                ['gesloten', data.totalen.gesloten, 'Gesloten in de periode'],
                ['taken_te_laat', data.termijnen.takenTeLaat, 'Met een taak over de datum'],
                ['taken_deze_week', data.termijnen.takenDezeWeek, 'Met een taak deze week'],
                [
                  'duo_terugmelding',
                  data.termijnen.duoTerugmelding,
                  'Met een terugmelding voor DUO',
                ],
                ['brieven_klaar', data.termijnen.brievenKlaar, 'Met een brief om af te drukken'],
              ] as const
            ).map(([cijfer, value, label]) => (
              <div className="aw-card" key={cijfer}>
                <span className="aw-card__value">
                  <Figure
                    value={value}
                    figure={{ cijfer }}
                    filter={filter}
                    link={link}
                    label={label.toLowerCase()}
                  />
                </span>
                {label}
              </div>
            ))}
            <div className="aw-card">
              <span className="aw-card__value">
                {data.doorlooptijd.mediaanDagen ?? '–'} / {data.doorlooptijd.p90Dagen ?? '–'}
              </span>
              Doorlooptijd in dagen, mediaan / p90 ({data.doorlooptijd.gesloten} gesloten)
            </div>
            <div className="aw-card">
              <span className="aw-card__value">
                {data.noShow.percentage === null ? '–' : `${data.noShow.percentage}%`}
              </span>
              No-show:{' '}
              <Figure
                value={data.noShow.noShow}
                figure={{ cijfer: 'no_show' }}
                filter={filter}
                link={link}
                label="dossiers met een no-show"
              />{' '}
              van {data.noShow.afspraken} afspraken
            </div>
          </div>
          <GroupsPanel data={data} filter={filter} link={link} />
          <TrendsPanel data={data} filter={filter} link={link} />
          <Heading2>Wat als en effectmeting</Heading2>
          <WhatIfPanel gemeente={filter.gemeente} />
          <EffectPanel filter={filter} />
        </>
      )}
    </Page>
  );
}
