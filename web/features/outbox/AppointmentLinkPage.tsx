// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Button, TextAreaField } from '../../components/FormField.tsx';
import { Alert, Page, Paragraph } from '../../components/Page.tsx';
import { canRespond, formatDay, linkStatusText } from './outbox-view.ts';

interface Afspraak {
  datum: string;
  tijd: string;
  duurMinuten: number;
  locatie: string | null;
  status: string;
}

/**
 * The public page behind the link in an invitation: the invitee confirms or cancels. It shows
 * date, time, place and status only, and works without signing in.
 */
export function AppointmentLinkPage({ token }: { token: string }) {
  const [afspraak, setAfspraak] = useState<Afspraak>();
  const [failure, setFailure] = useState<string>();
  const [cancelling, setCancelling] = useState(false);
  const [asking, setAsking] = useState(false);
  const [voorkeur, setVoorkeur] = useState('');
  const [busy, setBusy] = useState(false);
  const url = `/api/afspraken/link/${encodeURIComponent(token)}`;
  const fail = (e: unknown) =>
    setFailure(e instanceof ApiError ? e.message : 'Er ging iets mis. Probeer het later opnieuw.');

  useEffect(() => {
    api<Afspraak>(url).then(setAfspraak, fail);
  }, [url]);

  const handleChoice = async (keuze: 'bevestigen' | 'annuleren' | 'ander_moment') => {
    setBusy(true);
    setFailure(undefined);
    try {
      const body = keuze === 'ander_moment' && voorkeur.trim() ? { keuze, voorkeur } : { keuze };
      setAfspraak(await api<Afspraak>(url, { method: 'POST', body: JSON.stringify(body) }));
      setCancelling(false);
      setAsking(false);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title="Uw afspraak">
      {failure && <Alert type="error">{failure}</Alert>}
      {!afspraak && !failure && <Paragraph>Laden…</Paragraph>}
      {afspraak && (
        <>
          <dl className="aw-dl">
            <Item label="Datum" value={formatDay(afspraak.datum)} />
            <Item
              label="Tijd"
              value={`${afspraak.tijd} uur (ongeveer ${afspraak.duurMinuten} minuten)`}
            />
            <Item label="Plaats" value={afspraak.locatie ?? 'Dit hoort u nog van ons.'} />
          </dl>
          <div role="status">
            <Paragraph>{linkStatusText(afspraak.status)}</Paragraph>
          </div>
          {canRespond(afspraak.status) && !cancelling && !asking && (
            <div className="aw-form__actions">
              {afspraak.status === 'gepland' && (
                <Button
                  type="button"
                  disabled={busy}
                  onClick={() => void handleChoice('bevestigen')}
                >
                  Ik kom
                </Button>
              )}
              <Button
                type="button"
                appearance="secondary-action-button"
                disabled={busy}
                onClick={() => setCancelling(true)}
              >
                Ik kan niet: afzeggen
              </Button>
              <Button
                type="button"
                appearance="secondary-action-button"
                disabled={busy}
                onClick={() => setAsking(true)}
              >
                Ander moment vragen
              </Button>
            </div>
          )}
          {asking && (
            <form
              className="aw-form"
              onSubmit={(e) => {
                e.preventDefault();
                void handleChoice('ander_moment');
              }}
            >
              <TextAreaField
                id="voorkeur"
                label="Wanneer kunt u wel? (niet verplicht)"
                description="Bijvoorbeeld: dinsdag of donderdag na 15.00 uur. Wij maken een nieuwe afspraak en laten die weten."
                maxLength={200}
                value={voorkeur}
                onChange={(e) => setVoorkeur(e.target.value)}
              />
              <div className="aw-form__actions">
                <Button disabled={busy}>Ander moment vragen</Button>
                <Button
                  type="button"
                  appearance="secondary-action-button"
                  onClick={() => setAsking(false)}
                >
                  Terug
                </Button>
              </div>
            </form>
          )}
          {cancelling && (
            <>
              <Paragraph>
                Weet u zeker dat u de afspraak wilt afzeggen? Wij nemen daarna contact met u op voor
                een nieuwe afspraak.
              </Paragraph>
              <div className="aw-form__actions">
                <Button
                  type="button"
                  disabled={busy}
                  onClick={() => void handleChoice('annuleren')}
                >
                  Ja, afzeggen
                </Button>
                <Button
                  type="button"
                  appearance="secondary-action-button"
                  onClick={() => setCancelling(false)}
                >
                  Nee, terug
                </Button>
              </div>
            </>
          )}
        </>
      )}
    </Page>
  );
}

function Item({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}
