// A first visit, painted before the app's code has loaded. POLICY (boot order): the welcome
// needs nothing stored, so on a first visit it is the first screen and the database code loads
// after it is on screen (main.tsx). The markup is the app's own (header, main, navigation,
// notices), so when the app takes over nothing moves. A choice made before then is kept: it
// goes where the person chose and is stored once the app has opened the database.
import type { JSX } from 'preact';
import { AppHeader } from '../../app/AppHeader';
import { Navigation } from '../../app/Navigation';
import { navigate } from '../../app/router';
import type { Services } from '../../app/services';
import { storeWelcomeAnswered, welcomeAnswered, welcomeOnScreen } from '../today/useWelcome';
import { WelcomeScreen } from './WelcomeScreen';

/** The welcome in the app's frame; `app` settles with the services once the app is running. */
export function FirstVisit({ app }: { app: Promise<Services | null> }): JSX.Element {
  // Today, when the app takes over, keeps this welcome on screen instead of checking first.
  welcomeOnScreen(WelcomeScreen);
  const choose = (path?: string) => {
    welcomeAnswered();
    if (path) navigate(path);
    void app.then((services) => (services ? storeWelcomeAnswered(services.repos.meta) : undefined));
  };
  return (
    <>
      <AppHeader />
      <main class="app-main" id="main">
        <WelcomeScreen onChoose={choose} />
      </main>
      <Navigation current="today" />
      <div class="notices" role="status" aria-live="polite" />
    </>
  );
}
