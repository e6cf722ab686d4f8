import { describe, expect, it } from 'vitest';
import { cleanText, detectFileKind, readGuardedForm, type FormSpec } from './input.js';

const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a]);
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);

function post(body: BodyInit, headers?: HeadersInit): Request {
  return new Request('http://portal.test/form', { method: 'POST', body, headers });
}

function urlencoded(fields: Record<string, string>): Request {
  return post(new URLSearchParams(fields));
}

const spec: FormSpec = {
  fields: {
    fullName: { kind: 'text', maxLength: 10, required: true },
    note: { kind: 'text', maxLength: 40, multiline: true },
    attachment: { kind: 'file', maxBytes: 64, accept: ['pdf', 'png'] },
  },
};

describe('cleanText', () => {
  it('composes decomposed Vietnamese (NFC) and then measures it', () => {
    const nfd = 'Nguyễn Thị Đoàn'.normalize('NFD');
    expect(nfd.length).toBe(19);
    const result = cleanText(nfd, { kind: 'text', maxLength: 15 });
    expect(result).toEqual({ ok: true, value: 'Nguyễn Thị Đoàn' });
  });

  it('removes zero-width characters and collapses white space', () => {
    expect(cleanText(' Lê\u200B  Văn\uFEFF\tTám ', { kind: 'text', maxLength: 50 })).toEqual({
      ok: true,
      value: 'Lê Văn Tám',
    });
  });

  it('refuses control characters and bidirectional overrides', () => {
    for (const bad of ['a\u0000b', 'a\u0007', 'x\u001Bz', '\u202Eabc', 'a\u0085b']) {
      expect(cleanText(bad, { kind: 'text', maxLength: 50 })).toEqual({
        ok: false,
        code: 'control-characters',
      });
    }
  });

  it('keeps line breaks only where the field is multi-line', () => {
    expect(cleanText('một\r\nhai', { kind: 'text', maxLength: 50, multiline: true })).toEqual({
      ok: true,
      value: 'một\nhai',
    });
    expect(cleanText('một\r\nhai', { kind: 'text', maxLength: 50 })).toEqual({
      ok: true,
      value: 'một hai',
    });
  });

  it('counts characters, not code units, against the limit', () => {
    expect(cleanText('😀😀😀', { kind: 'text', maxLength: 3 })).toEqual({
      ok: true,
      value: '😀😀😀',
    });
    expect(cleanText('abcd', { kind: 'text', maxLength: 3 })).toEqual({
      ok: false,
      code: 'too-long',
    });
  });
});

describe('detectFileKind', () => {
  it('knows PDF, PNG and JPEG by their first bytes', () => {
    expect(detectFileKind(pdf)).toBe('pdf');
    expect(detectFileKind(png)).toBe('png');
    expect(detectFileKind(jpeg)).toBe('jpeg');
    expect(detectFileKind(new TextEncoder().encode('<html>'))).toBeNull();
    expect(detectFileKind(new Uint8Array())).toBeNull();
  });
});

describe('readGuardedForm', () => {
  it('returns cleaned values and drops fields it does not know', async () => {
    const result = await readGuardedForm(
      urlencoded({ fullName: ' An\u200B ', note: 'x', isAdmin: 'true', status: 'done' }),
      spec,
    );
    expect(result).toEqual({ ok: true, values: { fullName: 'An', note: 'x' }, files: {} });
  });

  it('lists every problem field by field', async () => {
    const result = await readGuardedForm(
      urlencoded({ fullName: 'Nguyễn Văn Anh', note: 'bad\u0000' }),
      spec,
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'fullName', code: 'too-long', limit: 10 },
        { field: 'note', code: 'control-characters', limit: 40 },
      ],
    });
  });

  it('refuses a missing required field', async () => {
    const result = await readGuardedForm(urlencoded({}), spec);
    expect(result).toMatchObject({ ok: false, errors: [{ field: 'fullName', code: 'required' }] });
  });

  it('refuses a request over the limit before parsing it', async () => {
    const result = await readGuardedForm(urlencoded({ fullName: 'x'.repeat(200) }), {
      ...spec,
      maxRequestBytes: 100,
    });
    expect(result).toEqual({
      ok: false,
      errors: [{ field: null, code: 'request-too-large', limit: 100 }],
    });
  });

  it('counts a body streamed without a length', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++)
          controller.enqueue(new TextEncoder().encode('fullName=xxxxxxxxxx&'));
        controller.close();
      },
    });
    const request = new Request('http://portal.test/form', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      duplex: 'half',
    } as RequestInit);
    const result = await readGuardedForm(request, { ...spec, maxRequestBytes: 150 });
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'request-too-large' }] });
  });

  it('accepts a file by its content, whatever its name says', async () => {
    const form = new FormData();
    form.set('fullName', 'An');
    form.set('attachment', new File([pdf], 'giay-chung-sinh.jpg', { type: 'image/jpeg' }));
    const result = await readGuardedForm(post(form), spec);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.files.attachment?.kind).toBe('pdf');
      expect(result.files.attachment?.name).toBe('giay-chung-sinh.jpg');
    }
  });

  it('refuses a file whose content is not an accepted type, even named .pdf', async () => {
    const form = new FormData();
    form.set('fullName', 'An');
    form.set(
      'attachment',
      new File(['<script>alert(1)</script>'], 'to-khai.pdf', { type: 'application/pdf' }),
    );
    expect(await readGuardedForm(post(form), spec)).toEqual({
      ok: false,
      errors: [{ field: 'attachment', code: 'file-type' }],
    });
    const jpegForm = new FormData();
    jpegForm.set('fullName', 'An');
    jpegForm.set('attachment', new File([jpeg], 'anh.jpg'));
    expect(await readGuardedForm(post(jpegForm), spec)).toMatchObject({
      ok: false,
      errors: [{ field: 'attachment', code: 'file-type' }],
    });
  });

  it('refuses a file over its size limit', async () => {
    const form = new FormData();
    form.set('fullName', 'An');
    const big = new Uint8Array(65);
    big.set(png);
    form.set('attachment', new File([big], 'scan.png'));
    expect(await readGuardedForm(post(form), spec)).toEqual({
      ok: false,
      errors: [{ field: 'attachment', code: 'file-too-large', limit: 64 }],
    });
  });

  it('refuses text where a file belongs and a file where text belongs', async () => {
    const form = new FormData();
    form.set('fullName', new File([png], 'x.png'));
    form.set('attachment', 'not a file');
    expect(await readGuardedForm(post(form), spec)).toEqual({
      ok: false,
      errors: [
        { field: 'fullName', code: 'expected-text' },
        { field: 'attachment', code: 'expected-file' },
      ],
    });
  });
});
