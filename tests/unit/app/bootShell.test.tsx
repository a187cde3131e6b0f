import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { removeLeftoverShell } from '../../../src/app/bootShell';

/** The shell as index.html paints it (see index.html). */
function paintShell(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML =
    '<header class="app-header boot-shell" data-boot-shell><a class="app-header__title" href="/">Waypoint</a></header><main class="app-main" id="main" data-boot-shell></main>';
  document.body.append(root);
  return root;
}

describe('removeLeftoverShell', () => {
  it('keeps the shell nodes the app took over, as the same nodes, without the marker', () => {
    const root = paintShell();
    const header = root.querySelector('header');
    render(
      <>
        <header class="app-header">
          <a class="app-header__title" href="/">
            Waypoint
          </a>
        </header>
        <main class="app-main" id="main">
          <h1>Today</h1>
        </main>
      </>,
      root,
    );
    removeLeftoverShell(root);
    expect(root.querySelector('header')).toBe(header);
    expect(root.querySelectorAll('header')).toHaveLength(1);
    expect(root.querySelectorAll('#main')).toHaveLength(1);
    expect(root.querySelector('.boot-shell, [data-boot-shell]')).toBeNull();
    root.remove();
  });

  it('removes the shell when a screen replaces the whole app (the lock screen)', () => {
    const root = paintShell();
    render(
      <div>
        <header class="app-header">Locked</header>
        <main class="app-main" id="main" />
      </div>,
      root,
    );
    removeLeftoverShell(root);
    expect(root.querySelectorAll('header')).toHaveLength(1);
    expect(root.querySelector('header')?.textContent).toBe('Locked');
    expect(root.querySelectorAll('#main')).toHaveLength(1);
    expect(root.querySelector('.boot-shell, [data-boot-shell]')).toBeNull();
    root.remove();
  });
});
