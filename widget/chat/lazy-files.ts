import type { ChatClient } from './client.ts';
import { lazy } from './lazy.ts';

/** Sending files and showing them: fetched with the first file picked, dropped or shown. */
export const loadFiles = lazy(() => import('./files.ts').then((m) => m.styled.then(() => m)));

/** Files picked, dropped or pasted; false when there were none (a paste of text, say). */
export function sendFiles(client: ChatClient, list: FileList | null | undefined): boolean {
  const files = list ? [...list] : [];
  if (files.length === 0) return false;
  const send = () => loadFiles()?.uploadFiles(client, files);
  if (loadFiles(send)) send();
  return true;
}
