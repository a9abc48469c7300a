// SPDX-License-Identifier: EUPL-1.2
import { TIME_KINDS } from '../../../shared/office-kinds.ts';
import { Button, FormMessages, SelectField, TextField } from '../../components/FormField.tsx';
import { Heading2, Page, Paragraph } from '../../components/Page.tsx';
import { useForm, type FieldError } from '../../components/use-form.ts';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.tsx';
import { isDay, minutesOf, optionsOf, post, todayText } from './shared.tsx';

const PARTS = [
  { href: '/kantoorwerk/overleggen', label: "Overleggen en MDO's", policy: 'office.read' },
  {
    href: '/kantoorwerk/preventie',
    label: 'Preventie, voorlichting en adviesvragen',
    policy: 'office.read',
  },
  { href: '/kantoorwerk/scholen', label: 'Scholen en jaargesprekken', policy: 'office.read' },
  { href: '/kantoorwerk/overstap', label: 'Overstap VO-MBO', policy: 'office.transfer' },
  {
    href: '/kantoorwerk/tijd',
    label: 'Tijdsbesteding van het team',
    policy: 'office.time_summary',
  },
];

/** Office work beyond single cases: the parts, and a quick time entry. */
export function OfficePage() {
  const { may } = useSession();
  const empty = { datum: todayText(), minuten: '', soort: 'casus', caseId: '', notitie: '' };
  const { values: form, setValues, set, errorOf, onSubmit, busy, messages } = useForm(empty);

  const validate = () => {
    const found: FieldError[] = [];
    if (!isDay(form.datum)) {
      found.push({ id: 'tijd-datum', message: 'Vul de datum in als JJJJ-MM-DD.' });
    }
    if (!minutesOf(form.minuten)) {
      found.push({ id: 'tijd-minuten', message: 'Vul de tijd in als hele minuten (1 tot 1440).' });
    }
    if (form.caseId && !/^\d+$/.test(form.caseId)) {
      found.push({
        id: 'tijd-dossier',
        message: 'Vul een dossiernummer in (alleen cijfers), of laat het leeg.',
      });
    }
    return found;
  };
  const send = async () => {
    await post('/api/kantoorwerk/tijd', {
      ...form,
      minuten: minutesOf(form.minuten),
      caseId: form.caseId ? Number(form.caseId) : null,
      notitie: form.notitie || null,
    });
    setValues(empty);
    return 'De tijd is vastgelegd.';
  };

  return (
    <Page title="Kantoorwerk">
      <Paragraph>
        Werk dat niet bij één dossier hoort: overleggen, preventie en voorlichting, scholen, advies
        en de overstap naar het mbo. Met de bestede tijd weegt het team dit af tegen casuswerk.
      </Paragraph>
      <ul className="utrecht-unordered-list">
        {PARTS.filter((p) => may(p.policy)).map((p) => (
          <li key={p.href} className="utrecht-unordered-list__item">
            <Link href={p.href}>{p.label}</Link>
          </li>
        ))}
      </ul>
      {may('office.register') && (
        <section aria-labelledby="tijd-titel">
          <Heading2 id="tijd-titel">Tijd vastleggen</Heading2>
          <Paragraph>
            Tijd voor een overleg, activiteit of adviesvraag legt u daar vast; hier de rest, zoals
            tijd op een dossier.
          </Paragraph>
          <FormMessages {...messages} />
          <form className="aw-form" onSubmit={onSubmit(validate, send)} noValidate>
            <TextField
              id="tijd-datum"
              label="Datum"
              description="JJJJ-MM-DD"
              value={form.datum}
              onChange={set('datum')}
              error={errorOf('tijd-datum')}
            />
            <TextField
              id="tijd-minuten"
              label="Minuten"
              inputMode="numeric"
              value={form.minuten}
              onChange={set('minuten')}
              error={errorOf('tijd-minuten')}
            />
            <SelectField
              id="tijd-soort"
              label="Soort werk"
              value={form.soort}
              onChange={set('soort')}
              options={optionsOf(TIME_KINDS)}
            />
            <TextField
              id="tijd-dossier"
              label="Dossiernummer (niet verplicht)"
              description="Met een dossiernummer telt de tijd als casuswerk."
              inputMode="numeric"
              value={form.caseId}
              onChange={set('caseId')}
              error={errorOf('tijd-dossier')}
            />
            <TextField
              id="tijd-notitie"
              label="Notitie (niet verplicht, geen namen)"
              value={form.notitie}
              onChange={set('notitie')}
            />
            <div className="aw-form__actions">
              <Button disabled={busy}>Tijd vastleggen</Button>
            </div>
          </form>
        </section>
      )}
    </Page>
  );
}
