// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Button } from '../../components/FormField.tsx';
import { Alert, Heading2, Paragraph } from '../../components/Page.tsx';
import { formatNumber } from '../../format.ts';

interface Verification {
  intact: boolean;
  aantal: number;
  breuken: { id: number | null; code: string; melding: string }[];
}

/** Checks the audit log's hash chain: a changed or removed entry breaks it. */
export function ChainCheck() {
  const [result, setResult] = useState<Verification>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function check() {
    setBusy(true);
    setFailure(undefined);
    setResult(undefined);
    try {
      setResult(await api<Verification>('/api/audit/verificatie', { method: 'POST' }));
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : 'Controleren is mislukt.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="keten-titel">
      <Heading2 id="keten-titel">Keten controleren</Heading2>
      <Paragraph>
        Elke regel van het auditlog bevat een controlegetal van de regel ervoor. Is een regel
        achteraf gewijzigd of verwijderd, dan klopt de keten niet meer.
      </Paragraph>
      <Button type="button" disabled={busy} onClick={() => void check()}>
        {busy ? 'Bezig met controleren…' : 'Keten controleren'}
      </Button>
      {failure && <Alert type="error">{failure}</Alert>}
      {result?.intact && (
        <Alert type="ok">
          De keten is intact: alle {formatNumber(result.aantal)} regels zijn ongewijzigd.
        </Alert>
      )}
      {result && !result.intact && (
        <Alert type="error">
          <p className="utrecht-paragraph">
            De keten is verbroken: het auditlog is na het vastleggen veranderd (
            {formatNumber(result.aantal)} regels gecontroleerd). Meld dit direct bij de functioneel
            beheerder en de security officer.
          </p>
          <ul className="utrecht-unordered-list">
            {result.breuken.slice(0, 50).map((b, i) => (
              <li className="utrecht-unordered-list__item" key={`${b.id ?? 'kop'}-${b.code}-${i}`}>
                {b.melding}
              </li>
            ))}
          </ul>
        </Alert>
      )}
    </section>
  );
}
