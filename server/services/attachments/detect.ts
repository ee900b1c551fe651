import { readFile } from 'node:fs/promises';
import { fileTypeFromFile } from 'file-type';
import {
  ATTACHMENT_KINDS,
  ATTACHMENT_TYPES,
  type AttachmentKind,
  type AttachmentLimits,
} from '../../../protocol/index.ts';
import { AttachmentRefused } from './refused.ts';

/** The name endings each allowed type may have; a name that says otherwise is refused. */
const EXTENSIONS: Record<string, readonly string[]> = {
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg', 'jpe', 'jfif'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'application/pdf': ['pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/msword': ['doc'],
  'application/vnd.ms-excel': ['xls'],
  'application/vnd.ms-powerpoint': ['ppt'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'application/vnd.oasis.opendocument.presentation': ['odp'],
  'text/plain': ['txt', 'text', 'log'],
  'text/csv': ['csv'],
};

/** Old Office files are all one container format (CFB): which one it is, the name says. */
const CFB_BY_EXTENSION: Record<string, string> = {
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
};

/** Text cannot be recognised by a signature: valid UTF-8 without control characters will do. */
async function looksLikeText(path: string): Promise<boolean> {
  const bytes = await readFile(path);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return !/\p{Cc}/u.test(text.replace(/[\t\n\r\f]/g, ''));
  } catch {
    return false;
  }
}

function extensionOf(name: string): string | null {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : null;
}

/** The type the bytes show, as one of ours, or null when it is nothing we know. */
async function typeOf(path: string, ext: string | null): Promise<string | null> {
  const found = await fileTypeFromFile(path);
  if (found?.mime === 'application/x-cfb') return (ext && CFB_BY_EXTENSION[ext]) ?? null;
  if (found) return found.mime in EXTENSIONS ? found.mime : null;
  if (!(await looksLikeText(path))) return null;
  return ext === 'csv' ? 'text/csv' : 'text/plain';
}

export function kindOf(type: string): AttachmentKind | null {
  return ATTACHMENT_KINDS.find((kind) => ATTACHMENT_TYPES[kind].includes(type)) ?? null;
}

/**
 * The real type of an uploaded file, from its bytes (file-type's signatures), checked against
 * the site's allowed kinds and against the name's ending: a PNG called .pdf, or a program
 * called .png, is refused. A name without an ending is judged by the bytes alone.
 */
export async function detectType(
  path: string,
  name: string,
  limits: AttachmentLimits,
): Promise<{ type: string; image: boolean }> {
  const ext = extensionOf(name);
  const type = await typeOf(path, ext);
  const kind = type && kindOf(type);
  if (!type || !kind || !limits.kinds.includes(kind)) {
    throw new AttachmentRefused('type_not_allowed', 'This type of file cannot be sent here.');
  }
  if (ext !== null && !EXTENSIONS[type]?.includes(ext)) {
    throw new AttachmentRefused(
      'type_not_allowed',
      `The file's content does not match its name (.${ext}).`,
    );
  }
  return { type, image: kind === 'image' };
}
