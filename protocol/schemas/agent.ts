import { z } from 'zod';

/** What an agent may choose; 'offline' only follows from closing every console tab. */
export const statusSetSchema = z.strictObject({
  status: z.enum(['online', 'away']),
});

export type StatusSetInput = z.input<typeof statusSetSchema>;
