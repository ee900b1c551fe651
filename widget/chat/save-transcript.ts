import type { ChatClient } from './client.ts';

/** Fetches the visitor's transcript with their token and saves it: a plain link has no token. */
export async function download(client: ChatClient): Promise<boolean> {
  try {
    const res = await fetch(`/api/visitor/transcript?format=txt&lang=${client.lang}`, {
      headers: { authorization: `Bearer ${client.state.token ?? ''}` },
    });
    if (!res.ok) return false;
    const named = /filename="?([^";]+)/.exec(res.headers.get('content-disposition') ?? '');
    const url = URL.createObjectURL(await res.blob());
    const a = Object.assign(document.createElement('a'), {
      href: url,
      download: named?.[1] ?? 'kefu-chat.txt',
    });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return true;
  } catch {
    return false;
  }
}
