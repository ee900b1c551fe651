import { describe, expect, it } from 'vitest';
import { addressKey } from '../../server/abuse/address.ts';
import { DEFAULT_LIMITS } from '../../server/abuse/limits.ts';
import { ConfigError, loadConfig } from '../../server/config.ts';

describe('KEFU_TRUST_PROXY', () => {
  it.each([
    [undefined, false],
    ['false', false],
    ['TRUE', true],
    ['2', 2],
    ['loopback', ['loopback']],
    [' 10.0.0.0/8, 192.168.1.1 ,fd00::/8', ['10.0.0.0/8', '192.168.1.1', 'fd00::/8']],
  ])('reads %j as Express’s %j', (value, expected) => {
    const env = value === undefined ? {} : { KEFU_TRUST_PROXY: value };
    expect(loadConfig(env).trustProxy).toEqual(expected);
  });

  it.each(['', 'yes', '10.0.0.0/8,proxy.internal', '10.0.0.0/99'])('refuses %j', (value) => {
    expect(() => loadConfig({ KEFU_TRUST_PROXY: value })).toThrow(ConfigError);
  });
});

describe('KEFU_LIMIT_*', () => {
  it('defaults to the limits of server/abuse/limits.ts', () => {
    expect(loadConfig({}).limits).toEqual(DEFAULT_LIMITS);
  });

  it('reads N/S as N actions in S seconds, and a connection count', () => {
    const { limits } = loadConfig({
      KEFU_LIMIT_VISITOR_BURST: '3/2',
      KEFU_LIMIT_VISITOR: ' 30 / 60 ',
      KEFU_LIMIT_CONNECTIONS: '5',
    });
    expect(limits.visitorBurst).toEqual({ points: 3, seconds: 2 });
    expect(limits.visitorSustained).toEqual({ points: 30, seconds: 60 });
    expect(limits.addressConnections).toBe(5);
  });

  it.each([
    ['KEFU_LIMIT_VISITOR', '20'],
    ['KEFU_LIMIT_ADDRESS', '0/60'],
    ['KEFU_LIMIT_SOCKET', '10/0'],
    ['KEFU_LIMIT_SESSIONS', 'lots'],
    ['KEFU_LIMIT_CONNECTIONS', '0'],
  ])('refuses %s=%j', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
  });
});

describe('the address a per-address limit counts under', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2::1', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:ffff:0:0:9', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['64:ff9b::192.0.2.1', '64:ff9b:0:0::/64'],
  ])('%s counts as %s', (address, key) => {
    expect(addressKey(address)).toBe(key);
  });
});
