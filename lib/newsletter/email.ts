import { domainToASCII, domainToUnicode } from 'node:url';

/**
 * Email address normalisation for newsletter signups.
 *
 * We accept exactly one bare address (`local@domain`): no display names, no lists, no quoted local
 * parts, no IP-literal domains. Those are all legal in RFC 5322 but a signup form never needs them,
 * and each one is a way to smuggle a second recipient or a header into a mail. The normal form is
 * what uniqueness is decided on: trimmed, NFC, domain lower-cased and in punycode (ASCII), local
 * part kept as typed (RFC 5321 says it may be case-sensitive; real providers rarely are, but
 * folding it would merge two addresses that might belong to two people).
 *
 * Compatibility characters (full-width "ｕｓｅｒ", ligatures "ﬁ", superscripts): a local part that NFKC
 * would change is refused with a message saying so, because it names a different mailbox from the
 * one it looks like. The domain is mapped the way browsers map it (UTS #46, which includes NFKC),
 * so "ｅｘａｍｐｌｅ.com" is stored and mailed as "example.com": that is the domain it resolves to.
 */

export type EmailProblem =
  | 'empty'
  | 'too-long'
  | 'forbidden-character'
  | 'not-one-address'
  | 'local-part'
  | 'local-part-too-long'
  | 'stylised-local-part'
  | 'stylised-at-sign'
  | 'domain'
  | 'confusable-domain';

export type EmailResult = { ok: true; email: string } | { ok: false; problem: EmailProblem };

/** Messages readers see next to the email field. */
export const EMAIL_PROBLEM_MESSAGES: Record<EmailProblem, string> = {
  empty: 'Enter your email address.',
  'too-long': 'That email address is too long (at most 254 characters).',
  'forbidden-character': 'That email address contains characters that are not allowed.',
  'not-one-address': 'Enter one email address only, like name@example.com.',
  'local-part': 'Check the part before the @: it contains characters that are not allowed.',
  'local-part-too-long': 'The part before the @ is too long (at most 64 characters).',
  'stylised-local-part':
    'Check the part before the @: it contains full-width or stylised characters (such as ｕ or ﬁ). Type it again in ordinary letters and digits.',
  'stylised-at-sign': 'Retype the @: the address contains a full-width or small ＠ instead of the ordinary @.',
  domain: 'Check the part after the @: it is not a valid domain name.',
  'confusable-domain': 'The part after the @ mixes look-alike letters from different alphabets. Check the spelling.',
};

/** RFC 5321 §4.5.3.1: local part 64 octets, whole path 256 including the angle brackets, so 254. */
export const MAX_LOCAL_OCTETS = 64;
export const MAX_ADDRESS_OCTETS = 254;
/** Raw input longer than this is rejected before any Unicode work, so huge strings cost nothing. */
const MAX_RAW_LENGTH = 1_000;

/**
 * C0/C1 controls (CR, LF, NUL, TAB…), bidirectional overrides and isolates (which make an address
 * display differently from what it is), zero-width characters and line/paragraph separators.
 */
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/u;

/** RFC 5322 atext, plus non-ASCII letters, marks and digits (RFC 6531 internationalised local parts). */
const LOCAL_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-\p{L}\p{M}\p{N}]+$/u;
/** One LDH label after punycode conversion. */
const ASCII_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

const octets = (value: string) => Buffer.byteLength(value, 'utf8');

export function normaliseEmail(input: string): EmailResult {
  if (input.length > MAX_RAW_LENGTH) return { ok: false, problem: 'too-long' };
  // Check before trimming: a trailing CR/LF is exactly what header injection looks like.
  if (FORBIDDEN.test(input.replace(/^[ ]+|[ ]+$/g, ''))) return { ok: false, problem: 'forbidden-character' };
  const trimmed = input.trim().normalize('NFC');
  if (trimmed.length === 0) return { ok: false, problem: 'empty' };
  if (FORBIDDEN.test(trimmed)) return { ok: false, problem: 'forbidden-character' };
  // Lists, display names and comments: "a@x.org, b@y.org", "Ann <a@x.org>", "a@x.org (Ann)".
  if (/[\s,;<>()[\]"\\:]/u.test(trimmed)) return { ok: false, problem: 'not-one-address' };
  // The only characters NFKC turns into "@": without this a full-width address reads "not one address".
  if (/[\uFE6B\uFF20]/u.test(trimmed)) return { ok: false, problem: 'stylised-at-sign' };
  const parts = trimmed.split('@');
  if (parts.length !== 2) return { ok: false, problem: 'not-one-address' };
  const [local = '', rawDomain = ''] = parts;

  if (local.length === 0) return { ok: false, problem: 'local-part' };
  // "ｕｓｅｒ" is not "user" to a mail server, yet looks like it to a reader: refuse, never fold.
  if (local.normalize('NFKC') !== local) return { ok: false, problem: 'stylised-local-part' };
  if (octets(local) > MAX_LOCAL_OCTETS) return { ok: false, problem: 'local-part-too-long' };
  const atoms = local.split('.');
  if (atoms.some((atom) => !LOCAL_ATOM.test(atom))) return { ok: false, problem: 'local-part' };

  const domain = normaliseDomain(rawDomain);
  if (!domain.ok) return domain;

  const email = `${local}@${domain.ascii}`;
  if (octets(email) > MAX_ADDRESS_OCTETS) return { ok: false, problem: 'too-long' };
  return { ok: true, email };
}

type DomainResult = { ok: true; ascii: string } | { ok: false; problem: EmailProblem };

function normaliseDomain(raw: string): DomainResult {
  if (raw.length === 0 || raw.length > 253 * 4) return { ok: false, problem: 'domain' };
  // A trailing dot (fully qualified form) would make "x.org." and "x.org" two subscribers.
  if (raw.endsWith('.') || raw.startsWith('.')) return { ok: false, problem: 'domain' };
  const ascii = domainToASCII(raw.toLowerCase());
  if (ascii === '' || ascii.length > 253) return { ok: false, problem: 'domain' };
  const labels = ascii.split('.');
  if (labels.length < 2 || labels.some((label) => !ASCII_LABEL.test(label))) return { ok: false, problem: 'domain' };
  const tld = labels[labels.length - 1] ?? '';
  // All-numeric TLDs do not exist; this also rejects bare IPv4 addresses.
  if (/^[0-9]+$/.test(tld)) return { ok: false, problem: 'domain' };
  if (labels.some(isConfusableLabel(labels))) return { ok: false, problem: 'confusable-domain' };
  return { ok: true, ascii };
}

/**
 * Script detection for the homoglyph checks. Han, kana, Hangul and Bopomofo legitimately mix with
 * each other and with Latin (Japanese, Chinese and Korean domains do this), so they form one group.
 */
const SCRIPTS: [name: string, pattern: RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['CJK', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u],
];
const NEUTRAL = /[\p{Script=Common}\p{Script=Inherited}]/u;

function scriptsOf(label: string): Set<string> {
  const found = new Set<string>();
  for (const char of label) {
    if (NEUTRAL.test(char)) continue;
    const script = SCRIPTS.find(([, pattern]) => pattern.test(char));
    found.add(script ? script[0] : 'Other');
  }
  return found;
}

/**
 * Cyrillic and Greek letters that look like Latin ones. A label written only with these under an
 * ASCII top-level domain ("аррӏе.com") is the classic whole-script spoof; browsers show such
 * domains as punycode for the same reason.
 */
const LATIN_LOOKALIKES = new Set(
  [...'аbвсԁеһіјкӏмпорԛѕтуѵԝхуҮүгԍɡαβεικνορτυχѕ'].filter((char) => !/[a-z]/.test(char)),
);

function isConfusableLabel(labels: string[]) {
  const tldIsAscii = !(labels[labels.length - 1] ?? '').startsWith('xn--');
  return (asciiLabel: string): boolean => {
    if (!asciiLabel.startsWith('xn--')) return false;
    const label = domainToUnicode(asciiLabel);
    if (label === '') return true;
    const scripts = scriptsOf(label);
    // Mixed scripts inside one label ("gmаil" with a Cyrillic а), except CJK with Latin.
    const cjkWithLatin = scripts.size === 2 && scripts.has('CJK') && scripts.has('Latin');
    if (scripts.size > 1 && !cjkWithLatin) return true;
    if (scripts.size === 1 && (scripts.has('Cyrillic') || scripts.has('Greek')) && tldIsAscii) {
      const letters = [...label].filter((char) => !NEUTRAL.test(char));
      return letters.every((char) => LATIN_LOOKALIKES.has(char));
    }
    return false;
  };
}
