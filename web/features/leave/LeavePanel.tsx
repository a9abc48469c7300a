// SPDX-License-Identifier: EUPL-1.2
import { Alert, Heading2 } from '../../components/Page.tsx';
import { formatDate } from '../../format.ts';
import { useCasePart, type CasePanelProps } from '../cases/case-panel.ts';
import { DecisionLetterButton } from '../exemptions/ExemptionPanel.tsx';

interface Leave {
  van: string;
  totEnMet: string;
  schooldagen: number;
  reden: string;
  beslisser: string;
  school: string | null;
  schoolGehoordOp: string | null;
  schoolStandpunt: string | null;
  besluit: string | null;
  datumBesluit: string | null;
  uitleg: string[];
}

const STANDPUNT: Record<string, string> = {
  steunt: 'steunt het verzoek',
  bezwaar: 'heeft bezwaar',
  geen_standpunt: 'heeft geen standpunt',
};

/** The leave request of a case: period, who decides and why, the school's view, the decision. */
export function LeavePanel({ caseId, mayWork, version, onChange }: CasePanelProps) {
  const leave = useCasePart<Leave>(`/api/verlofaanvragen/zaken/${caseId}`, version);
  if (!leave) return null;
  return (
    <section aria-labelledby="verlof-titel">
      <Heading2 id="verlof-titel">Verlofaanvraag</Heading2>
      {leave.beslisser === 'directeur' && (
        <Alert type="warning">
          Dit verlof valt binnen de bevoegdheid van de directeur van de school: stuur het terug.
        </Alert>
      )}
      <dl className="aw-facts">
        <dt>Periode</dt>
        <dd>
          {formatDate(leave.van)} tot en met {formatDate(leave.totEnMet)} ({leave.schooldagen}{' '}
          schooldagen)
        </dd>
        <dt>Reden</dt>
        <dd>{leave.reden}</dd>
        <dt>School</dt>
        <dd>
          {leave.school ?? 'onbekend'}
          {leave.schoolGehoordOp
            ? `: gehoord op ${formatDate(leave.schoolGehoordOp)}, ${STANDPUNT[leave.schoolStandpunt ?? ''] ?? ''}`
            : ': nog niet gehoord'}
        </dd>
        <dt>Beslist door</dt>
        <dd>{leave.beslisser}</dd>
        <dt>Besluit</dt>
        <dd>
          {leave.besluit
            ? `${leave.besluit} op ${formatDate(leave.datumBesluit)}`
            : 'nog geen besluit'}
        </dd>
      </dl>
      <ul className="utrecht-unordered-list">
        {leave.uitleg.map((u) => (
          <li key={u} className="utrecht-unordered-list__item">
            {u}
          </li>
        ))}
      </ul>
      {mayWork && (leave.besluit === 'verleend' || leave.besluit === 'geweigerd') && (
        <DecisionLetterButton caseId={caseId} onDone={onChange} />
      )}
    </section>
  );
}
