import type { Server } from 'socket.io';
import type { Logger } from '../logger.ts';
import type { VisitorServer } from '../realtime/visitor/types.ts';
import type { DomainEvents, WidgetPart } from '../services/events.ts';
import { rowToFaqEntry } from '../services/faq/entries.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { loadPageHelp } from '../services/page-help/store.ts';
import { loadSurveyInvites } from '../services/surveys/invites.ts';
import { loadIdentitySettings } from '../services/widget/identity-settings.ts';
import { readWidgetSettings } from '../services/widget/settings.ts';

type Deps = Pick<ServiceDeps, 'store' | 'faq' | 'widget' | 'clock'>;

/** Above this many changed entries one read of them all beats one read each. */
const READ_ALL_FROM = 50;

/** The other nodes' names for what changed; only Kefu's nodes speak on this channel. */
interface ClusterEvents {
  'kefu:faq': (ids: string[]) => void;
  'kefu:widget': (part: WidgetPart) => void;
}

/**
 * Every node keeps the FAQ index and the widget settings in memory. A save changes them on the
 * node that took it; this tells the other nodes (Socket.IO's server-side emit, through the
 * cluster adapter), which read what changed from the shared database. Reading rather than
 * receiving the new value: whatever order the news arrives in, each node ends with what the
 * database holds.
 */
export function shareChanges(
  events: DomainEvents,
  io: VisitorServer,
  deps: Deps,
  logger: Logger,
): void {
  // Socket.IO types server-side events per server; Kefu's main namespace carries only these.
  const cluster = io as unknown as Server<ClusterEvents, ClusterEvents, ClusterEvents>;
  events.on('faq.changed', ({ ids }) => {
    cluster.serverSideEmit('kefu:faq', ids);
  });
  events.on('widget.changed', ({ part }) => {
    cluster.serverSideEmit('kefu:widget', part);
  });
  cluster.on('kefu:faq', (ids) => {
    reloadFaq(deps, ids).catch((err: unknown) =>
      logger.error({ err }, 'cluster: FAQ entries saved on another node not reloaded'),
    );
  });
  cluster.on('kefu:widget', (part) => {
    reloadWidget(deps, part).catch((err: unknown) =>
      logger.error({ err, part }, 'cluster: widget settings saved on another node not reloaded'),
    );
  });
}

async function reloadFaq(deps: Deps, ids: string[]): Promise<void> {
  const rows =
    ids.length >= READ_ALL_FROM
      ? await deps.store.faqEntries.listAll()
      : (await Promise.all(ids.map((id) => deps.store.faqEntries.get(id)))).flatMap((r) =>
          r ? [r] : [],
        );
  const byId = new Map(rows.map((row) => [row.id, row]));
  const published = ids.flatMap((id) => {
    const row = byId.get(id);
    return row?.status === 'published' ? [rowToFaqEntry(row)] : [];
  });
  const gone = ids.filter((id) => byId.get(id)?.status !== 'published');
  deps.faq.update({ upsert: published, remove: gone });
}

async function reloadWidget(deps: Deps, part: WidgetPart): Promise<void> {
  const { widget } = deps;
  switch (part) {
    case 'settings':
      widget.replace(await readWidgetSettings(deps, widget.defaults));
      return;
    case 'identity':
      widget.identity = await loadIdentitySettings(deps, deps.clock.now().toISOString());
      return;
    case 'surveys':
      widget.surveys = await loadSurveyInvites(deps);
      return;
    case 'pageHelp':
      widget.pageHelp = await loadPageHelp(deps);
      return;
  }
}
