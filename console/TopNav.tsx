import type { Texts } from './i18n.ts';
import type { Page } from './usePage.ts';

interface Props {
  tx: Texts;
  page: Page;
  isAdmin: boolean;
}

/** Plain links to hash pages: they work with Tab, Enter, middle-click and Back. */
export function TopNav({ tx, page, isAdmin }: Props) {
  const links: { page: Page; label: string }[] = [
    { page: 'chats', label: tx.navChats },
    { page: 'left-messages', label: tx.navLeftMessages },
    { page: 'transcripts', label: tx.navTranscripts },
    { page: 'tickets', label: tx.navTickets },
    ...(isAdmin
      ? [
          { page: 'quick-replies' as const, label: tx.navQuickReplies },
          { page: 'knowledge' as const, label: tx.navKnowledge },
          { page: 'settings' as const, label: tx.navSettings },
          { page: 'agents' as const, label: tx.navAgents },
          { page: 'departments' as const, label: tx.navDepartments },
          { page: 'widget' as const, label: tx.navWidget },
          { page: 'report' as const, label: tx.navReport },
          { page: 'surveys' as const, label: tx.navSurveys },
          { page: 'page-help' as const, label: tx.navPageHelp },
        ]
      : []),
  ];
  return (
    <nav class="top-nav" aria-label={tx.nav}>
      <ul>
        {links.map((link) => (
          <li key={link.page}>
            <a href={`#${link.page}`} aria-current={link.page === page ? 'page' : undefined}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
