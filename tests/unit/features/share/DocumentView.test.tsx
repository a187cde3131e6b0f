import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { PrintableDocument } from '../../../../src/export/document';
import { DocumentBlocks } from '../../../../src/features/share/DocumentView';

const payload = '<img src=x onerror=alert(1)>';

const doc: PrintableDocument = {
  title: 'Summary for my therapist',
  rangeLabel: '1 Nov 2026 – 27 Nov 2026',
  footer: 'Prepared by the client with Waypoint',
  blocks: [
    { kind: 'heading', level: 2, text: `Topics ${payload}` },
    { kind: 'heading', level: 3, text: 'שלום · مرحبا · 今日は · 🌊' },
    { kind: 'paragraph', text: payload, style: 'quote' },
    { kind: 'list', items: [payload, payload] },
    { kind: 'table', columns: ['A', 'B'], rows: [[payload, '<script>x</script>']] },
    {
      kind: 'chart',
      label: 'Mood by day',
      min: 1,
      max: 10,
      points: [
        { day: '2026-11-01', value: 4 },
        { day: '2026-11-03', value: 8 },
      ],
      markers: [{ day: '2026-11-02', label: 'Session 1' }],
    },
  ],
};

describe('DocumentBlocks', () => {
  it('places every string as text, never as markup', () => {
    const { container } = render(<DocumentBlocks doc={doc} shift={0} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('blockquote')?.textContent).toBe(payload);
    expect(container.querySelectorAll('li')).toHaveLength(2);
    expect(container.querySelector('td')?.textContent).toBe(payload);
    expect(container.querySelector('h3')?.textContent).toBe('שלום · مرحبا · 今日は · 🌊');
  });

  it('moves headings down a level inside the preview', () => {
    const { container } = render(<DocumentBlocks doc={doc} shift={1} />);
    expect(container.querySelector('h3')?.textContent).toBe(`Topics ${payload}`);
    expect(container.querySelector('h4')?.textContent).toBe('שלום · مرحبا · 今日は · 🌊');
    expect(container.querySelector('h2')).toBeNull();
  });

  it('draws the chart with one dot per day and a described session marker', () => {
    const { container } = render(<DocumentBlocks doc={doc} shift={0} />);
    const svg = container.querySelector('svg[role="img"]');
    expect(svg?.getAttribute('aria-label')).toBe(
      'Mood by day: 2 days with check-ins, 1 Nov 2026 to 3 Nov 2026; Session 1 on 2 Nov 2026.',
    );
    expect(container.querySelectorAll('circle')).toHaveLength(2);
    expect(container.querySelector('.summary-chart__marker text')?.textContent).toBe('S1');
  });
});
