// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Button } from '../../components/FormField.tsx';
import { Alert, Heading2, Paragraph } from '../../components/Page.tsx';
import { formatDate } from '../../format.ts';

export interface Inzending {
  id: number;
  referentie: string;
  titel: string;
  versie: number;
  status: string;
  ingediendOp: string;
  zaakId: number | null;
  bsn: string | null;
  vragen: { vraag: string; antwoord: string }[];
  bestanden: { id: number; bestandsnaam: string; mediatype: string; grootte: number }[];
}

/** The questions and answers of one submission, as it was asked (its own form version). */
export function SubmissionAnswers({
  inzending,
  caseId,
}: {
  inzending: Inzending;
  caseId?: number;
}) {
  return (
    <>
      <dl className="aw-dl">
        {inzending.vragen.map((v) => (
          <div key={v.vraag} style={{ display: 'contents' }}>
            <dt>{v.vraag}</dt>
            <dd style={{ whiteSpace: 'pre-wrap' }}>{v.antwoord}</dd>
          </div>
        ))}
      </dl>
      {caseId !== undefined && inzending.bestanden.length > 0 && (
        <ul className="utrecht-unordered-list">
          {inzending.bestanden.map((b) => (
            <li key={b.id} className="utrecht-unordered-list__item">
              <a
                className="utrecht-link"
                href={`/api/zaken/${caseId}/inzendingen/bestanden/${b.id}`}
              >
                {b.bestandsnaam} downloaden ({Math.ceil(b.grootte / 1024)} kB)
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Case page panel: the web forms that opened or joined this case, and a feedback link. */
export function SubmissionsPanel({ caseId, mayWork }: { caseId: number; mayWork: boolean }) {
  const [inzendingen, setInzendingen] = useState<Inzending[]>([]);
  const [link, setLink] = useState<string>();
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    api<{ inzendingen: Inzending[] }>(`/api/zaken/${caseId}/inzendingen`).then(
      (r) => setInzendingen(r.inzendingen),
      () => setInzendingen([]),
    );
  }, [caseId]);
  const makeLink = async () => {
    try {
      const made = await api<{ link: string }>(`/api/zaken/${caseId}/feedbacklinks`, {
        method: 'POST',
      });
      setLink(made.link);
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : 'De link kon niet worden gemaakt.');
    }
  };
  if (inzendingen.length === 0 && !mayWork) return null;
  return (
    <section aria-labelledby="inzendingen-titel" className="aw-section">
      <Heading2 id="inzendingen-titel">Ingestuurde formulieren</Heading2>
      {inzendingen.length === 0 && (
        <Paragraph className="aw-muted">Nog geen formulieren.</Paragraph>
      )}
      {inzendingen.map((i) => (
        <details key={i.id} open={inzendingen.length === 1}>
          <summary>
            {i.titel} — kenmerk {i.referentie}, {formatDate(i.ingediendOp.slice(0, 10))} (versie{' '}
            {i.versie})
          </summary>
          <SubmissionAnswers inzending={i} caseId={caseId} />
        </details>
      ))}
      {mayWork && (
        <div className="aw-form__actions">
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() => void makeLink()}
          >
            Feedbacklink maken
          </Button>
        </div>
      )}
      {link && (
        <Alert type="ok">
          Stuur deze link na het gesprek (werkt één keer, 14 dagen): <code>{link}</code>
        </Alert>
      )}
      {failure && <Alert type="error">{failure}</Alert>}
    </section>
  );
}
