import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { useId } from 'react';

// Charts drawn on the server as SVG from d3-scale and d3-shape: no script needed to see them.
// Each is decoration for sighted readers (aria-hidden): its figure has a text summary and
// a table with the same figures. Series differ by shape and pattern as well as colour.

const width = 720;

export interface WeekPoint {
  /** Label under the bar, e.g. "02/06". */
  label: string;
  received: number;
  finished: number;
}

/** Received as bars, handled as a line with round dots, one step per week. */
export function WeekChart({
  points,
  format,
}: {
  points: WeekPoint[];
  format: (n: number) => string;
}) {
  const height = 260;
  const margin = { top: 16, right: 16, bottom: 40, left: 56 };
  const max = Math.max(1, ...points.map((p) => Math.max(p.received, p.finished)));
  const x = scaleBand<number>()
    .domain(points.map((_, i) => i))
    .range([margin.left, width - margin.right])
    .padding(0.2);
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const centre = (i: number) => (x(i) ?? 0) + x.bandwidth() / 2;
  const path =
    line<WeekPoint>()
      .x((_, i) => centre(i))
      .y((p) => y(p.finished))(points) ?? '';
  const every = Math.max(1, Math.ceil(points.length / 8));
  return (
    <svg
      className="rpt-chart"
      viewBox={`0 0 ${String(width)} ${String(height)}`}
      aria-hidden="true"
      focusable="false"
    >
      {y.ticks(5).map((tick) => (
        <g key={tick}>
          <line
            className="rpt-grid"
            x1={margin.left}
            x2={width - margin.right}
            y1={y(tick)}
            y2={y(tick)}
          />
          <text
            className="rpt-axis-label"
            x={margin.left - 8}
            y={y(tick)}
            dy="0.35em"
            textAnchor="end"
          >
            {format(tick)}
          </text>
        </g>
      ))}
      {points.map((p, i) => (
        <rect
          key={`bar-${String(i)}`}
          className="rpt-bar"
          x={x(i)}
          y={y(p.received)}
          width={x.bandwidth()}
          height={Math.max(0, y(0) - y(p.received))}
        />
      ))}
      <path className="rpt-line" d={path} />
      {points.map((p, i) => (
        <circle
          key={`dot-${String(i)}`}
          className="rpt-dot"
          cx={centre(i)}
          cy={y(p.finished)}
          r={4}
        />
      ))}
      {points.map((p, i) =>
        i % every === 0 ? (
          <text
            key={`label-${String(i)}`}
            className="rpt-axis-label"
            x={centre(i)}
            y={height - margin.bottom + 20}
            textAnchor="middle"
          >
            {p.label}
          </text>
        ) : null,
      )}
      <line className="rpt-axis" x1={margin.left} x2={width - margin.right} y1={y(0)} y2={y(0)} />
    </svg>
  );
}

export interface SplitBar {
  name: string;
  /** The solid part (e.g. on time). */
  solid: number;
  /** The striped part (e.g. late). */
  striped: number;
  /** Text at the end of the bar. */
  valueLabel: string;
}

/** Horizontal bars, each name above its bar; a solid part and a striped part. */
export function SplitBarChart({ bars }: { bars: SplitBar[] }) {
  const patternId = `rpt-hatch-${useId().replace(/[^a-zA-Z0-9_-]/gu, '')}`;
  const rowHeight = 56;
  const margin = { top: 8, right: 16, left: 8 };
  const height = margin.top + bars.length * rowHeight + 8;
  const max = Math.max(1, ...bars.map((b) => b.solid + b.striped));
  const x = scaleLinear()
    .domain([0, max])
    .range([margin.left, width - margin.right - 150]);
  return (
    <svg
      className="rpt-chart"
      viewBox={`0 0 ${String(width)} ${String(height)}`}
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        <pattern
          id={patternId}
          patternUnits="userSpaceOnUse"
          width="8"
          height="8"
          patternTransform="rotate(45)"
        >
          <rect className="rpt-hatch-background" width="8" height="8" />
          <line className="rpt-hatch-line" x1="0" y1="0" x2="0" y2="8" />
        </pattern>
      </defs>
      {bars.map((bar, i) => {
        const top = margin.top + i * rowHeight;
        const solidEnd = x(bar.solid);
        const end = x(bar.solid + bar.striped);
        return (
          <g key={bar.name}>
            <text className="rpt-bar-name" x={margin.left} y={top + 16}>
              {bar.name}
            </text>
            <rect
              className="rpt-bar"
              x={margin.left}
              y={top + 24}
              width={Math.max(0, solidEnd - margin.left)}
              height={22}
            />
            <rect
              className="rpt-bar-striped"
              x={solidEnd}
              y={top + 24}
              width={Math.max(0, end - solidEnd)}
              height={22}
              fill={`url(#${patternId})`}
            />
            <text className="rpt-bar-value" x={end + 8} y={top + 40}>
              {bar.valueLabel}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
