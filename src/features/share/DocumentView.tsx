// Draws a PrintableDocument as HTML: the preview on the Share screen and the print view. Every
// string is placed as a text node (never as HTML), inside `.user-text` so every script and
// direction lays out as typed. The browser lays it out, so print is exact for every script.
import type { JSX } from 'preact';
import { daysBetween } from '../../domain/dates';
import { dayLabel } from '../../domain/summary/labels';
import type { DocumentBlock, PrintableDocument } from '../../export/document';

type Heading = 'h2' | 'h3' | 'h4' | 'h5';

/** The document's blocks; `shift` moves heading levels down to fit the page's outline. */
export function DocumentBlocks({
  doc,
  shift,
}: {
  doc: PrintableDocument;
  shift: 0 | 1;
}): JSX.Element {
  return (
    <div class="summary-doc">
      {doc.blocks.map((block, index) => (
        <Block key={index} block={block} shift={shift} />
      ))}
    </div>
  );
}

function Block({ block, shift }: { block: DocumentBlock; shift: 0 | 1 }): JSX.Element {
  switch (block.kind) {
    case 'heading': {
      const Tag = `h${block.level + shift}` as Heading;
      return <Tag class={`summary-doc__h${block.level} user-text`}>{block.text}</Tag>;
    }
    case 'paragraph':
      if (block.style === 'quote')
        return <blockquote class="summary-doc__quote user-text">{block.text}</blockquote>;
      return <p class={`user-text${block.style === 'muted' ? ' muted' : ''}`}>{block.text}</p>;
    case 'list':
      return (
        <ul class="summary-doc__list">
          {block.items.map((item, i) => (
            <li key={i} class="user-text">
              {item}
            </li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <div class="table-scroll">
          <table class="summary-doc__table">
            <thead>
              <tr>
                {block.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c} class="user-text">
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'chart':
      return <Chart block={block} />;
  }
}

const width = 360;
const height = 150;
const pad = { left: 26, right: 8, top: 18, bottom: 22 };

function Chart({ block }: { block: Extract<DocumentBlock, { kind: 'chart' }> }): JSX.Element {
  const days = [...block.points.map((p) => p.day), ...block.markers.map((m) => m.day)].sort();
  const first = days[0];
  const last = days.at(-1);
  const span = first && last ? Math.max(1, daysBetween(first, last)) : 1;
  const x = (day: string) =>
    pad.left + (first ? (daysBetween(first, day) / span) * (width - pad.left - pad.right) : 0);
  const y = (value: number) =>
    pad.top + ((block.max - value) / (block.max - block.min)) * (height - pad.top - pad.bottom);
  const path = block.points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.day).toFixed(1)} ${y(p.value).toFixed(1)}`)
    .join('');
  const description = `${block.label}: ${block.points.length} days with check-ins${
    first && last ? `, ${dayLabel(first)} to ${dayLabel(last)}` : ''
  }${block.markers.length ? `; ${block.markers.map((m) => `${m.label} on ${dayLabel(m.day)}`).join(', ')}` : ''}.`;
  return (
    <figure class="summary-chart">
      <figcaption>{block.label}</figcaption>
      <svg
        class="summary-chart__svg"
        role="img"
        aria-label={description}
        viewBox={`0 0 ${width} ${height}`}
      >
        {[block.min, (block.min + block.max) / 2, block.max].map((v) => (
          <g key={v} class="summary-chart__grid">
            <line x1={pad.left} x2={width - pad.right} y1={y(v)} y2={y(v)} />
            <text x={pad.left - 4} y={y(v) + 4} text-anchor="end">
              {String(Math.round(v * 10) / 10)}
            </text>
          </g>
        ))}
        {block.markers.map((m) => (
          <g key={`${m.day}${m.label}`} class="summary-chart__marker">
            <line x1={x(m.day)} x2={x(m.day)} y1={pad.top - 4} y2={height - pad.bottom} />
            <text x={x(m.day)} y={pad.top - 6} text-anchor="middle">
              {m.label.replace(/^Session /, 'S')}
            </text>
          </g>
        ))}
        <path class="summary-chart__line" d={path} />
        {block.points.map((p) => (
          <circle key={p.day} class="summary-chart__dot" cx={x(p.day)} cy={y(p.value)} r="3" />
        ))}
        {first && last ? (
          <g class="summary-chart__axis">
            <text x={pad.left} y={height - 6}>
              {dayLabel(first)}
            </text>
            <text x={width - pad.right} y={height - 6} text-anchor="end">
              {dayLabel(last)}
            </text>
          </g>
        ) : null}
      </svg>
    </figure>
  );
}
