// Derives a wrapping key off the main thread, so 600,000 PBKDF2 iterations never freeze the
// page. The derived key is non-extractable and travels back as a structured-cloned CryptoKey.
import { deriveWrappingKey, type KdfParams } from './pbkdf2';

self.onmessage = async (event: MessageEvent<{ passcode: string; params: KdfParams }>) => {
  try {
    const key = await deriveWrappingKey(event.data.passcode, event.data.params);
    self.postMessage({ key });
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
