// A save in flight, without touching the screen at the moment Save is tapped: re-rendering the
// form to "Saving…" (and disabling its button, which moves focus) costs a slow phone a whole
// frame before the transaction even starts, and most saves finish well inside that frame's time.
// A second tap is refused at once; "Saving…" shows only when a save takes longer than a beat.
import { useRef, useState } from 'preact/hooks';

/** How long a save runs before the form says "Saving…". */
export const savingShownAfterMs = 300;

/** A save guard: `run` refuses a second save while one runs; `saving` is true once it lingers. */
export function useSaveInFlight(): {
  readonly saving: boolean;
  readonly busy: () => boolean;
  readonly run: (save: () => Promise<void>) => Promise<void>;
} {
  const inFlight = useRef(false);
  const [saving, setSaving] = useState(false);
  return {
    saving,
    busy: () => inFlight.current,
    async run(save) {
      if (inFlight.current) return;
      inFlight.current = true;
      let shown = false;
      const timer = setTimeout(() => {
        shown = true;
        setSaving(true);
      }, savingShownAfterMs);
      try {
        await save();
      } finally {
        clearTimeout(timer);
        inFlight.current = false;
        if (shown) setSaving(false);
      }
    },
  };
}
