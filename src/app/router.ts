// A tiny client-side router over the History API: enough for a handful of screens, without a
// dependency. Links are plain <a href> so they work with the keyboard, middle-click and
// screen readers; clicks on same-origin links are intercepted and pushed to history.
import { useEffect, useState } from 'preact/hooks';

type Listener = () => void;
const listeners = new Set<Listener>();

function notify(): void {
  for (const listener of listeners) listener();
}

/** The current path without trailing slash (except for the root). */
export function currentPath(): string {
  const path = location.pathname.replace(/\/+$/, '');
  return path === '' ? '/' : path;
}

/** Moves to a path, adding a history entry (or replacing the current one). */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  notify();
  const hash = new URL(path, location.href).hash;
  if (!hash) {
    window.scrollTo(0, 0);
    return;
  }
  // Let the new screen render (it may load lazily), then bring the named section into view.
  const target = decodeURIComponent(hash.slice(1));
  let tries = 0;
  const reveal = () => {
    const element = document.getElementById(target);
    if (element) element.scrollIntoView();
    else if (++tries < 20) setTimeout(reveal, 50);
  };
  setTimeout(reveal, 0);
}

/** Subscribes to path changes and returns the current path. */
export function usePath(): string {
  const [path, setPath] = useState(currentPath);
  useEffect(() => {
    const update = () => setPath(currentPath());
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return path;
}

/** Intercepts clicks on same-origin links anywhere in the app and routes them in-page. */
export function interceptLinkClicks(root: HTMLElement): () => void {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href, location.href);
    if (url.origin !== location.origin) return;
    event.preventDefault();
    if (url.pathname !== location.pathname || url.hash)
      navigate(url.pathname + url.search + url.hash);
  };
  root.addEventListener('click', onClick);
  return () => root.removeEventListener('click', onClick);
}
