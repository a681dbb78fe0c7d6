import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PictureUpload } from '@/components/editor/draft/PictureUpload.client';

/**
 * The edit form's picture box (with JavaScript): it sends the file and the description, then fills
 * the main picture's fields or puts the picture's line into the text at the cursor, as its own
 * paragraph; refusals are announced; its own inputs never become part of the article form's post.
 */

const ANSWER = { src: '/media/0123456789abcdef0123456789abcdef.jpg', width: 1600, height: 900, alt: 'Cranes at dawn', text: '::image[Cranes at dawn](/media/0123456789abcdef0123456789abcdef.jpg)' };

function renderInForm(body = 'First paragraph.\n\nSecond paragraph.') {
  render(
    <form aria-label="Article">
      <input name="heroSrc" aria-label="heroSrc" defaultValue="" />
      <input name="heroAlt" aria-label="heroAlt" defaultValue="" />
      <input name="heroWidth" aria-label="heroWidth" defaultValue="" />
      <input name="heroHeight" aria-label="heroHeight" defaultValue="" />
      <textarea name="body" aria-label="body" defaultValue={body} />
      <PictureUpload />
    </form>,
  );
  return screen.getByRole('form', { name: 'Article' }) as HTMLFormElement;
}

function answerWith(status: number, body: unknown) {
  // jsdom has no Response: the component reads only ok, status and json().
  const fetchMock = jest.fn<Promise<{ ok: boolean; status: number; json: () => Promise<unknown> }>, [string, RequestInit]>(async () => ({ ok: status >= 200 && status < 300, status, json: async () => body }));
  global.fetch = fetchMock as unknown as typeof fetch;
  return fetchMock;
}

const photo = () => new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'photo.jpg', { type: 'image/jpeg' });

describe('PictureUpload', () => {
  it('uploads the file with its description and fills in the main picture fields', async () => {
    const user = userEvent.setup();
    const fetchMock = answerWith(201, ANSWER);
    const form = renderInForm();
    const box = screen.getByTestId('picture-upload');
    await user.upload(within(box).getByLabelText('Picture file'), photo());
    await user.type(within(box).getByLabelText('Description of the new picture'), 'Cranes at dawn');
    await user.click(within(box).getByRole('button', { name: 'Upload as main picture' }));

    expect(await within(box).findByRole('status')).toHaveTextContent(`Picture uploaded (1600 × 900): ${ANSWER.src}. It is now the main picture; save to keep it.`);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/editor/media');
    const sent = init.body as FormData;
    expect([sent.get('alt'), (sent.get('file') as File).name]).toEqual(['Cranes at dawn', 'photo.jpg']);
    const values = Object.fromEntries(new FormData(form));
    expect(values).toEqual({ heroSrc: ANSWER.src, heroAlt: 'Cranes at dawn', heroWidth: '1600', heroHeight: '900', body: 'First paragraph.\n\nSecond paragraph.' });
  });

  it('inserts the picture line at the cursor as its own paragraph', async () => {
    const user = userEvent.setup();
    answerWith(201, ANSWER);
    renderInForm('First paragraph.\n\nSecond paragraph.');
    const body = screen.getByLabelText('body') as HTMLTextAreaElement;
    body.setSelectionRange('First paragraph.'.length, 'First paragraph.'.length);
    const box = screen.getByTestId('picture-upload');
    await user.upload(within(box).getByLabelText('Picture file'), photo());
    await user.type(within(box).getByLabelText('Description of the new picture'), 'Cranes at dawn');
    await user.click(within(box).getByRole('button', { name: 'Upload and insert in the text' }));
    await within(box).findByText(/in the text at the cursor/);
    expect(body.value).toBe(`First paragraph.\n\n${ANSWER.text}\n\nSecond paragraph.`);
  });

  it('announces what was wrong, and asks for a file and a description before sending anything', async () => {
    const user = userEvent.setup();
    const fetchMock = answerWith(415, { ok: false, error: { message: 'This file is not a picture Meridian can use.' } });
    renderInForm();
    const box = screen.getByTestId('picture-upload');
    await user.click(within(box).getByRole('button', { name: 'Upload as main picture' }));
    expect(within(box).getByRole('alert')).toHaveTextContent('Choose a picture file first.');
    await user.upload(within(box).getByLabelText('Picture file'), photo());
    await user.click(within(box).getByRole('button', { name: 'Upload as main picture' }));
    expect(within(box).getByRole('alert')).toHaveTextContent('Describe the picture first');
    expect(fetchMock).not.toHaveBeenCalled();

    await user.type(within(box).getByLabelText('Description of the new picture'), 'A document');
    await user.click(within(box).getByRole('button', { name: 'Upload as main picture' }));
    expect(await within(box).findByRole('alert')).toHaveTextContent('This file is not a picture Meridian can use.');
    expect((screen.getByLabelText('heroSrc') as HTMLInputElement).value).toBe('');
  });

  it('adds nothing to the article form’s own post', () => {
    const form = renderInForm();
    expect([...new FormData(form).keys()]).toEqual(['heroSrc', 'heroAlt', 'heroWidth', 'heroHeight', 'body']);
  });
});
