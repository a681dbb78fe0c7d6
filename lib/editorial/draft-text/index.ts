/** The draft body's text format (docs/decisions/0011-draft-text-format.md): parse, resolve, serialise. */
export { parseDraftText } from './parse';
export { draftTextReferences, draftTextToBody, resolveDraftText } from './resolve';
export { serialiseBody, type SerialiseOptions } from './serialise';
export { providerForUrl } from './directives';
export { normaliseBody } from './normalise';
export { SYNTAX_REFERENCE, type SyntaxExample } from './reference';
export type { DraftLookups, ParsedText, ResolvedText, TextError } from './types';
