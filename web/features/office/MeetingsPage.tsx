// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import {
  ATTENDANCE,
  CATEGORIES,
  LEGAL_CHECK,
  MEETING_TYPES,
} from '../../../shared/office-kinds.ts';
import { Button, FormMessages, SelectField, TextField } from '../../components/FormField.tsx';
import { Alert, Heading2, Page, Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { useForm, type FieldError } from '../../components/use-form.ts';
import { formatDate, yesNo } from '../../format.ts';
import { useSession } from '../../session.tsx';
import { MeetingPanel } from './MeetingPanel.tsx';
import type { Meeting } from './meeting.ts';
export type { Meeting } from './meeting.ts';
import { isDay, optionsOf, post, RING_LABELS, todayText, useLoad, YES_NO } from './shared.tsx';

const EMPTY = {
  soort: 'mdo_langdurig_verzuim',
  titel: '',
  datum: todayText(),
  categorie: 'essentieel',
  directBetrokken: 'ja',
  caseId: '',
  concreteAanleiding: 'nee',
  schriftelijkVolstaat: 'nee',
  grondslag: '',
};

/** Requests to join meetings (MDOs), answered from the criteria under the current policy mode. */
export function MeetingsPage() {
  const { may } = useSession();
  const { data, failure, reload } = useLoad<{
    modus: string;
    ringen: number[];
    overleggen: Meeting[];
  }>('/api/kantoorwerk/overleggen?van=2000-01-01&totEnMet=2100-12-31');
  const { values: form, setValues, set, errorOf, onSubmit, busy, messages } = useForm(EMPTY);
  const [selected, setSelected] = useState<number>();

  const validate = () => {
    const found: FieldError[] = [];
    if (form.titel.trim().length < 2) {
      found.push({ id: 'mdo-titel', message: 'Geef het overleg een naam.' });
    }
    if (!isDay(form.datum)) {
      found.push({ id: 'mdo-datum', message: 'Vul de datum in als JJJJ-MM-DD.' });
    }
    if (form.caseId && !/^\d+$/.test(form.caseId)) {
      found.push({
        id: 'mdo-dossier',
        message: 'Vul een dossiernummer in (alleen cijfers), of laat het leeg.',
      });
    }
    return found;
  };
  const send = async () => {
    const m = await post<Meeting>('/api/kantoorwerk/overleggen', {
      ...form,
      directBetrokken: form.directBetrokken === 'ja',
      concreteAanleiding: form.concreteAanleiding === 'ja',
      schriftelijkVolstaat: form.schriftelijkVolstaat === 'ja',
      caseId: form.caseId ? Number(form.caseId) : null,
      grondslag: form.grondslag || null,
    });
    setValues(EMPTY);
    setSelected(m.id);
    await reload();
    return `Advies: ${ATTENDANCE[m.advies]} (${RING_LABELS[String(m.ring)]}). ${m.adviesReden}`;
  };

  const current = data?.overleggen.find((m) => m.id === selected);
  return (
    <Page title="Overleggen en MDO's">
      <Paragraph>
        Verzoeken om deel te nemen aan een overleg. Het advies volgt uit de criteria van seed 003
        (voorstel 8) en de beleidsmodus: direct betrokken in ring 1 online, in ring 2 fysiek; niet
        betrokken alleen als de buitenste ring wordt uitgevoerd.
      </Paragraph>
      {failure && <Alert type="error">{failure}</Alert>}
      {data && (
        <Alert type="info">
          Beleidsmodus nu: {data.modus} ({data.ringen.map((r) => RING_LABELS[String(r)]).join(', ')}
          ).
        </Alert>
      )}
      {may('office.register') && (
        <section aria-labelledby="mdo-nieuw">
          <Heading2 id="mdo-nieuw">Verzoek tot deelname registreren</Heading2>
          <FormMessages {...messages} />
          <form className="aw-form" onSubmit={onSubmit(validate, send)} noValidate>
            <SelectField
              id="mdo-soort"
              label="Soort overleg"
              value={form.soort}
              onChange={set('soort')}
              options={optionsOf(MEETING_TYPES)}
            />
            <TextField
              id="mdo-titel"
              label="Naam van het overleg"
              value={form.titel}
              onChange={set('titel')}
              error={errorOf('mdo-titel')}
            />
            <TextField
              id="mdo-datum"
              label="Datum"
              description="JJJJ-MM-DD"
              value={form.datum}
              onChange={set('datum')}
              error={errorOf('mdo-datum')}
            />
            <SelectField
              id="mdo-categorie"
              label="Categorie"
              value={form.categorie}
              onChange={set('categorie')}
              options={optionsOf(CATEGORIES)}
            />
            <SelectField
              id="mdo-betrokken"
              label="Is het bureau direct betrokken bij een jongere die besproken wordt?"
              value={form.directBetrokken}
              onChange={set('directBetrokken')}
              options={[...YES_NO].reverse()}
            />
            <TextField
              id="mdo-dossier"
              label="Dossiernummer (niet verplicht)"
              inputMode="numeric"
              value={form.caseId}
              onChange={set('caseId')}
              error={errorOf('mdo-dossier')}
            />
            <SelectField
              id="mdo-aanleiding"
              label="Is er een concrete aanleiding (bij thematisch overleg)?"
              value={form.concreteAanleiding}
              onChange={set('concreteAanleiding')}
              options={YES_NO}
            />
            <SelectField
              id="mdo-schriftelijk"
              label="Volstaat schriftelijke inbreng?"
              value={form.schriftelijkVolstaat}
              onChange={set('schriftelijkVolstaat')}
              options={YES_NO}
            />
            <TextField
              id="mdo-grondslag"
              label="Wettelijke grondslag (niet verplicht)"
              value={form.grondslag}
              onChange={set('grondslag')}
            />
            <div className="aw-form__actions">
              <Button disabled={busy}>Verzoek registreren</Button>
            </div>
          </form>
        </section>
      )}
      {current && <MeetingPanel key={current.id} meeting={current} onChange={reload} />}
      {data && (
        <Table
          caption="Verzoeken en overleggen, open verzoeken eerst"
          rowKey={(m) => m.id}
          rows={data.overleggen}
          empty="Nog geen verzoeken."
          columns={[
            { header: 'Datum', cell: (m) => formatDate(m.datum) },
            { header: 'Overleg', cell: (m) => `${m.titel} (${MEETING_TYPES[m.soort]})` },
            { header: 'Categorie', cell: (m) => CATEGORIES[m.categorie] },
            { header: 'Direct betrokken', cell: (m) => yesNo(m.directBetrokken) },
            {
              header: 'Advies',
              cell: (m) => `${ATTENDANCE[m.advies]} (${RING_LABELS[String(m.ring)]}, ${m.modus})`,
            },
            { header: 'Juridische toets', cell: (m) => LEGAL_CHECK[m.juridischeToets] },
            { header: 'Besluit', cell: (m) => (m.besluit ? ATTENDANCE[m.besluit] : 'Open') },
            { header: 'Deelnemers', cell: (m) => m.deelnemers.join(', ') },
            { header: 'Tijd (min.)', cell: (m) => m.minuten ?? '', numeric: true },
            {
              header: 'Actie',
              cell: (m) => (
                <Button
                  appearance="secondary-action-button"
                  type="button"
                  aria-label={`Behandelen: ${m.titel}`}
                  onClick={() => setSelected(m.id)}
                >
                  Behandelen
                </Button>
              ),
            },
          ]}
        />
      )}
    </Page>
  );
}
