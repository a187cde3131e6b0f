// The shell index.html paints before any script runs (a header and an empty main, marked
// data-boot-shell). POLICY: once the first render is in, none of it may stay behind. The app's
// own header and main take those nodes over (Preact reuses them and drops the marker); a screen
// that replaces the whole app, such as the lock screen or the storage failure, does not, so
// what is left is removed here: never two headers, never two elements with id "main".

/** Removes what is left of the boot shell directly under the app's root after a render. */
export function removeLeftoverShell(root: Element): void {
  for (const node of root.querySelectorAll(':scope > [data-boot-shell]')) node.remove();
}
