// SPDX-License-Identifier: EUPL-1.2
/** The annual report as one self-contained HTML page with server-rendered SVG charts. */
import type { Check } from '../checks.ts';
import type { FullReport } from '../report.sql.ts';
import { shown } from '../suppress.ts';
import { barChartSvg } from './charts.ts';
import {
  bronLabel,
  comparison,
  publishedIndicators,
  statutoryMinimum,
  type PublishedIndicator,
} from './model.ts';

/** Escapes text for HTML. */
export const esc = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const UITKOMST: Record<Check['uitkomst'], string> = {
  geslaagd: 'Geslaagd',
  mislukt: 'Mislukt',
  waarschuwing: 'Waarschuwing',
  overgeslagen: 'Overgeslagen',
};

const STYLE = `body{font-family:Roboto,Arial,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
table{border-collapse:collapse;margin:0.5rem 0 1rem}th,td{border:1px solid #b3b3b3;padding:0.25rem 0.5rem;text-align:left}
td.n{text-align:right}caption{text-align:left;font-weight:bold}.def{color:#444;font-size:0.9rem}
.infographic{page-break-before:always;border:2px solid #01689b;padding:1rem;margin-top:2rem}
.cijfer{font-size:2rem;font-weight:bold;color:#01689b}.blok{display:inline-block;width:30%;vertical-align:top;margin:0.5rem}
.mislukt{color:#a90000;font-weight:bold}.let-op{border-left:4px solid #e17000;padding-left:0.5rem}`;

/** Renders the report (region, or one gemeente) as HTML. */
export function renderHtml(report: FullReport): string {
  const naam = (code: string) => report.gemeenten.find((g) => g.code === code)?.naam ?? code;
  const scope = report.gemeente
    ? `gemeente ${naam(report.gemeente)}`
    : (report.regio ?? 'de regio');
  const published = publishedIndicators(report);
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8">
<title>Jaarverslag leerplicht ${esc(report.schooljaar)} – ${esc(scope)}</title><style>${STYLE}</style></head><body><main>
<h1>Jaarverslag leerplicht ${esc(report.schooljaar)} – ${esc(scope)}</h1>
<p>Verslag volgens artikel 25 van de Leerplichtwet 1969. Gemaakt op ${esc(report.gemaakt)}. Alle cijfers zijn berekend uit de gegevens in Aanwezig.</p>
${status(report)}
${minimum(report, report.gemeente)}
${checks(report.controles)}
<h2>Vergelijking met vorige schooljaren</h2>
${comparisonTable(report)}
${published.map((p) => section(p, naam)).join('\n')}
${report.gemeente ? '' : report.gemeenten.map((g) => infographic(report, g.code, g.naam)).join('\n')}
</main></body></html>`;
}

function status(report: FullReport): string {
  if (!report.publicatie) {
    return '<p class="let-op">Dit schooljaar is nog niet gepubliceerd: de cijfers kunnen nog veranderen.</p>';
  }
  const p = report.publicatie;
  const override = p.overschrevenDoor
    ? ` Gepubliceerd ondanks een mislukte controle door ${esc(p.overschrevenDoor)}: ${esc(p.overschrijfReden ?? '')}.`
    : '';
  const diff = report.afwijkendVanPublicatie.length
    ? ` Afwijkend van de publicatie: ${esc(report.afwijkendVanPublicatie.join(', '))}.`
    : '';
  return `<p class="let-op">Gepubliceerd op ${esc(p.gepubliceerdOp.slice(0, 10))} door ${esc(p.gepubliceerdDoor)} (versie ${p.versie}).${override} Dit verslag is een herberekening; de bevroren cijfers van de publicatie gelden.${diff}</p>`;
}

function minimum(report: FullReport, gemeente?: string): string {
  const lines = statutoryMinimum(report, gemeente);
  return `<h2>Wettelijk minimum (art. 25 lid 2 Leerplichtwet)</h2><table><caption>Wettelijk minimum ${esc(report.schooljaar)}</caption>
<thead><tr><th scope="col">Onderdeel</th><th scope="col">Indicator</th><th scope="col">Aantal</th></tr></thead><tbody>
${lines.map((l) => `<tr><td>${esc(l.label)}</td><td>${l.id}</td><td class="n">${esc(l.waarde)}</td></tr>`).join('')}</tbody></table>`;
}

function checks(list: readonly Check[]): string {
  const rows = list
    .map(
      (c) =>
        `<tr><td>${esc(c.titel)}</td><td class="${c.uitkomst}">${UITKOMST[c.uitkomst]}</td><td>${esc(c.toelichting)}${
          c.details.length
            ? `<ul>${c.details
                .slice(0, 10)
                .map((d) => `<li>${esc(d)}</li>`)
                .join('')}</ul>`
            : ''
        }</td></tr>`,
    )
    .join('');
  return `<h2>Controles</h2><table><caption>Controles voor publicatie</caption><thead><tr><th scope="col">Controle</th><th scope="col">Uitkomst</th><th scope="col">Toelichting</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function comparisonTable(report: FullReport): string {
  const years = report.vergelijking;
  const head = years
    .map(
      (y) =>
        `<th scope="col">${esc(y.schooljaar)}<br><span class="def">${esc(bronLabel(y.bron, y.gepubliceerdOp))}</span></th>`,
    )
    .join('');
  const body = comparison(report)
    .map(
      (r) =>
        `<tr><th scope="row">${r.id} ${esc(r.titel)}</th>${r.waarden.map((w) => `<td class="n">${esc(w)}</td>`).join('')}<td class="n">${esc(r.verandering)}</td></tr>`,
    )
    .join('');
  return `<table><caption>Totalen per schooljaar</caption><thead><tr><th scope="col">Indicator</th>${head}<th scope="col">Verandering</th></tr></thead><tbody>${body}</tbody></table>`;
}

function section({ indicator, table }: PublishedIndicator, naam: (code: string) => string): string {
  const head = `<h2 id="${indicator.id}">${indicator.id} ${esc(indicator.titel)}</h2>`;
  if (!table) {
    return `${head}<p class="let-op">${esc(indicator.geenGegevens ?? 'Geen gegevens.')}</p>`;
  }
  const def = `<p class="def">${esc(indicator.definitie)} Eenheid: ${esc(indicator.eenheid)}.${indicator.peildatum ? ` Peildatum ${esc(indicator.peildatum)}.` : ''}</p>`;
  if (!table.kolommen.length) return `${head}${def}<p>In dit schooljaar: 0.</p>`;
  const cols = table.kolommen.length;
  const rowLabel = (code: string) => (code === 'regio' ? 'Regio' : `${esc(naam(code))} (${code})`);
  const body = table.rijen
    .map(
      (g, r) =>
        `<tr><th scope="row">${rowLabel(g)}</th>${table.cellen[r]!.map((v, c) => `<td class="n">${shown(table, r, c, v)}</td>`).join('')}<td class="n">${shown(table, r, cols, table.rijTotalen[r]!)}</td></tr>`,
    )
    .join('');
  const foot = `<tr><th scope="row">Totaal</th>${table.kolomTotalen.map((v, c) => `<td class="n">${shown(table, table.rijen.length, c, v)}</td>`).join('')}<td class="n">${shown(table, table.rijen.length, cols, table.totaal)}</td></tr>`;
  const chartValues = table.kolomTotalen.map((v, c) =>
    table.verborgen[table.rijen.length]![c] ? 0 : v,
  );
  const chart = barChartSvg(`${indicator.id} ${indicator.titel}`, table.kolommen, [
    { naam: 'aantal', waarden: chartValues },
  ]);
  return `${head}${def}<table><caption>${indicator.id} ${esc(indicator.titel)} per gemeente</caption><thead><tr><th scope="col">Gemeente</th>${table.kolommen
    .map((k) => `<th scope="col">${esc(k)}</th>`)
    .join(
      '',
    )}<th scope="col">Totaal</th></tr></thead><tbody>${body}</tbody><tfoot>${foot}</tfoot></table>
<figure role="img" aria-label="Staafdiagram ${esc(indicator.titel)}, totaal per categorie">${chart}</figure>`;
}

function infographic(report: FullReport, code: string, naam: string): string {
  const lines = statutoryMinimum(report, code);
  return `<section class="infographic" aria-labelledby="info-${code}"><h2 id="info-${code}">${esc(naam)} in cijfers, ${esc(report.schooljaar)}</h2>
${lines.map((l) => `<div class="blok"><div class="cijfer">${esc(l.waarde)}</div><div>${esc(l.label)}</div></div>`).join('')}
</section>`;
}
