import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** A screen's frame: its single h1 (focused on arrival, for screen readers) and content. */
export function Screen({
  title,
  lead,
  children,
}: {
  title: string;
  lead?: ComponentChildren;
  children?: ComponentChildren;
}): JSX.Element {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = title === 'Today' ? 'Waypoint' : `${title} · Waypoint`;
    // Move focus to the new screen's heading unless the user is typing somewhere.
    if (document.activeElement === document.body || document.activeElement?.closest('nav')) {
      heading.current?.focus({ preventScroll: true });
    }
  }, [title]);
  return (
    <div class="screen">
      <h1 class="screen__title" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {lead ? <div class="screen__lead">{lead}</div> : null}
      {children}
    </div>
  );
}
