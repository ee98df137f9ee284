// SHA-256 as lowercase hex: how tokens, keys and request bodies are stored and compared.
import { createHash } from 'node:crypto';

export const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');
