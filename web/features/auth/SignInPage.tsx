// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, ApiError, setCsrfToken } from '../../api/client.ts';
import { Button, ErrorSummary, TextField } from '../../components/FormField.tsx';
import { Alert, Page, Paragraph } from '../../components/Page.tsx';
import { useSession, type Me } from '../../session.tsx';

interface Answer {
  tweedeStapNodig: boolean;
  csrfToken: string;
  gebruiker: Me | null;
}
type FieldError = { id: string; message: string };

/** Sign in with user name and password, then — when set up — the code of the authenticator app. */
export function SignInPage() {
  const { signedIn } = useSession();
  const [step, setStep] = useState<'wachtwoord' | 'code'>('wachtwoord');
  const [values, setValues] = useState({ gebruikersnaam: '', wachtwoord: '', code: '' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const [sso, setSso] = useState(false);
  useEffect(() => {
    api<{ sso: boolean }>('/api/sessie/methoden').then(
      (m) => setSso(m.sso),
      () => undefined,
    );
  }, []);
  const ssoError = new URLSearchParams(window.location.search).get('fout');
  const set = (id: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setValues({ ...values, [id]: e.target.value });
  const errorOf = (id: string) => errors.find((e) => e.id === id)?.message;

  function check(): FieldError[] {
    if (step === 'code') {
      return /^\d{6}$/.test(values.code.replace(/\s/g, ''))
        ? []
        : [{ id: 'code', message: 'Vul de zes cijfers uit uw authenticator-app in.' }];
    }
    return [
      ...(values.gebruikersnaam.trim()
        ? []
        : [{ id: 'gebruikersnaam', message: 'Vul uw gebruikersnaam in.' }]),
      ...(values.wachtwoord ? [] : [{ id: 'wachtwoord', message: 'Vul uw wachtwoord in.' }]),
    ];
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const found = check();
    setErrors(found);
    setFailure(undefined);
    if (found.length) {
      setTimeout(() => summary.current?.focus());
      return;
    }
    setBusy(true);
    try {
      const answer =
        step === 'wachtwoord'
          ? await api<Answer>('/api/sessie', {
              method: 'POST',
              body: JSON.stringify({
                gebruikersnaam: values.gebruikersnaam.trim(),
                wachtwoord: values.wachtwoord,
              }),
            })
          : await api<Answer>('/api/sessie/code', {
              method: 'POST',
              body: JSON.stringify({ code: values.code.replace(/\s/g, '') }),
            });
      setCsrfToken(answer.csrfToken);
      if (answer.gebruiker) signedIn(answer.gebruiker);
      else setStep('code');
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : 'Aanmelden is niet gelukt.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title="Aanmelden">
      <Paragraph>
        Aanwezig bevat gegevens over jongeren en hun ouders. Meld u aan met het account dat u van de
        functioneel beheerder kreeg.
      </Paragraph>
      {ssoError && (
        <Alert type="error">
          {ssoError === 'sso-onbekend'
            ? 'Uw gemeente-account is nog niet gekoppeld aan Aanwezig. Vraag de functioneel beheerder.'
            : 'Aanmelden via uw gemeente is niet gelukt. Probeer het opnieuw.'}
        </Alert>
      )}
      <ErrorSummary errors={errors} summaryRef={summary} />
      {failure && <Alert type="error">{failure}</Alert>}
      <form className="aw-form" onSubmit={handleSubmit} noValidate>
        {step === 'wachtwoord' ? (
          <>
            <TextField
              id="gebruikersnaam"
              label="Gebruikersnaam"
              value={values.gebruikersnaam}
              onChange={set('gebruikersnaam')}
              error={errorOf('gebruikersnaam')}
              autoComplete="username"
              autoCapitalize="none"
            />
            <TextField
              id="wachtwoord"
              label="Wachtwoord"
              type="password"
              value={values.wachtwoord}
              onChange={set('wachtwoord')}
              error={errorOf('wachtwoord')}
              autoComplete="current-password"
            />
          </>
        ) : (
          <TextField
            id="code"
            label="Code uit uw authenticator-app"
            description="Zes cijfers; de code verandert elke 30 seconden."
            inputMode="numeric"
            value={values.code}
            onChange={set('code')}
            error={errorOf('code')}
            autoComplete="one-time-code"
            autoFocus
          />
        )}
        <div className="aw-form__actions">
          <Button disabled={busy}>{step === 'wachtwoord' ? 'Aanmelden' : 'Bevestigen'}</Button>
        </div>
      </form>
      {sso && (
        <Paragraph>
          <a className="utrecht-link" href="/api/sessie/sso">
            Aanmelden via uw gemeente (single sign-on)
          </a>
        </Paragraph>
      )}
    </Page>
  );
}
