// The saved theme, before first paint: see index.html.
try {
  const t = localStorage.getItem('waypoint.theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch {}
