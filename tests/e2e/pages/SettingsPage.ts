// Page model of Settings: the theme choice under Appearance, and the Install section (#install).
import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

/** The labels of the theme choices, as Settings shows them. */
export type ThemeLabel = 'Same as this device' | 'Light' | 'Dark';

/** The Settings screen. */
export class SettingsPage {
  readonly shell: AppShell;
  /** The Appearance card's theme choices. */
  readonly themeGroup: Locator;
  /** The Install card, the target of the "How to install" link (/settings#install). */
  readonly installSection: Locator;
  readonly installButton: Locator;
  readonly installedMessage: Locator;
  /** Shown when the browser has offered nothing: the app already works offline. */
  readonly noPromptMessage: Locator;
  /** The iPhone and iPad Safari guide. */
  readonly homeScreenGuide: Locator;
  readonly homeScreenSteps: Locator;
  readonly separateStorageWarning: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.themeGroup = page.getByRole('group', { name: 'Theme' });
    this.installSection = page.getByRole('region', { name: 'Install', exact: true });
    this.installButton = this.installSection.getByRole('button', { name: 'Install Waypoint' });
    this.installedMessage = this.installSection.getByText('Waypoint is installed on this device.');
    this.noPromptMessage = this.installSection.getByText(
      'Waypoint already works offline in this browser.',
    );
    this.homeScreenGuide = this.installSection.getByText(
      'To add Waypoint to your home screen in Safari:',
    );
    this.homeScreenSteps = this.installSection.getByRole('listitem');
    this.separateStorageWarning = this.installSection.getByText(
      'The home-screen app keeps its own storage, separate from Safari',
    );
  }

  /** Opens Settings and waits until the stored theme has loaded (the choices are enabled). */
  async open(): Promise<void> {
    await this.shell.open('/settings', 'Settings');
    await expect(this.themeOption('Light')).toBeEnabled();
  }

  /** The radio button of one theme choice. */
  themeOption(label: ThemeLabel): Locator {
    return this.themeGroup.getByRole('radio', { name: label, exact: true });
  }

  /** Chooses a theme the way a user does: by tapping its label. */
  async chooseTheme(label: ThemeLabel): Promise<void> {
    await this.themeGroup.getByText(label, { exact: true }).click();
    await expect(this.themeOption(label)).toBeChecked();
  }
}
