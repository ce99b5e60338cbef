import type { ReactNode } from 'react';

interface NoticeProps {
  readonly tone: 'info' | 'success' | 'problem';
  readonly children: ReactNode;
}

/**
 * A message read out by screen readers when it appears: problems interrupt (role=alert), everything
 * else waits its turn (role=status). Rendered always, so the live region exists before it speaks.
 */
export function Notice({ tone, children }: NoticeProps) {
  return (
    <div
      role={tone === 'problem' ? 'alert' : 'status'}
      className={children ? `notice notice-${tone}` : 'notice-empty'}
    >
      {children}
    </div>
  );
}
