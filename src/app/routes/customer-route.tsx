export { CustomerDetailsPage as Component } from '@/features/customers/customer-details-page';
