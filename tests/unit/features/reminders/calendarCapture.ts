// Catches the calendar file the app hands to the user, through either path of saveFile:
// the share sheet (navigator.canShare/share stubbed) or a download (<a download> clicked).
import ICAL from 'ical.js';
import { vi } from 'vitest';

/** What the capture saw. */
export interface CalendarCapture {
  readonly files: File[];
  readonly downloads: string[];
}

/** Captures downloads: the blob behind the link and the name it would be saved as. */
export function captureDownloads(): CalendarCapture {
  const capture: CalendarCapture = { files: [], downloads: [] };
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob instanceof File) capture.files.push(blob);
    capture.downloads.push(this.download);
  });
  return capture;
}

/** Makes the browser able to share files; `result` decides how the share sheet ends. */
export function captureShares(result: 'shared' | 'cancelled' = 'shared'): CalendarCapture {
  const capture: CalendarCapture = { files: [], downloads: [] };
  Object.defineProperty(navigator, 'canShare', {
    configurable: true,
    value: (data: ShareData) => Array.isArray(data.files) && data.files.length > 0,
  });
  Object.defineProperty(navigator, 'share', {
    configurable: true,
    value: async (data: ShareData) => {
      capture.files.push(...(data.files ?? []));
      if (result === 'cancelled') throw new DOMException('Share canceled', 'AbortError');
    },
  });
  return capture;
}

/** Removes the share stubs again. */
export function removeShareStubs(): void {
  Reflect.deleteProperty(navigator, 'canShare');
  Reflect.deleteProperty(navigator, 'share');
}

/** The events of a calendar file, parsed by ical.js. */
export async function parseCalendarFile(file: File): Promise<ICAL.Event[]> {
  const text = await file.text();
  return new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents('vevent')
    .map((component) => new ICAL.Event(component));
}
