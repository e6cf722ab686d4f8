/**
 * Seeded junk for every form field: the same seed gives the same requests, so a failure
 * found once can be replayed (the seed is printed in the test title).
 */

/** A small, fast, seeded PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every junk text carries this, so a scan of the database finds anything junk that was kept. */
export const junkMarker = 'dvcjunk';

export type JunkKind =
  'over-long' | 'control' | 'zero-width' | 'decomposed' | 'html' | 'wrong-type' | 'mixed';

const controls = ['\u0000', '\u0001', '\u0007', '\u0008', '\u001b', '\u007f', '\u0085', '\r\n\t'];
const zeroWidth = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u202e', '\u00ad'];
const html = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "';DROP TABLE applications;--",
  '{{constructor.constructor("alert(1)")()}}',
  '<svg/onload=alert(1)>',
  '../../etc/passwd',
  '%00%0d%0a',
  '${7*7}',
];
const wrongTypes = ['-1', '1e309', 'NaN', 'null', '[]', '{"a":1}', '0x1F', '31/02/2026', 'true'];
const vietnamese = ['Nguyễn Thị Hồng Nhung', 'Phường Ba Đình', 'Hồ Chí Minh', 'Đắk Lắk'];

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** One junk value of the given kind, always carrying the marker. */
export function junkText(random: () => number, kind: JunkKind): string {
  const tag = `${junkMarker}${Math.floor(random() * 1e6)}`;
  switch (kind) {
    case 'over-long':
      return tag + 'Ễ'.repeat(random() < 0.5 ? 5_000 : 100_000);
    case 'control':
      return `${tag}${pick(random, controls)}${pick(random, vietnamese)}${pick(random, controls)}`;
    case 'zero-width':
      return `${pick(random, zeroWidth)}${tag}${pick(random, zeroWidth)}`;
    case 'decomposed':
      // Decomposed (NFD) Vietnamese: the guard must normalise it, never store it as is.
      return `${pick(random, vietnamese).normalize('NFD')} ${tag}`;
    case 'html':
      return `${tag}${pick(random, html)}`;
    case 'wrong-type':
      return `${pick(random, wrongTypes)}${tag}`;
    case 'mixed':
      return [tag, pick(random, html), pick(random, controls), pick(random, zeroWidth)].join('');
  }
}

export const junkKinds: JunkKind[] = [
  'over-long',
  'control',
  'zero-width',
  'decomposed',
  'html',
  'wrong-type',
  'mixed',
];

/** Files that lie about themselves, or are too big. */
export function junkFiles(random: () => number): { name: string; type: string; bytes: Buffer }[] {
  const tag = `${junkMarker}${Math.floor(random() * 1e6)}`;
  return [
    // A Windows executable dressed as a PDF.
    { name: `${tag}.pdf`, type: 'application/pdf', bytes: Buffer.from(`MZ\x90\x00${tag}`) },
    // HTML with a script, dressed as a PNG.
    { name: `${tag}.png`, type: 'image/png', bytes: Buffer.from(`<html><script>${tag}</script>`) },
    // A real PDF header, 11 MB long: over any question's limit, under the request limit.
    {
      name: `${tag}.pdf`,
      type: 'application/pdf',
      bytes: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(11 * 1024 * 1024, 0x20)]),
    },
    // An empty file with a harmless name.
    { name: `${tag}.jpg`, type: 'image/jpeg', bytes: Buffer.alloc(0) },
  ];
}

/** A multipart/form-data body, duplicates allowed, built by hand so nothing tidies it up. */
export function multipartBody(
  fields: [string, string | { name: string; type: string; bytes: Buffer }][],
): { body: Buffer; contentType: string } {
  const boundary = `----dvcjunk${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of fields) {
    if (typeof value === 'string') {
      parts.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
        ),
      );
    } else {
      parts.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${value.name}"\r\n` +
            `Content-Type: ${value.type}\r\n\r\n`,
        ),
        value.bytes,
        Buffer.from('\r\n'),
      );
    }
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}
