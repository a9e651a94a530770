import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_ID } from './app-identity';

describe('app identity', () => {
  it('is the appId electron-builder packages the app under', () => {
    expect(readFileSync('electron-builder.yml', 'utf8')).toMatch(new RegExp(`^appId: ${APP_ID.replace(/\./g, '\\.')}$`, 'm'));
  });
});
