// "Storage on this phone" in Settings: persistence in plain words with "Ask again", space used and
// free, the warning above 80 %, and the iPhone hint (the home-screen app starts empty).
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MovingSection, StorageSection } from '../../../../src/features/storage/StorageSection';
import { formatBytes, usedShare } from '../../../../src/features/storage/useStorageStatus';

type StorageStub = {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<StorageEstimate>;
};

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';

function stubStorage(storage: StorageStub | undefined): void {
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
}

function stubUserAgent(userAgent: string, maxTouchPoints = 5): void {
  Object.defineProperty(navigator, 'userAgent', { value: userAgent, configurable: true });
  Object.defineProperty(navigator, 'maxTouchPoints', { value: maxTouchPoints, configurable: true });
}

afterEach(() => {
  for (const key of ['storage', 'userAgent', 'maxTouchPoints']) {
    delete (navigator as unknown as Record<string, unknown>)[key];
  }
});

const GB = 1_000_000_000;

describe('StorageSection', () => {
  it('shows "not protected", the space, and the warning at 85 % used', async () => {
    stubStorage({
      persisted: async () => false,
      persist: async () => false,
      estimate: async () => ({ usage: 0.85 * GB, quota: GB }),
    });
    render(<StorageSection />);
    expect(await screen.findByText(/^Not protected: the browser may clear/)).toBeTruthy();
    expect(screen.getByTestId('storage-protection').textContent).toContain(
      'Install Waypoint and back up regularly.',
    );
    expect(screen.getByTestId('storage-space').textContent).toBe(
      'Space used: 850 MB. Free for Waypoint: 150 MB.',
    );
    expect(screen.getByRole('alert').textContent).toContain('Storage is 85 % full. Back up now');
    expect(screen.getByRole('button', { name: 'Ask again' })).toBeTruthy();
  });

  it('shows "protected" and no warning below 80 %', async () => {
    stubStorage({
      persisted: async () => true,
      estimate: async () => ({ usage: 0.8 * GB, quota: GB }),
    });
    render(<StorageSection />);
    expect(
      await screen.findByText(
        "Protected: the browser will not clear Waypoint's data to free space.",
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ask again' })).toBeNull();
  });

  it('"Ask again" calls persist() and shows protection once the browser agrees', async () => {
    let granted = false;
    const persist = vi.fn(async () => {
      granted = true;
      return true;
    });
    stubStorage({
      persisted: async () => granted,
      persist,
      estimate: async () => ({ usage: 1000, quota: GB }),
    });
    render(<StorageSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Ask again' }));
    expect(await screen.findByText(/^Protected: the browser will not clear/)).toBeTruthy();
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('"Ask again" says plainly when the browser refuses, or throws', async () => {
    const persist = vi
      .fn<() => Promise<boolean>>()
      .mockResolvedValueOnce(false)
      .mockRejectedValueOnce(new DOMException('no', 'NotAllowedError'));
    stubStorage({ persisted: async () => false, persist });
    render(<StorageSection />);
    const button = await screen.findByRole('button', { name: 'Ask again' });
    fireEvent.click(button);
    expect((await screen.findByRole('status')).textContent).toContain('The browser said no.');
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    await waitFor(() => expect(persist).toHaveBeenCalledTimes(2));
    expect((await screen.findByRole('status')).textContent).toContain('The browser said no.');
    expect(screen.getByTestId('storage-protection').textContent).toMatch(/^Not protected/);
  });

  it('says what it cannot know where the browser has no storage API', async () => {
    stubStorage(undefined);
    render(<StorageSection />);
    expect(
      await screen.findByText(/This browser does not say whether it may clear Waypoint's data/),
    ).toBeTruthy();
    expect(screen.queryByTestId('storage-space')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('in Safari on iPhone, suggests installing and warns that the home-screen app starts empty', async () => {
    stubStorage({ persisted: async () => false, estimate: async () => ({ usage: 1, quota: GB }) });
    stubUserAgent(IPHONE_SAFARI);
    render(<StorageSection />);
    const hint = await screen.findByTestId('ios-storage-hint');
    expect(hint.textContent).toContain('The home-screen app starts empty');
    expect(hint.textContent).toContain('Removing the home-screen icon removes its data too.');
    expect(screen.getByRole('link', { name: 'back up here' }).getAttribute('href')).toBe(
      '/settings/backup',
    );
    expect(screen.getByRole('link', { name: 'how to install' }).getAttribute('href')).toBe(
      '/settings#install',
    );
  });

  it('shows no iPhone hint in other browsers, nor in Chrome on iPhone', async () => {
    stubStorage({ persisted: async () => true });
    stubUserAgent(IPHONE_SAFARI.replace('Version/17.4', 'CriOS/124.0'));
    render(<StorageSection />);
    await screen.findByText(/^Protected/);
    expect(screen.queryByTestId('ios-storage-hint')).toBeNull();
  });
});

describe('MovingSection', () => {
  it('explains the move with links to back up and to import', () => {
    render(<MovingSection />);
    expect(screen.getByRole('heading', { name: 'Moving to a new phone' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'back up your journal' }).getAttribute('href')).toBe(
      '/settings/backup',
    );
    expect(screen.getByRole('link', { name: 'Restore or import' }).getAttribute('href')).toBe(
      '/settings/import',
    );
  });
});

describe('formatting', () => {
  it.each([
    [0, '0 kB'],
    [850, '0.9 kB'],
    [12_345, '12 kB'],
    [999_999, '1,000 kB'],
    [1_500_000, '1.5 MB'],
    [3_100_000_000, '3.1 GB'],
  ])('formatBytes(%d) is %s', (bytes, text) => {
    expect(formatBytes(bytes, 'en-US')).toBe(text);
  });

  it('usedShare needs both numbers and a quota above zero', () => {
    expect(usedShare({ persisted: true, usageBytes: 85, quotaBytes: 100 })).toBe(0.85);
    expect(usedShare({ persisted: true, usageBytes: 85, quotaBytes: undefined })).toBeUndefined();
    expect(usedShare({ persisted: true, usageBytes: 1, quotaBytes: 0 })).toBeUndefined();
  });
});
