/** The escape character of every LIKE pattern built by `containsPattern`. */
export const LIKE_ESCAPE = '\\';

/**
 * A LIKE pattern matching `text` anywhere, with `%`, `_` and the escape character taken
 * literally: searching for "100%" must not match "1000". Use it with `ESCAPE '\'`.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => LIKE_ESCAPE + c)}%`;
}
