import { act, fireEvent, render, screen } from '@testing-library/react';
import { AutosaveStatus } from '@/components/editor/draft/AutosaveStatus.client';

/**
 * Issue 14, "Nothing lost": the edit form autosaves 3 s after the last change and at least every
 * 15 s while typing goes on, posts the form's own fields, moves the hidden version on after each
 * save, says what happened in a polite live region, stops at a conflict, saves at once when the
 * page is hidden, and warns before leaving only while something is unsaved. On a new article it
 * only warns.
 */

type Answer = { status: number; body: unknown };
const fetchMock = jest.fn<Promise<{ status: number; ok: boolean; json: () => Promise<unknown> }>, [string, RequestInit]>();

function answer({ status, body }: Answer) {
  fetchMock.mockImplementationOnce(async () => ({ status, ok: status < 300, json: async () => body }));
}
const saved = (version: number, savedAt = '2026-12-03T10:42:05.000Z'): Answer => ({ status: 200, body: { status: 'saved', version, savedAt, unchanged: false } });

function renderForm(articleId: string | null = 'demo-021', stopped = false, onSubmit?: (version: string) => void) {
  render(
    <>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit?.(String(new FormData(event.currentTarget).get('version')));
        }}
      >
        {articleId ? <input type="hidden" name="articleId" value={articleId} readOnly /> : null}
        {articleId ? <input type="hidden" name="version" defaultValue="4" /> : null}
        <label>
          Text
          <textarea name="body" defaultValue="First." />
        </label>
        <label>
          Search
          <input type="search" />
        </label>
        <AutosaveStatus articleId={articleId} stopped={stopped} />
        <button type="submit">Save</button>
      </form>
      {/* Another form naming the same article, like Restore and Publish. */}
      <form aria-label="Publish">
        <input type="hidden" name="articleId" value="demo-021" readOnly />
        <input type="hidden" name="version" value="4" readOnly />
      </form>
    </>,
  );
}

const body = () => screen.getByLabelText('Text') as HTMLTextAreaElement;
const version = () => document.querySelector<HTMLInputElement>('input[name="version"]')!;
const publishVersion = () => document.querySelector<HTMLInputElement>('form[aria-label="Publish"] input[name="version"]')!;
const status = () => document.querySelector('[aria-live="polite"]')!;

function type(text: string) {
  fireEvent.input(body(), { target: { value: `${body().value}${text}` } });
}

async function wait(ms: number) {
  await act(() => jest.advanceTimersByTimeAsync(ms));
}

function sent(call: number): { url: string; fields: Record<string, string>; keepalive: boolean } {
  const [url, init] = fetchMock.mock.calls[call]!;
  return { url, fields: Object.fromEntries([...(init.body as FormData)].map(([k, v]) => [k, String(v)])), keepalive: init.keepalive === true };
}

function leaveWarned(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

beforeEach(() => {
  jest.useFakeTimers();
  fetchMock.mockReset();
  Object.defineProperty(window, 'fetch', { value: fetchMock, configurable: true, writable: true });
});
afterEach(() => {
  jest.useRealTimers();
});

describe('autosave on the edit page', () => {
  it('saves 3 s after the last change, with the form’s fields, then names the new version', async () => {
    renderForm();
    expect(status()).toHaveTextContent('');
    type(' Second.');
    await wait(2_000);
    type(' Third.');
    await wait(2_900);
    expect(fetchMock).not.toHaveBeenCalled();
    answer(saved(5));
    await wait(100);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(sent(0)).toEqual({ url: '/api/editor/articles/demo-021/autosave', fields: { articleId: 'demo-021', version: '4', body: 'First. Second. Third.' }, keepalive: false });
    expect(status()).toHaveTextContent('Saved 10:42 UTC');
    expect(version()).toHaveValue('5');
    // Publish and Restore name the editor's own autosaved version, not the one the page was opened at.
    expect(publishVersion()).toHaveValue('5');

    answer(saved(6, '2026-12-03T10:43:00.000Z'));
    type(' Fourth.');
    await wait(3_000);
    expect(sent(1).fields.version).toBe('5');
    expect(status()).toHaveTextContent('Saved 10:43 UTC');
    expect(version()).toHaveValue('6');
    expect(publishVersion()).toHaveValue('6');
  });

  it('saves at least every 15 s while typing goes on, and shows Saving… meanwhile', async () => {
    renderForm();
    let resolve: (value: { status: number; ok: boolean; json: () => Promise<unknown> }) => void = () => undefined;
    fetchMock.mockImplementationOnce(() => new Promise((done) => (resolve = done)));
    for (let second = 0; second < 15; second += 1) {
      type('x');
      await wait(1_000);
    }
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(status()).toHaveTextContent('Saving…');
    await act(async () => resolve({ status: 200, ok: true, json: async () => saved(5).body }));
    expect(status()).toHaveTextContent('Saved');
  });

  it('ignores typing in the pickers’ own boxes, which are not part of the article', async () => {
    renderForm();
    fireEvent.input(screen.getByLabelText('Search'), { target: { value: 'harbour' } });
    await wait(20_000);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('counts the problems of refused text, and tries again after the next change', async () => {
    renderForm();
    answer({ status: 422, body: { status: 'invalid', fieldErrors: { headline: 'Write a headline.', body: 'The text has 2 problems: see below.' }, bodyErrors: [{ line: 1, message: 'a' }, { line: 3, message: 'b' }] } });
    type(' > ');
    await wait(3_000);
    expect(status()).toHaveTextContent('Not saved: 3 problems to fix first (listed beside the preview).');
    expect(version()).toHaveValue('4');
    expect(leaveWarned()).toBe(true);
    answer(saved(5));
    type(' fixed');
    await wait(3_000);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(status()).toHaveTextContent('Saved');
    expect(leaveWarned()).toBe(false);
  });

  it('stops at a conflict, saying who won and linking to the comparison', async () => {
    renderForm();
    answer({ status: 409, body: { status: 'conflict', currentVersion: 7, keptRevisionId: 'kept-1', message: 'Someone else saved this article (revision 7)…' } });
    type(' mine');
    await wait(3_000);
    expect(status()).toHaveTextContent('Someone else saved revision 7: autosave stopped, see Compare');
    expect(screen.getByRole('link', { name: 'Compare' })).toHaveAttribute('href', '/editor/articles/demo-021/revisions/kept-1');
    type(' more');
    await wait(30_000);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(version()).toHaveValue('4');
  });

  it('holds a Save clicked while an autosave is on its way until it answers, so the Save names the new version', async () => {
    const submitted: string[] = [];
    renderForm('demo-021', false, (value) => submitted.push(value));
    let resolve: (value: { status: number; ok: boolean; json: () => Promise<unknown> }) => void = () => undefined;
    fetchMock.mockImplementationOnce(() => new Promise((done) => (resolve = done)));
    type(' racing');
    await wait(3_000);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(submitted).toEqual([]);
    await act(async () => resolve({ status: 200, ok: true, json: async () => saved(5).body }));
    expect(submitted).toEqual(['5']);
    await wait(30_000);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('does not autosave on top of a form that shows a refused save', async () => {
    renderForm('demo-021', true);
    type(' more');
    await wait(30_000);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('saves at once with keepalive when the page is hidden, and warns before leaving only while a save is pending', async () => {
    renderForm();
    expect(leaveWarned()).toBe(false);
    type(' leaving');
    expect(leaveWarned()).toBe(true);
    answer(saved(5));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    Reflect.deleteProperty(document, 'visibilityState');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(sent(0).keepalive).toBe(true);
    expect(leaveWarned()).toBe(false);
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('says when the server did not answer, and tries again', async () => {
    renderForm();
    fetchMock.mockImplementationOnce(async () => {
      throw new TypeError('network');
    });
    type(' offline');
    await wait(3_000);
    expect(status()).toHaveTextContent('Not saved: the server did not answer. Trying again…');
    expect(leaveWarned()).toBe(true);
    answer(saved(5));
    await wait(15_000);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(status()).toHaveTextContent('Saved');
  });
});

describe('on a new article', () => {
  it('never autosaves (its first Save creates it) but warns before leaving with typed text', async () => {
    renderForm(null);
    expect(leaveWarned()).toBe(false);
    type(' new text');
    await wait(30_000);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(leaveWarned()).toBe(true);
  });
});
