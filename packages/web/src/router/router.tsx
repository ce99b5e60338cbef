import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';

export interface Router {
  readonly path: string;
  /** How many in-app navigations happened; 0 on the first page load (focus stays where the browser put it). */
  readonly navigations: number;
  navigate(path: string, options?: { replace?: boolean }): void;
}

const RouterContext = createContext<Router | null>(null);

/** A tiny router over the History API; the server answers index.html for every app path. */
export function RouterProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState(() => ({ path: window.location.pathname, navigations: 0 }));

  useEffect(() => {
    const onPop = () => setState((s) => ({ path: window.location.pathname, navigations: s.navigations + 1 }));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const navigate = useCallback((path: string, options?: { replace?: boolean }) => {
    if (options?.replace) window.history.replaceState(null, '', path);
    else if (path !== window.location.pathname) window.history.pushState(null, '', path);
    window.scrollTo(0, 0);
    setState((s) => ({ path, navigations: s.navigations + 1 }));
  }, []);

  const router = useMemo(
    () => ({ path: state.path, navigations: state.navigations, navigate }),
    [state, navigate],
  );
  return <RouterContext value={router}>{children}</RouterContext>;
}

export function useRouter(): Router {
  const router = useContext(RouterContext);
  if (!router) throw new Error('useRouter needs a RouterProvider');
  return router;
}

function isPlainLeftClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { readonly to: string };

/** An ordinary link that stays in the app; modified clicks still open a new tab as usual. */
export function Link({ to, onClick, children, ...rest }: LinkProps) {
  const { navigate, path } = useRouter();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || !isPlainLeftClick(event)) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={handleClick} aria-current={path === to ? 'page' : undefined} {...rest}>
      {children}
    </a>
  );
}
