/** File kinds the kit recognises by their first bytes (magic numbers). */
export type KnownKind = 'pdf' | 'jpeg' | 'png';

const signatures: Record<KnownKind, number[]> = {
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  jpeg: [0xff, 0xd8, 0xff],
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

const kindOfExtension: Record<string, KnownKind> = {
  pdf: 'pdf',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  png: 'png',
};

const extensionsOfMime: Record<string, string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/*': ['jpg', 'jpeg', 'png'],
};

/** The lower-case extension of a file name, without the dot ('' when there is none). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** The extensions an `accept` attribute allows, or undefined when it allows anything. */
export function acceptedExtensions(accept: string | undefined): string[] | undefined {
  if (!accept?.trim()) return undefined;
  const out = new Set<string>();
  for (const raw of accept.split(',')) {
    const entry = raw.trim().toLowerCase();
    if (entry.startsWith('.')) out.add(entry.slice(1));
    else for (const ext of extensionsOfMime[entry] ?? []) out.add(ext);
  }
  return [...out];
}

/** Which known kind the first bytes say the file is, if any. */
export async function sniffKind(file: Blob): Promise<KnownKind | undefined> {
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  return (Object.keys(signatures) as KnownKind[]).find((kind) =>
    signatures[kind].every((byte, i) => head[i] === byte),
  );
}

export type FileProblem = 'wrongType' | 'contentMismatch' | 'tooLarge' | 'empty';

/**
 * Checks a file before upload: its extension against `accept`, its first bytes against its
 * extension (a renamed file fails), and its size. Returns the first problem, or undefined.
 */
export async function checkFile(
  file: File,
  { accept, maxSize }: { accept?: string; maxSize?: number },
): Promise<FileProblem | undefined> {
  const ext = extensionOf(file.name);
  const allowed = acceptedExtensions(accept);
  if (allowed && !allowed.includes(ext)) return 'wrongType';
  if (file.size === 0) return 'empty';
  if (maxSize !== undefined && file.size > maxSize) return 'tooLarge';
  const expected = kindOfExtension[ext];
  if (expected && (await sniffKind(file)) !== expected) return 'contentMismatch';
  return undefined;
}
