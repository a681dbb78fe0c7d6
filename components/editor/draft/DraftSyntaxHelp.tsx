import { SYNTAX_REFERENCE } from '@/lib/editorial/draft-text/reference';

/**
 * The formatting guide beside the text box: a native disclosure, so it opens without JavaScript
 * and costs no script. The same examples are parsed by the unit tests.
 */
export function DraftSyntaxHelp({ newsletters }: { newsletters: readonly { slug: string; name: string }[] }) {
  return (
    <details className="draft-help" id="formatting-guide">
      <summary className="draft-help-summary">Formatting guide</summary>
      <dl className="draft-help-list">
        {SYNTAX_REFERENCE.map((entry) => (
          <div key={entry.name} className="draft-help-entry">
            <dt className="draft-label">{entry.name}</dt>
            <dd>
              <pre className="draft-help-example">
                <code>{entry.example}</code>
              </pre>
              <p className="draft-hint">{entry.note}</p>
            </dd>
          </div>
        ))}
      </dl>
      {newsletters.length > 0 ? (
        <p className="draft-hint">
          Active newsletters: {newsletters.map((newsletter) => `${newsletter.slug} (${newsletter.name})`).join(', ')}.
        </p>
      ) : null}
      <p className="draft-hint">Mistakes are listed under the text box with their line number when you save; nothing is lost.</p>
    </details>
  );
}
