import { act, cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VirtualList } from '../../../src/ui/VirtualList';

const rowPx = 100; // 6.25rem at 16 px
const items = (count: number, prefix = 'item') =>
  Array.from({ length: count }, (_, i) => `${prefix} ${i}`);

/** Renders the list with its top `listTop` px below the top of an 800 px viewport. */
function renderList(list: readonly string[], listTop: number) {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
    top: listTop,
  } as DOMRect);
  return render(
    <VirtualList
      items={list}
      heightRem={() => rowPx / 16}
      rowKey={(item) => item}
      renderRow={(item) => <span>{item}</span>}
      overscan={3}
      label="Things"
    />,
  );
}

/** Waits for effects (after the next frame) and what they render. */
const nextFrames = () =>
  act(async () => {
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  });

const shown = (container: Element) =>
  [...container.querySelectorAll('li')].map((li) => li.textContent);

beforeEach(() => {
  vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(800);
});

afterEach(cleanup);

describe('VirtualList', () => {
  it('renders the rows inside the viewport, then the overscan below them', async () => {
    const { container } = renderList(items(1000), 500);
    await nextFrames();
    // 300 px of list are on screen: rows 0-2, and the row the edge cuts, then 3 more.
    expect(shown(container)).toEqual(items(7));
    expect(container.querySelector('ul')?.style.height).toBe(`${1000 * rowPx}px`);
  });

  it('paints new items (a search keystroke) visible rows first, overscan in the next frame', async () => {
    const { container, rerender } = renderList(items(1000), 500);
    await nextFrames();
    const found = items(50, 'found');
    const renderRow = vi.fn((item: string) => <span>{item}</span>);
    rerender(
      <VirtualList
        items={found}
        heightRem={() => rowPx / 16}
        rowKey={(item) => item}
        renderRow={renderRow}
        overscan={3}
        label="Things"
      />,
    );
    await nextFrames();
    const rendered = renderRow.mock.calls.map(([item]) => item);
    // The first pass renders the four rows on screen only; the next adds the overscan.
    expect(rendered.slice(0, 5)).toEqual([...items(4, 'found'), 'found 0']);
    expect(shown(container)).toEqual(items(7, 'found'));
  });

  it('renders the window around the scroll position, never the whole list', async () => {
    const { container } = renderList(items(1000), -50_000);
    await nextFrames();
    const texts = shown(container);
    expect(texts[0]).toBe('item 497');
    expect(texts.at(-1)).toBe('item 511');
    expect(texts).toHaveLength(15);
  });
});
