import { useState } from 'preact/hooks';
import type { Texts } from './i18n.ts';
import { notificationsSupported } from './notify.ts';

/**
 * Asks for desktop notifications only when the agent clicks: browsers block sites that ask
 * on their own, and agents rightly dislike it. Gone once the agent has answered.
 */
export function NotifyButton({ tx }: { tx: Texts }) {
  const [permission, setPermission] = useState(() =>
    notificationsSupported() ? Notification.permission : 'denied',
  );
  if (permission !== 'default') return null;
  return (
    <button
      type="button"
      class="secondary small"
      onClick={() => void Notification.requestPermission().then(setPermission)}
    >
      {tx.enableNotifications}
    </button>
  );
}
