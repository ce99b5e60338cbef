import { useEffect } from 'react';
import type { DeviceSettings } from '../vault/vault-service.ts';

/** The system's light or dark by default; a chosen theme is set as data-theme on <html>. */
export function useTheme(theme: DeviceSettings['theme']): void {
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset['theme'];
    else root.dataset['theme'] = theme;
  }, [theme]);
}
