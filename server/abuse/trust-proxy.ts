import proxyAddr from 'proxy-addr';
import { z } from 'zod';

/** Express's 'trust proxy': every proxy or none, a number of hops, or the proxies' addresses. */
export type TrustProxySetting = boolean | number | string[];

function isProxyAddress(value: string): boolean {
  try {
    proxyAddr.compile(value);
    return true;
  } catch {
    return false;
  }
}

const addresses = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((a) => a.trim())
      .filter((a) => a !== ''),
  )
  .pipe(
    z
      .array(
        z.string().refine(isProxyAddress, {
          error: (issue) =>
            `${JSON.stringify(issue.input)}: expected true, false, a number of hops, or IP addresses, subnets (10.0.0.0/8), loopback, linklocal, uniquelocal`,
        }),
      )
      .min(1, 'expected true, false, a number of hops, or the proxies’ addresses'),
  );

/** KEFU_TRUST_PROXY, checked as Express would read it, so a typo stops the start, not the proxy. */
export const trustProxySchema = z
  .string()
  .transform((s) => s.trim().toLowerCase())
  .pipe(
    z.union([
      z.enum(['true', 'false']).transform((s) => s === 'true'),
      z
        .string()
        .regex(/^\d{1,3}$/)
        .transform(Number),
      addresses,
    ]),
  );
