// SPDX-License-Identifier: EUPL-1.2
/**
 * The retention decision for one person (pure): keep or delete on `today`, and until when, naming
 * the rule. The dates come from the rules engine (leerplicht, kwalificatieplicht, Doorstroompunt).
 */
import {
  addMonths,
  computeLeerplicht,
  settingOn,
  type IsoDate,
  type RuleSettings,
} from '../rules/index.ts';
import { retentionSettingOn, type RetentionSettings } from './retention-settings.ts';

/** A case (dossier) as far as retention cares. */
export interface RetentionCase {
  id?: number;
  /** Null while the case is open. */
  geslotenOp: IsoDate | null;
  /** Legal hold: objection, appeal or court case pending. */
  juridischeBlokkade: boolean;
  /** The case holds a proces-verbaal (police data under the WPG). */
  procesVerbaal: boolean;
}

/** What the decision needs to know about a person. */
export interface RetentionFacts {
  geboortedatum: IsoDate;
  startkwalificatie?: IsoDate | undefined;
  zaken: readonly RetentionCase[];
  /** For a parent: the decisions about their children; a parent is kept while a child is. */
  kinderen?: readonly Pick<RetentionDecision, 'verwijderen' | 'bewarenTot'>[];
}

/** The rule that decided. */
export type RetentionRule =
  | 'juridische_blokkade'
  | 'open_zaak'
  | 'leerplicht'
  | 'doorstroompunt'
  | 'dossier'
  | 'proces_verbaal'
  | 'ouder';

/** Keep or delete, why (Dutch, naming the rule), and the last day to keep (null: no end while blocked). */
export interface RetentionDecision {
  verwijderen: boolean;
  reden: string;
  /** Inclusive: the data is kept up to and including this date and may go from the next day on. */
  bewarenTot: IsoDate | null;
  regel: RetentionRule;
}

/** Both kinds of settings: the rules' (Doorstroompunt age limit) and the retention periods. */
export interface RetentionSettingsInput {
  rules?: RuleSettings;
  retention?: RetentionSettings;
}

/** One rule's last day to keep. */
export interface Candidate {
  regel: RetentionRule;
  tot: IsoDate;
  uitleg: string;
}

const keep = (regel: RetentionRule, reden: string): RetentionDecision => ({
  verwijderen: false,
  reden,
  bewarenTot: null,
  regel,
});

/**
 * Remembers the dates that depend only on birth date and startkwalificatie, for one `today` and one
 * set of settings: a run over a whole region then asks the (Temporal-based) rules engine once per
 * distinct birth date instead of once per person.
 */
export type RetentionMemo = Map<string, readonly Candidate[]>;

/** Decides whether a person's data is deleted on `today`, and names the rule that decided. */
export function retentionDecision(
  facts: RetentionFacts,
  today: IsoDate,
  settings: RetentionSettingsInput = {},
  memo?: RetentionMemo,
): RetentionDecision {
  const held = holdOf(facts);
  if (held) return held;
  const key = `${facts.geboortedatum}|${facts.startkwalificatie ?? ''}`;
  let personal = memo?.get(key);
  if (!personal) {
    personal = personalCandidates(facts, today, settings);
    memo?.set(key, personal);
  }
  const candidates = [
    ...personal,
    ...caseCandidates(facts.zaken, today, settings.retention ?? {}),
    ...childCandidates(facts),
  ];
  const last = candidates.reduce((a, b) => (b.tot > a.tot ? b : a));
  const verwijderen = today > last.tot;
  const reden = verwijderen
    ? `Verwijderen: bewaartermijn verstreken na ${last.tot} (${last.uitleg}).`
    : `Bewaren tot en met ${last.tot} (${last.uitleg}).`;
  return { verwijderen, reden, bewarenTot: last.tot, regel: last.regel };
}

/** Keeps without end date: a legal hold, an open case, or a child kept that way (rules 1–3). */
function holdOf(facts: RetentionFacts): RetentionDecision | undefined {
  const blocked = facts.zaken.find((z) => z.juridischeBlokkade);
  if (blocked) {
    return keep(
      'juridische_blokkade',
      `Bewaren: juridische blokkade op zaak${blocked.id !== undefined ? ` ${blocked.id}` : ''}; niets wordt verwijderd zolang die geldt.`,
    );
  }
  const open = facts.zaken.find((z) => z.geslotenOp === null);
  if (open) {
    return keep(
      'open_zaak',
      `Bewaren: zaak${open.id !== undefined ? ` ${open.id}` : ''} is nog open; de bewaartermijn begint pas na sluiting.`,
    );
  }
  if (facts.kinderen?.some((k) => !k.verwijderen && k.bewarenTot === null)) {
    return keep(
      'ouder',
      'Bewaren: ouder van een jeugdige met een open zaak of juridische blokkade; de oudergegevens blijven zolang die van het kind.',
    );
  }
  return undefined;
}

/** The leerplicht and Doorstroompunt dates: they depend on the person's dates only. */
function personalCandidates(
  facts: RetentionFacts,
  today: IsoDate,
  settings: RetentionSettingsInput,
): Candidate[] {
  const rules = settings.rules ?? {};
  const retention = settings.retention ?? {};
  const lp = computeLeerplicht(
    {
      geboortedatum: facts.geboortedatum,
      peildatum: today,
      startkwalificatie: facts.startkwalificatie,
    },
    rules,
  );
  const einde =
    lp.kwalificatieplichtTotEnMet > lp.volledigeLeerplichtTotEnMet
      ? lp.kwalificatieplichtTotEnMet
      : lp.volledigeLeerplichtTotEnMet;
  const lpJaren = retentionSettingOn(retention, 'bewaartermijn.leerplicht.jarenNaEinde', today);
  const result: Candidate[] = [
    {
      regel: 'leerplicht',
      tot: addMonths(einde, 12 * lpJaren.waarde),
      uitleg: `leerplicht: ${lpJaren.waarde} jaar na het einde van de leerplicht op ${einde}; ${lpJaren.uitleg}`,
    },
  ];
  if (facts.startkwalificatie === undefined) {
    const grens = settingOn<number>(rules, 'doorstroompunt.leeftijdsgrens', today);
    result.push({
      regel: 'doorstroompunt',
      tot: lp.doorstroompuntTotEnMet,
      uitleg: `Doorstroompunt: zonder startkwalificatie tot de leeftijdsgrens van ${grens.waarde} jaar; ${grens.uitleg}`,
    });
  }
  return result;
}

/** A parent is kept up to the latest date a child is kept. */
function childCandidates(facts: RetentionFacts): Candidate[] {
  const kind = (facts.kinderen ?? [])
    .map((k) => k.bewarenTot)
    .filter((d): d is IsoDate => d !== null)
    .sort()
    .at(-1);
  return kind
    ? [{ regel: 'ouder', tot: kind, uitleg: 'ouder: zolang gegevens van een kind bewaard blijven' }]
    : [];
}

/** The closed cases: the latest closure per kind plus its period (proces-verbaal per WPG). */
function caseCandidates(
  zaken: readonly RetentionCase[],
  today: IsoDate,
  retention: RetentionSettings,
): Candidate[] {
  const result: Candidate[] = [];
  for (const pv of [false, true]) {
    const gesloten = zaken
      .filter((z) => z.procesVerbaal === pv && z.geslotenOp !== null)
      .map((z) => z.geslotenOp as IsoDate)
      .sort()
      .at(-1);
    if (!gesloten) continue;
    const key = pv
      ? 'bewaartermijn.procesVerbaal.jarenNaSluiting'
      : 'bewaartermijn.dossier.jarenNaSluiting';
    const jaren = retentionSettingOn(retention, key, today);
    result.push({
      regel: pv ? 'proces_verbaal' : 'dossier',
      tot: addMonths(gesloten, 12 * jaren.waarde),
      uitleg: `${pv ? 'proces-verbaal (WPG)' : 'dossier'}: ${jaren.waarde} jaar na sluiting op ${gesloten}; ${jaren.uitleg}`,
    });
  }
  return result;
}
