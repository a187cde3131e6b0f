// Where key derivation runs: in a Web Worker when the browser has one, otherwise on the main
// thread (the screens show "Unlocking…" before calling, so the wait is visible either way).
import { type DeriveWrappingKey, deriveWrappingKey } from './pbkdf2';

/** Derives in a worker, falling back to the main thread if the worker cannot start. */
export const deriveInWorker: DeriveWrappingKey = (passcode, params) => {
  if (typeof Worker === 'undefined') return deriveWrappingKey(passcode, params);
  return new Promise<CryptoKey>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./deriveKey.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(deriveWrappingKey(passcode, params));
      return;
    }
    worker.onmessage = (event: MessageEvent<{ key?: CryptoKey; error?: string }>) => {
      worker.terminate();
      if (event.data.key) resolve(event.data.key);
      else reject(new Error(event.data.error ?? 'Key derivation failed'));
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(deriveWrappingKey(passcode, params));
    };
    worker.postMessage({ passcode, params });
  });
};
