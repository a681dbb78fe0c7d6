import type { LoggerInstance } from 'next-auth';

/**
 * next-auth's log lines. Codes and messages can carry request text (next-auth's `_log` endpoint
 * passed the body straight through), so each line is one JSON object: a newline or a fake
 * `{"event":"editor.sign-in"…}` inside a field stays inside that field's string.
 */

const MAX_FIELD = 200;

function field(value: unknown): string {
  return (typeof value === 'string' ? value : '').slice(0, MAX_FIELD);
}

export function authLogLine(level: 'error' | 'warn', code: unknown, metadata?: unknown): string {
  const message = metadata instanceof Error ? field(metadata.message) : '';
  return JSON.stringify({ event: 'auth.log', level, code: field(code), ...(message ? { message } : {}) });
}

export const authLogger: Partial<LoggerInstance> = {
  // Whole error objects (stacks, request data) stay out: the code and the message only.
  error(code, metadata) {
    console.error(authLogLine('error', code, metadata));
  },
  warn(code) {
    console.warn(authLogLine('warn', code));
  },
  debug() {},
};
