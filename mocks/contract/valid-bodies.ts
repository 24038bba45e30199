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
  'PATCH /customers/:customerId': {
    companyName: 'Acme Studios Nordic AB',
    contact: { firstName: 'Ann', lastName: 'Berg', email: 'ann.berg@acme.example' },
    marketSubSegments: [],
  },
  'PATCH /customers/:customerId/cases/:caseId': {
    subject: 'Invoice shows the wrong seats',
    description: 'The March invoice lists 12 seats;\nthe order had 10.',
    priority: 'HIGH',
    status: 'IN_PROGRESS',
  },
  'POST /customers/:customerId/payment-methods': {
    number: '4111 1111 1111 1111',
    expiryMonth: 12,
    expiryYear: 2030,
    cvc: '123',
    holderName: 'Ann Berg',
    makeDefault: true,
  },
};
