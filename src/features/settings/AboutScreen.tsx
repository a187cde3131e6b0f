import type { JSX } from 'preact';
import { instrumentOrder, questionnaires } from '../../domain/questionnaires/scoring';
import { Screen } from '../../ui/Screen';

/** Open-source code bundled into the app, with its licence. */
const bundled: readonly { name: string; licence: string }[] = [
  { name: 'Preact', licence: 'MIT' },
  { name: 'Dexie.js', licence: 'Apache-2.0' },
  { name: 'date-fns', licence: 'MIT' },
  { name: 'Workbox', licence: 'MIT' },
  { name: 'pdf-lib', licence: 'MIT' },
  { name: 'fontkit (pdf-lib)', licence: 'MIT' },
  { name: 'bidi-js', licence: 'MIT' },
];

/** About: version, what is stored where, and licences. */
export function AboutScreen(): JSX.Element {
  return (
    <Screen title="About Waypoint">
      <p>Version {__APP_VERSION__}</p>
      <section class="card" aria-labelledby="privacy-title">
        <h2 id="privacy-title">Your privacy</h2>
        <p>
          Everything you write in Waypoint is stored only on this device, in this browser's storage.
          There is no account and no server: Waypoint never sends your entries, check-ins or
          anything else anywhere, and it contains no analytics or tracking.
        </p>
        <p>
          No one monitors what you write, not the app makers and not your clinic. If you are in
          crisis, use the crisis resources or call your local emergency number.
        </p>
        <p>
          Something leaves this device only when you choose to export or share it, and only what you
          picked. Removing Waypoint or clearing this browser's site data deletes your journal, so
          keep backups if you want to be able to restore it.
        </p>
      </section>
      <section class="card" aria-labelledby="lock-privacy-title">
        <h2 id="lock-privacy-title">The passcode lock</h2>
        <p>
          With the optional passcode lock on, everything you wrote or chose is encrypted on this
          device (AES-GCM with a key that only your passcode or recovery key unlocks): text, tags,
          moods and other ratings, questionnaire answers and totals, medication, dose and route,
          vitals, side effects and intentions.
        </p>
        <p>
          Left readable, so the app can open and lock: record ids and kinds, dates and times, links
          to sessions, a session's status and date, the theme, the lock's own settings, the count of
          wrong tries, and your crisis resources, so that "Get help" works without the passcode.
        </p>
      </section>
      <section class="card" aria-labelledby="licences-title">
        <h2 id="licences-title">Licences</h2>
        <p>Screens use your device's own fonts; only the PDF summary bundles a font (below).</p>
        <p>Open-source software inside Waypoint:</p>
        <ul>
          {bundled.map((item) => (
            <li key={item.name}>
              {item.name} ({item.licence})
            </li>
          ))}
        </ul>
        <p>Standard questionnaires inside Waypoint, with their sources and terms:</p>
        <ul>
          {instrumentOrder.map((instrument) => (
            <li key={instrument}>{questionnaires[instrument].source}</li>
          ))}
        </ul>
      </section>
      <section class="card" aria-labelledby="font-title">
        <h2 id="font-title">Font</h2>
        <p>
          The PDF summary is written in DejaVu Sans, under the Bitstream Vera and Arev font licences
          (DejaVu changes are public domain):{' '}
          <a href="/fonts/LICENSE-DejaVu.txt" target="_blank" rel="noopener noreferrer">
            font licence
          </a>
          .
        </p>
      </section>
    </Screen>
  );
}
