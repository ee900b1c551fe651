import type { SurveyInvite } from '../../../protocol/index.ts';
import type { ServiceDeps } from '../deps.ts';

/** Open surveys the widget invites to by itself: after a chat or on some pages (not link-only). */
export async function loadSurveyInvites(deps: Pick<ServiceDeps, 'store'>): Promise<SurveyInvite[]> {
  const open = await deps.store.surveys.listOpen();
  return open
    .filter((s) => s.placement.afterChat || s.placement.pages.length > 0)
    .map((s) => ({ id: s.id, title: s.title, placement: s.placement }));
}

/**
 * The invites in `/api/widget/config`, from memory: every widget load reads them. The one place
 * they are read, so a cluster (where another node may change a survey) can replace it.
 */
export function surveyInvites(deps: Pick<ServiceDeps, 'widget'>): SurveyInvite[] {
  return deps.widget.surveys;
}

/** After any survey change: reads the open surveys again, so the next widget load sees it. */
export async function refreshSurveyInvites(
  deps: Pick<ServiceDeps, 'store' | 'widget' | 'events'>,
): Promise<void> {
  deps.widget.surveys = await loadSurveyInvites(deps);
  deps.events.emit('widget.changed', { part: 'surveys' });
}
