/**
 * Exhaustiveness guard for discriminated unions: a `switch` whose default calls this stops compiling
 * when a new member is added and not handled. At runtime (bad data that slipped past validation) it
 * throws instead of silently rendering nothing.
 */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unhandled ${what}: ${JSON.stringify(value)}`);
}
