// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Alert, Page, Paragraph } from '../../components/Page.tsx';
import { FormFlow, type Send } from './FormFlow.tsx';

/** POSTs the answers and documents as multipart (a public form). */
async function sendMultipart(url: string, ...[answers, files, honeypot]: Parameters<Send>) {
  const body = new FormData();
  body.append('antwoorden', JSON.stringify(answers));
  if (honeypot) body.append('website', honeypot);
  for (const [veld, file] of Object.entries(files)) body.append(veld, file, file.name);
  return api<{ referentie: string }>(url, { method: 'POST', body });
}

/** A public form for parents or young people (no sign-in). */
export function PublicFormPage({
  formulier,
}: {
  formulier: 'verlof' | 'vrijstelling' | 'hulpvraag';
}) {
  return (
    <FormFlow
      formulier={formulier}
      send={(...args) => sendMultipart(`/api/formulieren/${formulier}`, ...args)}
    />
  );
}

/** The school's preventive melding (signed in as a school user). */
export function SchoolFormPage() {
  return (
    <FormFlow
      formulier="beginnend-verzuim"
      send={(antwoorden) =>
        api('/api/school/formulieren/beginnend-verzuim', {
          method: 'POST',
          body: JSON.stringify({ antwoorden }),
        })
      }
    />
  );
}

/** Feedback after a conversation, behind a single-use link. */
export function FeedbackFormPage({ token }: { token: string }) {
  const url = `/api/formulieren/feedback/link/${encodeURIComponent(token)}`;
  const [state, setState] = useState<'laden' | 'geldig' | string>('laden');
  useEffect(() => {
    api(url).then(
      () => setState('geldig'),
      (e: unknown) => setState(e instanceof ApiError ? e.message : 'Er ging iets mis.'),
    );
  }, [url]);
  if (state === 'geldig') {
    return (
      <FormFlow
        formulier="feedback"
        send={(antwoorden, _files, website) =>
          api(url, {
            method: 'POST',
            body: JSON.stringify({ antwoorden, ...(website ? { website } : {}) }),
          })
        }
      />
    );
  }
  return (
    <Page title="Hoe was het gesprek?">
      {state === 'laden' ? <Paragraph>Laden…</Paragraph> : <Alert type="error">{state}</Alert>}
    </Page>
  );
}
