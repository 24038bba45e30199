import type { TFunction } from 'i18next';

/** The parts of a zod issue the messages use (zod 4's issue shapes). */
export interface IssueLike {
  code: string;
  input?: unknown;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
  format?: string;
  params?: Record<string, unknown>;
}

/**
 * A translated message for a zod issue, so a form shows every schema rule in the reader's
 * language. Passed to zodResolver as its error map; the same codes come back from the API.
 */
export function zodIssueMessage(t: TFunction, issue: IssueLike): string {
  const empty = issue.input === undefined || issue.input === '' || issue.input === null;
  const reason = issue.params?.reason;
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') {
        return empty || Number(issue.minimum) <= 1
          ? t('validation:required')
          : t('validation:tooShort', { count: Number(issue.minimum) });
      }
      if (issue.origin === 'array')
        return t('validation:chooseAtLeast', { count: Number(issue.minimum) });
      return t('validation:numberMin', { value: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string')
        return t('validation:tooLong', { count: Number(issue.maximum) });
      if (issue.origin === 'array')
        return t('validation:chooseAtMost', { count: Number(issue.maximum) });
      return t('validation:numberMax', { value: Number(issue.maximum) });
    case 'invalid_format':
      if (issue.format === 'email') return empty ? t('validation:required') : t('validation:email');
      return t('validation:invalidCharacters');
    case 'invalid_type':
    case 'invalid_value':
    case 'invalid_union':
      return empty ? t('validation:required') : t('validation:choose');
    case 'custom':
      return typeof reason === 'string'
        ? t(`validation:reasons.${reason}`, { defaultValue: t('validation:invalid') })
        : t('validation:invalid');
    default:
      return t('validation:invalid');
  }
}

/** The resolver's error map: `zodResolver(schema, zodErrorMap(t))`. */
export function zodErrorMap(t: TFunction) {
  return { error: (issue: IssueLike) => zodIssueMessage(t, issue) };
}
