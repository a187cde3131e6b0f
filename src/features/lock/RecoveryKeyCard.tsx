import type { JSX } from 'preact';
import { useState } from 'preact/hooks';

/** Shows a new recovery key once, with a copy button; it is never shown again. */
export function RecoveryKeyCard({
  recoveryKey,
  onDone,
}: {
  recoveryKey: string;
  onDone: () => void;
}): JSX.Element {
  const [copied, setCopied] = useState<string>();
  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(recoveryKey);
      setCopied('Copied. Paste it somewhere safe, away from this phone, then clear the clipboard.');
    } catch {
      setCopied('Copying is not allowed here. Write the key down instead.');
    }
  }
  return (
    <section class="card card--notice" aria-labelledby="recovery-key-title">
      <h2 id="recovery-key-title">Your recovery key</h2>
      <p>
        Write this down or keep it in a password manager. It is shown only now. If you forget your
        passcode, this key is the only way back into your journal.
      </p>
      <p class="recovery-key" data-testid="recovery-key">
        {recoveryKey}
      </p>
      <div class="actions">
        <button type="button" class="button" onClick={() => void copy()}>
          Copy recovery key
        </button>
        <button type="button" class="button button--primary" onClick={onDone}>
          I have saved it
        </button>
      </div>
      <p class="draft-status" role="status">
        {copied}
      </p>
    </section>
  );
}
