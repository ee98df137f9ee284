// Secrets kept at rest encrypted (AES-256-GCM) under a key from the environment: render nodes'
// HMAC secrets, users' TOTP secrets. The stored bytes are iv (12) | tag (16) | ciphertext.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

export interface SecretBox {
  seal(secret: string): Uint8Array<ArrayBuffer>;
  open(stored: Uint8Array): string;
}

/** A box keyed by the environment variable `keyVariable`, read when used (so tests can set it late). */
export function secretBox(keyVariable: string, purpose: string): SecretBox {
  const key = () => {
    const raw = process.env[keyVariable];
    if (!raw) throw new Error(`${keyVariable} is not set: it encrypts ${purpose}.`);
    return createHash('sha256').update(raw).digest();
  };
  return {
    seal(secret) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key(), iv);
      const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
      return new Uint8Array(Buffer.concat([iv, cipher.getAuthTag(), body]));
    },
    open(stored) {
      const data = Buffer.from(stored);
      const decipher = createDecipheriv('aes-256-gcm', key(), data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(12, 28));
      return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
