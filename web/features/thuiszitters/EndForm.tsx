// SPDX-License-Identifier: EUPL-1.2
import { useRef, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Button, ErrorSummary, SelectField, TextField } from '../../components/FormField.tsx';
import { optionsOf, type Choices, type Episode } from './choices.ts';

/** Ends an open episode with the day it ended and the end situation. */
export function EndForm({
  choices,
  episode,
  today,
  onDone,
}: {
  choices: Choices;
  episode: Episode;
  today: string;
  onDone: (message: string) => void;
}) {
  const id = `tz-${episode.id}-einde`;
  const [einddatum, setEinddatum] = useState(today);
  const [eindsituatie, setEindsituatie] = useState('weer_naar_school');
  const [errors, setErrors] = useState<{ id: string; message: string }[]>([]);
  const summary = useRef<HTMLDivElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(einddatum)) {
      setErrors([{ id: `${id}-datum`, message: 'Vul de einddatum in als JJJJ-MM-DD.' }]);
      return setTimeout(() => summary.current?.focus());
    }
    try {
      await api(`/api/thuiszitter-periodes/${episode.id}/einde`, {
        method: 'POST',
        body: JSON.stringify({ einddatum, eindsituatie }),
      });
      setErrors([]);
      onDone('De thuiszitterperiode is afgesloten; de open taken zijn klaar.');
    } catch (e) {
      setErrors([
        { id: `${id}-datum`, message: e instanceof ApiError ? e.message : 'Afsluiten is mislukt.' },
      ]);
      setTimeout(() => summary.current?.focus());
    }
  }

  return (
    <form className="aw-form" onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} summaryRef={summary} />
      <TextField
        id={`${id}-datum`}
        label="Einddatum"
        description="JJJJ-MM-DD: de eerste dag dat de periode niet meer loopt"
        value={einddatum}
        onChange={(e) => setEinddatum(e.target.value)}
        error={errors[0]?.message}
        autoComplete="off"
      />
      <SelectField
        id={`${id}-situatie`}
        label="Eindsituatie"
        value={eindsituatie}
        onChange={(e) => setEindsituatie(e.target.value)}
        options={optionsOf(choices.eindsituaties)}
      />
      <Button>Periode afsluiten</Button>
    </form>
  );
}
