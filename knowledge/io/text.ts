const utf8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 text without its byte-order mark, or null when the bytes are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}
