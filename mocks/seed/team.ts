import type { MemberRecord } from '../db/records';

/** The demo reseller's team: at least one member per role (SPEC §5.1). */
export function seedTeam(): MemberRecord[] {
  const member = (
    id: string,
    firstName: string,
    lastName: string,
    role: MemberRecord['role'],
  ): MemberRecord => ({
    id,
    firstName,
    lastName,
    email: `${firstName}.${lastName}@northwind-licensing.example`.toLowerCase(),
    role,
    active: true,
  });
  return [
    member('mem-alva', 'Alva', 'Lindqvist', 'ADMINISTRATOR'),
    member('mem-jonas', 'Jonas', 'Becker', 'ACCOUNT_MANAGER'),
    member('mem-camille', 'Camille', 'Laurent', 'ACCOUNT_MANAGER'),
    member('mem-priya', 'Priya', 'Nair', 'ACCOUNT_MANAGER'),
    member('mem-erik', 'Erik', 'Sandberg', 'SALES_REP'),
    member('mem-sophie', 'Sophie', 'Martin', 'SALES_REP'),
    member('mem-lukas', 'Lukas', 'Wagner', 'SALES_REP'),
    member('mem-grace', 'Grace', 'Okafor', 'VIEWER'),
  ];
}
