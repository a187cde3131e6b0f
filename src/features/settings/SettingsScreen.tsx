import type { JSX } from 'preact';
import { type ThemeChoice, themeChoices } from '../../domain/theme';
import { Screen } from '../../ui/Screen';
import { FocusAreasSection } from '../checkins/FocusAreasSection';
import { CadenceSection } from '../questionnaires/CadenceSection';
import { RemindersSection } from '../reminders/RemindersSection';
import { MovingSection, StorageSection } from '../storage/StorageSection';
import { InstallSection } from './InstallSection';
import { useThemeSetting } from './useThemeSetting';

const themeLabels: Record<ThemeChoice, string> = {
  system: 'Same as this device',
  light: 'Light',
  dark: 'Dark',
};

/** Settings: appearance, installation, and the About page. */
export function SettingsScreen(): JSX.Element {
  const [theme, chooseTheme] = useThemeSetting();
  return (
    <Screen title="Settings">
      <section class="card" aria-labelledby="appearance-title">
        <h2 id="appearance-title">Appearance</h2>
        <fieldset class="option-list">
          <legend>Theme</legend>
          {themeChoices.map((choice) => (
            <label class="option" key={choice}>
              <input
                type="radio"
                name="theme"
                value={choice}
                checked={theme === choice}
                disabled={theme === undefined}
                onChange={() => void chooseTheme(choice)}
              />
              {themeLabels[choice]}
            </label>
          ))}
        </fieldset>
      </section>
      <FocusAreasSection />
      <CadenceSection />
      <RemindersSection />
      <InstallSection />
      <section class="card" aria-labelledby="backup-title">
        <h2 id="backup-title">Backup and restore</h2>
        <p>
          Save everything in one file, optionally encrypted; restore it here or on a new phone, or
          import your history from Daylio or Afterflow.
        </p>
        <p class="link-row">
          <a href="/settings/backup">Back up now</a>
        </p>
        <p class="link-row">
          <a href="/settings/import">Restore or import a file</a>
        </p>
      </section>
      <StorageSection />
      <MovingSection />
      <section class="card" aria-labelledby="lock-title">
        <h2 id="lock-title">Passcode lock</h2>
        <p>Optional: encrypt your journal on this phone and ask for a passcode when it opens.</p>
        <p class="link-row">
          <a href="/settings/lock">Passcode lock and wiping data</a>
        </p>
      </section>
      <section class="card" aria-labelledby="more-title">
        <h2 id="more-title">More</h2>
        <p class="link-row">
          <a href="/crisis">Crisis resources</a>
        </p>
        <p class="link-row">
          <a href="/settings/crisis">Edit crisis resources</a>
        </p>
        <p class="link-row">
          <a href="/prompts">Prompt library and prompt packs</a>
        </p>
        <p class="link-row">
          <a href="/settings/about">About Waypoint and your privacy</a>
        </p>
      </section>
    </Screen>
  );
}
