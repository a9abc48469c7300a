// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Button, SelectField } from '../../components/FormField.tsx';
import { Alert, Paragraph } from '../../components/Page.tsx';
import { useSession } from '../../session.tsx';
import { isLockedOut, type User, type UserChange } from './types.ts';
import { asSentence } from './user-form.ts';

/** The actions on one account: role, (de)activate, lift a lockout, remove the second factor. */
export function UserManager({
  user,
  rollen,
  now,
  onChanged,
  onClose,
}: {
  user: User;
  rollen: Record<string, string>;
  now: Date;
  onChanged: () => Promise<void>;
  onClose: () => void;
}) {
  const { me } = useSession();
  const [rol, setRol] = useState(user.rol);
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const self = me?.gebruikersnaam === user.gebruikersnaam;

  async function change(body: UserChange, done: string) {
    setBusy(true);
    setResult(undefined);
    try {
      await api(`/api/gebruikers/${user.id}`, { method: 'PATCH', body: JSON.stringify(body) });
      await onChanged();
      setResult({ ok: true, text: done });
    } catch (e) {
      setResult({
        ok: false,
        text: e instanceof ApiError ? asSentence(e.message) : 'Wijzigen is mislukt.',
      });
    } finally {
      setBusy(false);
    }
  }

  function changeRole(event: FormEvent) {
    event.preventDefault();
    if (rol === user.rol) {
      setResult({ ok: false, text: 'Kies eerst een andere rol.' });
      return;
    }
    void change({ rol }, `De rol van ${user.gebruikersnaam} is nu ${rollen[rol] ?? rol}.`);
  }

  return (
    <section
      id="gebruiker-beheren"
      className="aw-section"
      aria-labelledby="gebruiker-beheren-titel"
    >
      <h2 className="utrecht-heading-2" id="gebruiker-beheren-titel" tabIndex={-1} ref={heading}>
        Account {user.gebruikersnaam} beheren
      </h2>
      {result && <Alert type={result.ok ? 'ok' : 'error'}>{result.text}</Alert>}
      <form className="aw-form" onSubmit={changeRole} noValidate>
        <SelectField
          id="beheer-rol"
          label="Rol"
          description="Na een andere rol moet de gebruiker zich opnieuw aanmelden."
          value={rol}
          onChange={(e) => setRol(e.target.value)}
          options={Object.entries(rollen).map(([value, label]) => ({ value, label }))}
        />
        <div className="aw-form__actions">
          <Button disabled={busy}>Rol wijzigen</Button>
        </div>
      </form>
      <Paragraph>
        {user.actief
          ? 'Het account is actief.'
          : 'Het account is gedeactiveerd: de gebruiker kan zich niet aanmelden.'}
        {isLockedOut(user, now) && ' Het account is geblokkeerd na te veel mislukte aanmeldingen.'}
        {user.tweedeFactor
          ? ' De gebruiker heeft een tweede factor.'
          : ' De gebruiker heeft geen tweede factor.'}
      </Paragraph>
      <div className="aw-form__actions">
        {!self &&
          (user.actief ? (
            <Button
              type="button"
              disabled={busy}
              onClick={() =>
                void change(
                  { actief: false },
                  `Het account ${user.gebruikersnaam} is gedeactiveerd en afgemeld.`,
                )
              }
            >
              Deactiveren
            </Button>
          ) : (
            <Button
              type="button"
              disabled={busy}
              onClick={() =>
                void change({ actief: true }, `Het account ${user.gebruikersnaam} is weer actief.`)
              }
            >
              Activeren
            </Button>
          ))}
        {isLockedOut(user, now) && (
          <Button
            type="button"
            disabled={busy}
            onClick={() =>
              void change(
                { deblokkeren: true },
                `De blokkade van ${user.gebruikersnaam} is opgeheven.`,
              )
            }
          >
            Blokkade opheffen
          </Button>
        )}
        {user.tweedeFactor && (
          <Button
            type="button"
            disabled={busy}
            onClick={() =>
              void change(
                { totpVerwijderen: true },
                `De tweede factor van ${user.gebruikersnaam} is verwijderd. De gebruiker stelt een nieuwe in bij Mijn account.`,
              )
            }
          >
            Tweede factor verwijderen
          </Button>
        )}
        <Button type="button" appearance="secondary-action-button" onClick={onClose}>
          Sluiten
        </Button>
      </div>
    </section>
  );
}
