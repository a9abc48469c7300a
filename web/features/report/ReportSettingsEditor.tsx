// SPDX-License-Identifier: EUPL-1.2
/**
 * Settings page: the definitions of the annual report (`rapport.*`), dated like every regional
 * setting. Everyone who may read settings sees what is in force; the functioneel beheerder
 * records a new value from a date, with a reason. Labels, choices and help come from the server.
 */
import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import {
  Button,
  FormMessages,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/FormField.tsx';
import { useForm, type FieldError } from '../../components/use-form.ts';
import { Table } from '../../components/Table.tsx';
import { formatDate } from '../../format.ts';
import { useSession } from '../../session.tsx';
import { DateField } from '../rules/DateField.tsx';
import { parseInputDate } from '../rules/timeline.ts';
import {
  parsedValue,
  reportSettings,
  valueLabel,
  valueOn,
  valueProblem,
  type ReportSettingView,
} from './report-settings.ts';

const today = () => new Date().toISOString().slice(0, 10);

/** The report's settings with their history, and the form to record a new value. */
export function ReportSettingsEditor() {
  const [settings, setSettings] = useState<ReportSettingView[]>([]);
  const [failure, setFailure] = useState<string>();
  const { may } = useSession();
  useEffect(() => {
    api<ReportSettingView[]>('/api/instellingen').then(
      (all) => setSettings(reportSettings(all)),
      (e: Error) => setFailure(e.message),
    );
  }, []);

  return (
    <section aria-labelledby="rapport-instellingen-kop">
      <h2 className="utrecht-heading-2" id="rapport-instellingen-kop">
        Definities van het jaarverslag
      </h2>
      <p className="utrecht-paragraph">
        Deze keuzes bepalen hoe het jaarverslag telt. Het verslag van een schooljaar gebruikt de
        waarde die geldt op 31 juli, de laatste dag van dat schooljaar, en drukt de definitie af
        naast de cijfers. Een nieuwe waarde geldt vanaf de datum die u opgeeft; eerdere waarden
        blijven bewaard. Welke thuiszitters de tabellen C14 tot en met C16 tellen, stelt u in bij de
        instellingen van de regels hierboven (<code>thuiszitter.omvang</code>).
      </p>
      {failure && (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <p className="utrecht-paragraph">{failure}</p>
        </div>
      )}
      <Table
        caption="Definities van het jaarverslag en hun historie"
        rowKey={(s) => s.sleutel}
        rows={settings}
        columns={[
          {
            header: 'Instelling',
            cell: (s) => (
              <>
                <strong>{s.label ?? s.sleutel}</strong>
                <p className="utrecht-paragraph">{s.hulp ?? s.omschrijving}</p>
              </>
            ),
          },
          { header: 'Geldt nu', cell: (s) => valueLabel(s, valueOn(s, today())) },
          {
            header: 'Historie',
            cell: (s) =>
              s.historie.length === 0
                ? `Standaard: ${valueLabel(s, s.standaard)}`
                : s.historie.map((h) => (
                    <p className="utrecht-paragraph" key={h.geldigVanaf}>
                      Vanaf {formatDate(h.geldigVanaf)}: {valueLabel(s, h.waarde)}
                      {h.reden ? ` — ${h.reden}` : ''}
                      {h.gewijzigdDoor ? ` (${h.gewijzigdDoor})` : ''}
                    </p>
                  )),
          },
        ]}
      />
      {may('settings.change') && settings.length > 0 && (
        <ChangeForm settings={settings} onSaved={(all) => setSettings(reportSettings(all))} />
      )}
    </section>
  );
}

function ChangeForm(props: {
  settings: ReportSettingView[];
  onSaved(all: ReportSettingView[]): void;
}) {
  const form = useForm({ sleutel: props.settings[0]!.sleutel, waarde: '', vanaf: '', reden: '' });
  const { values, set, errorOf } = form;
  const setting = props.settings.find((s) => s.sleutel === values.sleutel) ?? props.settings[0]!;

  const validate = (): FieldError[] => {
    const found: FieldError[] = [];
    const problem = valueProblem(setting, values.waarde);
    if (problem) found.push({ id: 'rapport-waarde', message: problem });
    if (!parseInputDate(values.vanaf)) {
      found.push({
        id: 'rapport-vanaf',
        message: 'Vul bij Geldig vanaf een datum in, bijvoorbeeld 01-08-2024.',
      });
    }
    if (!values.reden.trim()) {
      found.push({ id: 'rapport-reden', message: 'Schrijf op waarom de definitie verandert.' });
    }
    return found;
  };

  const send = async () => {
    const geldigVanaf = parseInputDate(values.vanaf)!;
    const all = await api<ReportSettingView[]>('/api/instellingen', {
      method: 'PUT',
      body: JSON.stringify({
        sleutel: setting.sleutel,
        waarde: parsedValue(setting, values.waarde),
        geldigVanaf,
        reden: values.reden.trim(),
      }),
    });
    props.onSaved(all);
    form.setValues((v) => ({ ...v, waarde: '', vanaf: '', reden: '' }));
    return `${setting.label ?? setting.sleutel}: ${valueLabel(setting, parsedValue(setting, values.waarde))} vanaf ${formatDate(geldigVanaf)} vastgelegd.`;
  };

  return (
    <form
      onSubmit={form.onSubmit(validate, send)}
      aria-labelledby="rapport-wijzigen-kop"
      noValidate
    >
      <h3 className="utrecht-heading-3" id="rapport-wijzigen-kop">
        Definitie wijzigen
      </h3>
      <FormMessages {...form.messages} />
      <SelectField
        id="rapport-sleutel"
        label="Instelling"
        value={values.sleutel}
        onChange={(e) => form.setValues((v) => ({ ...v, sleutel: e.target.value, waarde: '' }))}
        options={props.settings.map((s) => ({ value: s.sleutel, label: s.label ?? s.sleutel }))}
      />
      {setting.toegestaan ? (
        <SelectField
          id="rapport-waarde"
          label="Nieuwe waarde"
          description={setting.hulp}
          error={errorOf('rapport-waarde')}
          value={values.waarde}
          onChange={set('waarde')}
          options={[
            { value: '', label: 'Kies een waarde' },
            ...setting.toegestaan.map((v) => ({ value: String(v), label: valueLabel(setting, v) })),
          ]}
        />
      ) : (
        <TextField
          id="rapport-waarde"
          label="Nieuwe waarde"
          description={`${setting.hulp ?? ''} Een heel getal van ${setting.min ?? 0} tot en met ${setting.max}.`}
          error={errorOf('rapport-waarde')}
          inputMode="numeric"
          value={values.waarde}
          onChange={set('waarde')}
        />
      )}
      <DateField
        id="rapport-vanaf"
        label="Geldig vanaf"
        required
        description="Bijvoorbeeld 01-08-2024. Het verslag van een schooljaar telt met de waarde die op 31 juli van dat schooljaar geldt."
        value={values.vanaf}
        error={errorOf('rapport-vanaf')}
        onChange={(v) => form.setValues((old) => ({ ...old, vanaf: v }))}
      />
      <TextAreaField
        id="rapport-reden"
        label="Reden"
        description="Bijvoorbeeld het besluit waarop de wijziging berust. Noem geen leerlingen."
        error={errorOf('rapport-reden')}
        value={values.reden}
        onChange={set('reden')}
      />
      <Button disabled={form.busy}>Wijziging vastleggen</Button>
    </form>
  );
}
