/**
 * Stands in for `tldts` (the public-suffix list, about 110 kB gzip), which msw pulls in through
 * tough-cookie's cookie jar. The embedded backend answers same-origin requests and sets no
 * cookies, so the registrable domain is never consulted in earnest; the last two labels are
 * a fair answer. See docs/decisions/0004-mock-bundle.md.
 */
export function getDomain(hostname: string): string | null {
  const labels = hostname.split('.').filter(Boolean);
  if (labels.length < 2) return null;
  return labels.slice(-2).join('.');
}
