// SPDX-License-Identifier: EUPL-1.2
import { useRef, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api/client.ts';
import {
  Button,
  ErrorSummary,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/FormField.tsx';
import { Alert } from '../../components/Page.tsx';
import { useRouter } from '../../router.tsx';
import { PersonPicker, usePersonFromAddress, type PickedPerson } from './PersonPicker.tsx';

export interface Artikel {
  code: string;
  label: string;
  wettelijk: boolean;
}

/** Starts an exemption request for a young person; opens the new case on success. */
export function NewExemptionForm({ artikelen, today }: { artikelen: Artikel[]; today: string }) {
  const { navigate } = useRouter();
  const [person, setPerson] = useState<PickedPerson>();
  usePersonFromAddress(setPerson);
  const [artikel, setArtikel] = useState('');
  const [datum, setDatum] = useState(today);
  const [herhaling, setHerhaling] = useState('nee');
  const [toelichting, setToelichting] = useState('');
  const [errors, setErrors] = useState<{ id: string; message: string }[]>([]);
  const [failure, setFailure] = useState<string>();
  const summary = useRef<HTMLDivElement>(null);
  const errorOf = (id: string) => errors.find((e) => e.id === id)?.message;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = [
      ...(person ? [] : [{ id: 'vs-nieuw-naam', message: 'Kies de jeugdige.' }]),
      ...(artikel ? [] : [{ id: 'vs-nieuw-artikel', message: 'Kies het artikel.' }]),
      ...(/^\d{4}-\d{2}-\d{2}$/.test(datum)
        ? []
        : [{ id: 'vs-nieuw-datum', message: 'Vul de datum van de aanvraag in als JJJJ-MM-DD.' }]),
    ];
    setErrors(found);
    if (found.length || !person) {
      setTimeout(() => summary.current?.focus());
      return;
    }
    try {
      const { zaakId } = await api<{ zaakId: number }>('/api/vrijstellingen', {
        method: 'POST',
        body: JSON.stringify({
          persoonId: person.id,
          artikel,
          datumAanvraag: datum,
          herhalingsverzoek: herhaling === 'ja',
          ...(toelichting.trim() ? { toelichting } : {}),
        }),
      });
      navigate(`/zaken/${zaakId}`);
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : 'De aanvraag openen is mislukt.');
    }
  }
  const gekozen = artikelen.find((a) => a.code === artikel);
  return (
    <form className="aw-form" onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} summaryRef={summary} />
      {failure && <Alert type="error">{failure}</Alert>}
      <PersonPicker
        idPrefix="vs-nieuw"
        picked={person}
        onPick={setPerson}
        error={errorOf('vs-nieuw-naam')}
      />
      <SelectField
        id="vs-nieuw-artikel"
        label="Artikel"
        value={artikel}
        onChange={(e) => setArtikel(e.target.value)}
        error={errorOf('vs-nieuw-artikel')}
        options={[
          { value: '', label: 'Kies een artikel' },
          ...artikelen.map((a) => ({ value: a.code, label: a.label })),
        ]}
        {...(gekozen && !gekozen.wettelijk
          ? {
              description:
                'Let op: maatwerk is geen wettelijke vrijstellingsgrond (gedoogbeschikking).',
            }
          : {})}
      />
      <TextField
        id="vs-nieuw-datum"
        label="Datum van de aanvraag"
        type="date"
        value={datum}
        onChange={(e) => setDatum(e.target.value)}
        error={errorOf('vs-nieuw-datum')}
      />
      <SelectField
        id="vs-nieuw-herhaling"
        label="Herhalingsverzoek"
        value={herhaling}
        onChange={(e) => setHerhaling(e.target.value)}
        options={[
          { value: 'nee', label: 'Nee, eerste aanvraag' },
          { value: 'ja', label: 'Ja, herhalingsverzoek' },
        ]}
      />
      <TextAreaField
        id="vs-nieuw-toelichting"
        label="Toelichting (optioneel)"
        value={toelichting}
        onChange={(e) => setToelichting(e.target.value)}
      />
      <div className="aw-form__actions">
        <Button>Aanvraag openen</Button>
      </div>
    </form>
  );
}
