// SPDX-License-Identifier: EUPL-1.2
/** SVG bar charts rendered on the server with echarts (no browser), for HTML and PDF alike. */
import * as echarts from 'echarts';

export interface BarSeries {
  naam: string;
  waarden: number[];
}

/** A grouped bar chart as an SVG string: categories on the x axis, one bar per series. */
export function barChartSvg(
  titel: string,
  categorieen: readonly string[],
  series: readonly BarSeries[],
  size: { width: number; height: number } = { width: 640, height: 280 },
): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size });
  chart.setOption({
    animation: false,
    title: { text: titel, left: 0, textStyle: { fontSize: 13, fontFamily: 'Roboto, sans-serif' } },
    aria: { enabled: true, decal: { show: true } },
    legend: series.length > 1 ? { bottom: 0 } : undefined,
    grid: { left: 48, right: 16, top: 40, bottom: series.length > 1 ? 56 : 32, containLabel: true },
    xAxis: {
      type: 'category',
      data: [...categorieen],
      axisLabel: { interval: 0, rotate: categorieen.length > 6 ? 30 : 0 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    color: ['#01689b', '#e17000', '#39870c', '#a90061', '#8fcae7'],
    series: series.map((s) => ({
      type: 'bar',
      name: s.naam,
      data: [...s.waarden],
      label: { show: true, position: 'top' },
    })),
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}
