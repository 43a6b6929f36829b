// Random secrets and ids. Keys and tokens carry 256 random bits, so one sha256 is a sufficient
// stored form (no salt or stretching needed for secrets nobody chose).
import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import { JOIN_CODE_ALPHABET } from '../contract/join-code.ts';

export type SecretKind = 'trainer' | 'trainee';
const PREFIX: Record<SecretKind, string> = { trainer: 'trk_', trainee: 'trt_' };

export function newSecret(kind: SecretKind): string {
  return PREFIX[kind] + randomBytes(32).toString('base64url');
}

export function secretKind(secret: string): SecretKind | null {
  if (secret.startsWith(PREFIX.trainer)) return 'trainer';
  if (secret.startsWith(PREFIX.trainee)) return 'trainee';
  return null;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export const newId = (): string => randomUUID();

/** A fresh join code, in the API's alphabet (src/contract/join-code.ts). */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}
