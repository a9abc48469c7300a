// SPDX-License-Identifier: EUPL-1.2
import { useRef, useState, type FormEvent } from 'react';
import { Button, ErrorSummary, SelectField, TextField } from '../../components/FormField.tsx';

export interface Choice {
  waarde: string;
  label: string;
}
type Send = (method: string, path: string, body: unknown, ok: string) => Promise<boolean>;
type Keuzes = Record<string, Choice[]>;

const today = () => new Date().toISOString().slice(0, 10);
const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);
const options = (list: Choice[] | undefined, first: string) => [
  { value: '', label: first },
  ...(list ?? []).map((c) => ({ value: c.waarde, label: c.label })),
];

/** Form state with the error summary the house style asks for: field id → message. */
function useChecked<T extends Record<string, string>>(initial: T) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<{ id: string; message: string }[]>([]);
  const summary = useRef<HTMLDivElement>(null);
  const check = (rules: [keyof T & string, string, boolean][]) => {
    const found = rules.filter(([, , ok]) => !ok).map(([id, message]) => ({ id, message }));
    setErrors(found);
    if (found.length) setTimeout(() => summary.current?.focus());
    return found.length === 0;
  };
  const field = (id: keyof T & string) => ({
    id,
    value: values[id],
    error: errors.find((e) => e.id === id)?.message,
    onChange: (e: { target: { value: string } }) =>
      setValues((v) => ({ ...v, [id]: e.target.value })),
  });
  return { values, setValues, errors, summary, check, field };
}

/** Record a contact attempt: date, channel, reached or not. */
export function ContactForm({ keuzes, send }: { keuzes: Keuzes; send: Send }) {
  const f = useChecked({ 'poging-datum': today(), 'poging-kanaal': '', 'poging-resultaat': '' });
  async function submit(event: FormEvent) {
    event.preventDefault();
    const v = f.values;
    if (
      !f.check([
        ['poging-datum', 'Vul de datum in als JJJJ-MM-DD.', isDay(v['poging-datum'])],
        ['poging-kanaal', 'Kies hoe u contact zocht.', v['poging-kanaal'] !== ''],
        ['poging-resultaat', 'Kies of de jongere bereikt is.', v['poging-resultaat'] !== ''],
      ])
    ) {
      return;
    }
    const ok = await send(
      'POST',
      '/contactpogingen',
      { datum: v['poging-datum'], kanaal: v['poging-kanaal'], resultaat: v['poging-resultaat'] },
      'De contactpoging is vastgelegd.',
    );
    if (ok) f.setValues((x) => ({ ...x, 'poging-kanaal': '', 'poging-resultaat': '' }));
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="poging-titel">
      <h3 className="utrecht-heading-3" id="poging-titel">
        Contactpoging vastleggen
      </h3>
      <ErrorSummary errors={f.errors} summaryRef={f.summary} />
      <TextField label="Datum" {...f.field('poging-datum')} />
      <SelectField
        label="Kanaal"
        options={options(keuzes.kanalen, 'Kies een kanaal')}
        {...f.field('poging-kanaal')}
      />
      <SelectField
        label="Resultaat"
        options={options(keuzes.resultaten, 'Kies een resultaat')}
        {...f.field('poging-resultaat')}
      />
      <Button>Contactpoging opslaan</Button>
    </form>
  );
}

/** At the first successful contact: dagbesteding and SUWI income category with its peildatum. */
export function FirstContactForm({ keuzes, send }: { keuzes: Keuzes; send: Send }) {
  const f = useChecked({
    'eerste-datum': today(),
    'eerste-dagbesteding': '',
    'eerste-inkomen': '',
    'eerste-peildatum': today(),
  });
  async function submit(event: FormEvent) {
    event.preventDefault();
    const v = f.values;
    if (
      !f.check([
        ['eerste-datum', 'Vul de datum in als JJJJ-MM-DD.', isDay(v['eerste-datum'])],
        ['eerste-dagbesteding', 'Kies de dagbesteding.', v['eerste-dagbesteding'] !== ''],
        ['eerste-inkomen', 'Kies de inkomenscategorie.', v['eerste-inkomen'] !== ''],
        ['eerste-peildatum', 'Vul de peildatum in als JJJJ-MM-DD.', isDay(v['eerste-peildatum'])],
      ])
    ) {
      return;
    }
    await send(
      'POST',
      '/eerste-contact',
      {
        datum: v['eerste-datum'],
        dagbesteding: v['eerste-dagbesteding'],
        inkomenscategorie: v['eerste-inkomen'],
        inkomenPeildatum: v['eerste-peildatum'],
      },
      'Het eerste contact is vastgelegd.',
    );
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="eerste-titel">
      <h3 className="utrecht-heading-3" id="eerste-titel">
        Eerste contact
      </h3>
      <ErrorSummary errors={f.errors} summaryRef={f.summary} />
      <TextField label="Datum van het contact" {...f.field('eerste-datum')} />
      <SelectField
        label="Dagbesteding"
        options={options(keuzes.dagbestedingen, 'Kies de dagbesteding')}
        {...f.field('eerste-dagbesteding')}
      />
      <SelectField
        label="Inkomen volgens SUWI"
        options={options(keuzes.inkomenscategorieen, 'Kies de inkomenscategorie')}
        {...f.field('eerste-inkomen')}
      />
      <TextField label="Peildatum van het inkomen" {...f.field('eerste-peildatum')} />
      <Button>Eerste contact opslaan</Button>
    </form>
  );
}

/** Start a trajectory, or count its appointments and end it with outcome and destination. */
export function TrajectoryForms({
  keuzes,
  running,
  send,
}: {
  keuzes: Keuzes;
  running: { afspraken: number } | undefined;
  send: Send;
}) {
  const f = useChecked({
    'traject-datum': today(),
    'traject-afspraken': String(running?.afspraken ?? 0),
    'traject-reden': '',
    'traject-bestemming': '',
  });
  const v = f.values;
  async function start(event: FormEvent) {
    event.preventDefault();
    if (
      !f.check([
        ['traject-datum', 'Vul de startdatum in als JJJJ-MM-DD.', isDay(v['traject-datum'])],
      ])
    ) {
      return;
    }
    await send('POST', '/trajecten', { gestartOp: v['traject-datum'] }, 'Het traject is gestart.');
  }
  async function count(event: FormEvent) {
    event.preventDefault();
    const n = Number(v['traject-afspraken']);
    if (
      !f.check([
        [
          'traject-afspraken',
          'Vul een aantal van 0 tot 100 in.',
          Number.isInteger(n) && n >= 0 && n <= 100,
        ],
      ])
    ) {
      return;
    }
    await send(
      'PUT',
      '/trajecten/afspraken',
      { afspraken: n },
      'Het aantal afspraken is opgeslagen.',
    );
  }
  async function end(event: FormEvent) {
    event.preventDefault();
    if (
      !f.check([
        ['traject-datum', 'Vul de einddatum in als JJJJ-MM-DD.', isDay(v['traject-datum'])],
        ['traject-reden', 'Kies de uitstroomreden.', v['traject-reden'] !== ''],
      ])
    ) {
      return;
    }
    await send(
      'POST',
      '/trajecten/einde',
      {
        beeindigdOp: v['traject-datum'],
        uitstroomreden: v['traject-reden'],
        bestemming: v['traject-bestemming'] || null,
      },
      'Het traject is beëindigd en het dossier is afgesloten.',
    );
  }
  if (!running) {
    return (
      <form onSubmit={(e) => void start(e)} noValidate aria-labelledby="traject-titel">
        <h3 className="utrecht-heading-3" id="traject-titel">
          Begeleidingstraject starten
        </h3>
        <ErrorSummary errors={f.errors} summaryRef={f.summary} />
        <TextField label="Startdatum" {...f.field('traject-datum')} />
        <Button>Traject starten</Button>
      </form>
    );
  }
  return (
    <>
      <form onSubmit={(e) => void count(e)} noValidate aria-labelledby="afspraken-traject-titel">
        <h3 className="utrecht-heading-3" id="afspraken-traject-titel">
          Afspraken in het traject
        </h3>
        <ErrorSummary errors={f.errors} summaryRef={f.summary} />
        <TextField
          label="Aantal gehouden afspraken"
          inputMode="numeric"
          {...f.field('traject-afspraken')}
        />
        <Button appearance="secondary-action-button">Aantal opslaan</Button>
      </form>
      <form onSubmit={(e) => void end(e)} noValidate aria-labelledby="einde-titel">
        <h3 className="utrecht-heading-3" id="einde-titel">
          Traject beëindigen
        </h3>
        <TextField label="Einddatum" {...f.field('traject-datum')} />
        <SelectField
          label="Uitstroomreden"
          options={options(keuzes.uitstroomredenen, 'Kies een reden')}
          {...f.field('traject-reden')}
        />
        <TextField
          label="Bestemming (school, werkgever of traject)"
          {...f.field('traject-bestemming')}
        />
        <Button>Traject beëindigen</Button>
      </form>
    </>
  );
}

/** Close the case without a trajectory (advice was enough, no wish for guidance, out of the group). */
export function CloseForm({ keuzes, send }: { keuzes: Keuzes; send: Send }) {
  const f = useChecked({ 'sluit-datum': today(), 'sluit-reden': '' });
  async function submit(event: FormEvent) {
    event.preventDefault();
    const v = f.values;
    if (
      !f.check([
        ['sluit-datum', 'Vul de datum in als JJJJ-MM-DD.', isDay(v['sluit-datum'])],
        ['sluit-reden', 'Kies waarom het dossier sluit.', v['sluit-reden'] !== ''],
      ])
    ) {
      return;
    }
    await send(
      'POST',
      '/doorstroompunt/afsluiting',
      { datum: v['sluit-datum'], reden: v['sluit-reden'] },
      'Het dossier is afgesloten.',
    );
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="sluit-titel">
      <h3 className="utrecht-heading-3" id="sluit-titel">
        Afsluiten zonder traject
      </h3>
      <ErrorSummary errors={f.errors} summaryRef={f.summary} />
      <TextField label="Datum van afsluiten" {...f.field('sluit-datum')} />
      <SelectField
        label="Reden van afsluiten"
        options={options(keuzes.sluitredenen, 'Kies een reden')}
        {...f.field('sluit-reden')}
      />
      <Button appearance="secondary-action-button">Dossier afsluiten</Button>
    </form>
  );
}
