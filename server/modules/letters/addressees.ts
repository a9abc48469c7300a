// SPDX-License-Identifier: EUPL-1.2
/**
 * Who gets a letter, and at which address (pure): the parents with gezag under 18, one letter per
 * distinct address when they live apart; the young person himself from 18 (gezag ends at
 * majority, art. 1:233 BW). For parents of a pupil of 16 or older the reason is withheld unless
 * the case records consent (docs/letters.md, "16+").
 */
import { domainError, type DomainError } from '../../lib/errors.ts';
import { err, ok, type Result } from '../../lib/result.ts';
import { ageOn, compareDates, type IsoDate } from '../rules/index.ts';

/** An address as the BRP delivers it (residence_periods). */
export interface Adres {
  straat: string | null;
  huisnummer: string | null;
  huisletter: string | null;
  huisnummertoevoeging: string | null;
  postcode: string | null;
  woonplaats: string | null;
}

/** A person with names and the address where he lives on the letter's date (null: none known). */
export interface PersonFacts {
  id: number;
  voornamen: string | null;
  voorvoegsel: string | null;
  geslachtsnaam: string;
  geboortedatum: IsoDate;
  datumOverlijden: IsoDate | null;
  adres: Adres | null;
}

/** A parent: `gezag` null means not recorded, and is taken as gezag. */
export interface ParentFacts extends PersonFacts {
  rang: number;
  gezag: boolean | null;
}

/** What the decision needs to know about the case's young person and his parents. */
export interface AddresseeFacts {
  jeugdige: PersonFacts;
  ouders: readonly ParentFacts[];
  /** A case event `toestemming` with `toestemming16plus: true` (the latest one counts). */
  toestemming16plus: boolean;
}

/** Someone a letter is addressed to. */
export interface Ontvanger {
  personId: number;
  naam: string;
  rol: 'ouder' | 'jeugdige';
}

/** One letter: the people at one address, and whether the reason must be left out. */
export interface LetterAddress {
  ontvangers: Ontvanger[];
  /** The address block: names (initials), street and number, postcode and place. */
  adresregels: string[];
  redenWeglaten: boolean;
}

/** Why someone who might have been addressed was not (ids only, for the caller to show). */
export interface Overgeslagen {
  personId: number;
  reden: 'geen_gezag' | 'overleden' | 'geen_adres';
}

export interface AddresseeDecision {
  leeftijd: number;
  brieven: LetterAddress[];
  overgeslagen: Overgeslagen[];
}

/** The age from which a young person decides himself what parents hear about him (docs/letters.md). */
export const ZESTIEN_PLUS = 16;
/** Majority: gezag ends, the young person gets the letters himself. */
export const MEERDERJARIG = 18;

/** Whether the 16+ rule applies at `leeftijd`: parents still get letters, the reason only with consent. */
export const parentsNeedConsent = (leeftijd: number): boolean =>
  leeftijd >= ZESTIEN_PLUS && leeftijd < MEERDERJARIG;

const clean = (s: string | null | undefined) => (s ?? '').trim();

/** `Sanne van Dijk`: first given name, voorvoegsel and surname. */
export function fullName(p: Pick<PersonFacts, 'voornamen' | 'voorvoegsel' | 'geslachtsnaam'>) {
  const roepnaam = clean(p.voornamen).split(/\s+/)[0] ?? '';
  return [roepnaam, clean(p.voorvoegsel), clean(p.geslachtsnaam)].filter(Boolean).join(' ');
}

/** `P.J. van Dijk` for the address block; `Van Dijk` when no given names are known. */
export function initialsName(p: Pick<PersonFacts, 'voornamen' | 'voorvoegsel' | 'geslachtsnaam'>) {
  const initials = clean(p.voornamen)
    .split(/\s+/)
    .filter(Boolean)
    .map((n) => `${n.charAt(0).toUpperCase()}.`)
    .join('');
  const rest = [clean(p.voorvoegsel), clean(p.geslachtsnaam)].filter(Boolean).join(' ');
  if (initials) return `${initials} ${rest}`;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** The street and place lines, or null when the address is not complete enough to post a letter. */
export function addressLines(adres: Adres | null): [string, string] | null {
  if (!adres) return null;
  const straat = clean(adres.straat);
  const nummer = clean(adres.huisnummer);
  const postcode = clean(adres.postcode).replaceAll(/\s+/g, '').toUpperCase();
  const plaats = clean(adres.woonplaats);
  if (!straat || !nummer || !postcode || !plaats) return null;
  const toevoeging = [clean(adres.huisletter), clean(adres.huisnummertoevoeging)]
    .filter(Boolean)
    .join('-');
  const pc = /^\d{4}[A-Z]{2}$/.test(postcode)
    ? `${postcode.slice(0, 4)} ${postcode.slice(4)}`
    : postcode;
  return [
    `${straat} ${nummer}${toevoeging ? ` ${toevoeging}` : ''}`,
    `${pc}  ${plaats.toUpperCase()}`,
  ];
}

const alive = (p: PersonFacts, today: IsoDate) =>
  p.datumOverlijden === null || compareDates(p.datumOverlijden, today) > 0;

function letterTo(
  people: PersonFacts[],
  rol: Ontvanger['rol'],
  regels: string[],
  weglaten: boolean,
) {
  return {
    ontvangers: people.map((p) => ({ personId: p.id, naam: fullName(p), rol })),
    adresregels: [people.map(initialsName).join(' en '), ...regels],
    redenWeglaten: weglaten,
  };
}

function parentLetters(facts: AddresseeFacts, leeftijd: number, today: IsoDate) {
  const overgeslagen: Overgeslagen[] = [];
  const byAddress = new Map<string, { regels: [string, string]; ouders: ParentFacts[] }>();
  for (const ouder of [...facts.ouders].sort((a, b) => a.rang - b.rang)) {
    const regels = addressLines(ouder.adres);
    if (ouder.gezag === false) overgeslagen.push({ personId: ouder.id, reden: 'geen_gezag' });
    else if (!alive(ouder, today)) overgeslagen.push({ personId: ouder.id, reden: 'overleden' });
    else if (!regels) overgeslagen.push({ personId: ouder.id, reden: 'geen_adres' });
    else {
      const key = regels.join('|').toLowerCase();
      const group = byAddress.get(key) ?? { regels, ouders: [] };
      group.ouders.push(ouder);
      byAddress.set(key, group);
    }
  }
  const weglaten = leeftijd >= ZESTIEN_PLUS && !facts.toestemming16plus;
  const brieven = [...byAddress.values()].map((g) =>
    letterTo(g.ouders, 'ouder', g.regels, weglaten),
  );
  return { brieven, overgeslagen };
}

/**
 * Decides the letters for a case on `today`; fails with `letters.no_addressee` when nobody can be
 * written to (no parent with gezag and a known address, or an adult without one).
 */
export function decideAddressees(
  facts: AddresseeFacts,
  today: IsoDate,
): Result<AddresseeDecision, DomainError> {
  const leeftijd = ageOn(facts.jeugdige.geboortedatum, today);
  let decision: AddresseeDecision;
  if (leeftijd >= MEERDERJARIG) {
    const regels = alive(facts.jeugdige, today) ? addressLines(facts.jeugdige.adres) : null;
    decision = regels
      ? {
          leeftijd,
          brieven: [letterTo([facts.jeugdige], 'jeugdige', regels, false)],
          overgeslagen: [],
        }
      : {
          leeftijd,
          brieven: [],
          overgeslagen: [{ personId: facts.jeugdige.id, reden: 'geen_adres' }],
        };
  } else {
    decision = { leeftijd, ...parentLetters(facts, leeftijd, today) };
  }
  if (decision.brieven.length === 0) {
    return err(
      domainError(
        'letters.no_addressee',
        'conflict',
        leeftijd >= MEERDERJARIG
          ? 'De jongere is 18 jaar of ouder, maar er is geen adres bekend. Er is geen brief gemaakt.'
          : 'Er is geen ouder met gezag en een bekend adres. Er is geen brief gemaakt.',
        { overgeslagen: decision.overgeslagen },
      ),
    );
  }
  return ok(decision);
}
