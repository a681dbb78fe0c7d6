import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DraftForm } from '@/components/editor/draft/DraftForm.client';
import { DraftSyntaxHelp } from '@/components/editor/draft/DraftSyntaxHelp';
import { EMPTY_VALUES, initialFormState, type DraftFormState } from '@/lib/editorial/draft-form';

/**
 * Issue 14: the edit form shows each problem next to its field (aria-invalid, aria-describedby),
 * lists them above the form with links, keeps the editor's text, and explains a conflict with a
 * link to the comparison and a deliberate overwrite that Enter can never trigger.
 */

const SECTIONS = [
  { slug: 'news', name: 'News' },
  { slug: 'culture', name: 'Culture' },
];
const AUTHORS = [
  { slug: 'amara-okafor', name: 'Amara Okafor' },
  { slug: 'lukas-brandt', name: 'Lukas Brandt' },
];
const VALUES = { ...EMPTY_VALUES, headline: 'Typed headline', section: 'news', authors: ['lukas-brandt'], body: 'Para one.\n\n> \n\nSome **bold' };

type Action = (previous: DraftFormState, form: FormData) => Promise<DraftFormState>;

function renderForm(state: DraftFormState, action: Action = jest.fn(async (previous: DraftFormState) => previous)) {
  render(<DraftForm action={action} initialState={state} sections={SECTIONS} authors={AUTHORS} help={<DraftSyntaxHelp newsletters={[]} />} submitLabel="Save" />);
  return action;
}

const invalid: DraftFormState = {
  ...initialFormState(VALUES, 'demo-021', 4),
  status: 'invalid',
  fieldErrors: { heroAlt: 'Describe the main picture for people who cannot see it.', authors: 'Choose at least one author.', body: 'The text has 2 problems: see below.' },
  bodyErrors: [
    { line: 3, message: "a quote needs text after '> '" },
    { line: 5, message: "'**' starts bold text that is never closed with another '**' (write \\* for a plain asterisk)" },
  ],
};

describe('DraftForm errors', () => {
  it('marks each field with a problem invalid and describes it with its message', () => {
    renderForm(invalid);
    const alt = screen.getByLabelText('Picture description');
    expect(alt).toHaveAttribute('aria-invalid', 'true');
    expect(alt).toHaveAccessibleDescription(/What the picture shows.*Describe the main picture for people who cannot see it\./);
    const headline = screen.getByLabelText('Headline');
    expect(headline).not.toHaveAttribute('aria-invalid');
    expect(headline).toHaveValue('Typed headline');

    const body = screen.getByLabelText('Text');
    expect(body).toHaveAttribute('aria-invalid', 'true');
    expect(body).toHaveValue(VALUES.body);
    expect(body).toHaveAccessibleDescription(/The text has 2 problems: see below\..*Line 3: a quote needs text after '> '.*Line 5:/);

    const authors = screen.getByRole('group', { name: 'Authors' });
    expect(authors).toHaveAccessibleDescription(/Choose at least one author\./);
    expect(within(authors).getByLabelText('Lukas Brandt')).toBeChecked();
  });

  it('lists every problem above the form, each linking to its field', () => {
    renderForm(invalid);
    const summary = screen.getAllByRole('alert')[0]!;
    expect(summary).toHaveTextContent('The draft was not saved. Please fix:');
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['#field-heroAlt', '#field-authors', '#field-body']);
    expect(links[0]).toHaveTextContent('Main picture description: Describe the main picture');
    expect(document.getElementById('field-heroAlt')).toBe(screen.getByLabelText('Picture description'));
  });

  it('sends the article and the version it started from with the save', async () => {
    const user = userEvent.setup();
    const received: Record<string, FormDataEntryValue | FormDataEntryValue[]>[] = [];
    renderForm(initialFormState(VALUES, 'demo-021', 4), async (previous, form): Promise<DraftFormState> => {
      received.push({ ...Object.fromEntries(form), authors: form.getAll('authors') });
      return { ...previous, status: 'invalid', fieldErrors: { headline: 'Write a headline.' } };
    });
    await user.clear(screen.getByLabelText('Headline'));
    await user.type(screen.getByLabelText('Standfirst'), 'A new standfirst');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(received).toEqual([expect.objectContaining({ articleId: 'demo-021', version: '4', headline: '', standfirst: 'A new standfirst', authors: ['lukas-brandt'] })]);
    expect(await screen.findByText('Write a headline.')).toBeInTheDocument();
    expect(screen.getByLabelText('Headline')).toHaveAttribute('aria-invalid', 'true');
  });

  it('explains a conflict, links to the comparison, and offers a deliberate overwrite after Save', () => {
    renderForm({
      ...initialFormState(VALUES, 'demo-021', 4),
      status: 'conflict',
      conflict: { currentVersion: 5, keptRevisionId: 'kept-123' },
      message: 'Someone else saved this article (revision 5) after you opened it, so your save was refused.',
    });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Someone else saved this article (revision 5)');
    expect(within(alert).getByRole('link', { name: 'Compare your text with revision 5' })).toHaveAttribute('href', '/editor/articles/demo-021/revisions/kept-123');
    expect(screen.getByLabelText('Text')).toHaveValue(VALUES.body);
    // The form's submit buttons (the pickers and the picture upload beside the fields are type="button").
    const buttons = screen.getAllByRole('button').filter((button) => button.getAttribute('type') === 'submit');
    expect(buttons.map((button) => button.textContent)).toEqual(['Save', 'Replace revision 5 with my text']);
    expect(buttons[1]).toHaveAttribute('name', 'overwrite');
    expect(buttons[1]).toHaveAttribute('value', '5');
    // The hidden version is still the one the editor started from.
    expect(document.querySelector('input[name="version"]')).toHaveValue('4');
  });

  it('shows the formatting guide as a native disclosure', () => {
    renderForm(initialFormState(VALUES, null, null));
    expect(screen.getByText('Formatting guide').tagName).toBe('SUMMARY');
    expect(document.querySelector('input[name="version"]')).toBeNull();
    expect(document.querySelector('input[name="articleId"]')).toBeNull();
  });
});
