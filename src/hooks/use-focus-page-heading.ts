import { useEffect } from 'react';

/**
 * Moves focus to the page's heading when the page changes (SPEC §8, WCAG 2.4.3): after signing
 * in, opening a customer or following a link, focus would otherwise fall back to the body and
 * a keyboard or screen-reader user would start again from the top. `pageKey` names the page;
 * a customer's tabs share one, so changing tab keeps focus on the tab.
 */
export function useFocusPageHeading(pageKey: string, containerId = 'main'): void {
  useEffect(() => {
    let frame = 0;
    const deadline = performance.now() + 10_000;
    const attempt = () => {
      const heading = document.getElementById(containerId)?.querySelector<HTMLElement>('h1');
      // Wait for the page to render its heading (its code or data may still be loading); never
      // take focus from a control the user has already moved to.
      const active = document.activeElement;
      const userMoved = active !== null && active !== document.body;
      if (heading && !userMoved) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: false });
        return;
      }
      if (!heading && !userMoved && performance.now() < deadline) {
        frame = requestAnimationFrame(attempt);
      }
    };
    frame = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(frame);
  }, [pageKey, containerId]);
}
