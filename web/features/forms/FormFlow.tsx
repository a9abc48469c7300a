// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useRef, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Button, ErrorSummary } from '../../components/FormField.tsx';
import { Alert, Page, Paragraph } from '../../components/Page.tsx';
import { FormQuestion } from './FormQuestion.tsx';
import {
  quickCheck,
  quickCheckAll,
  shownAnswer,
  type Antwoorden,
  type Definitie,
  type Fout,
} from './form-model.ts';

/** Sends the confirmed answers (and files); returns the reference number. */
export type Send = (
  answers: Antwoorden,
  files: Record<string, File>,
  honeypot: string,
) => Promise<{ referentie: string }>;

type Step = 'invullen' | 'controleren' | 'ontvangen';

/**
 * A whole form in three steps: fill in (quick checks on leaving a field, the error summary on
 * "Volgende"), check your answers, and the receipt with the reference number. Nothing is sent to
 * be stored before "Versturen": until then the answers live only in this page.
 */
export function FormFlow({ formulier, send }: { formulier: string; send: Send }) {
  const [def, setDef] = useState<Definitie>();
  const [failure, setFailure] = useState<string>();
  const [answers, setAnswers] = useState<Antwoorden>({});
  const [files, setFiles] = useState<Record<string, File>>({});
  const [errors, setErrors] = useState<Fout[]>([]);
  const [step, setStep] = useState<Step>('invullen');
  const [busy, setBusy] = useState(false);
  const [referentie, setReferentie] = useState<string>();
  const [honeypot, setHoneypot] = useState('');
  const summary = useRef<HTMLDivElement>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    api<Definitie>(`/api/formulieren/${formulier}`).then(setDef, (e: unknown) =>
      setFailure(e instanceof ApiError ? e.message : 'Het formulier kon niet worden geladen.'),
    );
  }, [formulier]);
  useEffect(() => {
    if (errors.length) summary.current?.focus();
  }, [errors]);
  const goTo = (next: Step) => {
    setStep(next);
    setTimeout(() => stepHeading.current?.focus(), 0);
  };

  if (failure) {
    return (
      <Page title="Formulier">
        <Alert type="error">{failure}</Alert>
      </Page>
    );
  }
  if (!def) {
    return (
      <Page title="Formulier">
        <Paragraph>Laden…</Paragraph>
      </Page>
    );
  }
  const u = def.aanspreekvorm === 'u';
  const errorOf = (naam: string) => errors.find((e) => e.veld === naam)?.melding;
  const setError = (naam: string, melding: string | undefined) =>
    setErrors((all) =>
      [...all.filter((e) => e.veld !== naam), ...(melding ? [{ veld: naam, melding }] : [])].sort(
        (a, b) => order(def, a.veld) - order(def, b.veld),
      ),
    );

  const handleNext = async (e: React.FormEvent) => {
    e.preventDefault();
    const quick = quickCheckAll(def, answers, files);
    if (quick.length) return setErrors(quick);
    setBusy(true);
    try {
      const { fouten } = await api<{ fouten: Fout[] }>(`/api/formulieren/${formulier}/controle`, {
        method: 'POST',
        body: JSON.stringify({ antwoorden: answers }),
      });
      setErrors(fouten);
      if (!fouten.length) goTo('controleren');
    } catch (err) {
      setFailure(err instanceof ApiError ? err.message : 'Er ging iets mis. Probeer het opnieuw.');
    } finally {
      setBusy(false);
    }
  };

  const handleSend = async () => {
    setBusy(true);
    try {
      const receipt = await send(answers, files, honeypot);
      setReferentie(receipt.referentie);
      goTo('ontvangen');
    } catch (err) {
      if (err instanceof ApiError && err.fields.length) {
        setErrors(err.fields.map((f) => ({ veld: f.path, melding: f.message })));
        goTo('invullen');
      } else {
        setFailure(
          err instanceof ApiError ? err.message : 'Er ging iets mis. Probeer het opnieuw.',
        );
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={def.titel}>
      {step === 'invullen' && (
        <form className="aw-form" noValidate onSubmit={(e) => void handleNext(e)}>
          <h2 className="utrecht-heading-2" tabIndex={-1} ref={stepHeading}>
            Stap 1 van 2: {u ? 'uw' : 'je'} gegevens
          </h2>
          <Paragraph>{def.inleiding}</Paragraph>
          <Paragraph className="aw-muted">
            Alle vragen zijn verplicht, behalve als er &ldquo;niet verplicht&rdquo; bij staat.
          </Paragraph>
          <ErrorSummary
            errors={errors.map((e) => ({ id: `veld-${e.veld}`, message: e.melding }))}
            summaryRef={summary}
          />
          {def.velden.map((veld) => (
            <FormQuestion
              key={veld.naam}
              veld={veld}
              value={answers[veld.naam] ?? ''}
              error={errorOf(veld.naam)}
              onChange={(value, file) => {
                setAnswers((a) => ({ ...a, [veld.naam]: value }));
                if (veld.soort === 'bestand') {
                  setFiles((f) => {
                    const { [veld.naam]: _old, ...rest } = f;
                    return file ? { ...rest, [veld.naam]: file } : rest;
                  });
                  setError(veld.naam, quickCheck(veld, value, file));
                } else if (errorOf(veld.naam)) {
                  setError(veld.naam, quickCheck(veld, value));
                }
              }}
              onBlur={() => {
                const value = answers[veld.naam] ?? '';
                if (value !== '' || errorOf(veld.naam)) {
                  setError(veld.naam, quickCheck(veld, value));
                }
              }}
            />
          ))}
          <div aria-hidden="true" style={{ position: 'absolute', left: '-10000px' }}>
            <label htmlFor="website">Laat dit veld leeg</label>
            <input
              id="website"
              name="website"
              tabIndex={-1}
              autoComplete="off"
              value={honeypot}
              onChange={(e) => setHoneypot(e.target.value)}
            />
          </div>
          <div className="aw-form__actions">
            <Button disabled={busy}>Volgende: controleren</Button>
          </div>
        </form>
      )}
      {step === 'controleren' && (
        <section aria-labelledby="stap-controleren">
          <h2 className="utrecht-heading-2" id="stap-controleren" tabIndex={-1} ref={stepHeading}>
            Stap 2 van 2: controleer {u ? 'uw' : 'je'} antwoorden
          </h2>
          <Paragraph>
            Klopt alles? Klik dan op &ldquo;Versturen&rdquo;. Pas daarna slaan wij {u ? 'uw' : 'je'}{' '}
            gegevens op.
          </Paragraph>
          <dl className="aw-dl">
            {def.velden.map((veld) => (
              <div key={veld.naam} style={{ display: 'contents' }}>
                <dt>{veld.label}</dt>
                <dd>{shownAnswer(veld, answers[veld.naam])}</dd>
              </div>
            ))}
          </dl>
          <div className="aw-form__actions">
            <Button type="button" disabled={busy} onClick={() => void handleSend()}>
              Versturen
            </Button>
            <Button
              type="button"
              appearance="secondary-action-button"
              onClick={() => goTo('invullen')}
            >
              Wijzigen
            </Button>
          </div>
        </section>
      )}
      {step === 'ontvangen' && (
        <section aria-labelledby="stap-ontvangen">
          <h2 className="utrecht-heading-2" id="stap-ontvangen" tabIndex={-1} ref={stepHeading}>
            Verstuurd
          </h2>
          <Alert type="ok">
            {u ? 'Wij hebben uw' : 'We hebben je'} formulier ontvangen. {u ? 'Uw' : 'Je'} kenmerk is{' '}
            <strong data-testid="kenmerk">{referentie}</strong>.
          </Alert>
          <Paragraph>
            {def.toegang === 'link'
              ? 'Bedankt voor je antwoord!'
              : `${u ? 'U krijgt' : 'Je krijgt'} een bevestiging per e-mail. ${capital(def.behandelaar)} neemt contact met ${u ? 'u' : 'je'} op. Noem het kenmerk als ${u ? 'u' : 'je'} ons belt of mailt.`}
          </Paragraph>
        </section>
      )}
    </Page>
  );
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const order = (def: Definitie, naam: string) => def.velden.findIndex((v) => v.naam === naam);
