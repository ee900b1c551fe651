import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES } from '../../server/config.ts';

const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');

describe('README', () => {
  it.each(CONFIG_VARIABLES.map((v) => [v.name, v] as const))(
    'documents %s with its default',
    (_name, v) => {
      expect(readme).toContain(`| \`${v.name}\` | \`${v.default}\` | ${v.description} |`);
    },
  );

  it('gives the two commands a newcomer needs', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });
});
