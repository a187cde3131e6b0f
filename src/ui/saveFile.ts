// Hands a file the app made (a calendar file, an export) to the user without any server:
// through the phone's share sheet when the browser can share files (so "Calendar" or "Files"
// can take it), otherwise as an ordinary download. Nothing is uploaded either way.

/** How a file reached the user. */
export type SaveOutcome = 'shared' | 'downloaded' | 'cancelled';

/** What the share sheet shows next to the file. */
export interface SaveFileOptions {
  /** The share sheet's title. */
  readonly title?: string;
  /** A short neutral line for apps that show text with the file. */
  readonly text?: string;
  /** Skip the share sheet and download (a user's explicit "download" choice). */
  readonly preferDownload?: boolean;
}

/** Gives the file to the user: the share sheet when files can be shared, else a download. */
export async function saveFile(file: File, opts: SaveFileOptions = {}): Promise<SaveOutcome> {
  if (!opts.preferDownload && canShareFile(file)) {
    try {
      const data: ShareData = { files: [file] };
      if (opts.title) data.title = opts.title;
      if (opts.text) data.text = opts.text;
      await navigator.share(data);
      return 'shared';
    } catch (error) {
      // Closing the share sheet is a choice, not a failure: nothing else happens.
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
      // Anything else (no user gesture left, a refused type): the download still works.
    }
  }
  downloadFile(file);
  return 'downloaded';
}

function canShareFile(file: File): boolean {
  if (typeof navigator === 'undefined' || typeof navigator.share !== 'function') return false;
  if (typeof navigator.canShare !== 'function') return false;
  try {
    return navigator.canShare({ files: [file] });
  } catch {
    return false;
  }
}

/** Starts a download of the file with its own name (a blob: URL, so it never leaves the phone). */
export function downloadFile(file: File): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
