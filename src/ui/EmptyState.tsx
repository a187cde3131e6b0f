import type { ComponentChildren, JSX } from 'preact';

/** A short, honest explanation shown where a screen has nothing to show yet. */
export function EmptyState({
  title,
  children,
}: {
  title: string;
  children?: ComponentChildren;
}): JSX.Element {
  return (
    <section class="empty-state">
      <h2 class="empty-state__title">{title}</h2>
      {children}
    </section>
  );
}
