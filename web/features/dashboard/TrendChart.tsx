// SPDX-License-Identifier: EUPL-1.2
/** Bars per month (SVG); the table beside it carries the same numbers for screen readers. */
export interface Series {
  label: string;
  color: string;
  values: number[];
}

export function TrendChart({
  months,
  series,
  title,
}: {
  months: string[];
  series: Series[];
  title: string;
}) {
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const groupWidth = 48;
  const barWidth = (groupWidth - 8) / series.length;
  const height = 160;
  const width = Math.max(groupWidth * months.length, 200);
  return (
    <figure style={{ margin: '1rem 0' }}>
      <svg
        role="img"
        aria-label={`${title}: staafdiagram, de cijfers staan in de tabel eronder`}
        viewBox={`0 0 ${width} ${height + 24}`}
        style={{ maxWidth: '100%', height: 'auto' }}
      >
        {months.map((m, i) =>
          series.map((s, j) => {
            const h = ((s.values[i] ?? 0) / max) * height;
            return (
              <rect
                key={`${m}-${s.label}`}
                x={i * groupWidth + 4 + j * barWidth}
                y={height - h}
                width={barWidth - 2}
                height={h}
                fill={s.color}
              />
            );
          }),
        )}
        {months.map((m, i) => (
          <text
            key={m}
            x={i * groupWidth + groupWidth / 2}
            y={height + 16}
            fontSize="10"
            textAnchor="middle"
          >
            {m.slice(2)}
          </text>
        ))}
      </svg>
      <figcaption className="utrecht-paragraph aw-muted">
        {series.map((s) => (
          <span key={s.label} style={{ marginInlineEnd: '1rem' }}>
            <span
              aria-hidden="true"
              style={{
                display: 'inline-block',
                width: 12,
                height: 12,
                background: s.color,
                marginInlineEnd: 4,
              }}
            />
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
