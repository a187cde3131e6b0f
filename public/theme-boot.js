// Applies the theme the user chose before the first paint, so the page never flashes the wrong
// colours. IndexedDB holds the setting; the app mirrors it here because IndexedDB is async.
(() => {
  try {
    const theme = localStorage.getItem('waypoint.theme');
    if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  } catch {
    // Storage can be blocked (private mode): the system theme applies.
  }
})();
