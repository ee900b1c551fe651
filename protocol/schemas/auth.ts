import { z } from 'zod';

/** REST: POST /api/auth/login */
export const loginSchema = z.strictObject({
  email: z.email('enter an e-mail address').max(254),
  password: z.string().min(1, 'enter your password').max(200),
});

export type LoginInput = z.input<typeof loginSchema>;
