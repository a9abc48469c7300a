// SPDX-License-Identifier: EUPL-1.2
/**
 * PURE: the check of a whole form: every answer (fields.ts), then the rules between answers —
 * dates in order, leave beyond the school head's mandate (rules engine, art. 11g/14 Lpw), a way to
 * reach a young person. Returns every problem at once, for the error summary.
 */
import { checkVerlof, isSchoolDay, type IsoDate, type SchoolCalendar } from '../rules/index.ts';
import { addDays } from '../rules/index.ts';
import { checkAnswer, normaliseAnswer, type Antwoorden } from './fields.ts';
import type { FormDefinition } from './definitions/index.ts';

export interface Fout {
  veld: string;
  melding: string;
}

export interface CheckContext {
  today: IsoDate;
  /** The school calendar of the region (for counting school days). */
  calendar: SchoolCalendar;
}

export interface CheckResult {
  fouten: Fout[];
  /** Only the form's own fields, normalised; unknown fields are dropped (data minimisation). */
  antwoorden: Antwoorden;
}

/** Checks all answers of `definition`; `antwoorden` is only meaningful when `fouten` is empty. */
export function checkForm(
  definition: FormDefinition,
  input: Antwoorden,
  ctx: CheckContext,
): CheckResult {
  const fouten: Fout[] = [];
  const antwoorden: Antwoorden = {};
  for (const veld of definition.velden) {
    const melding = checkAnswer(veld, input[veld.naam]);
    if (melding) fouten.push({ veld: veld.naam, melding });
    else if ((input[veld.naam] ?? '').trim() !== '') {
      antwoorden[veld.naam] = normaliseAnswer(veld, input[veld.naam]!);
    }
  }
  const bad = new Set(fouten.map((f) => f.veld));
  const ok = (naam: string) => !bad.has(naam) && antwoorden[naam] !== undefined;
  const add = (veld: string, melding: string) => fouten.push({ veld, melding });
  if (ok('geboortedatum') && antwoorden.geboortedatum! > ctx.today) {
    add('geboortedatum', 'De geboortedatum ligt in de toekomst. Controleer de datum.');
  }
  RULES[definition.formulier]?.(antwoorden, ok, add, ctx);
  return { fouten, antwoorden };
}

type Rule = (
  a: Antwoorden,
  ok: (naam: string) => boolean,
  add: (veld: string, melding: string) => void,
  ctx: CheckContext,
) => void;

const RULES: Partial<Record<FormDefinition['formulier'], Rule>> = {
  verlof: (a, ok, add, ctx) => {
    if (ok('van') && a.van! <= ctx.today) {
      add('van', 'De eerste dag van het verlof moet na vandaag liggen.');
    }
    if (!ok('van') || !ok('totEnMet')) return;
    if (a.totEnMet! < a.van!) {
      add('totEnMet', 'De laatste dag van het verlof moet op of na de eerste dag liggen.');
      return;
    }
    const dagen = schoolDays(ctx.calendar, a.van!, a.totEnMet!);
    if (dagen > 366) {
      add('totEnMet', 'Het verlof is langer dan een jaar. Vraag dan vrijstelling aan.');
      return;
    }
    const advies = checkVerlof(
      { artikel: '11g', van: a.van!, schooldagen: dagen, eerderVakantieverlof: [] },
      ctx.calendar,
    );
    if (advies.beslisser !== 'leerplichtambtenaar') {
      add(
        'totEnMet',
        `Dit verlof is ${dagen} schooldag${dagen === 1 ? '' : 'en'}. Voor 10 schooldagen of minder vraagt u verlof aan bij de directeur van de school.`,
      );
    }
  },
  vrijstelling: (a, ok, add) => {
    if (ok('artikel') && a.artikel !== '5b' && !a.bewijsstuk) {
      add('bewijsstuk', 'Kies een bewijsstuk. Dit is nodig bij deze reden.');
    }
  },
  hulpvraag: (a, _ok, add) => {
    if (!a.email && !a.telefoon) {
      add('email', 'Vul je e-mailadres of je telefoonnummer in, zodat we je kunnen bereiken.');
    }
  },
  'beginnend-verzuim': (a, ok, add, ctx) => {
    if (ok('verzuimVan') && a.verzuimVan! > ctx.today) {
      add('verzuimVan', 'De datum ligt in de toekomst. Vul de eerste dag van het verzuim in.');
    }
    if (a.vestiging !== undefined && !/^[0-9]{2}$/.test(a.vestiging)) {
      add('vestiging', 'Vul bij vestiging twee cijfers in, zoals 00.');
    }
  },
};

/** School days (rules engine: no weekends, school holidays or public holidays) from van to totEnMet. */
export function schoolDays(cal: SchoolCalendar, van: IsoDate, totEnMet: IsoDate): number {
  let n = 0;
  for (let d = van; d <= totEnMet && n <= 400; d = addDays(d, 1)) {
    if (isSchoolDay(cal, d)) n++;
  }
  return n;
}
