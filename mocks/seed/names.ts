import type { CountryCode } from '@/domain/customer-profile';

export const NAME_PARTS = {
  first: [
    'Nordic', 'Blue', 'Alpine', 'Harbor', 'Summit', 'Granite', 'Silver', 'Maple', 'Cedar', 'Aurora',
    'Atlas', 'Beacon', 'Cobalt', 'Delta', 'Ember', 'Fjord', 'Golden', 'Helix', 'Iron', 'Juniper',
    'Kestrel', 'Lumen', 'Meridian', 'North', 'Orchid', 'Pioneer', 'Quartz', 'River', 'Sapphire',
    'Tundra', 'Umber', 'Vantage', 'Willow', 'Zenith', 'Östra', 'Björk', 'Élan', 'Brücken', 'Lumière',
    'Sakura',
  ],
  second: [
    'Media', 'Design', 'Studios', 'Labs', 'Works', 'Print', 'Publishing', 'Analytics', 'Architects',
    'Logistics', 'Health', 'Learning', 'Energy', 'Foods', 'Motion', 'Pixel', 'Systems', 'Partners',
    'Creative', 'Digital', 'Engineering', 'Graphics', 'Films', 'Marketing', 'Consulting',
    'Academy', 'Robotics', 'Ventures', 'Optics', 'Textiles',
  ],
  eduSecond: ['School', 'College', 'University', 'Academy', 'Gymnasium', 'Institute'],
  govSecond: ['City Council', 'County Office', 'Agency', 'Authority', 'Municipality', 'Board'],
  personFirst: [
    'Anna', 'Lars', 'Maria', 'Johan', 'Emma', 'Oskar', 'Léa', 'Hugo', 'Chloé', 'Louis', 'Mia',
    'Felix', 'Lena', 'Paul', 'Olivia', 'James', 'Amelia', 'Noah', 'Yuki', 'Haruto', 'Zoe', 'Liam',
    'Ingrid', 'Sven', 'Élodie', 'Jürgen',
  ],
  personLast: [
    'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Müller', 'Schmidt', 'Schneider', 'Fischer',
    'Martin', 'Bernard', 'Dubois', 'Thomas', 'Smith', 'Jones', 'Brown', 'Taylor', 'Wilson',
    'Tanaka', 'Suzuki', 'Sato', "O'Brien", 'García', 'Rossi', 'Jansen', 'Virtanen',
  ],
};

export const COMPANY_FORMS: Record<CountryCode, string> = {
  US: 'Inc.',
  CA: 'Ltd.',
  AU: 'Pty Ltd',
  NZ: 'Ltd',
  GB: 'Ltd',
  IE: 'Ltd',
  DE: 'GmbH',
  AT: 'GmbH',
  FR: 'SAS',
  BE: 'SA',
  NL: 'B.V.',
  FI: 'Oy',
  ES: 'S.L.',
  IT: 'S.r.l.',
  SE: 'AB',
  JP: 'K.K.',
};

export const COUNTRY_WEIGHTS: readonly (readonly [CountryCode, number])[] = [
  ['US', 22],
  ['SE', 14],
  ['DE', 14],
  ['FR', 12],
  ['GB', 9],
  ['CA', 5],
  ['AU', 5],
  ['JP', 5],
  ['NL', 3],
  ['AT', 2],
  ['BE', 2],
  ['FI', 2],
  ['IE', 1],
  ['ES', 2],
  ['IT', 1],
  ['NZ', 1],
];
