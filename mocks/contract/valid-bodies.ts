/**
 * A valid request body per route where one cannot be derived from the schema alone (dates,
 * e-mails, cross-field rules). Keys are `METHOD /path` as the route registers it.
 */
export const VALID_BODIES: Record<string, unknown> = {
  'POST /customers': {
    companyName: 'Acme Studios AB',
    marketSegment: 'COM',
    marketSubSegments: [],
    countryCode: 'SE',
    contact: { firstName: 'Ann', lastName: 'Berg', email: 'ann.berg@acme.example' },
    accountManagerId: 'mem-jonas',
    salesRepId: 'mem-erik',
  },
};
