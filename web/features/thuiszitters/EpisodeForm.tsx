// SPDX-License-Identifier: EUPL-1.2
import { useRef, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Button, ErrorSummary, SelectField, TextField } from '../../components/FormField.tsx';
import { optionsOf, type Choices, type Episode } from './choices.ts';

type Fields = {
  startdatum: string;
  type: string;
  onderwijsdeelname: string;
  onderwijsdeelnameVanaf: string;
  oorzaak: string;
  regie: string;
  wachtlijst: string;
  wachtlijstSinds: string;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Register a new episode (`episode` absent) or change an open one; errors in a summary on top. */
export function EpisodeForm({
  choices,
  episode,
  personId,
  caseId,
  today,
  onDone,
}: {
  choices: Choices;
  episode?: Episode;
  personId: number;
  caseId?: number;
  today: string;
  onDone: (message: string) => void;
}) {
  const prefix = episode ? `tz-${episode.id}` : 'tz-nieuw';
  const [f, setF] = useState<Fields>({
    startdatum: episode?.startdatum ?? today,
    type: episode?.type ?? 'met_inschrijving_ongeoorloofd',
    onderwijsdeelname: episode?.onderwijsdeelname ?? 'geen',
    onderwijsdeelnameVanaf: episode?.onderwijsdeelnameVanaf ?? '',
    oorzaak: episode?.oorzaak ?? 'overig',
    regie: episode?.regie ?? '',
    wachtlijst: episode?.wachtlijst ?? '',
    wachtlijstSinds: episode?.wachtlijstSinds ?? '',
  });
  const [errors, setErrors] = useState<{ id: string; message: string }[]>([]);
  const summary = useRef<HTMLDivElement>(null);
  const set = (k: keyof Fields) => (e: { target: { value: string } }) =>
    setF({ ...f, [k]: e.target.value });
  const errorOf = (k: keyof Fields) => errors.find((e) => e.id === `${prefix}-${k}`)?.message;

  function check(): { id: string; message: string }[] {
    const list: { id: string; message: string }[] = [];
    const add = (k: keyof Fields, message: string) => list.push({ id: `${prefix}-${k}`, message });
    if (!DATE.test(f.startdatum)) add('startdatum', 'Vul de startdatum in als JJJJ-MM-DD.');
    if (!f.regie.trim()) add('regie', 'Vul in welke partner de regie heeft.');
    if (f.onderwijsdeelname !== 'geen' && !DATE.test(f.onderwijsdeelnameVanaf)) {
      add(
        'onderwijsdeelnameVanaf',
        'Vul in sinds wanneer (JJJJ-MM-DD) de jongere onderwijs volgt.',
      );
    }
    if (f.wachtlijstSinds && !DATE.test(f.wachtlijstSinds)) {
      add('wachtlijstSinds', 'Vul de datum van de wachtlijst in als JJJJ-MM-DD.');
    }
    return list;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = check();
    setErrors(found);
    if (found.length) return setTimeout(() => summary.current?.focus());
    const body = {
      ...f,
      onderwijsdeelnameVanaf: f.onderwijsdeelnameVanaf || null,
      wachtlijst: f.wachtlijst || null,
      wachtlijstSinds: f.wachtlijstSinds || null,
    };
    try {
      if (episode) {
        await api(`/api/thuiszitter-periodes/${episode.id}`, {
          method: 'PUT',
          body: JSON.stringify(body),
        });
        onDone('De thuiszitterperiode is bijgewerkt.');
      } else {
        await api('/api/thuiszitter-periodes', {
          method: 'POST',
          body: JSON.stringify({
            ...body,
            persoonId: personId,
            ...(caseId ? { zaakId: caseId } : {}),
          }),
        });
        onDone('De thuiszitterperiode is geregistreerd, met taken na 4 weken en 3 maanden.');
      }
    } catch (e) {
      const velden = (e instanceof ApiError ? e.details.velden : undefined) as
        { veld: string; melding: string }[] | undefined;
      setErrors(
        velden?.map((v) => ({ id: `${prefix}-${v.veld}`, message: v.melding })) ?? [
          {
            id: `${prefix}-startdatum`,
            message: e instanceof ApiError ? e.message : 'Opslaan is mislukt.',
          },
        ],
      );
      setTimeout(() => summary.current?.focus());
    }
  }

  const field = (k: keyof Fields, label: string, description?: string) => (
    <TextField
      id={`${prefix}-${k}`}
      label={label}
      description={description}
      value={f[k]}
      onChange={set(k)}
      error={errorOf(k)}
      autoComplete="off"
    />
  );
  const select = (
    k: keyof Fields,
    label: string,
    labels: Record<string, string>,
    description?: string,
  ) => (
    <SelectField
      id={`${prefix}-${k}`}
      label={label}
      description={description}
      value={f[k]}
      onChange={set(k)}
      options={optionsOf(labels)}
      error={errorOf(k)}
    />
  );
  return (
    <form className="aw-form" onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} summaryRef={summary} />
      {field('startdatum', 'Thuis sinds', 'JJJJ-MM-DD: de eerste dag zonder onderwijs')}
      {select('type', 'Soort thuiszitter', choices.types)}
      {select('onderwijsdeelname', 'Onderwijs dat de jongere volgt', choices.onderwijsdeelname)}
      {f.onderwijsdeelname !== 'geen' &&
        field('onderwijsdeelnameVanaf', 'Onderwijs sinds', 'JJJJ-MM-DD')}
      {select(
        'oorzaak',
        'Oorzaak (inschatting consulent)',
        choices.oorzaken,
        'Een inschatting, geen diagnose: wij zijn geen arts.',
      )}
      {field(
        'regie',
        'Regie bij',
        'Welke partner heeft de regie? Bijvoorbeeld school, jeugdteam of samenwerkingsverband.',
      )}
      {field(
        'wachtlijst',
        'Wachtlijst voor',
        'Bijvoorbeeld onderwijs, jeugdhulp of een andere plek (mag leeg)',
      )}
      {f.wachtlijst && field('wachtlijstSinds', 'Op de wachtlijst sinds', 'JJJJ-MM-DD')}
      <Button>{episode ? 'Wijzigingen opslaan' : 'Thuiszitterperiode registreren'}</Button>
    </form>
  );
}
