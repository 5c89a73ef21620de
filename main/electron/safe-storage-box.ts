import { safeStorage } from 'electron';
import type { SecretBox } from '../services/secret-store';

/**
 * Light keys and tokens sealed with the system keychain (Keychain, DPAPI, libsecret/kwallet).
 * On Linux without a keyring Electron falls back to a fixed key ("basic_text"), which hides
 * nothing, so that counts as unencrypted and staff are told.
 */
export function safeStorageBox(): SecretBox {
  const backend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'system';
  const encrypted = safeStorage.isEncryptionAvailable() && backend !== 'basic_text' && backend !== 'unknown';
  if (!encrypted) return { encrypted: false, seal: (secret) => secret, open: (sealed) => sealed };
  return {
    encrypted: true,
    seal: (secret) => safeStorage.encryptString(secret).toString('base64'),
    open: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
  };
}
