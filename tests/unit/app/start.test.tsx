import { afterEach, describe, expect, it, vi } from 'vitest';

// The database is mocked to a failing open, so startApp ends on its (lazy) storage-failure path:
// what is under test is only when the database is created, not what follows.
const created = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/db/database', () => ({
  createDatabase: () => {
    created.count++;
    return {};
  },
  openDatabase: () => Promise.reject(new Error('no storage in this test')),
}));

afterEach(() => {
  created.count = 0;
  document.body.replaceChildren();
});

describe('startApp', () => {
  it('creates the database in a task after the one that evaluated the app', async () => {
    const { startApp } = await import('../../../src/app/start');
    const root = document.createElement('div');
    document.body.append(root);
    const started = startApp(root);
    // Every microtask of the current task has run: the database is not created yet.
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(created.count).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(created.count).toBe(1);
    expect(await started).toBeNull();
  });
});
