'use client';

import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { formControl } from './insert-block';

interface TopicSuggestionsProps {
  /** Existing topics (the page loads them with the form). */
  topics: readonly { slug: string; name: string }[];
}

const MAX_SHOWN = 8;

/** The comma-separated entry around the cursor: where it starts and ends in the field's value. */
function entryAt(value: string, cursor: number): { start: number; end: number; text: string } {
  const start = value.lastIndexOf(',', cursor - 1) + 1;
  const comma = value.indexOf(',', cursor);
  const end = comma === -1 ? value.length : comma;
  return { start, end, text: value.slice(start, end).trim() };
}

/**
 * Existing topics matching the entry being typed in the Topics field, as buttons under it that
 * complete that entry (Arrow Down from the field reaches them). A new topic is still just typed.
 */
export function TopicSuggestions({ topics }: TopicSuggestionsProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [entry, setEntry] = useState('');
  const [taken, setTaken] = useState<string[]>([]);

  const field = () => formControl(ref.current, 'tags', HTMLInputElement);

  useEffect(() => {
    const input = formControl(ref.current, 'tags', HTMLInputElement);
    if (!input) return;
    const update = () => {
      setEntry(entryAt(input.value, input.selectionStart ?? input.value.length).text);
      setTaken(input.value.split(',').map((name) => name.trim().toLowerCase()));
    };
    const toList = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'ArrowDown') return;
      const first = ref.current?.querySelector('button');
      if (!first) return;
      event.preventDefault();
      first.focus();
    };
    input.addEventListener('input', update);
    input.addEventListener('click', update);
    input.addEventListener('keydown', toList);
    return () => {
      input.removeEventListener('input', update);
      input.removeEventListener('click', update);
      input.removeEventListener('keydown', toList);
    };
  }, []);

  const query = entry.toLowerCase();
  const matches = query
    ? topics
        .map((topic) => ({ topic, name: topic.name.toLowerCase() }))
        .filter(({ name }) => name.includes(query) && name !== query && !taken.includes(name))
        // Names that start with what was typed first, then a word in them, then anywhere.
        .map((match) => ({ ...match, rank: match.name.startsWith(query) ? 0 : match.name.includes(` ${query}`) ? 1 : 2 }))
        .sort((a, b) => a.rank - b.rank)
        .slice(0, MAX_SHOWN)
        .map(({ topic }) => topic)
    : [];

  const choose = (name: string) => {
    const input = field();
    if (!input) return;
    const { start, end } = entryAt(input.value, input.selectionStart ?? input.value.length);
    const rest = input.value.slice(end);
    // The last entry gets a comma after it, ready for the next topic.
    const head = `${input.value.slice(0, start)}${start > 0 ? ' ' : ''}${name}${rest === '' ? ', ' : ''}`;
    input.value = `${head}${rest}`;
    const caret = head.length;
    input.focus();
    input.setSelectionRange(caret, caret);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const buttons = [...(ref.current?.querySelectorAll('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') field()?.focus();
    else if (event.key === 'ArrowDown') buttons[Math.min(at + 1, buttons.length - 1)]?.focus();
    else if (event.key === 'ArrowUp') (at <= 0 ? field() : buttons[at - 1])?.focus();
    else return;
    event.preventDefault();
  };

  return (
    <div ref={ref} className="draft-suggestions">
      <p className="draft-visually-hidden" aria-live="polite">
        {query ? (matches.length === 0 ? '' : `${matches.length} existing ${matches.length === 1 ? 'topic matches' : 'topics match'}: arrow down to choose.`) : ''}
      </p>
      {matches.length > 0 ? (
        <ul className="draft-suggestion-list" aria-label="Existing topics" onKeyDown={onKeyDown}>
          {matches.map((topic) => (
            <li key={topic.slug}>
              <button type="button" className="draft-button" onClick={() => choose(topic.name)}>
                {topic.name}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
