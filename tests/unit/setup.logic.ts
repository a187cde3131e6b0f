// Unit-test environment for logic and storage: an in-memory IndexedDB for every test file.
import 'fake-indexeddb/auto';
