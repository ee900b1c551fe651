import { useEffect, useState } from 'preact/hooks';

export const PAGES = [
  'chats',
  'left-messages',
  'transcripts',
  'tickets',
  'quick-replies',
  'knowledge',
  'settings',
  'agents',
  'departments',
  'widget',
  'report',
  'surveys',
  'page-help',
] as const;
export type Page = (typeof PAGES)[number];

/** Pages only admins reach; anyone else asking for one lands on the chats. */
const ADMIN_ONLY: readonly Page[] = [
  'quick-replies',
  'knowledge',
  'settings',
  'agents',
  'departments',
  'widget',
  'report',
  'surveys',
  'page-help',
];

/** `#knowledge/entry/…`: a page may keep its own place after a slash. */
function pageOf(hash: string, isAdmin: boolean): Page {
  const page = PAGES.find((p) => hash === `#${p}` || hash.startsWith(`#${p}/`)) ?? 'chats';
  return ADMIN_ONLY.includes(page) && !isAdmin ? 'chats' : page;
}

/** The page lives in the URL's hash, so a reload, a bookmark and Back all keep it. */
export function usePage(isAdmin: boolean): Page {
  const [page, setPage] = useState(() => pageOf(location.hash, isAdmin));
  useEffect(() => {
    const onChange = () => setPage(pageOf(location.hash, isAdmin));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, [isAdmin]);
  return page;
}
