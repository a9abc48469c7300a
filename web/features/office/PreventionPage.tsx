// SPDX-License-Identifier: EUPL-1.2
import {
  ACTIVITY_TYPES,
  ADVICE_SOURCES,
  type ActivityType,
  type AdviceSource,
} from '../../../shared/office-kinds.ts';
import { Alert, Page, Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate } from '../../format.ts';
import { useSession } from '../../session.tsx';
import { ActivityForm } from './ActivityForm.tsx';
import { AdviceForm } from './AdviceForm.tsx';
import { useLoad } from './shared.tsx';

interface Activities {
  totalen: {
    soort: ActivityType;
    sector: string;
    gemeente: string;
    activiteiten: number;
    klassen: number;
    bereikt: number;
  }[];
  activiteiten: {
    id: number;
    soort: ActivityType;
    datum: string;
    school: string | null;
    aantalBereikt: number;
    minuten: number | null;
    medewerker: string | null;
  }[];
}
interface Questions {
  vragen: {
    id: number;
    datum: string;
    van: AdviceSource;
    onderwerp: string;
    overPersoon: boolean;
    minuten: number | null;
    medewerker: string | null;
  }[];
}
interface Schools {
  scholen: { schoolId: number; naam: string }[];
}

const YEAR = 'van=2000-01-01&totEnMet=2100-12-31';

/** Prevention and voorlichting (counts only, never persons) and advice questions. */
export function PreventionPage() {
  const { may } = useSession();
  const activities = useLoad<Activities>(`/api/kantoorwerk/activiteiten?${YEAR}`);
  const questions = useLoad<Questions>(`/api/kantoorwerk/adviesvragen?${YEAR}`);
  const schools = useLoad<Schools>('/api/kantoorwerk/scholen');
  const schoolOptions = [
    { value: '', label: 'Geen school' },
    ...(schools.data?.scholen ?? []).map((s) => ({ value: String(s.schoolId), label: s.naam })),
  ];
  return (
    <Page title="Preventie en advies">
      <Paragraph>
        Voorlichting, te-laat-kom-acties, preventieve spreekuren en vertrouwelijke groepsgesprekken
        worden alleen geteld: er worden geen personen vastgelegd (seed 002).
      </Paragraph>
      {may('office.register') && (
        <ActivityForm schoolOptions={schoolOptions} onDone={activities.reload} />
      )}
      {activities.failure && <Alert type="error">{activities.failure}</Alert>}
      <Table
        caption="Preventie en voorlichting per soort, sector en gemeente"
        rowKey={(r) => `${r.soort}-${r.sector}-${r.gemeente}`}
        rows={activities.data?.totalen ?? []}
        empty="Nog geen activiteiten."
        columns={[
          { header: 'Soort', cell: (r) => ACTIVITY_TYPES[r.soort] },
          { header: 'Sector', cell: (r) => r.sector },
          { header: 'Gemeente', cell: (r) => r.gemeente },
          { header: 'Activiteiten', cell: (r) => r.activiteiten, numeric: true },
          { header: 'Klassen', cell: (r) => r.klassen, numeric: true },
          { header: 'Leerlingen bereikt', cell: (r) => r.bereikt, numeric: true },
        ]}
      />
      {may('office.register') && (
        <AdviceForm schoolOptions={schoolOptions} onDone={questions.reload} />
      )}
      <Table
        caption="Advies- en consultatievragen, nieuwste eerst"
        rowKey={(q) => q.id}
        rows={questions.data?.vragen ?? []}
        empty="Nog geen adviesvragen."
        columns={[
          { header: 'Datum', cell: (q) => formatDate(q.datum) },
          { header: 'Van', cell: (q) => ADVICE_SOURCES[q.van] },
          { header: 'Onderwerp', cell: (q) => q.onderwerp },
          { header: 'Over een persoon', cell: (q) => (q.overPersoon ? 'ja' : 'nee') },
          { header: 'Minuten', cell: (q) => q.minuten ?? '', numeric: true },
          { header: 'Medewerker', cell: (q) => q.medewerker ?? '' },
        ]}
      />
    </Page>
  );
}
