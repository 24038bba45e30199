import type { CalendarDate } from '@/domain/calendar-date';
import type { Backend } from '@mocks/node';

/**
 * Gives a customer a PA still waiting for its order since `creationDate` (a copy of a seeded
 * PA under a new id and number), as the clock would: 31 days make it DELAYED, 61 SUSPENDED.
 */
export async function addPendingPa(
  backend: Backend,
  customerId: string,
  creationDate: CalendarDate,
  suffix: string,
): Promise<void> {
  await backend.store.write(async (tx) => {
    const [pa] = await tx.purchaseAuthorizations.all();
    if (!pa) throw new Error('no PA in the seed');
    await tx.purchaseAuthorizations.put({
      ...pa,
      id: `${pa.id}-${suffix}`,
      number: `${pa.number}${suffix}`,
      customerId,
      status: 'PENDING',
      creationDate,
      createdAt: `${creationDate}T09:00:00.000Z`,
      orderId: null,
    });
    const customer = await tx.customers.get(customerId);
    if (!customer) throw new Error(`no customer ${customerId}`);
    await tx.customers.put({ ...customer, oldestPendingPaCreationDate: creationDate });
  });
}
