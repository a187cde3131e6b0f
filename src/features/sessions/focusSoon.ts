/** Moves focus to an element by id once the next render has put it on the page. */
export function focusSoon(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}
