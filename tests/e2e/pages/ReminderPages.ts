// Page models of reminders: the Reminders card in Settings, the session's "Add to calendar",
// and reading a calendar file the app downloaded or shared, parsed by ical.js.
import { readFile } from 'node:fs/promises';
import { type Download, expect, type Locator, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { AppShell } from './AppShell';

/** A calendar file as the test reads it: raw text and its parsed events. */
export interface CalendarFile {
  readonly name: string;
  readonly text: string;
  readonly events: ICAL.Event[];
}

/** Parses calendar text with ical.js. */
export function parseCalendar(name: string, text: string): CalendarFile {
  const events = new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents('vevent')
    .map((component) => new ICAL.Event(component));
  return { name, text, events };
}

/** Reads a finished download as a calendar file. */
export async function readCalendarDownload(download: Download): Promise<CalendarFile> {
  const path = await download.path();
  return parseCalendar(download.suggestedFilename(), await readFile(path, 'utf8'));
}

/** The Reminders card of Settings. */
export class RemindersSettings {
  readonly shell: AppShell;
  readonly section: Locator;
  readonly reminderTime: Locator;
  readonly checkInTime: Locator;
  readonly addDailyButton: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.section = page.getByRole('region', { name: 'Reminders' });
    this.reminderTime = this.section.getByLabel('Reminder time', { exact: true });
    this.checkInTime = this.section.getByLabel('Daily check-in time');
    this.addDailyButton = this.section.getByRole('button', {
      name: 'Add daily check-in reminder to calendar',
    });
  }

  /** Opens Settings and waits until the stored reminder settings have loaded. */
  async open(): Promise<void> {
    await this.shell.open('/settings', 'Settings');
    await expect(this.reminderTime).toBeEnabled();
  }

  /** Sets the reminder time and waits until it is saved. */
  async setReminderTime(time: string): Promise<void> {
    await this.reminderTime.fill(time);
    await expect(this.section.getByText(`Reminders will be at ${time}.`)).toBeVisible();
  }

  /** Adds the daily check-in reminder at a time and returns the downloaded file. */
  async downloadDailyReminder(time: string): Promise<CalendarFile> {
    await this.checkInTime.fill(time);
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.addDailyButton.click(),
    ]);
    return readCalendarDownload(download);
  }
}

/** The Reminders section of one session's screen. */
export class SessionCalendar {
  readonly section: Locator;
  readonly addButton: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Reminders' });
    this.addButton = this.section.getByRole('button', { name: 'Add to calendar' });
  }

  /** Taps "Add to calendar" and returns the downloaded file. */
  async download(): Promise<CalendarFile> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.addButton.click(),
    ]);
    return readCalendarDownload(download);
  }
}

/** What a stubbed share sheet received, as the page recorded it. */
export interface SharedFile {
  readonly name: string;
  readonly type: string;
  readonly text: string;
}

/**
 * Makes the page able to share files (before any script runs): navigator.canShare says yes to
 * files and navigator.share records what it was given, for `sharedFiles` to read.
 */
export async function stubFileSharing(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shared: { name: string; type: string; text: string }[] = [];
    Object.assign(window, { __sharedFiles: shared });
    Object.defineProperty(navigator, 'canShare', {
      configurable: true,
      value: (data: ShareData) => Array.isArray(data.files) && data.files.length > 0,
    });
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async (data: ShareData) => {
        for (const file of data.files ?? []) {
          shared.push({ name: file.name, type: file.type, text: await file.text() });
        }
      },
    });
  });
}

/** The files the stubbed share sheet received. */
export function sharedFiles(page: Page): Promise<SharedFile[]> {
  return page.evaluate(() => (window as unknown as { __sharedFiles: SharedFile[] }).__sharedFiles);
}
