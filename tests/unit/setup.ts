// Unit-test environment: an in-memory IndexedDB for every test file, and DOM cleanup.
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
