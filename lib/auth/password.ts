import 'server-only';
import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';

/**
 * Password hashing and policy (NIST SP 800-63B): argon2id at OWASP's minimum
 * parameters (19 MiB, 2 passes), length limits only, no composition rules.
 */

export const PASSWORD_MIN_LENGTH = 12;
/** Generous so passphrases and password-manager output fit; bounded so hashing cost stays bounded. */
export const PASSWORD_MAX_LENGTH = 256;

export const HASH_OPTIONS = {
  // Algorithm.Argon2id: a const enum, which isolatedModules cannot read.
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** Length counts code points, so an emoji is one character, as a person would count it. */
export const newPasswordSchema = z
  .string()
  .refine((value) => [...value].length >= PASSWORD_MIN_LENGTH, {
    message: `Passwords need at least ${PASSWORD_MIN_LENGTH} characters`,
  })
  .refine((value) => [...value].length <= PASSWORD_MAX_LENGTH, {
    message: `Passwords can have at most ${PASSWORD_MAX_LENGTH} characters`,
  });

/** Unicode passwords typed on different keyboards must compare equal (NFC), as 800-63B asks. */
function normalisePassword(password: string): string {
  return password.normalize('NFC');
}

export async function hashPassword(password: string): Promise<string> {
  return hash(normalisePassword(newPasswordSchema.parse(password)), HASH_OPTIONS);
}

/**
 * A real argon2id hash of a random string, computed once. Checking a password against it for
 * unknown addresses costs the same time as a real check, so timing does not reveal who has an account.
 */
let dummyHash: Promise<string> | undefined;
function getDummyHash(): Promise<string> {
  dummyHash ??= hash(crypto.randomUUID(), HASH_OPTIONS);
  return dummyHash;
}

/** Checks `password` against `storedHash`, or against the dummy hash when there is none. Never throws. */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  // Oversize input is rejected after the same amount of work, not early.
  const candidate = normalisePassword(password.slice(0, PASSWORD_MAX_LENGTH * 2));
  const target = storedHash ?? (await getDummyHash());
  let matches = false;
  try {
    matches = await verify(target, candidate);
  } catch {
    matches = false;
  }
  return storedHash !== null && matches && [...password].length <= PASSWORD_MAX_LENGTH;
}
