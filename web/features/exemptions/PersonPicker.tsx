// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Button, TextField } from '../../components/FormField.tsx';
import { formatDate } from '../../format.ts';

export interface PickedPerson {
  id: number;
  naam: string;
  geboortedatum: string;
}

/**
 * The person named in the page address (`?persoon=<id>`, the link from the person page), picked
 * once it has loaded.
 */
export function usePersonFromAddress(onPick: (p: PickedPerson) => void): void {
  useEffect(() => {
    const id = new URLSearchParams(window.location.search).get('persoon');
    if (!id || !/^\d+$/.test(id)) return;
    api<PickedPerson>(`/api/personen/${id}`).then(
      (p) => onPick({ id: p.id, naam: p.naam, geboortedatum: p.geboortedatum }),
      () => undefined,
    );
  }, [onPick]);
}

/** Finds a young person by (the start of) the surname and picks one, for a new request. */
export function PersonPicker({
  idPrefix,
  picked,
  onPick,
  error,
}: {
  idPrefix: string;
  picked: PickedPerson | undefined;
  onPick: (p: PickedPerson | undefined) => void;
  error?: string | undefined;
}) {
  const [naam, setNaam] = useState('');
  const [hits, setHits] = useState<PickedPerson[]>();
  const [failure, setFailure] = useState<string>();
  if (picked) {
    return (
      <p className="utrecht-paragraph">
        Jeugdige: <strong>{picked.naam}</strong>, geboren {formatDate(picked.geboortedatum)}{' '}
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => onPick(undefined)}
        >
          Andere jeugdige kiezen
        </Button>
      </p>
    );
  }
  async function search() {
    try {
      setFailure(undefined);
      setHits(
        (
          await api<{ resultaten: PickedPerson[] }>('/api/personen/zoeken', {
            method: 'POST',
            body: JSON.stringify({ naam }),
          })
        ).resultaten,
      );
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : 'Zoeken is mislukt.');
    }
  }
  return (
    <div>
      <TextField
        id={`${idPrefix}-naam`}
        label="Jeugdige: achternaam (begin), eventueel met ', voornaam'"
        value={naam}
        onChange={(e) => setNaam(e.target.value)}
        error={failure ?? error}
      />
      <Button type="button" appearance="secondary-action-button" onClick={() => void search()}>
        Zoek jeugdige
      </Button>
      {hits && hits.length === 0 && <p className="utrecht-paragraph">Niemand gevonden.</p>}
      {hits && hits.length > 0 && (
        <ul className="utrecht-unordered-list">
          {hits.slice(0, 10).map((h) => (
            <li key={h.id} className="utrecht-unordered-list__item">
              {h.naam}, geboren {formatDate(h.geboortedatum)}{' '}
              <Button type="button" appearance="secondary-action-button" onClick={() => onPick(h)}>
                Kies {h.naam}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
