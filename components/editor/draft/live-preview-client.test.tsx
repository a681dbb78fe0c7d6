/**
 * @jest-environment jsdom
 *
 * The live preview's browser-side reading of the form and of the server's answers: only text
 * fields travel, the preview id rides along, and every answer becomes words an editor understands.
 */
import { previewPayload, readPreviewAnswer } from '@/components/editor/draft/live-preview-client';

function form(html: string): HTMLFormElement {
  document.body.innerHTML = `<form>${html}</form>`;
  return document.querySelector('form')!;
}

describe('previewPayload', () => {
  it('sends the text fields as the browser would post them, plus the preview id, and no files', () => {
    const element = form(`
      <input name="headline" value="Harbour">
      <input type="checkbox" name="authors" value="a" checked><input type="checkbox" name="authors" value="b"><input type="checkbox" name="authors" value="c" checked>
      <input type="file" name="upload">
      <input type="hidden" name="$ACTION_ID_abc" value="">
      <textarea name="body">Line one\nLine two</textarea>`);
    const payload = previewPayload(element, 'abcdefghijklmnopqrstuv');
    expect(payload.getAll('authors')).toEqual(['a', 'c']);
    expect(payload.get('headline')).toBe('Harbour');
    expect(payload.get('body')).toBe('Line one\nLine two');
    expect(payload.has('upload')).toBe(false);
    expect([...payload.keys()].some((key) => key.startsWith('$'))).toBe(false);
    expect(payload.get('previewId')).toBe('abcdefghijklmnopqrstuv');
    expect(previewPayload(element, null).has('previewId')).toBe(false);
  });
});

describe('readPreviewAnswer', () => {
  const card = { title: 'T', description: 'D', url: 'http://news.test/news/t', image: { src: '/x.png', alt: 'x' } };

  it('reads a preview', () => {
    expect(readPreviewAnswer(200, { ok: true, previewId: 'p', revision: 3, frame: '/preview/unsaved/p?r=3', card })).toEqual({ kind: 'ready', previewId: 'p', revision: 3, frame: '/preview/unsaved/p?r=3', card });
  });

  it("names each problem with its field, and the text's lines without repeating their summary", () => {
    const answer = readPreviewAnswer(422, {
      ok: false,
      fieldErrors: { heroAlt: 'Describe the main picture.', body: 'The text has a problem: see below.' },
      bodyErrors: [{ line: 4, message: "a quote needs text after '> '" }],
    });
    expect(answer).toEqual({ kind: 'invalid', problems: ['Main picture description: Describe the main picture.', "Text, line 4: a quote needs text after '> '"] });
  });

  it("passes on the server's own message, and makes one up for anything unreadable", () => {
    expect(readPreviewAnswer(401, { ok: false, error: { message: 'Sign in as an editor first.' } })).toEqual({ kind: 'failed', message: 'Sign in as an editor first.' });
    expect(readPreviewAnswer(502, null)).toEqual({ kind: 'failed', message: 'The preview could not be updated.' });
    expect(readPreviewAnswer(200, { ok: true, previewId: 7 })).toEqual({ kind: 'failed', message: 'The preview could not be updated.' });
  });
});
