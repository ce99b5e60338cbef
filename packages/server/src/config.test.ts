import { describe, expect, it } from 'vitest';
import { ConfigError, isLoopbackHost, loadConfig } from './config.ts';

describe('config', () => {
  it('defaults to SQLite under ./data on 127.0.0.1:8080 with a loopback cookie', () => {
    const config = loadConfig({}, '/srv/tend');
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 8080,
      dataDir: '/srv/tend/data',
      database: { kind: 'sqlite', file: '/srv/tend/data/tend.sqlite' },
      logLevel: 'info',
      cookieSecure: false,
      publicOrigin: null,
      trustProxy: false,
      allowedHosts: ['127.0.0.1'],
      quotas: { accountBytes: 100 * 1024 * 1024, shareBytes: 64 * 1024 * 1024 },
    });
    expect(config.webDist).toMatch(/packages\/web\/dist$/);
  });

  it('uses PostgreSQL when DATABASE_URL is set, and secure cookies off loopback', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u:p@db/tend',
      HOST: '0.0.0.0',
      PORT: '9000',
      DATA_DIR: '/var/tend',
    });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u:p@db/tend' });
    expect(config.cookieSecure).toBe(true);
    expect(config.port).toBe(9000);
    expect(loadConfig({ HOST: '0.0.0.0', COOKIE_SECURE: 'false' }).cookieSecure).toBe(false);
    expect(loadConfig({ COOKIE_SECURE: 'true' }).cookieSecure).toBe(true);
  });

  it('treats empty values as unset and normalises PUBLIC_ORIGIN', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).database.kind).toBe('sqlite');
    expect(loadConfig({ PUBLIC_ORIGIN: 'https://tend.example/some/path' }).publicOrigin).toBe(
      'https://tend.example',
    );
  });

  it('reads quotas in MiB, decimals allowed, and the host names it answers for', () => {
    expect(loadConfig({ ACCOUNT_QUOTA_MB: '0.5', SHARE_QUOTA_MB: '2' }).quotas).toEqual({
      accountBytes: 512 * 1024,
      shareBytes: 2 * 1024 * 1024,
    });
    expect(loadConfig({ HOST: '0.0.0.0' }).allowedHosts).toEqual([]);
    expect(loadConfig({ HOST: '::1' }).allowedHosts).toEqual(['[::1]']);
    expect(loadConfig({ HOST: '0.0.0.0', PUBLIC_ORIGIN: 'https://Tend.Example:8443' }).allowedHosts).toEqual([
      'tend.example',
    ]);
  });

  it.each([
    [{ ACCOUNT_QUOTA_MB: 'lots' }, 'ACCOUNT_QUOTA_MB'],
    [{ ACCOUNT_QUOTA_MB: '0' }, 'ACCOUNT_QUOTA_MB'],
    [{ SHARE_QUOTA_MB: '-1' }, 'SHARE_QUOTA_MB'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://secret-password@db' }, 'DATABASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ COOKIE_SECURE: 'maybe' }, 'COOKIE_SECURE'],
    [{ PUBLIC_ORIGIN: 'ftp://x' }, 'PUBLIC_ORIGIN'],
  ])('refuses %o with a message naming %s (and not echoing the value)', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
    try {
      loadConfig(env);
    } catch (error) {
      expect(String(error)).not.toContain('secret-password');
    }
  });

  it('knows the loopback hosts', () => {
    expect(['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]'].every(isLoopbackHost)).toBe(true);
    expect(['0.0.0.0', '10.0.0.1', 'tend.example', '::'].some(isLoopbackHost)).toBe(false);
  });
});
