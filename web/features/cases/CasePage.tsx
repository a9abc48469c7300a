// SPDX-License-Identifier: EUPL-1.2
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Button, SelectField, TextAreaField } from '../../components/FormField.tsx';
import { Alert, Heading2, Page, Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate } from '../../format.ts';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.tsx';
import { describeData, EVENT_LABELS, STATE_LABELS } from './labels.ts';
import { AppointmentsPanel, type Appointment } from './AppointmentsPanel.tsx';
import { LettersPanel } from './LettersPanel.tsx';
import { RequestPanel } from '../exemptions/RequestPanel.tsx';
import { DoorstroompuntPanel } from '../doorstroompunt/DoorstroompuntPanel.tsx';
import { ThuiszitterPanel } from '../thuiszitters/ThuiszitterPanel.tsx';
import { StepForm, type Step } from './StepForm.tsx';
import { SubmissionsPanel } from '../forms/SubmissionsPanel.tsx';

interface Detail {
  zaak: {
    id: number;
    persoonId: number;
    status: string;
    statusLabel: string;
    geopendOp: string;
    geslotenOp: string | null;
    afdoeningLabel: string | null;
    team: string | null;
    toegewezenAan: string | null;
    monitoringTot: string | null;
    naam: string;
    geboortedatum: string;
    leeftijd: number;
    zestienPlus: boolean;
    toestemmingOuders: boolean;
  };
  meldingen: {
    id: number;
    meldingnummer: string;
    gemeldOp: string;
    verzuimsoort: string;
    verzuimUren: number | null;
    school: string;
    duoStatusLabel: string | null;
    vermoedelijkeReden: string | null;
  }[];
  tijdlijn: {
    id: number;
    soort: string;
    datum: string;
    gegevens: Record<string, unknown> | null;
    door: string | null;
    afgeschermd?: boolean;
  }[];
  taken: { id: number; omschrijving: string; vervaltOp: string }[];
  stappen: Step[];
}

/** One case: the young person's whole timeline and only the steps the state machine allows. */
export function CasePage({ id }: { id: string }) {
  const { may } = useSession();
  const [detail, setDetail] = useState<Detail>();
  const [failure, setFailure] = useState<string>();
  const [appointments, setAppointments] = useState<Appointment[]>([]);
  const load = useCallback(async () => {
    try {
      setDetail(await api<Detail>(`/api/zaken/${id}`));
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : 'Het dossier laden is mislukt.');
    }
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);

  if (failure) {
    return (
      <Page title="Dossier">
        <Alert type="error">{failure}</Alert>
      </Page>
    );
  }
  if (!detail) {
    return (
      <Page title="Dossier">
        <Paragraph>Laden…</Paragraph>
      </Page>
    );
  }
  const { zaak } = detail;
  const today = new Date().toISOString().slice(0, 10);
  return (
    <Page title={`Dossier ${zaak.naam}`}>
      <dl className="aw-facts">
        <dt>Fase</dt>
        <dd>{zaak.statusLabel}</dd>
        <dt>Jeugdige</dt>
        <dd>
          {may('persons.read') ? (
            <Link href={`/personen/${zaak.persoonId}`}>{zaak.naam}</Link>
          ) : (
            zaak.naam
          )}
          , geboren {formatDate(zaak.geboortedatum)} ({zaak.leeftijd} jaar)
        </dd>
        <dt>Geopend</dt>
        <dd>{formatDate(zaak.geopendOp)}</dd>
        {zaak.geslotenOp && (
          <>
            <dt>Afgesloten</dt>
            <dd>
              {formatDate(zaak.geslotenOp)}
              {zaak.afdoeningLabel ? `: ${zaak.afdoeningLabel}` : ''}
            </dd>
          </>
        )}
        <dt>Toegewezen aan</dt>
        <dd>
          {zaak.toegewezenAan ?? 'niemand'}
          {zaak.team ? ` (${zaak.team})` : ''}
        </dd>
        {zaak.monitoringTot && (
          <>
            <dt>Monitoring tot</dt>
            <dd>{formatDate(zaak.monitoringTot)}</dd>
          </>
        )}
      </dl>
      {zaak.zestienPlus && (
        <Alert type="warning">
          {zaak.naam} is 16 of ouder. Deel redenen en gespreksinhoud alleen met de ouders als de
          jeugdige daar toestemming voor gaf
          {zaak.toestemmingOuders
            ? ' — die toestemming is vastgelegd.'
            : '; die is niet vastgelegd.'}
        </Alert>
      )}

      <Heading2>Meldingen</Heading2>
      <Table
        caption="Verzuimmeldingen in dit dossier"
        rowKey={(m) => m.id}
        rows={detail.meldingen}
        empty="Geen meldingen."
        columns={[
          { header: 'Gemeld op', cell: (m) => formatDate(m.gemeldOp) },
          { header: 'Soort', cell: (m) => m.verzuimsoort },
          { header: 'Uren', cell: (m) => m.verzuimUren ?? '' },
          { header: 'School', cell: (m) => m.school },
          {
            header: 'Vermoedelijke reden',
            cell: (m) => m.vermoedelijkeReden ?? '',
          },
          { header: 'Status bij DUO', cell: (m) => m.duoStatusLabel ?? '' },
        ]}
      />

      {detail.taken.length > 0 && (
        <>
          <Heading2>Open taken</Heading2>
          <ul className="utrecht-unordered-list">
            {detail.taken.map((t) => (
              <li key={t.id} className="utrecht-unordered-list__item">
                {t.omschrijving} — vervalt {formatDate(t.vervaltOp)}
              </li>
            ))}
          </ul>
        </>
      )}

      <ThuiszitterPanel
        personId={zaak.persoonId}
        caseId={zaak.id}
        caseOpen={!zaak.geslotenOp}
        mayWork={may('cases.work')}
        onChange={() => void load()}
      />
      <DoorstroompuntPanel
        caseId={zaak.id}
        mayWork={may('cases.work')}
        onChange={() => void load()}
      />
      <RequestPanel
        soort={(zaak as { soort?: string }).soort}
        caseId={zaak.id}
        version={detail.tijdlijn.length}
        onChange={() => void load()}
      />
      <SubmissionsPanel caseId={zaak.id} mayWork={may('cases.work')} />
      <AppointmentsPanel caseId={zaak.id} mayWork={may('cases.work')} onChange={setAppointments} />
      <LettersPanel
        key={detail.tijdlijn.length}
        caseId={zaak.id}
        mayWork={may('letters.make')}
        planned={detail.tijdlijn
          .filter((e) => e.soort === 'brief_gepland')
          .map((e) => String(e.gegevens?.sleutel))}
        appointment={
          appointments.find((a) => a.status === 'gepland' || a.status === 'bevestigd') ??
          appointments[0]
        }
      />

      {may('cases.work') && (
        <section aria-labelledby="stap-titel">
          <Heading2 id="stap-titel">Behandelen</Heading2>
          <StepForm
            caseId={zaak.id}
            steps={detail.stappen}
            today={today}
            onDone={() => void load()}
          />
          <NoteForm caseId={zaak.id} onDone={() => void load()} />
        </section>
      )}

      <Heading2>Tijdlijn</Heading2>
      <Table
        caption="Alles wat in dit dossier gebeurde, oudste eerst"
        rowKey={(e) => e.id}
        rows={detail.tijdlijn}
        empty="Nog niets."
        columns={[
          { header: 'Datum', cell: (e) => formatDate(e.datum) },
          { header: 'Wat', cell: (e) => EVENT_LABELS[e.soort] ?? e.soort },
          {
            header: 'Details',
            cell: (e) =>
              e.afgeschermd
                ? 'Politiegegevens (WPG): alleen voor bevoegde medewerkers.'
                : describeData(e.gegevens),
          },
          { header: 'Door', cell: (e) => e.door ?? 'systeem' },
        ]}
      />
      <Paragraph>Fasen: {Object.values(STATE_LABELS).join(' → ')}.</Paragraph>
    </Page>
  );
}

function NoteForm({ caseId, onDone }: { caseId: number; onDone: () => void }) {
  const [soort, setSoort] = useState('notitie');
  const [tekst, setTekst] = useState('');
  const [error, setError] = useState<string>();
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!tekst.trim()) {
      setError('Schrijf wat er gebeurde.');
      return;
    }
    try {
      await api(`/api/zaken/${caseId}/notities`, {
        method: 'POST',
        body: JSON.stringify({ soort, tekst }),
      });
      setTekst('');
      setError(undefined);
      onDone();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Opslaan is mislukt.');
    }
  }
  return (
    <form className="aw-form" onSubmit={submit} noValidate>
      <SelectField
        id="notitie-soort"
        label="Contactmoment of notitie"
        value={soort}
        onChange={(e) => setSoort(e.target.value)}
        options={[
          { value: 'notitie', label: 'Notitie' },
          { value: 'telefoon', label: 'Telefoongesprek' },
          { value: 'gesprek', label: 'Gesprek' },
          { value: 'huisbezoek', label: 'Huisbezoek' },
          { value: 'email', label: 'E-mail' },
          { value: 'whatsapp', label: 'WhatsApp' },
        ]}
      />
      <TextAreaField
        id="notitie-tekst"
        label="Wat gebeurde er"
        value={tekst}
        onChange={(e) => setTekst(e.target.value)}
        error={error}
      />
      <div className="aw-form__actions">
        <Button appearance="secondary-action-button">Vastleggen</Button>
      </div>
    </form>
  );
}
