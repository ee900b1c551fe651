import type { z } from 'zod';
import type { DeskSettings } from '../../../protocol/index.ts';
import {
  businessHoursSchema,
  DEFAULT_RETENTION,
  deskSettingsSchema,
  retentionSettingsSchema,
} from '../../../protocol/schemas/desk.ts';
import { DEFAULT_REPORT_SETTINGS, reportSettingsSchema } from '../../../protocol/schemas/report.ts';
import {
  DEFAULT_TICKET_SETTINGS,
  ticketSettingsSchema,
} from '../../../protocol/schemas/tickets.ts';
import type { ServiceDeps } from '../deps.ts';

/**
 * Business hours off, so a new install answers at any hour (the hours are a typical office
 * week, ready to switch on); no department picker; the report's usual targets; transcripts
 * kept until an admin chooses how long (a desk may have to keep them); complaints due in 3
 * days and closed only after a 回访. A new object each time: callers may change it.
 */
export function defaultDeskSettings(): DeskSettings {
  return {
    businessHours: {
      enabled: false,
      timeZone: 'Asia/Shanghai',
      weekly: [1, 2, 3, 4, 5].map((day) => ({ day, open: '09:00', close: '18:00' })),
      holidays: [],
    },
    departmentPicker: false,
    report: { ...DEFAULT_REPORT_SETTINGS },
    retention: { ...DEFAULT_RETENTION },
    tickets: structuredClone(DEFAULT_TICKET_SETTINGS),
  };
}

/** Each setting is its own key, so one that no longer parses falls back alone. */
const BUSINESS_HOURS = 'desk.businessHours';
const DEPARTMENT_PICKER = 'desk.departmentPicker';
const REPORT = 'desk.report';
const RETENTION = 'desk.retention';
const TICKETS = 'desk.tickets';

export async function getDeskSettings(deps: Pick<ServiceDeps, 'store'>): Promise<DeskSettings> {
  const defaults = defaultDeskSettings();
  // A value written by an older version or by hand may no longer fit: the default then holds.
  const read = async <S extends z.ZodType>(key: string, schema: S, fallback: z.output<S>) => {
    const parsed = schema.safeParse(await deps.store.settings.get(key));
    return parsed.success ? parsed.data : fallback;
  };
  return {
    businessHours: await read(BUSINESS_HOURS, businessHoursSchema, defaults.businessHours),
    departmentPicker: await read(
      DEPARTMENT_PICKER,
      deskSettingsSchema.shape.departmentPicker,
      defaults.departmentPicker,
    ),
    report: await read(REPORT, reportSettingsSchema, defaults.report),
    retention: await read(RETENTION, retentionSettingsSchema, defaults.retention),
    tickets: await read(TICKETS, ticketSettingsSchema, defaults.tickets),
  };
}

/**
 * Saves them. A change of retention is announced on `events`, so a running server's retention
 * job follows it; scripts and tests without a server have no bus and nobody to tell.
 */
export async function saveDeskSettings(
  deps: Pick<ServiceDeps, 'store' | 'clock'> & Partial<Pick<ServiceDeps, 'events'>>,
  input: z.output<typeof deskSettingsSchema>,
): Promise<DeskSettings> {
  const at = deps.clock.now().toISOString();
  await deps.store.settings.set(
    {
      [BUSINESS_HOURS]: input.businessHours,
      [DEPARTMENT_PICKER]: input.departmentPicker,
      ...(input.report && { [REPORT]: input.report }),
      ...(input.retention && { [RETENTION]: input.retention }),
      ...(input.tickets && { [TICKETS]: input.tickets }),
    },
    at,
  );
  const saved = await getDeskSettings(deps);
  if (input.retention) deps.events?.emit('retention.changed', saved.retention);
  return saved;
}
