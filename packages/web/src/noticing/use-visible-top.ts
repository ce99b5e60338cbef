import { useEffect, type RefObject } from 'react';

/**
 * Keeps a fixed element at the top of what the person can see: under the app's header while the
 * header is in view, else at the top of the visual viewport, which the on-screen keyboard shrinks and
 * moves. Position only (the CSS sets the rest), written through the CSSOM, which the CSP allows.
 */
export function useVisibleTop(ref: RefObject<HTMLElement | null>, isActive: boolean): void {
  useEffect(() => {
    const element = ref.current;
    if (!isActive || !element) return;
    const viewport = window.visualViewport;
    const place = () => {
      const header = document.querySelector('header')?.getBoundingClientRect();
      const visibleTop = viewport?.offsetTop ?? 0;
      const visibleBottom = visibleTop + (viewport?.height ?? window.innerHeight);
      const top = Math.max(visibleTop, header ? header.bottom : 0);
      const fits = Math.min(top, visibleBottom - element.offsetHeight);
      element.style.setProperty('top', `${Math.max(visibleTop, fits)}px`);
    };
    place();
    // The header and the banner change height with text size and wrapping, not only with the window.
    const sizes = new ResizeObserver(place);
    sizes.observe(element);
    const topBar = document.querySelector('header');
    if (topBar) sizes.observe(topBar);
    viewport?.addEventListener('resize', place);
    viewport?.addEventListener('scroll', place);
    window.addEventListener('scroll', place, { passive: true });
    window.addEventListener('resize', place);
    return () => {
      sizes.disconnect();
      viewport?.removeEventListener('resize', place);
      viewport?.removeEventListener('scroll', place);
      window.removeEventListener('scroll', place);
      window.removeEventListener('resize', place);
    };
  }, [ref, isActive]);
}
