// Readies a form's save while the person fills the form in: the save-time linking code and the
// session timings are loaded in idle time, so tapping Save runs only the save's own write.
import { useEffect } from 'preact/hooks';
import { useServices } from '../../app/services';

/** Prepares the repositories' linked saves once the screen is idle (never blocks typing). */
export function usePreparedSaves(): void {
  const { repos } = useServices();
  useEffect(() => {
    // A failure here only means the save does this work itself, as it always could.
    const prepare = () => void repos.prepareSaves().catch(() => undefined);
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(prepare, { timeout: 2000 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(prepare, 500);
    return () => clearTimeout(timer);
  }, [repos]);
}
