// SPDX-License-Identifier: EUPL-1.2
import { useRef, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Button, ErrorSummary, TextField } from '../../components/FormField.tsx';
import { Alert, Heading2, Page, Paragraph } from '../../components/Page.tsx';
import { useSession, type Me } from '../../session.tsx';

type FieldError = { id: string; message: string };

/** One's own account: change the password and set up the second factor (TOTP). */
export function AccountPage() {
  const { me, signedIn } = useSession();
  if (!me) return null;
  return (
    <Page title="Mijn account">
      <Paragraph>
        U bent aangemeld als <strong>{me.gebruikersnaam}</strong> met de rol {me.rolNaam}
        {me.gemeenten ? `, voor de gemeenten ${me.gemeenten.join(', ')}` : ''}.
      </Paragraph>
      <PasswordForm />
      <SecondFactor me={me} onEnabled={() => signedIn({ ...me, tweedeFactor: true })} />
    </Page>
  );
}

function PasswordForm() {
  const [values, setValues] = useState({ huidig: '', nieuw: '', herhaling: '' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const summary = useRef<HTMLDivElement>(null);
  const set = (id: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setValues({ ...values, [id]: e.target.value });
  const errorOf = (id: string) => errors.find((e) => e.id === id)?.message;

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!values.huidig) found.push({ id: 'huidig', message: 'Vul uw huidige wachtwoord in.' });
    if (values.nieuw.length < 12) {
      found.push({ id: 'nieuw', message: 'Kies een nieuw wachtwoord van minstens 12 tekens.' });
    }
    if (values.herhaling !== values.nieuw) {
      found.push({
        id: 'herhaling',
        message: 'De herhaling is niet gelijk aan het nieuwe wachtwoord.',
      });
    }
    setErrors(found);
    setResult(undefined);
    if (found.length) {
      setTimeout(() => summary.current?.focus());
      return;
    }
    try {
      await api('/api/sessie/wachtwoord', {
        method: 'PUT',
        body: JSON.stringify({ huidig: values.huidig, nieuw: values.nieuw }),
      });
      setValues({ huidig: '', nieuw: '', herhaling: '' });
      setResult({ ok: true, text: 'Uw wachtwoord is gewijzigd. Andere sessies zijn afgemeld.' });
    } catch (e) {
      setResult({ ok: false, text: e instanceof ApiError ? e.message : 'Wijzigen is mislukt.' });
    }
  }

  return (
    <section aria-labelledby="wachtwoord-titel">
      <Heading2 id="wachtwoord-titel">Wachtwoord wijzigen</Heading2>
      <ErrorSummary errors={errors} summaryRef={summary} />
      {result && <Alert type={result.ok ? 'ok' : 'error'}>{result.text}</Alert>}
      <form className="aw-form" onSubmit={handleSubmit} noValidate>
        <TextField
          id="huidig"
          label="Huidig wachtwoord"
          type="password"
          autoComplete="current-password"
          value={values.huidig}
          onChange={set('huidig')}
          error={errorOf('huidig')}
        />
        <TextField
          id="nieuw"
          label="Nieuw wachtwoord"
          description="Minstens 12 tekens; een zin van een paar woorden werkt goed."
          type="password"
          autoComplete="new-password"
          value={values.nieuw}
          onChange={set('nieuw')}
          error={errorOf('nieuw')}
        />
        <TextField
          id="herhaling"
          label="Nieuw wachtwoord nog een keer"
          type="password"
          autoComplete="new-password"
          value={values.herhaling}
          onChange={set('herhaling')}
          error={errorOf('herhaling')}
        />
        <div className="aw-form__actions">
          <Button>Wachtwoord wijzigen</Button>
        </div>
      </form>
    </section>
  );
}

function SecondFactor({ me, onEnabled }: { me: Me; onEnabled: () => void }) {
  const [secret, setSecret] = useState<{ geheim: string; uri: string }>();
  const [code, setCode] = useState('');
  const [failure, setFailure] = useState<string>();

  async function start() {
    setFailure(undefined);
    try {
      setSecret(await api('/api/sessie/tweede-factor', { method: 'POST' }));
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : 'Er ging iets mis.');
    }
  }

  async function confirm(event: FormEvent) {
    event.preventDefault();
    try {
      await api('/api/sessie/tweede-factor', {
        method: 'PUT',
        body: JSON.stringify({ code: code.replace(/\s/g, '') }),
      });
      setSecret(undefined);
      onEnabled();
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : 'De code klopt niet.');
    }
  }

  return (
    <section aria-labelledby="tweede-factor-titel">
      <Heading2 id="tweede-factor-titel">Tweede factor</Heading2>
      {me.tweedeFactor ? (
        <Alert type="ok">
          Uw account is beveiligd met een code uit een authenticator-app. Telefoon kwijt? Vraag de
          functioneel beheerder de tweede factor te verwijderen.
        </Alert>
      ) : secret ? (
        <form className="aw-form" onSubmit={confirm} noValidate>
          <Paragraph>
            Voeg in uw authenticator-app (bijvoorbeeld FreeOTP of Microsoft Authenticator) een
            account toe met deze sleutel: <code className="aw-secret">{secret.geheim}</code>
          </Paragraph>
          <TextField
            id="totp-code"
            label="Code uit de app"
            description="Zes cijfers."
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            error={failure}
          />
          <div className="aw-form__actions">
            <Button>Tweede factor aanzetten</Button>
          </div>
        </form>
      ) : (
        <>
          <Paragraph>
            Met een tweede factor kan niemand met alleen uw wachtwoord bij de gegevens van jongeren.
          </Paragraph>
          {failure && <Alert type="error">{failure}</Alert>}
          <Button type="button" onClick={() => void start()}>
            Tweede factor instellen
          </Button>
        </>
      )}
    </section>
  );
}
