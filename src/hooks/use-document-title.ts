import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The document title of a page, most specific part first, the console's name last
 * ("Granite Design AB · Plans · Reseller Console"): what a tab, the history and a screen reader
 * announce on navigation. Parts not known yet (a customer still loading) are left out.
 */
export function useDocumentTitle(...parts: readonly (string | null | undefined)[]): void {
  const { t } = useTranslation();
  const title = [
    ...parts.filter((part): part is string => Boolean(part)),
    t('common:appName'),
  ].join(' · ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
