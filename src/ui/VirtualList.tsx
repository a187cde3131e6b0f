// A windowed list: only the rows near the viewport are in the DOM, so a journal of thousands of
// items scrolls smoothly on a cheap phone. Rows have fixed heights per kind (in rem, so they
// follow the phone's text size); the page itself scrolls, not an inner box.
import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';

/** Props of the windowed list. */
export interface VirtualListProps<T> {
  readonly items: readonly T[];
  /** A row's height in rem. */
  readonly heightRem: (item: T) => number;
  readonly renderRow: (item: T, index: number) => JSX.Element;
  readonly rowKey: (item: T) => string;
  /** Extra rows rendered above and below the viewport. */
  readonly overscan?: number;
  readonly label: string;
}

function rootFontSize(): number {
  return Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/** The first index whose row ends below `y`. */
function firstVisible(offsets: readonly number[], y: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((offsets[mid + 1] ?? Number.POSITIVE_INFINITY) <= y) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The part of the list inside the viewport, in px from the list's top. */
interface View {
  readonly top: number;
  readonly bottom: number;
}

/**
 * Renders only the visible window of a long list. When the items change (a search keystroke),
 * only the rows inside the viewport are rendered first; the overscan rows above and below
 * follow in the next frame, so the results a person is waiting for are painted sooner.
 */
export function VirtualList<T>({
  items,
  heightRem,
  renderRow,
  rowKey,
  overscan = 6,
  label,
}: VirtualListProps<T>): JSX.Element {
  const container = useRef<HTMLUListElement>(null);
  const [remPx, setRemPx] = useState(16);
  const [view, setView] = useState<View>({ top: 0, bottom: 1200 });
  // The items whose overscan rows are rendered; new items (the first ones too) render their
  // visible rows first.
  const [overscanFor, setOverscanFor] = useState<readonly T[] | undefined>(undefined);

  const offsets = useMemo(() => {
    const result = [0];
    let sum = 0;
    for (const item of items) {
      sum += heightRem(item) * remPx;
      result.push(sum);
    }
    return result;
  }, [items, heightRem, remPx]);

  useLayoutEffect(() => setRemPx(rootFontSize()), []);

  useEffect(() => {
    // Runs after the frame that painted the visible rows: now add the overscan.
    setOverscanFor(items);
  }, [items]);

  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const element = container.current;
      if (!element) return;
      const top = element.getBoundingClientRect().top;
      const next = { top: Math.max(0, -top), bottom: Math.max(0, window.innerHeight - top) };
      setView((current) =>
        current.top === next.top && current.bottom === next.bottom ? current : next,
      );
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [offsets]);

  const extra = overscanFor === items ? overscan : 0;
  const start = Math.max(0, firstVisible(offsets, view.top) - extra);
  const end = Math.min(items.length, firstVisible(offsets, view.bottom) + 1 + extra);
  const rows: JSX.Element[] = [];
  for (let index = start; index < end; index++) {
    const item = items[index] as T;
    rows.push(
      <li
        key={rowKey(item)}
        class="virtual-list__row"
        style={{
          transform: `translateY(${offsets[index] ?? 0}px)`,
          height: `${heightRem(item)}rem`,
        }}
        aria-setsize={items.length}
        aria-posinset={index + 1}
      >
        {renderRow(item, index)}
      </li>,
    );
  }
  return (
    <ul
      ref={container}
      class="virtual-list"
      aria-label={label}
      style={{ height: `${offsets[items.length] ?? 0}px` }}
    >
      {rows}
    </ul>
  );
}
