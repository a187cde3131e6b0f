// saveFile: the share sheet when files can be shared, a download otherwise; closing the share
// sheet is not a failure and downloads nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveFile } from '../../../../src/ui/saveFile';
import { captureDownloads, captureShares, removeShareStubs } from './calendarCapture';

const file = () => new File(['BEGIN:VCALENDAR\r\n'], 'waypoint-x.ics', { type: 'text/calendar' });

afterEach(() => removeShareStubs());

describe('saveFile', () => {
  it('downloads the file under its own name when the browser cannot share files', async () => {
    const downloads = captureDownloads();
    expect(await saveFile(file())).toBe('downloaded');
    expect(downloads.downloads).toEqual(['waypoint-x.ics']);
    expect(await downloads.files[0]?.text()).toBe('BEGIN:VCALENDAR\r\n');
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('hands the file to the share sheet when it can take files', async () => {
    const downloads = captureDownloads();
    const shares = captureShares();
    expect(await saveFile(file(), { title: 'Waypoint reminders' })).toBe('shared');
    expect(shares.files.map((f) => [f.name, f.type])).toEqual([
      ['waypoint-x.ics', 'text/calendar'],
    ]);
    expect(downloads.downloads).toEqual([]);
  });

  it('does nothing more when the share sheet is closed', async () => {
    const downloads = captureDownloads();
    captureShares('cancelled');
    expect(await saveFile(file())).toBe('cancelled');
    expect(downloads.downloads).toEqual([]);
  });

  it('falls back to a download when sharing fails for another reason', async () => {
    const downloads = captureDownloads();
    Object.defineProperty(navigator, 'canShare', { configurable: true, value: () => true });
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: vi.fn(async () => {
        throw new DOMException('No user gesture', 'NotAllowedError');
      }),
    });
    expect(await saveFile(file())).toBe('downloaded');
    expect(downloads.downloads).toEqual(['waypoint-x.ics']);
  });

  it('downloads when asked to, even if it could share', async () => {
    const downloads = captureDownloads();
    const shares = captureShares();
    expect(await saveFile(file(), { preferDownload: true })).toBe('downloaded');
    expect(shares.files).toEqual([]);
    expect(downloads.downloads).toEqual(['waypoint-x.ics']);
  });
});
